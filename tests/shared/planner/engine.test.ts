import { describe, expect, it } from 'vitest'
import { planWeek, type PlannerInput, type PlannerRecipe, type Reason } from '../../../shared/planner'
import type { MealSlot } from '../../../shared/profile/profile'
import { conflict, input, profile, randomLibrary, recipe } from './fixtures'
import { mealAt, meals, violations } from './helpers'

const library = randomLibrary(60, 11)

describe('planWeek: hard rules', () => {
  const cases: [string, PlannerInput][] = [
    ['a plain week', input(library)],
    ['three slots, household of 3', input(library, { profile: profile({ slots: ['breakfast', 'lunch', 'dinner'], householdSize: 3 }) })],
    ['vegan (ALA omega-3)', input(library, { profile: profile({ diet: 'vegan' }) })],
    ['five days', input(library, { days: 5 })],
    ['half the library conflicting', input(randomLibrary(60, 12, 0.5))],
    [
      'locks, one conflicting, one empty, one unknown',
      input(library, {
        locked: [
          { day: 0, slot: 'breakfast', recipeId: library.find((r) => r.conflicts.length > 0)?.id ?? null, servings: 2 },
          { day: 3, slot: 'dinner', recipeId: null, servings: 1 },
          { day: 6, slot: 'snack', recipeId: 'not-in-library', servings: 4 },
        ],
      }),
    ],
  ]
  it.each(cases)('%s: keeps every hard rule', (_, given) => {
    expect(violations(given, planWeek(given))).toEqual([])
  })

  it('keeps a locked slot exactly, even a conflicting recipe, and says why it is there', () => {
    const bad = recipe('bad', { conflicts: [conflict('lactose')], slots: ['lunch'] })
    const given = input([bad, ...library], { locked: [{ day: 2, slot: 'dinner', recipeId: 'bad', servings: 3 }] })
    const meal = mealAt(planWeek(given), 2, 'dinner')
    expect(meal).toMatchObject({ recipeId: 'bad', servings: 3, locked: true })
    expect(meal?.reasons).toContainEqual({ code: 'locked' })
    expect(meal?.reasons).toContainEqual({ code: 'conflict', rules: ['lactose'] })
  })

  it('never plans a conflicting recipe, however good it would be', () => {
    const star = recipe('star', { fermented: true, prebiotic: true, oilyFish: true, perServing: { energyKcal: 500, fiberG: 30 }, conflicts: [conflict('gluten')] })
    const plain = Array.from({ length: 10 }, (_, i) => recipe(`plain${i}`))
    const result = planWeek(input([star, ...plain]))
    expect(meals(result).map((m) => m.recipeId)).not.toContain('star')
  })

  it('puts a recipe only in a slot it fits', () => {
    const recipes = [
      ...Array.from({ length: 8 }, (_, i) => recipe(`b${i}`, { slots: ['breakfast'] })),
      ...Array.from({ length: 8 }, (_, i) => recipe(`d${i}`, { slots: ['dinner'], perServing: { energyKcal: 900, fiberG: 14 } })),
    ]
    const result = planWeek(input(recipes, { profile: profile({ slots: ['breakfast', 'dinner'] }) }))
    for (const m of meals(result)) expect(m.recipeId?.[0]).toBe(m.slot[0])
  })

  it('leaves a slot empty with the blocking rules when nothing fits it, never a conflicting recipe', () => {
    const recipes = [
      recipe('kefir', { slots: ['snack'], conflicts: [conflict('lactose')] }),
      recipe('yogurt', { slots: ['snack'], conflicts: [conflict('lactose'), conflict('fructans')] }),
      recipe('bread', { slots: ['snack'], conflicts: [conflict('gluten')] }),
      ...Array.from({ length: 8 }, (_, i) => recipe(`m${i}`, { slots: ['lunch', 'dinner'] })),
    ]
    const result = planWeek(input(recipes, { profile: profile({ slots: ['lunch', 'dinner', 'snack'] }) }))
    for (let day = 0; day < 7; day++) {
      const snack = mealAt(result, day, 'snack')
      expect(snack?.recipeId).toBeNull()
      expect(snack?.reasons).toEqual([
        { code: 'no-candidate', blockedBy: [{ rule: 'lactose', count: 2 }, { rule: 'fructans', count: 1 }, { rule: 'gluten', count: 1 }] },
      ])
    }
  })

  it('reports an unmet target with its days, blockers and fix when every fermented recipe for a slot conflicts', () => {
    // Only breakfasts can be fermented, and all fermented breakfasts contain lactose.
    const recipes = [
      ...Array.from({ length: 6 }, (_, i) => recipe(`kefir${i}`, { slots: ['breakfast'], fermented: true, conflicts: [conflict('lactose')] })),
      ...Array.from({ length: 5 }, (_, i) => recipe(`oats${i}`, { slots: ['breakfast'] })),
      ...Array.from({ length: 10 }, (_, i) => recipe(`main${i}`, { slots: ['lunch', 'dinner'] })),
    ]
    const result = planWeek(input(recipes, { profile: profile({ slots: ['breakfast', 'lunch', 'dinner'] }) }))
    const fermented = result.unmet.find((u) => u.target === 'fermented')
    expect(fermented).toEqual({
      target: 'fermented',
      satisfaction: 0,
      achieved: 0,
      goal: 7,
      days: [0, 1, 2, 3, 4, 5, 6],
      blockedBy: [{ rule: 'lactose', count: 6 }],
      fix: { code: 'add-recipe', slot: 'breakfast', tag: 'fermented', compatibleWith: ['lactose'] },
    })
    expect(result.scores.targets.fermented).toMatchObject({ achieved: 0, goal: 7, satisfaction: 0 })
  })

  it('asks for a higher weight, not a new recipe, when a fitting recipe exists but lost the trade-off', () => {
    // A fermented recipe with many limit flags: limit weight high, fermented weight low.
    const recipes = [recipe('sweet-yogurt', { fermented: true, limitFlags: 3 }), ...Array.from({ length: 14 }, (_, i) => recipe(`plain${i}`))]
    const result = planWeek(input(recipes, { weights: { fermented: 0.01, limit: 50 } }))
    expect(result.unmet.find((u) => u.target === 'fermented')?.fix).toEqual({ code: 'raise-weight', target: 'fermented', candidates: 1 })
  })

  it('reports omega-3 as oily-fish meals for a fish eater and as ALA days otherwise', () => {
    const recipes = [recipe('salmon', { oilyFish: true }), recipe('walnut', { alaSource: true }), ...Array.from({ length: 12 }, (_, i) => recipe(`p${i}`))]
    const fish = planWeek(input(recipes))
    expect(fish.scores.targets.omega3).toMatchObject({ goal: 2, achieved: 2, satisfaction: 1 })
    expect(meals(fish).filter((m) => m.recipeId === 'salmon')[0]?.reasons).toContainEqual({ code: 'oily-fish' })
    const allergic = planWeek(input(recipes, { profile: profile({ allergens: ['fish'] }) }))
    expect(allergic.scores.targets.omega3).toMatchObject({ goal: 7, achieved: 2 })
  })
})

