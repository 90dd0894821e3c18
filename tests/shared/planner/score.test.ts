import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { explainPlan, planWeek, scorePlan } from '../../../shared/planner'
import { buildInstance } from '../../../shared/planner/instance'
import { energySatisfaction, fiberSatisfaction, repeatCost, ScoreState } from '../../../shared/planner/score'
import { mulberry32, randomInt } from '../../../shared/planner/rng'
import { arbLibrary, arbProfile, input, profile, randomLibrary, recipe } from './fixtures'

describe('satisfaction functions', () => {
  it.each([
    [0, 30, 0],
    [15, 30, 0.5],
    [30, 30, 1],
    [45, 30, 1],
  ])('fiber %d g of %d → %d', (g, target, expected) => {
    expect(fiberSatisfaction(g, target)).toBeCloseTo(expected, 12)
  })

  it.each([
    [10, 20, 22, 0.5],
    [22, 20, 22, 1],
    [32, 20, 22, 0.5],
    [42, 20, 22, 0],
    [60, 20, 22, 0],
  ])('fiber %d g in a ramp week aiming at %d g, capped at %d g → %d', (g, target, cap, expected) => {
    expect(fiberSatisfaction(g, target, cap)).toBeCloseTo(expected, 12)
  })

  it.each([
    [2000, 2000, 1],
    [1800, 2000, 1],
    [2200, 2000, 1],
    [1600, 2000, 8 / 9],
    [900, 2000, 0.5],
    [3100, 2000, 0.5],
    [0, 2000, 0],
    [4000, 2000, 0],
    [5000, 2000, 0],
  ])('energy %d kcal of %d → %d', (kcal, target, expected) => {
    expect(energySatisfaction(kcal, target)).toBeCloseTo(expected, 12)
  })

  it.each([
    [0, 0],
    [1, 0],
    [2, 1],
    [3, 3],
    [4, 5],
  ])('repeat cost of %d uses is %d', (uses, cost) => {
    expect(repeatCost(uses)).toBe(cost)
  })
})

describe('ScoreState', () => {
  /** A state with a random assignment of candidates to open cells. */
  function randomState(seed: number, librarySize: number) {
    const rng = mulberry32(seed)
    const inst = buildInstance(input(randomLibrary(librarySize, seed), { profile: profile({ slots: ['breakfast', 'lunch', 'snack'] }) }))
    const state = new ScoreState(inst)
    for (const cell of inst.open) {
      const cands = inst.candidates[cell % inst.slots.length] ?? new Int32Array(0)
      // Random portions in quarters, and now and then a slot left empty.
      if (rng() < 0.1) continue
      state.set(cell, cands[randomInt(rng, cands.length)] ?? -1, (2 + randomInt(rng, 7)) / 4)
    }
    return { inst, state, rng }
  }

  it('prices every replacement (delta and scan) and every swap exactly as a full re-score', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 3, max: 40 }), (seed, size) => {
        const { inst, state, rng } = randomState(seed, size)
        if (inst.open.length === 0) return
        const cell = inst.open[randomInt(rng, inst.open.length)] ?? 0
        const cands = inst.candidates[cell % inst.slots.length] ?? new Int32Array(0)
        const out = new Float64Array(cands.length)
        const quarters = new Int8Array(cands.length)
        state.scan(cell, cands, Infinity, out, quarters)
        const before = state.objective()
        const a = state.assign[cell] ?? -1
        const withCell = (b: number, portion: number) =>
          new ScoreState(
            inst,
            Int32Array.from(state.assign, (r, c) => (c === cell ? b : r)),
            Float64Array.from(state.portion, (p, c) => (c === cell ? portion : p)),
          )
        cands.forEach((b, j) => {
          expect(state.delta(cell, b, 0.75)).toBeCloseTo(withCell(b, 0.75).objective() - before, 9)
          // A candidate the rules don't allow here is priced −Infinity; any other at its best portion.
          if (out[j] === -Infinity) {
            expect(state.allows(cell, b, Infinity)).toBe(false)
            return
          }
          const q = quarters[j] ?? 0
          if (b === a && out[j] === 0) return
          expect(q).toBeGreaterThanOrEqual(inst.minQ[b] ?? 0)
          expect(q).toBeLessThanOrEqual(inst.maxQ[b] ?? 0)
          expect(out[j]).toBeCloseTo(withCell(b, q / 4).objective() - before, 9)
          // No other portion does better.
          for (let k = inst.minQ[b] ?? 4; k <= (inst.maxQ[b] ?? 4); k++) {
            if (b === a && k / 4 === state.portion[cell]) continue
            expect(withCell(b, k / 4).objective() - before).toBeLessThanOrEqual((out[j] ?? 0) + 1e-9)
          }
        })
        const other = inst.open[randomInt(rng, inst.open.length)] ?? 0
        if (Math.floor(other / inst.slots.length) !== Math.floor(cell / inst.slots.length)) {
          const swapped = Int32Array.from(state.assign)
          swapped[cell] = state.assign[other] ?? -1
          swapped[other] = a
          const portions = Float64Array.from(state.portion)
          portions[cell] = state.portion[other] ?? 0
          portions[other] = state.portion[cell] ?? 0
          expect(state.swapDelta(cell, other)).toBeCloseTo(new ScoreState(inst, swapped, portions).objective() - before, 9)
        }
      }),
      { numRuns: 60 },
    )
  }, 30_000)

  it('counts an empty open slot as more than the whole score in the objective, and in the total as a missing share', () => {
    const { inst, state } = randomState(7, 30)
    const full = Array.from(inst.open).every((c) => (state.assign[c] ?? -1) >= 0)
    const cell = inst.open[0] ?? 0
    if (full) state.set(cell, -1)
    expect(state.emptyDecided).toBeGreaterThan(0)
    expect(state.objective()).toBeLessThan(state.soft() - 100)
    expect(state.total()).toBeCloseTo(state.soft() * (1 - state.emptySlots() / inst.cells.length), 9)
  })

  it('comes back to the same sums after set and undo', () => {
    const { inst, state } = randomState(5, 30)
    const sums = () => [state.total(), ...Object.values(state.satisfactions()), ...state.dayFiber, ...state.dayEnergy]
    const counts = () => JSON.stringify([Array.from(state.plantCount), Array.from(state.dayUse), Array.from(state.uses), state.filled, state.emptyDecided])
    const before = sums()
    const snapshot = counts()
    const cell = inst.open[0] ?? 0
    const a = state.assign[cell] ?? -1
    const p = state.portion[cell] ?? 1
    for (const r of inst.candidates[0] ?? []) {
      state.set(cell, r, 1.5)
      state.set(cell, a, p)
    }
    expect(counts()).toBe(snapshot)
    // Portions are not whole numbers: the sums come back up to rounding.
    sums().forEach((x, i) => expect(x).toBeCloseTo(before[i] ?? NaN, 9))
  })
})

