/**
 * The week score and its incremental form. Every term is a concave piecewise-linear function of
 * linear sums of the assignment, so the same score is a mixed-integer program (lp-model.ts; the
 * math is in README.md). ScoreState keeps the running sums so that the change of replacing one
 * meal is computed in O(plants of the two recipes) instead of re-scoring the week.
 */
import { mayBeLeftover, type Instance } from './instance'
import { scoreParams } from './params'
import type { TargetId } from './types'

/**
 * Fiber satisfaction of a day: min(1, fiber / target); in a ramp week (a finite cap) it also falls
 * linearly above the cap, reaching 0 one target above it.
 */
export function fiberSatisfaction(fiberG: number, targetG: number, capG = Infinity): number {
  if (targetG <= 0) return 1
  const low = Math.min(1, fiberG / targetG)
  return fiberG <= capG ? low : Math.min(low, Math.max(0, 1 - (fiberG - capG) / targetG))
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
 * Running sums of a full assignment (one recipe index or −1 per cell, each with a portion per
 * person) and the score they give. `set` changes one cell; `delta`, `scan` and `swapDelta` price a
 * change without making it. The search maximises `objective()`: the score less a penalty for every
 * open slot left empty, larger than the whole score, so no plan empties a slot to gain on targets.
 */
export class ScoreState {
  readonly assign: Int32Array
  /** Servings per person in each cell (0 when empty). */
  readonly portion: Float64Array
  readonly dayFiber: Float64Array
  readonly dayEnergy: Float64Array
  readonly dayFermented: Int32Array
  readonly dayPrebiotic: Int32Array
  readonly dayAla: Int32Array
  readonly plantCount: Int32Array
  /** Per cell: 1 when its meal is the leftover of the previous day's dinner (same recipe, no cooking). */
  readonly leftover: Uint8Array
  /** Meals eaten per recipe group (instance.groupOf; an adapted recipe counts as its original), leftovers too: the use limit. */
  readonly uses: Int32Array
  /** Meals cooked per recipe group (leftovers aside): what variety counts as repeats. */
  readonly cooked: Int32Array
  /** Uses per recipe group and day: dayUse[group * days + day]. */
  readonly dayUse: Int32Array
  fishMeals = 0
  plantPoints = 0
  /** Candidates priced by `scan` so far: the search's unit of work (it stops on counts, never on time). */
  evaluations = 0
  limitSum = 0
  repeatSum = 0
  effortSum = 0
  filled = 0
  /** Open cells the search decides that hold nothing. */
  emptyDecided = 0
  /**
   * The meals the means (limit, variety, effort) are taken over: every slot the plan should fill
   * (open cells with candidates and fixed meals), or the meals placed if more. An empty slot thus
   * counts as a meal with no flag and no effort; it pays the empty-slot penalty instead.
   */
  readonly slotsToFill: number

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
    initialPortion?: Float64Array,
    initialLeftover?: Uint8Array,
  ) {
    const D = inst.days
    this.slotsPerDay = inst.slots.length
    this.assign = new Int32Array(D * this.slotsPerDay).fill(-1)
    this.portion = new Float64Array(D * this.slotsPerDay)
    this.dayFiber = new Float64Array(D)
    this.dayEnergy = new Float64Array(D)
    this.dayFermented = new Int32Array(D)
    this.dayPrebiotic = new Int32Array(D)
    this.dayAla = new Int32Array(D)
    this.plantCount = new Int32Array(inst.plantKeys.length)
    this.mark = new Int32Array(inst.plantKeys.length)
    this.uses = new Int32Array(inst.recipes.length)
    this.cooked = new Int32Array(inst.recipes.length)
    this.leftover = new Uint8Array(D * this.slotsPerDay)
    // Every lunch that could be a leftover and is not costs effort (params.leftoverMissCost).
    this.effortSum = scoreParams.leftoverMissCost * inst.pairCount
    this.dayUse = new Int32Array(inst.recipes.length * D)
    this.w = scaledWeights(inst)
    this.base = Object.values(inst.weights).some((x) => x > 0) ? 0 : 100
    for (const d of inst.decides) this.emptyDecided += d
    let fixedMeals = 0
    for (const r of inst.fixedRecipe) if (r >= 0) fixedMeals++
    this.slotsToFill = inst.open.length + fixedMeals
    const start = initial ?? inst.fixedRecipe
    // Day by day, so a dinner is in place before the next day's lunch is its leftover.
    for (let cell = 0; cell < start.length; cell++) {
      const r = start[cell] ?? -1
      if (r < 0) continue
      const asLeftover = inst.decides[cell] ? initialLeftover?.[cell] === 1 && this.mayBeLeftover(cell, r) : inst.fixedLeftover[cell] === 1
      this.set(cell, r, inst.decides[cell] ? (initialPortion?.[cell] ?? 1) : (inst.fixedPortion[cell] ?? 1), asLeftover)
    }
  }

  /**
   * Puts recipe r (−1: nothing) in a cell at `portion` servings per person, updating every sum;
   * `asLeftover`: eaten as the leftover of the previous day's dinner (the caller keeps that dinner's
   * recipe the same: `setLinked`, `mayBeLeftover`).
   */
  set(cell: number, r: number, portion = 1, asLeftover = false): void {
    const old = this.assign[cell] ?? -1
    const oldPortion = this.portion[cell] ?? 0
    const p = r >= 0 ? portion : 0
    const flag = r >= 0 && asLeftover ? 1 : 0
    if (old === r && oldPortion === p && this.leftover[cell] === flag) return
    const day = (cell / this.slotsPerDay) | 0
    if (old >= 0) this.add(cell, day, old, oldPortion, -1)
    this.leftover[cell] = flag
    if (r >= 0) this.add(cell, day, r, p, 1)
    this.assign[cell] = r
    this.portion[cell] = p
  }

  /** The effort cost of recipe r in a cell: its time, and a flexible slot's preference cost. */
  effortOf(cell: number, r: number): number {
    const inst = this.inst
    return mealEffort(inst, cell % this.slotsPerDay, r)
  }

  /** The lunch holding this dinner's leftovers, or −1. */
  linkedLunch(cell: number): number {
    const lunch = this.inst.leftoverTarget[cell] ?? -1
    return lunch >= 0 && this.leftover[lunch] === 1 ? lunch : -1
  }

  /** Whether the search may change this cell alone: not a leftover, not a dinner whose leftovers are eaten. */
  single(cell: number): boolean {
    return this.leftover[cell] !== 1 && this.linkedLunch(cell) < 0
  }

  /**
   * Whether recipe r may be this lunch's leftover: the previous day's dinner holds it, the person's
   * rules allow it there, and the use and oily-fish limits have room (the cell's own meal aside).
   * Spacing does not count a leftover: it is the same cooking.
   */
  mayBeLeftover(cell: number, r: number): boolean {
    const inst = this.inst
    const source = inst.leftoverSource[cell] ?? -1
    if (source < 0 || r < 0 || (this.assign[source] ?? -1) !== r || !mayBeLeftover(inst, cell, r)) return false
    if (inst.cells[cell]?.kind !== 'open') return inst.fixedLeftover[cell] === 1
    const a = this.assign[cell] ?? -1
    const g = inst.groupOf[r] ?? r
    const self = a >= 0 && (inst.groupOf[a] ?? a) === g ? 1 : 0
    if ((this.uses[g] ?? 0) - self >= inst.useLimit) return false
    return !(inst.oilyFish[r] && this.fishMeals - (a >= 0 ? (inst.oilyFish[a] ?? 0) : 0) + 1 > inst.fishMax)
  }

  /**
   * Change in the objective if this lunch became the leftover of the previous day's dinner, at its
   * best portion (written to `out`); −Infinity when it may not. For a leftover already, its best
   * other portion (0 when none is better).
   */
  leftoverDelta(cell: number, out: { quarters: number }): number {
    const inst = this.inst
    const source = inst.leftoverSource[cell] ?? -1
    const r = source >= 0 ? (this.assign[source] ?? -1) : -1
    if (!inst.pairCell[cell] || r < 0 || !this.mayBeLeftover(cell, r)) return -Infinity
    const a = this.assign[cell] ?? -1
    const pa = this.portion[cell] ?? 0
    const wasLeftover = this.leftover[cell] === 1
    const before = this.objective()
    let best = wasLeftover ? 0 : -Infinity
    out.quarters = Math.round(pa * 4)
    this.evaluations += 2
    for (let q = inst.minQ[r] ?? 4, hi = inst.maxQ[r] ?? 4; q <= hi; q++) {
      if (wasLeftover && q / 4 === pa) continue
      this.set(cell, r, q / 4, true)
      const d = this.objective() - before
      if (d > best + 1e-12) {
        best = d
        out.quarters = q
      }
    }
    this.set(cell, a, pa, wasLeftover)
    return best
  }

  /**
   * Whether a dinner whose leftovers are eaten may take recipe b, its leftover lunch with it: the
   * use limit for both meals, oily fish for both, spacing for the dinner, the lunch's rules.
   */
  allowsLinked(cell: number, b: number): boolean {
    const inst = this.inst
    const lunch = this.linkedLunch(cell)
    if (lunch < 0 || !mayBeLeftover(inst, lunch, b)) return false
    const a = this.assign[cell] ?? -1
    const g = inst.groupOf[b] ?? b
    const self = a >= 0 && (inst.groupOf[a] ?? a) === g ? 2 : 0
    if ((this.uses[g] ?? 0) - self + 2 > inst.useLimit) return false
    if (inst.oilyFish[b] && this.fishMeals - 2 * (a >= 0 ? (inst.oilyFish[a] ?? 0) : 0) + 2 > inst.fishMax) return false
    if (inst.spacing) {
      const D = inst.days
      const d = (cell / this.slotsPerDay) | 0
      for (let dd = Math.max(0, d - 1); dd <= Math.min(D - 1, d + 1); dd++) {
        if ((this.dayUse[g * D + dd] ?? 0) - (dd === d && self > 0 ? 1 : 0) > 0) return false
      }
    }
    return true
  }

  /** Puts recipe b in a dinner and its leftover lunch (the lunch keeps its portion as far as b allows). */
  setLinked(cell: number, b: number, portion: number): void {
    const lunch = this.linkedLunch(cell)
    if (lunch < 0) return this.set(cell, b, portion)
    const q = Math.min(this.inst.maxQ[b] ?? 4, Math.max(this.inst.minQ[b] ?? 4, Math.round((this.portion[lunch] ?? 1) * 4)))
    this.set(lunch, -1)
    this.set(cell, b, portion)
    this.set(lunch, b, q / 4, true)
  }

  /**
   * Change in the objective for each candidate b of a dinner whose leftovers are eaten, taking
   * its leftover lunch with it, at the dinner's best portion (into `outQ`); −Infinity where the
   * rules don't allow it. The dinner's own recipe is priced at its best other portion.
   */
  scanLinked(cell: number, candidates: Int32Array, out: Float64Array, outQ?: Int8Array): void {
    const inst = this.inst
    const w = this.w
    const lunch = this.linkedLunch(cell)
    if (lunch < 0) {
      out.fill(-Infinity, 0, candidates.length)
      return
    }
    const a = this.assign[cell] ?? -1
    const pa = this.portion[cell] ?? 0
    const pl = this.portion[lunch] ?? 0
    const before = this.objective()
    this.evaluations += 2 * candidates.length
    // Both meals out: the candidates are priced against the week without them.
    this.set(lunch, -1)
    this.set(cell, -1)
    const S = this.slotsPerDay
    const D = inst.days
    const d = (cell / S) | 0
    const dl = (lunch / S) | 0
    const daySum = (day: number) => this.dayScore(this.dayFiber[day] ?? 0, this.dayEnergy[day] ?? 0, this.dayFermented[day] ?? 0, this.dayPrebiotic[day] ?? 0, this.dayAla[day] ?? 0)
    let days = this.base
    for (let day = 0; day < D; day++) if (day !== d && day !== dl) days += daySum(day)
    const filled = this.meals(this.filled + 2)
    const emptyAfter = scoreParams.emptySlotPenalty * (this.emptyDecided - (inst.decides[cell] ?? 0) - (inst.decides[lunch] ?? 0))
    const missSaved = inst.pairCell[lunch] ? scoreParams.leftoverMissCost : 0
    const { fiber, energy, fermented, prebiotic, ala, oilyFish, limitCost, plantStart, plantIdx, plantPoints, groupOf, minQ, maxQ } = inst
    const dinnerSlot = cell % S
    for (let j = 0; j < candidates.length; j++) {
      const b = candidates[j] ?? 0
      const g = groupOf[b] ?? b
      let allowed = b === a || ((this.uses[g] ?? 0) + 2 <= inst.useLimit && !(oilyFish[b] && this.fishMeals + 2 > inst.fishMax) && mayBeLeftover(inst, lunch, b))
      if (allowed && b !== a && inst.spacing) {
        for (let dd = Math.max(0, d - 1); dd <= Math.min(D - 1, d + 1); dd++) if ((this.dayUse[g * D + dd] ?? 0) > 0) allowed = false
      }
      if (!allowed) {
        out[j] = -Infinity
        continue
      }
      let points = this.plantPoints
      for (let i = plantStart[b] ?? 0, e = plantStart[b + 1] ?? 0; i < e; i++) {
        const k = plantIdx[i] ?? 0
        if ((this.plantCount[k] ?? 0) === 0) points += plantPoints[k] ?? 0
      }
      const fb = fiber[b] ?? 0
      const eb = energy[b] ?? 0
      const feb = fermented[b] ?? 0
      const prb = prebiotic[b] ?? 0
      const alb = ala[b] ?? 0
      // The lunch keeps its portion as far as b allows (setLinked); the dinner takes its best.
      const ql = Math.min(maxQ[b] ?? 4, Math.max(minQ[b] ?? 4, Math.round(pl * 4)))
      const lunchDay = this.dayScore((this.dayFiber[dl] ?? 0) + (ql / 4) * fb, (this.dayEnergy[dl] ?? 0) + (ql / 4) * eb, (this.dayFermented[dl] ?? 0) + feb, (this.dayPrebiotic[dl] ?? 0) + prb, (this.dayAla[dl] ?? 0) + alb)
      let bestDays = -Infinity
      let bestQ = 4
      for (let q = minQ[b] ?? 4, hi = maxQ[b] ?? 4; q <= hi; q++) {
        if (b === a && q / 4 === pa) continue
        const v = this.dayScore((this.dayFiber[d] ?? 0) + (q / 4) * fb, (this.dayEnergy[d] ?? 0) + (q / 4) * eb, (this.dayFermented[d] ?? 0) + feb, (this.dayPrebiotic[d] ?? 0) + prb, (this.dayAla[d] ?? 0) + alb) + lunchDay
        if (v > bestDays + 1e-12 || (v > bestDays - 1e-12 && Math.abs(q - 4) < Math.abs(bestQ - 4))) {
          bestDays = v
          bestQ = q
        }
      }
      if (bestDays === -Infinity) {
        out[j] = b === a ? 0 : -Infinity
        continue
      }
      const cooked = this.cooked[g] ?? 0
      const effort = this.effortSum + mealEffort(inst, dinnerSlot, b) + leftoverEffort(inst, b) - missSaved
      let t =
        days +
        bestDays +
        w.plants * Math.min(1, points / inst.plantGoal) +
        w.limit * limitSatisfaction(this.limitSum + 2 * (limitCost[b] ?? 0), filled) +
        w.variety * varietySatisfaction(this.repeatSum + repeatCost(cooked + 1) - repeatCost(cooked), filled) +
        w.effort * effortSatisfaction(effort, filled) -
        emptyAfter
      if (inst.fishMode) t += w.omega3 * Math.min(1, (this.fishMeals + 2 * (oilyFish[b] ?? 0)) / inst.fishGoal)
      out[j] = t - before
      if (outQ) outQ[j] = bestQ
    }
    this.set(cell, a, pa)
    this.set(lunch, a, pl, true)
  }

  private add(cell: number, day: number, r: number, portion: number, sign: 1 | -1): void {
    const inst = this.inst
    const asLeftover = this.leftover[cell] === 1
    this.dayFiber[day] = (this.dayFiber[day] ?? 0) + sign * portion * (inst.fiber[r] ?? 0)
    this.dayEnergy[day] = (this.dayEnergy[day] ?? 0) + sign * portion * (inst.energy[r] ?? 0)
    this.dayFermented[day] = (this.dayFermented[day] ?? 0) + sign * (inst.fermented[r] ?? 0)
    this.dayPrebiotic[day] = (this.dayPrebiotic[day] ?? 0) + sign * (inst.prebiotic[r] ?? 0)
    this.dayAla[day] = (this.dayAla[day] ?? 0) + sign * (inst.ala[r] ?? 0)
    this.fishMeals += sign * (inst.oilyFish[r] ?? 0)
    this.limitSum += sign * (inst.limitCost[r] ?? 0)
    this.effortSum += sign * (asLeftover ? leftoverEffort(inst, r) - (inst.pairCell[cell] ? scoreParams.leftoverMissCost : 0) : this.effortOf(cell, r))
    this.filled += sign
    if (inst.decides[cell]) this.emptyDecided -= sign
    const g = inst.groupOf[r] ?? r
    this.uses[g] = (this.uses[g] ?? 0) + sign
    // A leftover is no second cooking: not a repeat, and not a use for spacing.
    if (!asLeftover) {
      const u = this.cooked[g] ?? 0
      this.repeatSum += repeatCost(u + sign) - repeatCost(u)
      this.cooked[g] = u + sign
      this.dayUse[g * inst.days + day] = (this.dayUse[g * inst.days + day] ?? 0) + sign
    }
    const end = inst.plantStart[r + 1] ?? 0
    for (let i = inst.plantStart[r] ?? 0; i < end; i++) {
      const k = inst.plantIdx[i] ?? 0
      const c = this.plantCount[k] ?? 0
      if (sign > 0 && c === 0) this.plantPoints += inst.plantPoints[k] ?? 0
      if (sign < 0 && c === 1) this.plantPoints -= inst.plantPoints[k] ?? 0
      this.plantCount[k] = c + sign
    }
  }

  /** The score's targets part by part, 0..100 in all (empty slots aside). */
  soft(): number {
    const inst = this.inst
    const w = this.w
    let sum = this.base
    for (let d = 0; d < inst.days; d++) sum += this.dayScore(this.dayFiber[d] ?? 0, this.dayEnergy[d] ?? 0, this.dayFermented[d] ?? 0, this.dayPrebiotic[d] ?? 0, this.dayAla[d] ?? 0)
    if (inst.fishMode) sum += w.omega3 * Math.min(1, this.fishMeals / inst.fishGoal)
    sum += w.plants * Math.min(1, this.plantPoints / inst.plantGoal)
    const meals = this.meals()
    sum += w.limit * limitSatisfaction(this.limitSum, meals)
    sum += w.variety * varietySatisfaction(this.repeatSum, meals)
    sum += w.effort * effortSatisfaction(this.effortSum, meals)
    return sum
  }

  /** The count the per-meal means divide by (see `slotsToFill`). */
  meals(filled = this.filled): number {
    return Math.max(this.slotsToFill, filled)
  }

  /** What the search maximises: the score, less `emptySlotPenalty` per open slot left empty. */
  objective(): number {
    return this.soft() - scoreParams.emptySlotPenalty * this.emptyDecided
  }

  /** Slots without a meal that the plan should fill: open slots left empty, with or without candidates. */
  emptySlots(): number {
    return this.emptyDecided + this.inst.emptyOpen.length
  }

  /**
   * The week's score, 0..100: the soft score times the share of slots holding a meal (locked
   * empty slots are the person's choice and count as held).
   */
  total(): number {
    const cells = this.inst.cells.length
    return cells === 0 ? this.soft() : this.soft() * (1 - this.emptySlots() / cells)
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
      fiber += fiberSatisfaction(this.dayFiber[d] ?? 0, inst.fiberPerDayG, inst.fiberCapG)
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
      limit: limitSatisfaction(this.limitSum, this.meals()),
      variety: varietySatisfaction(this.repeatSum, this.meals()),
      energy: energy / D,
      effort: effortSatisfaction(this.effortSum, this.meals()),
    }
  }

  /** What one day adds to the total, from its sums. */
  private dayScore(fiber: number, energy: number, fermented: number, prebiotic: number, ala: number): number {
    const inst = this.inst
    const w = this.w
    let s = w.fiber * fiberSatisfaction(fiber, inst.fiberPerDayG, inst.fiberCapG) + w.energy * energySatisfaction(energy, inst.energyPerDayKcal)
    if (fermented > 0) s += w.fermented
    if (prebiotic > 0) s += w.prebiotic
    if (!inst.fishMode && ala > 0) s += w.omega3
    return s
  }

  /**
   * Change in a day's part of the total when recipe a (−1: none) at portion pa there is replaced
   * by b (−1: none) at portion pb.
   */
  dayDelta(d: number, a: number, pa: number, b: number, pb: number): number {
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
      f2 -= pa * (inst.fiber[a] ?? 0)
      e2 -= pa * (inst.energy[a] ?? 0)
      fe2 -= inst.fermented[a] ?? 0
      pr2 -= inst.prebiotic[a] ?? 0
      al2 -= inst.ala[a] ?? 0
    }
    if (b >= 0) {
      f2 += pb * (inst.fiber[b] ?? 0)
      e2 += pb * (inst.energy[b] ?? 0)
      fe2 += inst.fermented[b] ?? 0
      pr2 += inst.prebiotic[b] ?? 0
      al2 += inst.ala[b] ?? 0
    }
    return this.dayScore(f2, e2, fe2, pr2, al2) - before
  }

  /**
   * Whether recipe r may go into the cell given the rest of the plan: the use limit, the oily-fish
   * limit and spacing (not the same recipe on the same or the next day), the cell's own meal aside.
   * Fit and conflicts are the candidate lists' business.
   */
  allows(cell: number, r: number, useLimit = this.inst.useLimit): boolean {
    const inst = this.inst
    const a = this.assign[cell] ?? -1
    const g = inst.groupOf[r] ?? r
    const self = a >= 0 && (inst.groupOf[a] ?? a) === g ? 1 : 0
    if ((this.uses[g] ?? 0) - self >= useLimit) return false
    if (inst.oilyFish[r] && this.fishMeals - (a >= 0 ? (inst.oilyFish[a] ?? 0) : 0) + 1 > inst.fishMax) return false
    if (inst.spacing) {
      const D = inst.days
      const d = (cell / this.slotsPerDay) | 0
      const selfDay = this.leftover[cell] === 1 ? 0 : self
      for (let dd = Math.max(0, d - 1); dd <= Math.min(D - 1, d + 1); dd++) {
        if ((this.dayUse[g * D + dd] ?? 0) - (dd === d ? selfDay : 0) > 0) return false
      }
    }
    return true
  }

  /** Change in the objective if the cell's recipe were replaced by b (−1: emptied) at `portion` per person. */
  delta(cell: number, b: number, portion = 1): number {
    const a = this.assign[cell] ?? -1
    const pa = this.portion[cell] ?? 0
    const before = this.objective()
    this.set(cell, b, portion)
    const after = this.objective()
    this.set(cell, a, pa)
    return after - before
  }

  /**
   * Change in the objective for each candidate r put in the cell instead of its recipe, each at its
   * best portion (written to `outQ` in quarters, when given). Candidates the rules don't allow there
   * (use limit, oily-fish limit, spacing) get −Infinity. The cell's own recipe is priced at its best
   * other portion (0 when its portion is already the best).
   */
  scan(cell: number, candidates: Int32Array, useLimit: number, out: Float64Array, outQ?: Int8Array): void {
    const inst = this.inst
    const w = this.w
    const a = this.assign[cell] ?? -1
    const S = this.slotsPerDay
    const d = (cell / S) | 0
    const slotBit = cell % S
    const D = inst.days
    this.evaluations += candidates.length
    const { fiber, energy, fermented, prebiotic, ala, oilyFish, limitCost, plantStart, plantIdx, plantPoints, groupOf, minQ, maxQ } = inst
    // The day and the week without the cell's recipe.
    const pa = this.portion[cell] ?? 0
    let f0 = this.dayFiber[d] ?? 0
    let e0 = this.dayEnergy[d] ?? 0
    let fe0 = this.dayFermented[d] ?? 0
    let pr0 = this.dayPrebiotic[d] ?? 0
    let al0 = this.dayAla[d] ?? 0
    let fish0 = this.fishMeals
    let limit0 = this.limitSum
    let repeat0 = this.repeatSum
    let effort0 = this.effortSum
    let filled0 = this.filled
    let points0 = this.plantPoints
    let empty0 = this.emptyDecided
    const ga = a >= 0 ? (groupOf[a] ?? a) : -1
    const id = ++this.markId
    // A leftover here is replaced by a cooked meal: it was no repeat and no use for spacing.
    const wasLeftover = this.leftover[cell] === 1
    const cookedA = a >= 0 && !wasLeftover ? 1 : 0
    if (a >= 0) {
      f0 -= pa * (fiber[a] ?? 0)
      e0 -= pa * (energy[a] ?? 0)
      fe0 -= fermented[a] ?? 0
      pr0 -= prebiotic[a] ?? 0
      al0 -= ala[a] ?? 0
      fish0 -= oilyFish[a] ?? 0
      limit0 -= limitCost[a] ?? 0
      effort0 -= wasLeftover ? leftoverEffort(inst, a) - (inst.pairCell[cell] ? scoreParams.leftoverMissCost : 0) : this.effortOf(cell, a)
      filled0--
      if (inst.decides[cell]) empty0++
      const u = this.cooked[ga] ?? 0
      if (cookedA) repeat0 += repeatCost(u - 1) - repeatCost(u)
      for (let i = plantStart[a] ?? 0, end = plantStart[a + 1] ?? 0; i < end; i++) {
        const k = plantIdx[i] ?? 0
        if ((this.plantCount[k] ?? 0) === 1) {
          this.mark[k] = id
          points0 -= plantPoints[k] ?? 0
        }
      }
    }
    const before = this.objective()
    // Terms that do not depend on the candidate's day facts.
    const filled1 = this.meals(filled0 + 1)
    const plantGoal = inst.plantGoal
    const plantsSaturated = points0 >= plantGoal
    const dayNow = this.dayScore(this.dayFiber[d] ?? 0, this.dayEnergy[d] ?? 0, this.dayFermented[d] ?? 0, this.dayPrebiotic[d] ?? 0, this.dayAla[d] ?? 0)
    const fishNow = inst.fishMode ? w.omega3 * Math.min(1, this.fishMeals / inst.fishGoal) : 0
    const mealsNow = this.meals()
    const weekNow =
      w.plants * Math.min(1, this.plantPoints / plantGoal) +
      w.limit * limitSatisfaction(this.limitSum, mealsNow) +
      w.variety * varietySatisfaction(this.repeatSum, mealsNow) +
      w.effort * effortSatisfaction(this.effortSum, mealsNow) -
      scoreParams.emptySlotPenalty * this.emptyDecided
    const weekBase = before - dayNow - fishNow - weekNow
    const emptyAfter = scoreParams.emptySlotPenalty * (inst.decides[cell] ? empty0 - 1 : empty0)
    const fishMax = inst.fishMax
    for (let j = 0; j < candidates.length; j++) {
      const b = candidates[j] ?? 0
      const g = groupOf[b] ?? b
      const used = (this.uses[g] ?? 0) - (g === ga ? 1 : 0)
      // The leftover's own recipe as a cooked meal is not a move (it would be the same dish twice running).
      if (used >= useLimit || (oilyFish[b] && fish0 + 1 > fishMax) || (wasLeftover && b === a)) {
        out[j] = -Infinity
        continue
      }
      const u = (this.cooked[g] ?? 0) - (g === ga ? cookedA : 0)
      if (inst.spacing) {
        let clash = false
        for (let dd = d > 0 ? d - 1 : 0, last = d + 1 < D ? d + 1 : D - 1; dd <= last; dd++) {
          if ((this.dayUse[g * D + dd] ?? 0) - (dd === d && g === ga ? cookedA : 0) > 0) clash = true
        }
        if (clash) {
          out[j] = -Infinity
          continue
        }
      }
      let points = points0
      if (!plantsSaturated) {
        for (let i = plantStart[b] ?? 0, end = plantStart[b + 1] ?? 0; i < end; i++) {
          const k = plantIdx[i] ?? 0
          if ((this.plantCount[k] ?? 0) === 0 || this.mark[k] === id) points += plantPoints[k] ?? 0
        }
      }
      // The best portion for the day (the day score is concave in it; every quarter is tried).
      const fb = fiber[b] ?? 0
      const eb = energy[b] ?? 0
      const feb = fe0 + (fermented[b] ?? 0)
      const prb = pr0 + (prebiotic[b] ?? 0)
      const alb = al0 + (ala[b] ?? 0)
      let bestDay = -Infinity
      let bestQ = 4
      for (let q = minQ[b] ?? 4, hi = maxQ[b] ?? 4; q <= hi; q++) {
        if (b === a && q / 4 === pa) continue
        const v = this.dayScore(f0 + (q / 4) * fb, e0 + (q / 4) * eb, feb, prb, alb)
        // Ties go to the portion nearest one serving.
        if (v > bestDay + 1e-12 || (v > bestDay - 1e-12 && Math.abs(q - 4) < Math.abs(bestQ - 4))) {
          bestDay = v
          bestQ = q
        }
      }
      if (bestDay === -Infinity) {
        out[j] = b === a ? 0 : -Infinity
        continue
      }
      const effort = effort0 + mealEffort(inst, slotBit, b)
      let t =
        weekBase +
        bestDay +
        w.plants * Math.min(1, points / plantGoal) +
        w.limit * (1 - (limit0 + (limitCost[b] ?? 0)) / filled1) +
        w.variety * (1 - (repeat0 + repeatCost(u + 1) - repeatCost(u)) / (2 * filled1)) +
        w.effort * (1 - effort / filled1) -
        emptyAfter
      if (inst.fishMode) t += w.omega3 * Math.min(1, (fish0 + (oilyFish[b] ?? 0)) / inst.fishGoal)
      out[j] = t - before
      if (outQ) outQ[j] = bestQ
    }
  }

  /**
   * Change in the objective if two cells on different days exchanged recipes (each keeping its
   * portion). The week's sums (plants, fish, limit, repeats) do not change; the two days' do, and
   * effort where a recipe is flexible in one slot and not the other.
   */
  swapDelta(cellA: number, cellB: number): number {
    const a = this.assign[cellA] ?? -1
    const b = this.assign[cellB] ?? -1
    const dayA = (cellA / this.slotsPerDay) | 0
    const dayB = (cellB / this.slotsPerDay) | 0
    const pa = this.portion[cellA] ?? 0
    const pb = this.portion[cellB] ?? 0
    if ((a === b && pa === pb) || dayA === dayB) return 0
    let delta = this.dayDelta(dayA, a, pa, b, pb) + this.dayDelta(dayB, b, pb, a, pa)
    if (cellA % this.slotsPerDay !== cellB % this.slotsPerDay) {
      const change = (a >= 0 ? this.effortOf(cellB, a) - this.effortOf(cellA, a) : 0) + (b >= 0 ? this.effortOf(cellA, b) - this.effortOf(cellB, b) : 0)
      if (change !== 0) delta += this.w.effort * (effortSatisfaction(this.effortSum + change, this.meals()) - effortSatisfaction(this.effortSum, this.meals()))
    }
    return delta
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

/**
 * A meal's effort cost, 0..1: its cooking time, a flexible slot's preference cost, and the person's
 * preferences (not a favourite, last week's recipe), at most 1.
 */
export function mealEffort(inst: Instance, slot: number, r: number): number {
  return Math.min(1, (inst.timeCost[r] ?? 0) + (((inst.flexMask[r] ?? 0) >> slot) & 1) * scoreParams.flexibleSlotCost + (inst.prefCost[r] ?? 0))
}

/** A leftover meal's effort cost: no cooking and no flexible slot, only the person's preferences. */
export function leftoverEffort(inst: Instance, r: number): number {
  return Math.min(1, inst.prefCost[r] ?? 0)
}

/** The portion nearest one serving that a recipe may take, in quarters. */
export function defaultQuarter(inst: Instance, r: number): number {
  return Math.min(inst.maxQ[r] ?? 4, Math.max(inst.minQ[r] ?? 4, 4))
}

/** Mean over meals of 1 − min(flags, 3)/3; 1 when nothing is planned. */
export function limitSatisfaction(limitCostSum: number, meals: number): number {
  return meals === 0 ? 1 : 1 - limitCostSum / meals
}

/** 1 − mean effort cost per meal (each 0..1: flexible slot and cooking time); 1 when nothing is planned. */
export function effortSatisfaction(effortSum: number, meals: number): number {
  return meals === 0 ? 1 : 1 - effortSum / meals
}

/** 1 − Σ repeatCost / (2 × meals): 1 with no repeat, 0 only in the limit of one recipe for everything. */
export function varietySatisfaction(repeatCostSum: number, meals: number): number {
  return meals === 0 ? 1 : 1 - repeatCostSum / (2 * meals)
}

/** Weights scaled so the total is 100 × Σ w·s / Σ w, with daily targets' weights spread over the days. */
export function scaledWeights(inst: Instance): Satisfactions {
  const w = inst.weights
  const sum = w.fiber + w.fermented + w.prebiotic + w.omega3 + w.plants + w.limit + w.variety + w.energy + w.effort
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
    effort: w.effort * k,
  }
}