describe('planWeek: scores and reasons', () => {
  const result = planWeek(input(library))

  it('gives a total in [0, 100] that is the weighted mean of the satisfactions', () => {
    const targets = Object.values(result.scores.targets)
    const weighted = targets.reduce((s, t) => s + t.weight * t.satisfaction, 0) / targets.reduce((s, t) => s + t.weight, 0)
    expect(result.scores.total).toBeCloseTo(100 * weighted, 9)
    for (const t of targets) expect(t.satisfaction).toBeGreaterThanOrEqual(0)
    for (const t of targets) expect(t.satisfaction).toBeLessThanOrEqual(1)
  })

  it('scores 100 when every target is met', () => {
    // Two oily-fish meals meet omega-3; more would pass the weekly limit of four.
    const perfect = Array.from({ length: 40 }, (_, i) =>
      recipe(`p${i}`, { fermented: true, prebiotic: true, oilyFish: i < 3, perServing: { energyKcal: 500, fiberG: 8 }, plants: [{ key: `k${i}`, points: 1 }, { key: `q${i}`, points: 1 }] }),
    )
    expect(planWeek(input(perfect)).scores.total).toBe(100)
  })

  it('says why each meal was chosen, as codes and numbers', () => {
    const recipes = [recipe('kimchi-bowl', { fermented: true, prebiotic: true, perServing: { energyKcal: 480, fiberG: 9.24 }, plants: [{ key: 'cabbage', points: 1 }, { key: 'chilli', points: 0.25 }], limitFlags: 1 })]
    const only = planWeek(input(recipes, { profile: profile({ slots: ['lunch'] }), days: 1 }))
    // Lunch's share of 2000 kcal is 600: a portion of 1¼ brings the 480 kcal serving to it.
    expect(mealAt(only, 0, 'lunch')?.reasons).toEqual<Reason[]>([
      { code: 'portion', servingsPerPerson: 1.25 },
      { code: 'fiber', grams: 11.6 },
      { code: 'adds-fermented' },
      { code: 'adds-prebiotic' },
      { code: 'new-plants', count: 2, points: 1.25 },
      { code: 'energy', kcal: 600 },
      { code: 'limit-flags', count: 1 },
    ])
    expect(mealAt(only, 0, 'lunch')).toMatchObject({ servings: 1.25, servingsPerPerson: 1.25 })
    expect(only.days[0]?.energyKcal).toBe(600)
  })
})

