/**
 * The week score and its incremental form. Every term is a concave piecewise-linear function of
 * linear sums of the assignment, so the same score is a mixed-integer program (lp-model.ts; the
 * math is in README.md). ScoreState keeps the running sums so that the change of replacing one
 * meal is computed in O(plants of the two recipes) instead of re-scoring the week.
 */
import type { Instance } from './instance'
import { scoreParams } from './params'
import type { TargetId } from './types'

/** Fiber satisfaction of a day: min(1, fiber / target). */
export function fiberSatisfaction(fiberG: number, targetG: number): number {
  return targetG <= 0 ? 1 : Math.min(1, fiberG / targetG)
}

/** Energy satisfaction of a day: 1 within ±10 % of the target, falling linearly to 0 at ±100 % (0 beyond). */
export function energySatisfaction(energyKcal: number, targetKcal: number): number {
  if (targetKcal <= 0) return 1
  const excess = Math.abs(energyKcal - targetKcal) / targetKcal - scoreParams.energyTolerance
  if (excess <= 0) return 1
  return Math.max(0, 1 - excess / (scoreParams.energyZeroAt - scoreParams.energyTolerance))
}

/** Variety cost of a recipe used `uses` times: one per repeat, two per use beyond the second. */
export function repeatCost(uses: number): number {
  return Math.max(0, uses - 1) + Math.max(0, uses - 2)
}

/** Satisfactions (0..1) of every target, in `targetIds` order. */
export type Satisfactions = Record<TargetId, number>

/**
 * Running sums of a full assignment (one recipe index or −1 per cell) and the score they give.
 * `set` changes one cell; `delta` and `swapDelta` price a change without making it.
 */
export class ScoreState {
  readonly assign: Int32Array
  readonly dayFiber: Float64Array
  readonly dayEnergy: Float64Array
  readonly dayFermented: Int32Array
  readonly dayPrebiotic: Int32Array
  readonly dayAla: Int32Array
  readonly plantCount: Int32Array
  readonly uses: Int32Array
  fishMeals = 0
  plantPoints = 0
  /** Candidates priced by `scan` so far: the search's unit of work (it stops on counts, never on time). */
  evaluations = 0
  limitSum = 0
  repeatSum = 0
  filled = 0

  private readonly mark: Int32Array
  private markId = 0
  /** Weights already multiplied by 100 / Σw and, for daily targets, divided by the days. */
  private readonly w: Satisfactions
  private readonly slotsPerDay: number
  /** 100 when no target has weight (nothing asked, nothing missed), else 0. */
  private readonly base: number

  constructor(
    readonly inst: Instance,
    initial?: Int32Array,
  ) {
    const D = inst.days
    this.slotsPerDay = inst.slots.length
    this.assign = new Int32Array(D * this.slotsPerDay).fill(-1)
    this.dayFiber = new Float64Array(D)
    this.dayEnergy = new Float64Array(D)
    this.dayFermented = new Int32Array(D)
    this.dayPrebiotic = new Int32Array(D)
    this.dayAla = new Int32Array(D)
    this.plantCount = new Int32Array(inst.plantKeys.length)
    this.mark = new Int32Array(inst.plantKeys.length)
    this.uses = new Int32Array(inst.recipes.length)
    this.w = scaledWeights(inst)
    this.base = Object.values(inst.weights).some((x) => x > 0) ? 0 : 100
    const start = initial ?? inst.fixedRecipe
    for (let cell = 0; cell < start.length; cell++) {
      const r = start[cell] ?? -1
      if (r >= 0) this.set(cell, r)
    }
  }

  /** Puts recipe r (−1: nothing) in a cell, updating every sum. */
  set(cell: number, r: number): void {
    const old = this.assign[cell] ?? -1
    if (old === r) return
    const day = (cell / this.slotsPerDay) | 0
    if (old >= 0) this.add(day, old, -1)
    if (r >= 0) this.add(day, r, 1)
    this.assign[cell] = r
  }