describe('scorePlan', () => {
  it('scores a planner result exactly as the planner did', () => {
    fc.assert(
      fc.property(arbLibrary(20), arbProfile, fc.integer(), (recipes, person, seed) => {
        const given = input(recipes, { profile: person, seed })
        const result = planWeek(given, { restarts: 1, kicks: 2 })
        expect(scorePlan(given, result.days)).toEqual(result.scores)
      }),
      { numRuns: 40 },
    )
  }, 30_000)

  it('explains a planner result exactly as the planner did', () => {
    const given = input(randomLibrary(40, 4), { locked: [{ day: 1, slot: 'lunch', recipeId: 'r3', servings: 2 }] })
    const result = planWeek(given)
    expect(explainPlan(given, result.days)).toEqual({ days: result.days, scores: result.scores, unmet: result.unmet, unmetRules: result.unmetRules })
  })

  it('keeps the total in [0, 100], with 0 for an empty week', () => {
    const empty = scorePlan(input([recipe('a')]), [])
    expect(empty.total).toBeGreaterThanOrEqual(0)
    expect(empty.targets.fiber.satisfaction).toBe(0)
    expect(empty.targets.limit.satisfaction).toBe(1)
    fc.assert(
      fc.property(arbLibrary(15), arbProfile, (recipes, person) => {
        const { total } = planWeek(input(recipes, { profile: person }), { restarts: 1, kicks: 0 }).scores
        expect(total).toBeGreaterThanOrEqual(0)
        expect(total).toBeLessThanOrEqual(100 + 1e-9)
      }),
      { numRuns: 40 },
    )
  }, 30_000)

  it('scales daily targets with the share of the day the planned slots cover', () => {
    const inst = buildInstance(input([], { profile: profile({ slots: ['lunch', 'dinner'] }) }))
    expect(inst.fiberPerDayG).toBeCloseTo(30 * 0.65, 9)
    expect(inst.energyPerDayKcal).toBeCloseTo(2000 * 0.65, 9)
  })

  it('gives 100 when every weight is 0', () => {
    const zero = { fiber: 0, fermented: 0, prebiotic: 0, omega3: 0, plants: 0, limit: 0, variety: 0, energy: 0, effort: 0 }
    expect(planWeek(input([recipe('a')], { weights: zero })).scores.total).toBe(100)
  })
})