describe('planWeek: fibre rises slowly', () => {
  const rich = Array.from({ length: 30 }, (_, i) =>
    recipe(`r${i}`, { slots: ['breakfast', 'lunch', 'dinner', 'snack'], perServing: { energyKcal: 500, fiberG: 4 + (i % 6) * 3 }, plants: [{ key: `p${i}`, points: 1 }] }),
  )

  it('aims about 5 g a day above recent weeks that were well below the target, and says so', () => {
    const result = planWeek(input(rich, { recentFiberG: 15 }))
    const fiber = result.scores.targets.fiber
    expect(fiber.ramp).toEqual({ fromG: 15, weekG: 20, goalG: 30 })
    expect(fiber.goal).toBeCloseTo(20, 9)
    // Days stay near the aim (10 % over it costs nothing, more costs fibre points): none a quarter over it.
    for (const g of fiber.perDay ?? []) expect(g).toBeLessThanOrEqual(25)
    const plain = planWeek(input(rich)).scores.targets.fiber
    expect(plain.ramp).toBeUndefined()
    expect(Math.max(...(plain.perDay ?? []))).toBeGreaterThan(22)
  })

  it('plans to the target when recent weeks were near it', () => {
    expect(planWeek(input(rich, { recentFiberG: 27 })).scores.targets.fiber.ramp).toBeUndefined()
  })

  it('keeps days under about 50 g of fibre where portions allow it, and notes the days it cannot', () => {
    const heavy = (fiberG: number) =>
      Array.from({ length: 30 }, (_, i) => recipe(`h${i}`, { slots: ['breakfast', 'lunch', 'dinner', 'snack'], perServing: { energyKcal: 500, fiberG }, plants: [{ key: `q${i}`, points: 1 }] }))
    // 18 g a serving: smaller portions keep every day at or under 50 g.
    const fitted = planWeek(input(heavy(18))).scores.targets.fiber
    for (const g of fitted.perDay ?? []) expect(g).toBeLessThanOrEqual(50 + 1e-9)
    expect(fitted.highDays).toBeUndefined()
    // 30 g a serving: even half portions in four slots make 60 g, and the days say so.
    const fiber = planWeek(input(heavy(30))).scores.targets.fiber
    expect(fiber.highDays).toEqual([0, 1, 2, 3, 4, 5, 6])
    for (const d of fiber.highDays ?? []) expect(fiber.perDay?.[d]).toBeGreaterThan(50)
  })
})

describe('planWeek: determinism', () => {
  it('gives the same plan for the same input and seed', () => {
    expect(planWeek(input(library, { seed: 42 }))).toEqual(planWeek(input(library, { seed: 42 })))
  })

  it('usually gives another plan for another seed', () => {
    const ids = (seed: number) => meals(planWeek(input(library, { seed }))).map((m) => m.recipeId).join()
    const plans = new Set([1, 2, 3, 4, 5].map(ids))
    expect(plans.size).toBeGreaterThan(1)
  })
})

