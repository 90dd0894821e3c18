/**
 * A complete, valid backup with every kind of record and every optional part used: what the
 * backup tests start from and break in one place at a time.
 */
import { backupFormat, backupFormatVersion, type BackupFile, type BackupRows } from '../../../shared/backup/format'
import type { Food } from '../../../shared/food/types'
import { targetIds, type Reason, type TargetScore, type UnmetTarget, type WeekScores } from '../../../shared/planner/types'
import { defaultProfile, type HouseholdMember } from '../../../shared/profile/profile'
import { builtInRecipes } from '../../../shared/recipes/library'
import type { Recipe } from '../../../shared/recipes/types'

export const stamp = '2026-11-01T10:00:00.000Z'
export const later = '2026-11-02T08:30:00.000Z'

export const ownFoodId = 'own-7a1c3f52-5c1e-4f0e-9a55-0d6f4f1b2c3d'
export const ownRecipeId = 'own-0b8e2f11-2c0a-4d5e-8f1a-3e4d5c6b7a89'
export const otherRecipeId = 'own-5d6e7f80-1a2b-4c3d-9e8f-7a6b5c4d3e2f'

export const ownFood = {
  id: ownFoodId,
  name: 'Aunt Mia’s sourdough crackers',
  group: '25',
  nutrients: { energyKcal: 420, proteinG: 9, carbsG: 50, fiberG: 3.5, sugarsG: 8, fatG: 20, saturatedG: 5, transG: null, omega3G: null, sodiumMg: 600 },
  measures: [{ amount: 1, name: 'piece', grams: 15 }],
  declared: { containsGluten: true, allergens: ['gluten-cereals', 'sesame'], fodmapHigh: ['fructans'], fermentedLive: true, diets: ['vegan', 'vegetarian'] },
} satisfies Food

const plainFood = {
  id: 'own-11111111-2222-4333-8444-555555555555',
  name: 'Home-made kvass',
  group: '14',
  nutrients: { energyKcal: 27, proteinG: null, carbsG: 5, fiberG: null, sugarsG: 2, fatG: 0, saturatedG: null, transG: null, omega3G: null, sodiumMg: null },
  measures: [] as { amount: number; name: string; grams: number }[],
  declared: { glutenFree: true, lactose: 'none', fodmapLow: ['gos', 'mannitol'] },
} satisfies Food

export const ownRecipe: Recipe = {
  id: ownRecipeId,
  name: { en: 'Kefir crackers bowl', de: 'Kefir-Cracker-Schale' },
  slots: ['breakfast', 'snack'],
  servings: 2,
  prepMinutes: 5,
  cookMinutes: 0,
  ingredients: [
    { foodId: 'gp-kefir', quantity: { unit: 'ml', amount: 300 } },
    { foodId: ownFoodId, quantity: { unit: 'measure', amount: 2, measure: 'piece' }, note: { en: 'crumbled', de: 'zerbröselt' } },
    { foodId: '08120', quantity: { unit: 'g', amount: 40 } },
  ],
  steps: [{ en: 'Stir.', de: 'Umrühren.' }],
}

/** Uses an own food the person has since deleted: the app keeps such recipes, so backups must too. */
export const orphanRecipe: Recipe = {
  id: otherRecipeId,
  name: { en: 'Soup with a deleted food', de: 'Suppe mit gelöschtem Lebensmittel' },
  slots: ['dinner'],
  servings: 4,
  prepMinutes: 10,
  cookMinutes: 30,
  ingredients: [{ foodId: 'own-deleted-food', quantity: { unit: 'measure', amount: 1, measure: 'bowl' } }],
  steps: [],
}

const score = (target: (typeof targetIds)[number], perDay?: number[]): TargetScore => ({
  target,
  achieved: 1.5,
  goal: 3,
  satisfaction: 0.5,
  weight: 2,
  ...(perDay ? { perDay } : {}),
})

export const scores: WeekScores = {
  total: 71.25,
  targets: Object.fromEntries(targetIds.map((t) => [t, score(t, t === 'fiber' ? [28, 31, 25, 30, 22, 35, 29] : undefined)])) as WeekScores['targets'],
}

export const unmet: UnmetTarget[] = [
  { target: 'omega3', satisfaction: 0.5, achieved: 1, goal: 2, blockedBy: [{ rule: 'fish', count: 12 }], fix: { code: 'add-recipe', slot: 'dinner', tag: 'oily-fish', compatibleWith: ['lactose'] } },
  { target: 'fermented', satisfaction: 0.71, achieved: 5, goal: 7, days: [2, 5], blockedBy: [], fix: { code: 'raise-weight', target: 'fermented', candidates: 4 } },
]

export const reasons: Reason[] = [
  { code: 'locked' },
  { code: 'fiber', grams: 9.1 },
  { code: 'adds-fermented' },
  { code: 'new-plants', count: 3, points: 2.25 },
  { code: 'energy', kcal: 480 },
  { code: 'limit-flags', count: 1 },
  { code: 'repeat', uses: 2 },
  { code: 'conflict', rules: ['lactose'] },
]

const builtIn = builtInRecipes[0]!