  private add(day: number, r: number, sign: 1 | -1): void {
    const inst = this.inst
    this.dayFiber[day] = (this.dayFiber[day] ?? 0) + sign * (inst.fiber[r] ?? 0)
    this.dayEnergy[day] = (this.dayEnergy[day] ?? 0) + sign * (inst.energy[r] ?? 0)
    this.dayFermented[day] = (this.dayFermented[day] ?? 0) + sign * (inst.fermented[r] ?? 0)
    this.dayPrebiotic[day] = (this.dayPrebiotic[day] ?? 0) + sign * (inst.prebiotic[r] ?? 0)
    this.dayAla[day] = (this.dayAla[day] ?? 0) + sign * (inst.ala[r] ?? 0)
    this.fishMeals += sign * (inst.oilyFish[r] ?? 0)
    this.limitSum += sign * (inst.limitCost[r] ?? 0)
    this.filled += sign
    const u = this.uses[r] ?? 0
    this.repeatSum += repeatCost(u + sign) - repeatCost(u)
    this.uses[r] = u + sign
    const end = inst.plantStart[r + 1] ?? 0
    for (let i = inst.plantStart[r] ?? 0; i < end; i++) {
      const k = inst.plantIdx[i] ?? 0
      const c = this.plantCount[k] ?? 0
      if (sign > 0 && c === 0) this.plantPoints += inst.plantPoints[k] ?? 0
      if (sign < 0 && c === 1) this.plantPoints -= inst.plantPoints[k] ?? 0
      this.plantCount[k] = c + sign
    }
  }

  /** The total score, 0..100. */
  total(): number {
    const inst = this.inst
    const w = this.w
    let sum = this.base
    for (let d = 0; d < inst.days; d++) sum += this.dayScore(this.dayFiber[d] ?? 0, this.dayEnergy[d] ?? 0, this.dayFermented[d] ?? 0, this.dayPrebiotic[d] ?? 0, this.dayAla[d] ?? 0)
    if (inst.fishMode) sum += w.omega3 * Math.min(1, this.fishMeals / inst.fishGoal)
    sum += w.plants * Math.min(1, this.plantPoints / inst.plantGoal)
    sum += w.limit * limitSatisfaction(this.limitSum, this.filled)
    sum += w.variety * varietySatisfaction(this.repeatSum, this.filled)
    return sum
  }

  /** Every target's satisfaction, 0..1. */
  satisfactions(): Satisfactions {
    const inst = this.inst
    const D = inst.days
    let fiber = 0
    let energy = 0
    let fermented = 0
    let prebiotic = 0
    let alaDays = 0
    for (let d = 0; d < D; d++) {
      fiber += fiberSatisfaction(this.dayFiber[d] ?? 0, inst.fiberPerDayG)
      energy += energySatisfaction(this.dayEnergy[d] ?? 0, inst.energyPerDayKcal)
      fermented += (this.dayFermented[d] ?? 0) > 0 ? 1 : 0
      prebiotic += (this.dayPrebiotic[d] ?? 0) > 0 ? 1 : 0
      alaDays += (this.dayAla[d] ?? 0) > 0 ? 1 : 0
    }
    return {
      fiber: fiber / D,
      fermented: fermented / D,
      prebiotic: prebiotic / D,
      omega3: inst.fishMode ? Math.min(1, this.fishMeals / inst.fishGoal) : alaDays / D,
      plants: Math.min(1, this.plantPoints / inst.plantGoal),
      limit: limitSatisfaction(this.limitSum, this.filled),
      variety: varietySatisfaction(this.repeatSum, this.filled),
      energy: energy / D,
    }
  }

  /** What one day adds to the total, from its sums. */
  private dayScore(fiber: number, energy: number, fermented: number, prebiotic: number, ala: number): number {
    const inst = this.inst
    const w = this.w
    let s = w.fiber * fiberSatisfaction(fiber, inst.fiberPerDayG) + w.energy * energySatisfaction(energy, inst.energyPerDayKcal)
    if (fermented > 0) s += w.fermented
    if (prebiotic > 0) s += w.prebiotic
    if (!inst.fishMode && ala > 0) s += w.omega3
    return s
  }

  /** Change in a day's part of the total when recipe a (−1: none) there is replaced by b (−1: none). */
  dayDelta(d: number, a: number, b: number): number {
    const inst = this.inst
    const f = this.dayFiber[d] ?? 0
    const e = this.dayEnergy[d] ?? 0
    const fe = this.dayFermented[d] ?? 0
    const pr = this.dayPrebiotic[d] ?? 0
    const al = this.dayAla[d] ?? 0
    const before = this.dayScore(f, e, fe, pr, al)
    let f2 = f
    let e2 = e
    let fe2 = fe
    let pr2 = pr
    let al2 = al
    if (a >= 0) {
      f2 -= inst.fiber[a] ?? 0
      e2 -= inst.energy[a] ?? 0
      fe2 -= inst.fermented[a] ?? 0
      pr2 -= inst.prebiotic[a] ?? 0
      al2 -= inst.ala[a] ?? 0
    }
    if (b >= 0) {
      f2 += inst.fiber[b] ?? 0
      e2 += inst.energy[b] ?? 0
      fe2 += inst.fermented[b] ?? 0
      pr2 += inst.prebiotic[b] ?? 0
      al2 += inst.ala[b] ?? 0
    }
    return this.dayScore(f2, e2, fe2, pr2, al2) - before
  }

