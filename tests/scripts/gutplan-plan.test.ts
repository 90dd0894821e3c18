import { everydayNames } from '../../shared/food/names'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import ICAL from 'ical.js'
import { mealUid } from '../../shared/calendar/ics'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultProfile } from '../../shared/profile/profile'
import type { DescribedPlan } from '../../shared/week/describe'
import { builtInRecipes } from '../../shared/recipes/library'
import { runScript } from './run-script'

const dir = mkdtempSync(join(tmpdir(), 'gutplan-plan-'))
function file(name: string, value: unknown): string {
  const path = join(dir, name)
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value))
  return path
}

describe('gutplan plan', { timeout: 60_000 }, () => {
  const profile = file('profile.json', { ...defaultProfile(), intolerances: ['gluten'], householdSize: 2, slots: ['breakfast', 'dinner'] })

  it('prints a week with recipes, servings, ingredient grams, reasons, scores and unmet targets', () => {
    const run = runScript('scripts/gutplan.ts', ['plan', '--profile', profile, '--week', '2026-W48', '--seed', '4'])
    expect(run.status, run.stderr).toBe(0)
    const plan = JSON.parse(run.stdout) as DescribedPlan
    expect(plan.week).toBe('2026-W48')
    expect(plan.days).toHaveLength(7)
    expect(plan.days[0]!.date).toBe('2026-11-23')
    for (const day of plan.days) {
      expect(day.meals.map((m) => m.slot)).toEqual(['breakfast', 'dinner'])
      expect(day.energyKcal).toBeGreaterThan(0)
      for (const meal of day.meals) {
        // Portions per person in quarter steps from ½ to 2; the household of two multiplies.
        expect(Number.isInteger(meal.servingsPerPerson * 4)).toBe(true)
        expect(meal.servingsPerPerson).toBeGreaterThanOrEqual(0.5)
        expect(meal.servingsPerPerson).toBeLessThanOrEqual(2)
        expect(meal.servings).toBeCloseTo(2 * meal.servingsPerPerson, 9)
        expect(meal.totalMinutes).toBeGreaterThan(0)
        // A gluten-free person gets adapted recipes too (corn pasta, gluten-free oats …): each says what it swapped.
        if (meal.adaptedFrom) {
          expect(meal.recipeId).toBe(`${meal.adaptedFrom.recipeId}~adapted`)
          expect(meal.adaptedFrom.swaps.length).toBeGreaterThan(0)
        } else expect(meal.recipeId).not.toMatch(/~adapted$/)
        expect(meal.recipeId).not.toBeNull()
        expect(meal.ingredients.length).toBeGreaterThan(0)
        for (const ing of meal.ingredients) expect(ing.grams).toBeGreaterThan(0)
        expect(meal.reasons.length).toBeGreaterThan(0)
      }
    }
    expect(plan.scores.total).toBeGreaterThan(0)
    expect(Array.isArray(plan.unmet)).toBe(true)
    // The same seed gives the same plan.
    expect(runScript('scripts/gutplan.ts', ['plan', '--profile', profile, '--week', '2026-W48', '--seed', '4']).stdout).toBe(run.stdout)
  })

  it('prints everyday food names in --lang, and a profile file may avoid foods by words in either language and kinds', () => {
    const avoiding = file('avoiding.json', { ...defaultProfile(), avoidFoods: ['Zwiebeln', 'all mushrooms', { type: 'family', family: 'shellfish' }] })
    const run = runScript('scripts/gutplan.ts', ['plan', '--profile', avoiding, '--week', '2026-W48', '--seed', '4', '--lang', 'de'])
    expect(run.status, run.stderr).toBe(0)
    const plan = JSON.parse(run.stdout) as DescribedPlan
    const ingredients = plan.days.flatMap((d) => d.meals.flatMap((m) => m.ingredients))
    expect(ingredients.length).toBeGreaterThan(20)
    for (const ing of ingredients) {
      expect(ing.name).toBe(everydayNames(ing.foodId)?.de ?? ing.description)
      expect(ing.description).toMatch(/\S/)
      expect(ing.description).not.toMatch(/^Onions, |mushroom|shrimp|crab|mussel/i)
    }
  })

  it('keeps --lock meals where they are asked for, by day number or weekday', () => {
    const dinner = builtInRecipes.find((r) => r.id.startsWith('d-') && !r.name.en.match(/pasta|bread|wheat|couscous|bulgur|barley|rye|spelt/i))!
    const run = runScript('scripts/gutplan.ts', ['plan', '--profile', profile, '--week', '2026-W48', '--lock', `wed:dinner=${dinner.id}`, '--lock', `0:breakfast=${builtInRecipes.find((r) => r.slots.includes('breakfast'))!.id}`])
    expect(run.status, run.stderr).toBe(0)
    const plan = JSON.parse(run.stdout) as DescribedPlan
    expect(plan.days[2]!.meals.find((m) => m.slot === 'dinner')).toMatchObject({ recipeId: dinner.id, locked: true, servings: 2 })
    expect(plan.days[0]!.meals.find((m) => m.slot === 'breakfast')?.locked).toBe(true)
    expect(plan.days.flatMap((d) => d.meals).filter((m) => m.locked)).toHaveLength(2)
  })

  it('raises fibre slowly from --recent-fiber: the week aims about 5 g a day above it', () => {
    const run = runScript('scripts/gutplan.ts', ['plan', '--profile', profile, '--week', '2026-W48', '--recent-fiber', '16'])
    expect(run.status, run.stderr).toBe(0)
    const plan = JSON.parse(run.stdout) as DescribedPlan
    expect(plan.scores.targets.fiber.ramp).toEqual({ fromG: 16, weekG: 21, goalG: 30 })
  })

  it('keeps the rules of --rules: a weekday time cap, fish on Friday, a disliked recipe never planned', () => {
    const omnivore = file('omnivore.json', { ...defaultProfile(), slots: ['breakfast', 'lunch', 'dinner'] })
    const first = JSON.parse(runScript('scripts/gutplan.ts', ['plan', '--profile', omnivore, '--week', '2026-W48', '--seed', '2']).stdout) as DescribedPlan
    const disliked = first.days[0]!.meals.find((m) => m.slot === 'dinner')!.recipeId!
    const rules = file('rules.json', { maxMinutes: { mon: 30, tue: 30, wed: 30, thu: 30, fri: 30 }, disliked: [disliked], dayRules: [{ day: 'fri', slot: 'dinner', require: 'fish' }] })
    const run = runScript('scripts/gutplan.ts', ['plan', '--profile', omnivore, '--week', '2026-W48', '--seed', '2', '--rules', rules])
    expect(run.status, run.stderr).toBe(0)
    const plan = JSON.parse(run.stdout) as DescribedPlan
    expect(plan.unmetRules).toEqual([])
    for (const day of plan.days.slice(0, 5)) for (const m of day.meals) expect(m.totalMinutes ?? 0).toBeLessThanOrEqual(30)
    expect(plan.days.flatMap((d) => d.meals).map((m) => m.recipeId)).not.toContain(disliked)
    const friday = plan.days[4]!.meals.find((m) => m.slot === 'dinner')!
    expect(friday.ingredients.some((i) => /salmon|mackerel|sardine|trout|cod|tuna|prawn|shrimp|haddock|herring|anchov|fish|mussel|squid/i.test(i.description ?? ''))).toBe(true)
    // With --previous and "not the same as last week", fewer of last week's recipes come back.
    const previous = file('previous.json', first)
    const again = (extra: string[]) => {
      const out = JSON.parse(runScript('scripts/gutplan.ts', ['plan', '--profile', omnivore, '--week', '2026-W49', '--seed', '3', '--previous', previous, ...extra]).stdout) as DescribedPlan
      const before = new Set(first.days.flatMap((d) => d.meals.map((m) => m.recipeId)))
      return out.days.flatMap((d) => d.meals).filter((m) => before.has(m.recipeId)).length
    }
    expect(again(['--rules', file('fresh.json', { notSameAsLastWeek: true })])).toBeLessThan(again([]))
  })

  it('reads household members from the profile file: each meal names its eaters, servings follow their energy', () => {
    const members = [
      { name: 'Anna', intolerances: ['lactose'], allergens: [], diet: 'omnivore', avoidFoods: [], targets: { energyKcal: 2000 } },
      { name: 'Ben', intolerances: ['gluten'], allergens: [], diet: 'omnivore', avoidFoods: ['Pilze'], targets: { energyKcal: 1400 }, away: [{ day: 'mon', slot: 'lunch' }] },
    ]
    const family = file('family.json', { ...defaultProfile(), members })
    const run = runScript('scripts/gutplan.ts', ['plan', '--profile', family, '--week', '2026-W48', '--seed', '2', '--lock', 'tue:dinner=d-chickpea-spinach-coconut-curry'])
    expect(run.status, run.stderr).toBe(0)
    const plan = JSON.parse(run.stdout) as DescribedPlan
    const monLunch = plan.days[0]!.meals.find((m) => m.slot === 'lunch')!
    expect(monLunch.eaters).toEqual(['Anna'])
    expect(monLunch.servings).toBe(monLunch.servingsPerPerson)
    const dinner = plan.days[2]!.meals.find((m) => m.slot === 'dinner')!
    expect(dinner.eaters).toEqual(['Anna', 'Ben'])
    expect(dinner.servings).toBe(Math.round(1.7 * dinner.servingsPerPerson * 4) / 4)
    expect(plan.days[1]!.meals.find((m) => m.slot === 'dinner')).toMatchObject({ recipeId: 'd-chickpea-spinach-coconut-curry', servings: 1.75, locked: true })
    // Without members, no meal carries eaters.
    const single = runScript('scripts/gutplan.ts', ['plan', '--profile', profile, '--week', '2026-W48', '--seed', '2'])
    expect(single.stdout).not.toContain('"eaters"')
  })

  it('plans leftovers for a household of one (cook once, eat twice) and none with "leftovers": false', () => {
    const single = file('single.json', { ...defaultProfile(), slots: ['breakfast', 'lunch', 'dinner'] })
    const plan = JSON.parse(runScript('scripts/gutplan.ts', ['plan', '--profile', single, '--week', '2026-W48', '--seed', '5']).stdout) as DescribedPlan
    expect(plan.leftovers).toBe(true)
    const leftovers = plan.days.flatMap((d) => d.meals.filter((m) => m.leftoverOf).map((m) => ({ ...m, day: d.day })))
    expect(leftovers.length).toBeGreaterThan(0)
    for (const m of leftovers) {
      // The previous day's dinner, cooked for more: the same recipe, and it names this lunch.
      expect(m.slot).toBe('lunch')
      expect(m.leftoverOf).toEqual({ day: m.day - 1, slot: 'dinner' })
      const dinner = plan.days[m.day - 1]!.meals.find((x) => x.slot === 'dinner')!
      expect(dinner.recipeId).toBe(m.recipeId)
      expect(dinner.leftoverFor).toEqual({ day: m.day, slot: 'lunch', servings: m.servings })
      expect(m.totalMinutes).toBe(0)
    }
    const off = file('no-leftovers.json', { leftovers: false })
    const without = JSON.parse(runScript('scripts/gutplan.ts', ['plan', '--profile', single, '--week', '2026-W48', '--seed', '5', '--rules', off]).stdout) as DescribedPlan
    expect(without.leftovers).toBe(false)
    expect(without.days.flatMap((d) => d.meals).filter((m) => m.leftoverOf !== null || m.leftoverFor !== null)).toEqual([])
  })

  it('plans from a recipe file', () => {
    const recipes = file('recipes.json', builtInRecipes.filter((r) => r.slots.includes('breakfast')).slice(0, 10))
    const run = runScript('scripts/gutplan.ts', ['plan', '--profile', profile, '--recipes', recipes, '--week', '2026-W01'])
    expect(run.status, run.stderr).toBe(0)
    const plan = JSON.parse(run.stdout) as DescribedPlan
    const used = new Set(plan.days.flatMap((d) => d.meals.map((m) => m.recipeId)))
    expect([...used].filter((id) => id !== null).every((id) => id!.startsWith('b-'))).toBe(true)
    // No dinner recipe in the file: every dinner slot is empty, with a reason.
    const dinners = plan.days.flatMap((d) => d.meals.filter((m) => m.slot === 'dinner'))
    expect(dinners.every((m) => m.recipeId === null && m.reasons.some((r) => r.code === 'no-candidate'))).toBe(true)
  })

  it.each([
    [['plan'], /--profile/],
    [['plan', '--profile', 'PROFILE', '--week', '2026-W60'], /ISO week/],
    [['plan', '--profile', 'PROFILE', '--seed', '-3'], /--seed/],
    [['plan', '--profile', 'PROFILE', '--lock', 'dinner=d-x'], /--lock must look like/],
    [['plan', '--profile', 'PROFILE', '--recent-fiber', 'lots'], /--recent-fiber/],
    [['plan', '--profile', 'PROFILE', '--rules', 'BADRULES'], /invalid rules .*maxMinutes/],
    [['plan', '--profile', 'PROFILE', '--lock', 'someday:dinner=d-x'], /--lock day/],
    [['plan', '--profile', 'PROFILE', '--lock', 'mon:lunch=d-x'], /not one of the profile's meals/],
    [['plan', '--profile', 'PROFILE', '--lock', 'mon:dinner=no-such-recipe'], /not in the recipes/],
    [['plan', '--profile', 'BAD'], /householdSize range/],
    [['plan', '--profile', 'BROKEN'], /cannot read profile/],
    [['plan', '--profile', 'PROFILE', '--recipes', 'BADRECIPES'], /\[0\] .*ingredients\.0\.foodId unknown-food/],
  ])('refuses %j with a message and exit code 2', (args, message) => {
    const paths: Record<string, string> = {
      PROFILE: profile,
      BAD: file('bad.json', { ...defaultProfile(), householdSize: 0 }),
      BADRULES: file('bad-rules.json', { maxMinutes: { mon: 1 } }),
      BROKEN: file('broken.json', '{ not json'),
      BADRECIPES: file('bad-recipes.json', [{ ...builtInRecipes[0], ingredients: [{ foodId: 'nope', quantity: { unit: 'g', amount: 5 } }] }]),
    }
    const run = runScript('scripts/gutplan.ts', args.map((a) => paths[a] ?? a))
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(message)
  })
  it('--ics writes the planned week as iCalendar: a meal per event at the profile\'s slot times, all day where none is set', () => {
    const timed = file('timed.json', { ...defaultProfile(), slots: ['breakfast', 'dinner'], slotTimes: { dinner: '18:30' } })
    const ics = join(dir, 'week.ics')
    const run = runScript('scripts/gutplan.ts', ['plan', '--profile', timed, '--week', '2026-W49', '--seed', '2', '--ics', ics])
    expect(run.status, run.stderr).toBe(0)
    const plan = JSON.parse(run.stdout) as DescribedPlan
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(ics, 'utf8')))
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0')
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
    const meals = plan.days.flatMap((d) => d.meals.filter((m) => m.recipeId !== null).map((m) => ({ ...m, day: d.day, date: d.date })))
    expect(events.map((e) => e.uid)).toEqual(meals.map((m) => mealUid('2026-W49', m.day, m.slot)))
    events.forEach((event, i) => {
      const m = meals[i]!
      expect(event.summary).toContain(m.name?.en ?? '')
      expect(event.startDate.toString()).toBe(m.slot === 'dinner' ? `${m.date}T18:30:00` : m.date)
    })
  })
})
