import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildInstance, type Instance } from '../../../shared/planner/instance'
import { construct, fillByAugmenting, localSearch, pairPass } from '../../../shared/planner/moves'
import { mulberry32 } from '../../../shared/planner/rng'
import { ScoreState } from '../../../shared/planner/score'
import { input, profile, randomLibrary, recipe } from './fixtures'

/**
 * Every open cell holds a candidate of its slot, or is empty because no candidate is allowed there;
 * no recipe passes the use limit, oily fish stays within its limit, and no recipe is on the same or
 * neighbouring days (when spacing applies); portions are quarters within each recipe's range.
 */
function feasible(inst: Instance, state: ScoreState): boolean {
  const S = inst.slots.length
  const D = inst.days
  const filledOrForced = [...inst.open].every((cell) => {
    const r = state.assign[cell] ?? -1
    const cands = inst.candidates[cell % S] ?? new Int32Array(0)
    if (r < 0) return [...cands].every((c) => !state.allows(cell, c))
    const q = (state.portion[cell] ?? 0) * 4
    // A leftover holds the previous day's dinner's recipe (which may be no lunch recipe at all).
    const fits = state.leftover[cell] === 1 ? state.assign[inst.leftoverSource[cell] ?? -1] === r && inst.pairCell[cell] === 1 : cands.includes(r)
    return fits && Number.isInteger(q) && q >= (inst.minQ[r] ?? 0) && q <= (inst.maxQ[r] ?? 0)
  })
  const spaced = !inst.spacing || [...state.uses.keys()].every((g) => Array.from({ length: D }, (_, d) => state.dayUse[g * D + d] ?? 0).every((n, d, all) => n <= 1 && (d === 0 || n + (all[d - 1] ?? 0) <= 1)))
  return filledOrForced && spaced && state.fishMeals <= inst.fishMax && [...state.uses].every((u) => u <= inst.useLimit)
}

describe('moves', () => {
  const arbCase = fc.record({ seed: fc.integer({ min: 1, max: 100_000 }), size: fc.integer({ min: 4, max: 40 }), slots: fc.integer({ min: 1, max: 4 }) })
  const setUp = ({ seed, size, slots }: { seed: number; size: number; slots: number }) => {
    const inst = buildInstance(input(randomLibrary(size, seed, 0.3), { profile: profile({ slots: (['breakfast', 'lunch', 'dinner', 'snack'] as const).slice(0, slots) }) }))
    const state = new ScoreState(inst)
    construct(state, mulberry32(seed), 3)
    return { inst, state }
  }

  it('construct fills every open cell it can, within the use limit, the fish limit and spacing', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const { inst, state } = setUp(c)
        expect(feasible(inst, state)).toBe(true)
      }),
      { numRuns: 80 },
    )
  }, 30_000)

  it('local search and pair moves only improve, keep the plan feasible, and end at a local optimum', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const { inst, state } = setUp(c)
        const start = state.objective()
        localSearch(state, 50)
        const afterLocal = state.objective()
        expect(afterLocal).toBeGreaterThanOrEqual(start - 1e-9)
        const improved = pairPass(state, 6)
        if (improved) expect(state.objective()).toBeGreaterThan(afterLocal)
        else expect(state.objective()).toBeCloseTo(afterLocal, 9)
        localSearch(state, 50)
        expect(feasible(inst, state)).toBe(true)
        // A local optimum: no allowed recipe at any portion improves any cell, no lunch gains by
        // becoming a leftover, no dinner with its leftover gains by another recipe.
        const out = { quarters: 4 }
        for (const cell of inst.open) {
          const cands = inst.candidates[cell % inst.slots.length] ?? new Int32Array(0)
          if (state.linkedLunch(cell) >= 0) {
            const deltas = new Float64Array(cands.length)
            state.scanLinked(cell, cands, deltas)
            for (const d of deltas) expect(d).toBeLessThanOrEqual(1e-9)
            continue
          }
          expect(state.leftoverDelta(cell, out)).toBeLessThanOrEqual(1e-9)
          if (state.leftover[cell] === 1) continue
          for (const r of cands) {
            if (!state.allows(cell, r)) continue
            for (let q = inst.minQ[r] ?? 4; q <= (inst.maxQ[r] ?? 4); q++) expect(state.delta(cell, r, q / 4)).toBeLessThanOrEqual(1e-9)
          }
        }
      }),
      { numRuns: 50 },
    )
  }, 30_000)

  it('prices a dinner with its leftover lunch exactly: scanLinked equals making the move', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const inst = buildInstance(input(randomLibrary(c.size, c.seed, 0.3), { profile: profile({ slots: ['breakfast', 'lunch', 'dinner'] }), rules: { leftovers: true } }))
        const state = new ScoreState(inst)
        construct(state, mulberry32(c.seed), 3)
        localSearch(state, 50)
        for (const cell of inst.open) {
          const lunch = state.linkedLunch(cell)
          if (lunch < 0) continue
          const cands = inst.cellCandidates[cell] ?? new Int32Array(0)
          const deltas = new Float64Array(cands.length)
          const quarters = new Int8Array(cands.length)
          state.scanLinked(cell, cands, deltas, quarters)
          const a = state.assign[cell] ?? -1
          const pa = state.portion[cell] ?? 0
          const pl = state.portion[lunch] ?? 0
          cands.forEach((b, j) => {
            if (deltas[j] === -Infinity) return expect(b !== a && !state.allowsLinked(cell, b)).toBe(true)
            if (b === a && deltas[j] === 0) return
            const before = state.objective()
            state.setLinked(cell, b, (quarters[j] ?? 4) / 4)
            expect(state.objective() - before).toBeCloseTo(deltas[j] ?? 0, 9)
            state.set(lunch, -1)
            state.set(cell, a, pa)
            state.set(lunch, a, pl, true)
          })
        }
      }),
      { numRuns: 40 },
    )
  }, 30_000)

  it('fills a cell through an augmenting path when its candidates are at the limit', () => {
    // Breakfast: only "shared"; lunch: "shared" or "l1". Limit 2 is enough only if lunch avoids "shared".
    const inst = buildInstance(
      input([recipe('shared', { slots: ['breakfast', 'lunch'] }), recipe('l1', { slots: ['lunch'] }), recipe('b2', { slots: ['breakfast'] })], {
        profile: profile({ slots: ['breakfast', 'lunch'] }),
        days: 2,
      }),
    )
    expect(inst.useLimit).toBe(2)
    const state = new ScoreState(inst)
    const [b0 = 0, l0 = 0, b1 = 0, l1 = 0] = inst.open
    const shared = inst.indexOf.get('shared') ?? -1
    state.set(l0, shared)
    state.set(l1, shared)
    state.set(b0, inst.indexOf.get('b2') ?? -1)
    // b1's candidates (shared, b2) are both used twice: a lunch must move to l1.
    expect(fillByAugmenting(state, b1)).toBe(true)
    expect(feasible(inst, state)).toBe(true)
  })
})
