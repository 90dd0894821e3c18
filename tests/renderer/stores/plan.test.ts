import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { mealAt } from '../../../shared/week/edits'
import { loadPlan, mealCount } from '../../../renderer/db/plans'
import { usePlanStore } from '../../../renderer/stores/plan'
import { useProfileStore } from '../../../renderer/stores/profile'
import { useRecipesStore } from '../../../renderer/stores/recipes'
import { defaultProfile, type Profile } from '../../../shared/profile/profile'
import { recipeConflicts } from '../../../shared/recipes/analyze'
import type { Recipe } from '../../../shared/recipes/types'
import { freshDb } from '../db/helpers'

// The catalogue and the library's analysis take seconds in happy-dom: one of each for the file.
let pinia: Pinia

async function openWeek(week = '2026-W20', profile: Profile = defaultProfile()) {
  setActivePinia(pinia)
  useProfileStore().profile = profile
  const store = usePlanStore()
  await store.open(week)
  return store
}

const allMeals = (store: ReturnType<typeof usePlanStore>) => store.plan.days.flatMap((d) => d.meals.map((m) => ({ day: d.day, ...m })))

describe('plan store', () => {
  beforeAll(async () => {
    freshDb()
    pinia = createPinia()
    setActivePinia(pinia)
    const recipes = useRecipesStore()
    await recipes.load()
  }, 60_000)
  beforeEach(() => {
    freshDb()
  })

  it('opens an unplanned week empty, then generates every slot of every day and saves it at once', async () => {
    const store = await openWeek()
    expect(store.status).toBe('ready')
    expect(store.hasMeals).toBe(false)
    expect(store.plan.scores).toBeNull()
    await store.generate()
    expect(store.plan.days.every((d) => d.meals.filter((m) => m.recipeId).length === 4)).toBe(true)
    expect(store.plan.seed).toEqual(expect.any(Number))
    expect(store.plan.scores!.total).toBeGreaterThan(50)
    expect(store.lastAction?.action).toBe('generate')
    await store.settled()
    const stored = await loadPlan('2026-W20')
    expect(mealCount(stored!)).toBe(28)
    expect(stored!.seed).toBe(store.plan.seed)
    expect(store.weeks.map((w) => w.week)).toEqual(['2026-W20'])
  })

  it('stays in step with another window on the same week: an edit in one shows in the other', async () => {
    const a = await openWeek()
    await a.generate()
    await a.settled()
    // A second window: its own stores, the same database.
    const other = createPinia()
    setActivePinia(other)
    await useRecipesStore().load()
    const b = usePlanStore()
    await b.open('2026-W20')
    expect(b.plan.days.map((d) => d.meals.map((m) => m.recipeId))).toEqual(a.plan.days.map((d) => d.meals.map((m) => m.recipeId)))

    await a.setNote(2, 'Dinner at Anna’s')
    await vi.waitFor(() => expect(b.plan.days[2]!.note).toBe('Dinner at Anna’s'))
    await b.clear({ kind: 'day', day: 0 })
    await vi.waitFor(() => expect(a.plan.days[0]!.meals).toEqual([]))
    // Each window scores what it shows, and keeps its own edits: nothing is lost on either side.
    expect(a.plan.scores?.total).toBeCloseTo(b.plan.scores!.total, 9)
    expect(a.plan.days[2]!.note).toBe('Dinner at Anna’s')
    expect((await loadPlan('2026-W20'))!.days[0]!.meals).toEqual([])
    setActivePinia(pinia)
  }, 60_000)

  it('snapshots each planned recipe into the plan', async () => {
    const store = await openWeek()
    await store.generate()
    for (const meal of allMeals(store)) expect(meal.recipe).toEqual(useRecipesStore().byId.get(meal.recipeId!))
  })

  it('plans nothing that conflicts with a gluten- and lactose-free profile', async () => {
    const profile: Profile = { ...defaultProfile(), intolerances: ['gluten', 'lactose'] }
    const store = await openWeek('2026-W21', profile)
    await store.generate()
    expect(mealCount(store.plan)).toBe(28)
    const recipes = useRecipesStore()
    for (const meal of allMeals(store)) {
      expect(recipeConflicts(recipes.factsOf(meal.recipe!)!, profile), meal.recipeId!).toEqual([])
    }
  })

  it('keeps a locked meal through every regeneration, with a new seed each time', async () => {
    const store = await openWeek()
    await store.generate()
    const tuesdayDinner = { day: 1, slot: 'dinner' } as const
    const kept = mealAt(store.plan, tuesdayDinner)!.recipeId
    await store.toggleLock(tuesdayDinner)
    expect(mealAt(store.plan, tuesdayDinner)!.locked).toBe(true)
    expect(mealAt(store.plan, tuesdayDinner)!.reasons).toContainEqual({ code: 'locked' })
    const seeds = new Set([store.plan.seed])
    for (let i = 0; i < 3; i++) {
      await store.generate()
      seeds.add(store.plan.seed)
      expect(mealAt(store.plan, tuesdayDinner)).toMatchObject({ recipeId: kept, locked: true })
    }
    await store.generate({ kind: 'day', day: 1 })
    expect(mealAt(store.plan, tuesdayDinner)!.recipeId).toBe(kept)
    expect(seeds.size).toBeGreaterThan(1)
  })

  it('regenerates one day or one slot and keeps everything else', async () => {
    const store = await openWeek()
    await store.generate()
    const before = store.plan
    await store.generate({ kind: 'day', day: 3 })
    expect(store.lastAction?.action).toBe('regenerate-day')
    for (const d of [0, 1, 2, 4, 5, 6]) expect(store.plan.days[d]!.meals.map((m) => m.recipeId)).toEqual(before.days[d]!.meals.map((m) => m.recipeId))
    const middle = store.plan
    await store.generate({ kind: 'slot', day: 5, slot: 'lunch' })
    expect(store.lastAction?.action).toBe('regenerate-slot')
    for (const d of middle.days) {
      for (const m of d.meals) if (!(d.day === 5 && m.slot === 'lunch')) expect(mealAt(store.plan, { day: d.day, slot: m.slot })!.recipeId).toBe(m.recipeId)
    }
  })

  it('offers the planner’s five best swaps and puts the chosen one in, locked', async () => {
    const store = await openWeek()
    await store.generate()
    const at = { day: 2, slot: 'lunch' } as const
    const current = mealAt(store.plan, at)!.recipeId
    const swaps = await store.suggestions(at)
    expect(swaps).toHaveLength(5)
    expect(swaps.map((s) => s.recipeId)).not.toContain(current)
    for (const s of swaps) expect(useRecipesStore().byId.get(s.recipeId)!.slots).toContain('lunch')
    await store.choose(at, swaps[2]!.recipeId, 'swap')
    expect(mealAt(store.plan, at)).toMatchObject({ recipeId: swaps[2]!.recipeId, locked: true, byHand: true })
    expect(store.lastAction?.action).toBe('swap')
  })

  it('lets a person pick a recipe that conflicts with their profile, and says so in its reasons', async () => {
    const profile: Profile = { ...defaultProfile(), intolerances: ['gluten'] }
    const store = await openWeek('2026-W22', profile)
    const recipes = useRecipesStore()
    const withGluten = recipes.all.find((r) => r.slots.includes('dinner') && recipes.conflictsOf(recipes.factsOf(r)!).some((c) => c.conflict.subject === 'gluten'))!
    await store.choose({ day: 0, slot: 'dinner' }, withGluten.id)
    const placed = mealAt(store.plan, { day: 0, slot: 'dinner' })!
    expect(placed).toMatchObject({ recipeId: withGluten.id, locked: true, byHand: true })
    expect(placed.reasons).toContainEqual({ code: 'conflict', rules: expect.arrayContaining(['gluten']) })
    // A regeneration keeps the person's choice; the planner itself adds nothing with gluten.
    await store.generate()
    expect(mealAt(store.plan, { day: 0, slot: 'dinner' })!.recipeId).toBe(withGluten.id)
    const planned = allMeals(store).filter((m) => !(m.day === 0 && m.slot === 'dinner'))
    for (const m of planned) expect(recipes.conflictsOf(recipes.factsOf(m.recipe!)!)).toEqual([])
  })

  it('moves a meal, swapping with the one already there, and rescores the week', async () => {
    const store = await openWeek()
    await store.generate()
    const wed = mealAt(store.plan, { day: 2, slot: 'lunch' })!.recipeId
    const fri = mealAt(store.plan, { day: 4, slot: 'lunch' })!.recipeId
    await store.move({ day: 2, slot: 'lunch' }, { day: 4, slot: 'lunch' })
    expect(mealAt(store.plan, { day: 4, slot: 'lunch' })!.recipeId).toBe(wed)
    expect(mealAt(store.plan, { day: 2, slot: 'lunch' })!.recipeId).toBe(fri)
    expect(store.plan.scores).not.toBeNull()
    await store.settled()
    expect(mealAt((await loadPlan('2026-W20'))!, { day: 4, slot: 'lunch' })!.recipeId).toBe(wed)
  })

  it('after a profile change, names the meals that now conflict and replans only those, locked ones too', async () => {
    const store = await openWeek('2026-W22')
    await store.generate()
    expect(store.conflicting).toEqual([])
    const before = allMeals(store)
    // Lock one meal that will conflict with gluten, then become gluten-intolerant.
    const recipes = useRecipesStore()
    const glutenous = before.find((m) => m.recipe && recipeConflicts(recipes.factsOf(m.recipe)!, { ...defaultProfile(), intolerances: ['gluten'] }).length > 0)!
    await store.toggleLock({ day: glutenous.day, slot: glutenous.slot })
    useProfileStore().profile = { ...defaultProfile(), intolerances: ['gluten'] }
    await vi.waitFor(() => expect(store.conflicting.length).toBeGreaterThan(0))
    const affected = store.conflicting.map((c) => `${c.at.day}|${c.at.slot}`)
    expect(store.conflicting.find((c) => c.at.day === glutenous.day && c.at.slot === glutenous.slot)?.locked).toBe(true)
    await store.replanConflicting()
    expect(store.lastAction?.action).toBe('replan-conflicts')
    expect(store.conflicting).toEqual([])
    // Every other meal stays as it was.
    for (const m of allMeals(store)) {
      if (affected.includes(`${m.day}|${m.slot}`)) continue
      expect(m.recipeId).toBe(before.find((b) => b.day === m.day && b.slot === m.slot)?.recipeId)
    }
  })

  it('changes servings within limits, keeps a note per day, and clears a slot, a day and the week', async () => {
    const store = await openWeek()
    await store.generate()
    await store.setServings({ day: 0, slot: 'breakfast' }, 3)
    expect(mealAt(store.plan, { day: 0, slot: 'breakfast' })!.servings).toBe(3)
    expect(store.setServings({ day: 0, slot: 'breakfast' }, 0)).toBeUndefined()
    // Quarter steps (portions are planned in quarters); anything else is refused.
    expect(store.setServings({ day: 0, slot: 'breakfast' }, 2.3)).toBeUndefined()
    await store.setServings({ day: 0, slot: 'breakfast' }, 2.5)
    expect(mealAt(store.plan, { day: 0, slot: 'breakfast' })!.servings).toBe(2.5)
    await store.setNote(3, 'Eating out')
    await store.clear({ kind: 'slot', day: 1, slot: 'snack' })
    expect(mealAt(store.plan, { day: 1, slot: 'snack' })).toBeUndefined()
    await store.clear({ kind: 'day', day: 2 })
    expect(store.plan.days[2]!.meals).toEqual([])
    await store.settled()
    const stored = (await loadPlan('2026-W20'))!
    expect(stored.days[3]!.note).toBe('Eating out')
    expect(mealAt(stored, { day: 0, slot: 'breakfast' })!.servings).toBe(2.5)
    await store.clear({ kind: 'week' })
    expect(store.hasMeals).toBe(false)
    expect(store.plan.scores).toBeNull()
    expect(store.plan.days[3]!.note).toBe('Eating out')
  })

  it('undoes changes one at a time', async () => {
    const store = await openWeek()
    await store.generate()
    const generated = store.plan
    await store.clear({ kind: 'week' })
    await store.undo()
    expect(allMeals(store).map((m) => m.recipeId)).toEqual(generated.days.flatMap((d) => d.meals.map((m) => m.recipeId)))
    await store.undo()
    expect(store.hasMeals).toBe(false)
    expect(store.undoStack).toEqual([])
    await store.settled()
    expect(mealCount((await loadPlan('2026-W20'))!)).toBe(0)
  })

  it('copies last week’s meals, unlocked', async () => {
    const store = await openWeek('2026-W19')
    await store.generate()
    await store.toggleLock({ day: 0, slot: 'lunch' })
    const last = store.plan
    await store.settled()
    await store.open('2026-W20')
    expect(store.previousWeek?.week).toBe('2026-W19')
    await store.copyPrevious()
    expect(allMeals(store).map((m) => m.recipeId)).toEqual(last.days.flatMap((d) => d.meals.map((m) => m.recipeId)))
    expect(allMeals(store).every((m) => !m.locked)).toBe(true)
    expect(store.plan.week).toBe('2026-W20')
  })

  it('keeps a week as planned when its recipe is later edited or deleted', async () => {
    const recipes = useRecipesStore()
    const own: Recipe = { ...structuredClone(recipes.byId.get('d-kimchi-tofu-stew')!), id: recipes.newId(), name: { en: 'My stew', de: 'Mein Eintopf' } }
    expect((await recipes.save(own)).ok).toBe(true)
    const store = await openWeek()
    await store.choose({ day: 0, slot: 'dinner' }, own.id)
    await recipes.save({ ...own, name: { en: 'Renamed stew', de: 'Umbenannt' }, ingredients: own.ingredients.slice(0, 1) })
    await store.settled()
    await store.open('2026-W20')
    expect(mealAt(store.plan, { day: 0, slot: 'dinner' })!.recipe!.name.en).toBe('My stew')
    await recipes.remove(own.id)
    await store.open('2026-W20')
    const kept = mealAt(store.plan, { day: 0, slot: 'dinner' })!
    expect(kept.recipe).toMatchObject({ id: own.id, name: { en: 'My stew' } })
    expect(kept.reasons).not.toContainEqual({ code: 'unknown-recipe' })
    // Still counted, still kept when the week is planned again, and never planned anew.
    await store.generate()
    expect(allMeals(store).filter((m) => m.recipeId === own.id)).toHaveLength(1)
  })

  it('reloads the same week from storage in a new session', async () => {
    const store = await openWeek()
    await store.generate()
    await store.setNote(6, 'Picnic')
    await store.settled()
    const ids = allMeals(store).map((m) => m.recipeId)
    const session = createPinia()
    setActivePinia(session)
    const again = usePlanStore(session)
    await again.open('2026-W20')
    expect(allMeals(again).map((m) => m.recipeId)).toEqual(ids)
    expect(again.plan.days[6]!.note).toBe('Picnic')
    expect(again.plan.scores!.total).toBeCloseTo(store.plan.scores!.total, 6)
  }, 60_000)
})