describe('planWeek: variety', () => {
  const uses = (recipes: PlannerRecipe[], slots: MealSlot[]) => {
    const result = planWeek(input(recipes, { profile: profile({ slots }) }))
    const count = new Map<string, number>()
    for (const m of meals(result)) if (m.recipeId) count.set(m.recipeId, (count.get(m.recipeId) ?? 0) + 1)
    return { result, max: Math.max(...count.values()) }
  }

  it('uses no recipe more than twice when the library allows it, even the best one', () => {
    const star = recipe('star', { fermented: true, prebiotic: true, oilyFish: true, perServing: { energyKcal: 2000, fiberG: 30 } })
    const { result, max } = uses([star, ...Array.from({ length: 4 }, (_, i) => recipe(`p${i}`, { perServing: { energyKcal: 300, fiberG: 3 } }))], ['dinner'])
    expect(max).toBe(2)
    expect(result.maxUsesPerRecipe).toBe(2)
  })

  it('raises the limit only as far as a too-small library needs, and reports it', () => {
    const { result, max } = uses([recipe('a', { slots: ['breakfast'] }), recipe('b', { slots: ['breakfast'] })], ['breakfast'])
    expect(result.maxUsesPerRecipe).toBe(4)
    expect(max).toBe(4)
    expect(result.unmet.find((u) => u.target === 'variety')?.fix).toEqual({ code: 'add-recipe', slot: 'breakfast', tag: 'any', compatibleWith: [] })
  })

  it('fills every slot when recipes are shared between slots (augmenting paths)', () => {
    // 3 breakfast-only, 1 that fits breakfast and lunch, 3 lunch-only: 14 slots, limit 2 → exactly enough.
    const recipes = [
      ...['b1', 'b2', 'b3'].map((id) => recipe(id, { slots: ['breakfast'] })),
      recipe('both', { slots: ['breakfast', 'lunch'], fermented: true }),
      ...['l1', 'l2', 'l3'].map((id) => recipe(id, { slots: ['lunch'] })),
    ]
    const result = planWeek(input(recipes, { profile: profile({ slots: ['breakfast', 'lunch'] }) }))
    expect(result.maxUsesPerRecipe).toBe(2)
    expect(meals(result).every((m) => m.recipeId !== null)).toBe(true)
    expect(violations(input(recipes, { profile: profile({ slots: ['breakfast', 'lunch'] }) }), result)).toEqual([])
  })
})

describe('planWeek: regenerate a scope', () => {
  const base = planWeek(input(library, { seed: 3 }))
  const lockedInput = (over: Partial<PlannerInput>) => input(library, { seed: 99, current: base.days, ...over })

  it.each([
    ['a day', { kind: 'day', day: 4 } as const, (day: number) => day === 4],
    ['a slot', { kind: 'slot', day: 2, slot: 'lunch' } as const, (day: number, slot: MealSlot) => day === 2 && slot === 'lunch'],
  ])('%s: keeps everything outside it from current', (_, scope, inScope) => {
    const result = planWeek(lockedInput({ scope }))
    for (const m of meals(result)) {
      if (inScope(m.day, m.slot)) continue
      expect(m.recipeId).toBe(mealAt(base, m.day, m.slot)?.recipeId)
      expect(m.reasons[0]).toEqual({ code: 'kept' })
    }
  })

  it('regenerates only inside the scope and keeps locks there too', () => {
    const result = planWeek(lockedInput({ scope: { kind: 'day', day: 1 }, locked: [{ day: 1, slot: 'snack', recipeId: null, servings: 1 }] }))
    expect(mealAt(result, 1, 'snack')).toMatchObject({ recipeId: null, locked: true })
    expect(violations(lockedInput({ scope: { kind: 'day', day: 1 } }), planWeek(lockedInput({ scope: { kind: 'day', day: 1 } })))).toEqual([])
  })

  it('changes a regenerated slot when a better recipe exists', () => {
    const weak = recipe('weak', { perServing: { energyKcal: 0, fiberG: 0 }, plants: [] })
    const recipes = [weak, ...library]
    const current = base.days.map((d) => ({ ...d, meals: d.meals.map((m) => (d.day === 0 && m.slot === 'lunch' ? { ...m, recipeId: 'weak' } : m)) }))
    const result = planWeek(input(recipes, { current, scope: { kind: 'slot', day: 0, slot: 'lunch' } }))
    expect(mealAt(result, 0, 'lunch')?.recipeId).not.toBe('weak')
  })

  it('treats a week scope as a fresh plan (current ignored)', () => {
    expect(planWeek(lockedInput({ scope: { kind: 'week' } }))).toEqual(planWeek(input(library, { seed: 99 })))
  })
})

describe('planWeek: input checks', () => {
  it.each([
    ['days 0', { days: 0 }],
    ['days 2.5', { days: 2.5 }],
    ['a negative weight', { weights: { fiber: -1 } }],
  ])('refuses %s', (_, over) => {
    expect(() => planWeek(input(library, over))).toThrow(RangeError)
  })

  it('plans an empty library as empty slots with reasons', () => {
    const result = planWeek(input([]))
    for (const m of meals(result)) expect(m).toMatchObject({ recipeId: null, reasons: [{ code: 'no-candidate', blockedBy: [] }] })
  })
})