  /** Change in the total if the cell's recipe were replaced by b (−1: emptied). */
  delta(cell: number, b: number): number {
    const a = this.assign[cell] ?? -1
    if (a === b) return 0
    const inst = this.inst
    const w = this.w
    let delta = this.dayDelta((cell / this.slotsPerDay) | 0, a, b)
    if (inst.fishMode) {
      const fish = this.fishMeals - (a >= 0 ? (inst.oilyFish[a] ?? 0) : 0) + (b >= 0 ? (inst.oilyFish[b] ?? 0) : 0)
      delta += w.omega3 * (Math.min(1, fish / inst.fishGoal) - Math.min(1, this.fishMeals / inst.fishGoal))
    }
    const points = this.plantPoints + this.plantPointsDelta(a, b)
    delta += w.plants * (Math.min(1, points / inst.plantGoal) - Math.min(1, this.plantPoints / inst.plantGoal))
    const filled = this.filled - (a >= 0 ? 1 : 0) + (b >= 0 ? 1 : 0)
    const limit = this.limitSum - (a >= 0 ? (inst.limitCost[a] ?? 0) : 0) + (b >= 0 ? (inst.limitCost[b] ?? 0) : 0)
    delta += w.limit * (limitSatisfaction(limit, filled) - limitSatisfaction(this.limitSum, this.filled))
    let repeat = this.repeatSum
    if (a >= 0) {
      const u = this.uses[a] ?? 0
      repeat += repeatCost(u - 1) - repeatCost(u)
    }
    if (b >= 0) {
      const u = this.uses[b] ?? 0
      repeat += repeatCost(u + 1) - repeatCost(u)
    }
    delta += w.variety * (varietySatisfaction(repeat, filled) - varietySatisfaction(this.repeatSum, this.filled))
    return delta
  }

  /**
   * Change in the total for each candidate r put in the cell instead of its recipe (the same
   * numbers as `delta`, computed with the cell's part hoisted out of the loop). Candidates at the
   * use limit, and the cell's own recipe, get −Infinity.
   */
  scan(cell: number, candidates: Int32Array, useLimit: number, out: Float64Array): void {
    const inst = this.inst
    const w = this.w
    const a = this.assign[cell] ?? -1
    const d = (cell / this.slotsPerDay) | 0
    this.evaluations += candidates.length
    const { fiber, energy, fermented, prebiotic, ala, oilyFish, limitCost, plantStart, plantIdx, plantPoints } = inst
    // The day and the week without the cell's recipe.
    let f0 = this.dayFiber[d] ?? 0
    let e0 = this.dayEnergy[d] ?? 0
    let fe0 = this.dayFermented[d] ?? 0
    let pr0 = this.dayPrebiotic[d] ?? 0
    let al0 = this.dayAla[d] ?? 0
    let fish0 = this.fishMeals
    let limit0 = this.limitSum
    let repeat0 = this.repeatSum
    let filled0 = this.filled
    let points0 = this.plantPoints
    const id = ++this.markId
    if (a >= 0) {
      f0 -= fiber[a] ?? 0
      e0 -= energy[a] ?? 0
      fe0 -= fermented[a] ?? 0
      pr0 -= prebiotic[a] ?? 0
      al0 -= ala[a] ?? 0
      fish0 -= oilyFish[a] ?? 0
      limit0 -= limitCost[a] ?? 0
      filled0--
      const u = this.uses[a] ?? 0
      repeat0 += repeatCost(u - 1) - repeatCost(u)
      for (let i = plantStart[a] ?? 0, end = plantStart[a + 1] ?? 0; i < end; i++) {
        const k = plantIdx[i] ?? 0
        if ((this.plantCount[k] ?? 0) === 1) {
          this.mark[k] = id
          points0 -= plantPoints[k] ?? 0
        }
      }
    }
    const before = this.total()
    // Terms that do not depend on the candidate's day facts.
    const filled1 = filled0 + 1
    const plantGoal = inst.plantGoal
    const plantsSaturated = points0 >= plantGoal
    const dayNow = this.dayScore(this.dayFiber[d] ?? 0, this.dayEnergy[d] ?? 0, this.dayFermented[d] ?? 0, this.dayPrebiotic[d] ?? 0, this.dayAla[d] ?? 0)
    const fishNow = inst.fishMode ? w.omega3 * Math.min(1, this.fishMeals / inst.fishGoal) : 0
    const weekNow =
      w.plants * Math.min(1, this.plantPoints / plantGoal) +
      w.limit * limitSatisfaction(this.limitSum, this.filled) +
      w.variety * varietySatisfaction(this.repeatSum, this.filled)
    const weekBase = before - dayNow - fishNow - weekNow
    for (let j = 0; j < candidates.length; j++) {
      const b = candidates[j] ?? 0
      const u = this.uses[b] ?? 0
      if (b === a || u >= useLimit) {
        out[j] = -Infinity
        continue
      }
      let points = points0
      if (!plantsSaturated) {
        for (let i = plantStart[b] ?? 0, end = plantStart[b + 1] ?? 0; i < end; i++) {
          const k = plantIdx[i] ?? 0
          if ((this.plantCount[k] ?? 0) === 0 || this.mark[k] === id) points += plantPoints[k] ?? 0
        }
      }
      let t =
        weekBase +
        this.dayScore(f0 + (fiber[b] ?? 0), e0 + (energy[b] ?? 0), fe0 + (fermented[b] ?? 0), pr0 + (prebiotic[b] ?? 0), al0 + (ala[b] ?? 0)) +
        w.plants * Math.min(1, points / plantGoal) +
        w.limit * (1 - (limit0 + (limitCost[b] ?? 0)) / filled1) +
        w.variety * (1 - (repeat0 + repeatCost(u + 1) - repeatCost(u)) / (2 * filled1))
      if (inst.fishMode) t += w.omega3 * Math.min(1, (fish0 + (oilyFish[b] ?? 0)) / inst.fishGoal)
      out[j] = t - before
    }
  }