export function sampleRows(): BackupRows {
  // Through JSON, so no two records share an object (a snapshot is a copy, as in storage).
  return JSON.parse(JSON.stringify({
    profile: [{ id: 'me', profile: { ...defaultProfile(), diet: 'vegetarian', intolerances: ['lactose'], avoidFoods: [{ type: 'text', text: 'coriander' }], householdSize: 2, mayBePregnant: true, slotTimes: { breakfast: '07:30', dinner: '18:45' }, rules: { maxMinutes: { mon: 30 }, favourites: ['d-dal'], dayRules: [{ day: 'fri', slot: 'dinner', require: 'fish' }] }, members: sampleMembers() }, updatedAt: stamp }],
    settings: [{ key: 'app', locale: 'de', healthNoticeSeenAt: stamp }],
    ownFoods: [
      { id: ownFood.id, name: ownFood.name, food: ownFood, createdAt: stamp, updatedAt: later },
      { id: plainFood.id, name: plainFood.name, food: plainFood, createdAt: stamp, updatedAt: stamp },
    ],
    ownRecipes: [
      { id: ownRecipe.id, recipe: ownRecipe, createdAt: stamp, updatedAt: later },
      { id: orphanRecipe.id, recipe: orphanRecipe, createdAt: stamp, updatedAt: stamp },
    ],
    plans: [
      {
        week: '2026-W46',
        days: Array.from({ length: 7 }, (_, day) => ({
          day,
          note: day === 4 ? 'Dinner at Anna’s' : '',
          meals:
            day === 0
              ? [
                  { slot: 'breakfast' as const, recipeId: builtIn.id, servings: 2, locked: true, byHand: false, reasons, recipe: builtIn },
                  { slot: 'snack' as const, recipeId: ownRecipe.id, servings: 1, locked: false, byHand: true, reasons: [], recipe: ownRecipe },
                  { slot: 'dinner' as const, recipeId: null, servings: 2, locked: false, byHand: false, reasons: [{ code: 'no-candidate', blockedBy: [{ rule: 'lactose', count: 40 }] }], recipe: null },
                ]
              : day === 1
                ? [
                    // A planned portion (2 people × 1¼) of an adapted recipe: its snapshot holds the swapped ingredients.
                    {
                      slot: 'lunch' as const,
                      recipeId: `${builtIn.id}~adapted`,
                      servings: 2.5,
                      servingsPerPerson: 1.25,
                      adaptedFrom: { recipeId: builtIn.id, swaps: [{ swapId: 'milk-to-lactose-free-milk', from: ['01077'], to: 'gp-lactose-free-milk' }] },
                      locked: false,
                      byHand: false,
                      reasons: [{ code: 'portion' as const, servingsPerPerson: 1.25 }, { code: 'flexible-slot' as const, from: 'breakfast' as const }],
                      recipe: { ...builtIn, id: `${builtIn.id}~adapted` },
                    },
                    // Cooked for more: Wednesday's lunch is its leftovers.
                    { slot: 'dinner' as const, recipeId: ownRecipe.id, servings: 2, locked: false, byHand: false, reasons: [{ code: 'cooks-leftover' as const, day: 2, servings: 1.5 }], recipe: ownRecipe },
                  ]
                : day === 2
                  ? [{ slot: 'lunch' as const, recipeId: ownRecipe.id, servings: 1.5, leftover: true, locked: true, byHand: false, reasons: [{ code: 'leftover' as const, day: 1 }], recipe: ownRecipe }]
                  : [],
        })),
        seed: 4_000_000_000,
        scores,
        unmet,
        recentFiberG: 18,
        leftovers: true,
        unmetRules: [{ rule: 'day-rule' as const, day: 4, slot: 'dinner' as const, require: 'fish' as const, fix: { code: 'add-recipe' as const, slot: 'dinner' as const, require: 'fish' as const } }],
        createdAt: stamp,
        updatedAt: later,
      },
      { week: '2026-W53', days: [], seed: null, scores: null, unmet: [], createdAt: stamp, updatedAt: stamp },
    ],
    shopping: [
      {
        kind: 'week',
        week: '2026-W46',
        weeks: 2,
        skippedDays: [0, 13],
        ticks: [{ key: '08120', grams: 80 }, { key: 'extra:e1', grams: null }],
        extras: [{ id: 'e1', name: 'Kitchen roll', quantity: '2 packs', aisle: 'other' }, { id: 'e2', name: 'Lemons', quantity: null, aisle: 'produce' }],
        updatedAt: later,
      },
      { kind: 'prefs', week: 'prefs', pantry: ['08120', ownFoodId], aisleOrder: ['produce', 'other'], pageSize: 'Letter', updatedAt: stamp },
    ],
  } satisfies BackupRows)) as BackupRows
}

export function sampleFile(): BackupFile {
  return { format: backupFormat, formatVersion: backupFormatVersion, appVersion: '0.1.0', exportedAt: later, data: sampleRows() }
}

/** The sample file as JSON, changed by `edit` (which may mutate it freely). */
export function sampleText(edit: (file: Record<string, unknown> & BackupFile) => void = () => {}): string {
  const file = sampleFile() as Record<string, unknown> & BackupFile
  edit(file)
  return JSON.stringify(file)
}

/** Two people at the table: the profile's own one, and a coeliac child away for weekday lunches. */
export function sampleMembers(): HouseholdMember[] {
  return [
    { name: 'Anna', intolerances: ['lactose'], allergens: [], diet: 'vegetarian', avoidFoods: [{ type: 'text', text: 'coriander' }], targets: { energyKcal: 2000 } },
    {
      name: 'Ben',
      intolerances: ['gluten'],
      allergens: ['peanuts'],
      diet: 'vegetarian',
      avoidFoods: [{ type: 'family', family: 'shellfish' }],
      targets: { energyKcal: 1400 },
      away: (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({ day, slot: 'lunch' as const })),
    },
  ]
}