  /**
   * Change in the total if two cells on different days exchanged recipes. The week's sums
   * (plants, fish, limit, repeats) do not change, only the two days'.
   */
  swapDelta(cellA: number, cellB: number): number {
    const a = this.assign[cellA] ?? -1
    const b = this.assign[cellB] ?? -1
    const dayA = (cellA / this.slotsPerDay) | 0
    const dayB = (cellB / this.slotsPerDay) | 0
    if (a === b || dayA === dayB) return 0
    return this.dayDelta(dayA, a, b) + this.dayDelta(dayB, b, a)
  }

  /** Change in the week's plant points if recipe a were replaced by b. */
  plantPointsDelta(a: number, b: number): number {
    if (a === b) return 0
    const inst = this.inst
    const id = ++this.markId
    let delta = 0
    if (b >= 0) {
      const end = inst.plantStart[b + 1] ?? 0
      for (let i = inst.plantStart[b] ?? 0; i < end; i++) {
        const k = inst.plantIdx[i] ?? 0
        this.mark[k] = id
        if ((this.plantCount[k] ?? 0) === 0) delta += inst.plantPoints[k] ?? 0
      }
    }
    if (a >= 0) {
      const end = inst.plantStart[a + 1] ?? 0
      for (let i = inst.plantStart[a] ?? 0; i < end; i++) {
        const k = inst.plantIdx[i] ?? 0
        if ((this.plantCount[k] ?? 0) === 1 && this.mark[k] !== id) delta -= inst.plantPoints[k] ?? 0
      }
    }
    return delta
  }
}

/** Mean over meals of 1 − min(flags, 3)/3; 1 when nothing is planned. */
export function limitSatisfaction(limitCostSum: number, meals: number): number {
  return meals === 0 ? 1 : 1 - limitCostSum / meals
}

/** 1 − Σ repeatCost / (2 × meals): 1 with no repeat, 0 only in the limit of one recipe for everything. */
export function varietySatisfaction(repeatCostSum: number, meals: number): number {
  return meals === 0 ? 1 : 1 - repeatCostSum / (2 * meals)
}

/** Weights scaled so the total is 100 × Σ w·s / Σ w, with daily targets' weights spread over the days. */
export function scaledWeights(inst: Instance): Satisfactions {
  const w = inst.weights
  const sum = w.fiber + w.fermented + w.prebiotic + w.omega3 + w.plants + w.limit + w.variety + w.energy
  const k = sum > 0 ? 100 / sum : 0
  const perDay = k / inst.days
  return {
    fiber: w.fiber * perDay,
    fermented: w.fermented * perDay,
    prebiotic: w.prebiotic * perDay,
    omega3: inst.fishMode ? w.omega3 * k : w.omega3 * perDay,
    plants: w.plants * k,
    limit: w.limit * k,
    variety: w.variety * k,
    energy: w.energy * perDay,
  }
}
