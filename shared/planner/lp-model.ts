/**
 * The planner's score as a mixed-integer program in CPLEX LP format, for an exact solver (HiGHS in
 * the benchmark). Same instance, same hard rules, same objective: at any feasible assignment the
 * best values of the auxiliary variables make the objective equal ScoreState.total(). The math is
 * in README.md; variable names never start with "e" (the LP format reads that as an exponent).
 */
import type { MealSlot } from '../profile/profile'
import { assignmentOf, leftoversOf, portionsOf } from './evaluate'
import { buildInstance, fixedUses, mayBeLeftover, type Instance } from './instance'
import { scoreParams } from './params'
import { leftoverEffort, mealEffort, repeatCost, scaledWeights } from './score'
import type { PlanDays, PlannerInput } from './types'

export interface LpModelOptions {
  /** Fix the open cells to this plan (x = 1 for its recipes, m = its portions): the solve then only evaluates the score. */
  fix?: PlanDays
}

/** One assignment variable: recipe `recipeId` in `slot` of `day`. */
export interface LpAssignmentColumn {
  name: string
  day: number
  slot: MealSlot
  recipeId: string
}

/** One portion variable: quarters of a serving per person of `recipeId` in `slot` of `day` (0 unless chosen). */
export interface LpPortionColumn {
  name: string
  day: number
  slot: MealSlot
  recipeId: string
}

export interface LpModel {
  /** The model, CPLEX LP format. */
  text: string
  /** The binary assignment variables, to read a solution back as a plan. */
  columns: LpAssignmentColumn[]
  /** The integer portion variables (quarters per person), one per assignment column. */
  portions: LpPortionColumn[]
  /** The leftover variables (a lunch eaten from the previous day's dinner) with their portions. */
  leftovers: LpLeftoverColumn[]
  /** Counts, for reports. */
  size: { binaries: number; integers: number; continuous: number; rows: number }
}

/** One leftover variable: `slot` of `day` is the leftover of the previous day's dinner, `recipeId`; `portion` its quarters. */
export interface LpLeftoverColumn {
  name: string
  portion: string
  day: number
  slot: MealSlot
  recipeId: string
}

/** Builds the MILP of `input` (scope, locks and `current` as the planner reads them). */
export function buildLpModel(input: PlannerInput, options: LpModelOptions = {}): LpModel {
  return writeModel(buildInstance(input), options.fix)
}

/** Collects rows, bounds and an objective, and prints them as LP text. */
class LpWriter {
  readonly rows: string[] = []
  readonly bounds: string[] = []
  readonly binaries: string[] = []
  readonly generals: string[] = []
  continuous = 0
  private readonly objective = new Map<string, number>()

  obj(name: string, coef: number): void {
    this.objective.set(name, (this.objective.get(name) ?? 0) + coef)
  }

  row(name: string, terms: [string, number][], sense: '<=' | '>=' | '=', rhs: number): void {
    this.rows.push(` ${name}: ${expression(terms)} ${sense} ${num(rhs)}`)
  }

  bound(name: string, lo: number, hi: number): void {
    this.continuous++
    this.bounds.push(hi === Infinity ? ` ${name} >= ${num(lo)}` : ` ${num(lo)} <= ${name} <= ${num(hi)}`)
  }

  text(): string {
    const objTerms = [...this.objective].filter(([, c]) => c !== 0)
    return [
      'Maximize',
      ` score: ${expression(objTerms)}`,
      'Subject To',
      ...this.rows,
      'Bounds',
      ...this.bounds,
      'Binaries',
      ...chunk(this.binaries, 12).map((names) => ` ${names.join(' ')}`),
      ...(this.generals.length ? ['General', ...chunk(this.generals, 12).map((names) => ` ${names.join(' ')}`)] : []),
      'End',
      '',
    ].join('\n')
  }
}

function writeModel(inst: Instance, fix: PlanDays | undefined): LpModel {
  const lp = new LpWriter()
  const D = inst.days
  const S = inst.slots.length
  const w = scaledWeights(inst)
  const fixed = fixedUses(inst)
  const noWeight = !Object.values(inst.weights).some((x) => x > 0)
  const groupOf = (r: number): number => inst.groupOf[r] ?? r
  lp.bound('one', 1, 1)
  let constant = noWeight ? 100 : 0

  // Fixed cells are constants: their sums per day and per week.
  const fixedDay = Array.from({ length: D }, () => ({ fiber: 0, energy: 0, fermented: 0, prebiotic: 0, ala: 0 }))
  let fixedFish = 0
  let fixedLimit = 0
  let fixedEffort = 0
  let filled = inst.open.length
  const fixedPlant = new Uint8Array(inst.plantKeys.length)
  /** Fixed uses per group and day, for spacing. */
  const fixedDayUse = new Map<number, number>()
  /** Fixed meals cooked per group (fixed leftovers aside), for variety. */
  const fixedCooked = new Int32Array(inst.recipes.length)
  // Every lunch that could be a leftover costs the miss cost unless it is one (−cost per leftover below).
  fixedEffort += scoreParams.leftoverMissCost * inst.pairCount
  inst.fixedRecipe.forEach((r, cell) => {
    if (r < 0) return
    const day = (cell / S) | 0
    const f = fixedDay[day]
    if (!f) return
    const portion = inst.fixedPortion[cell] ?? 1
    f.fiber += portion * (inst.fiber[r] ?? 0)
    f.energy += portion * (inst.energy[r] ?? 0)
    f.fermented += inst.fermented[r] ?? 0
    f.prebiotic += inst.prebiotic[r] ?? 0
    f.ala += inst.ala[r] ?? 0
    fixedFish += inst.oilyFish[r] ?? 0
    fixedLimit += inst.limitCost[r] ?? 0
    filled++
    if (inst.fixedLeftover[cell]) {
      fixedEffort += leftoverEffort(inst, r)
    } else {
      fixedEffort += effortCost(inst, cell, r)
      fixedCooked[groupOf(r)] = (fixedCooked[groupOf(r)] ?? 0) + 1
      const key = groupOf(r) * D + day
      fixedDayUse.set(key, (fixedDayUse.get(key) ?? 0) + 1)
    }
    for (let i = inst.plantStart[r] ?? 0; i < (inst.plantStart[r + 1] ?? 0); i++) fixedPlant[inst.plantIdx[i] ?? 0] = 1
  })

  // Assignment: x{cell}_{r} for every open cell and candidate, with its portion m{cell}_{r} in
  // quarters (minQ·x ≤ m ≤ maxQ·x); each open cell gets one recipe or is left empty (k{cell} = 1).
  const columns: LpAssignmentColumn[] = []
  const portions: LpPortionColumn[] = []
  /** Per day: (x, m, r) of its open cells. */
  const byDay: [string, string, number][][] = Array.from({ length: D }, () => [])
  const usesOf = new Map<number, [string, number][]>()
  /** Per group and day: the x of that day's cells holding the group. */
  const dayUses = new Map<number, string[]>()
  const fishTerms: [string, number][] = []
  /** Per group: −lo of its leftover meals (cooked uses = n − leftovers). */
  const leftoverUses = new Map<number, [string, number][]>()
  const leftoverColumns: LpLeftoverColumn[] = []
  for (const cell of inst.open) {
    const day = (cell / S) | 0
    const slot = cell % S
    const terms: [string, number][] = [[`k${cell}`, 1]]
    lp.bound(`k${cell}`, 0, 1)
    lp.obj(`k${cell}`, -scoreParams.emptySlotPenalty)
    for (const r of inst.cellCandidates[cell] ?? []) {
      const name = `x${cell}_${r}`
      const portion = `m${cell}_${r}`
      lp.binaries.push(name)
      lp.generals.push(portion)
      lp.row(`ml${cell}_${r}`, [[portion, 1], [name, -(inst.minQ[r] ?? 4)]], '>=', 0)
      lp.row(`mh${cell}_${r}`, [[portion, 1], [name, -(inst.maxQ[r] ?? 4)]], '<=', 0)
      lp.bounds.push(` 0 <= ${portion} <= ${inst.maxQ[r] ?? 4}`)
      terms.push([name, 1])
      byDay[day]?.push([name, portion, r])
      const g = groupOf(r)
      const list = usesOf.get(g) ?? []
      list.push([name, 1])
      usesOf.set(g, list)
      const key = g * D + day
      dayUses.set(key, [...(dayUses.get(key) ?? []), name])
      if (inst.oilyFish[r]) fishTerms.push([name, 1])
      const effort = effortCost(inst, cell, r)
      if (effort !== 0) lp.obj(name, (-w.effort * effort) / filled)
      const column = { day, slot: inst.slots[slot] as MealSlot, recipeId: inst.recipes[r]?.id ?? '' }
      columns.push({ name, ...column })
      portions.push({ name: portion, ...column })
    }
    // Leftovers: lo{cell}_{r} = this lunch is the leftover of the previous day's dinner holding r
    // (lo ≤ x of that dinner), at its own portion lm; eaten (uses, fish, the day's sums, flags) but
    // not cooked (no time, no repeat, no use for spacing), and it saves the miss cost.
    for (const r of leftoverOptions(inst, cell)) {
      const name = `lo${cell}_${r}`
      const portion = `lm${cell}_${r}`
      const source = inst.leftoverSource[cell] ?? -1
      lp.binaries.push(name)
      lp.generals.push(portion)
      lp.row(`ll${cell}_${r}`, [[portion, 1], [name, -(inst.minQ[r] ?? 4)]], '>=', 0)
      lp.row(`lh${cell}_${r}`, [[portion, 1], [name, -(inst.maxQ[r] ?? 4)]], '<=', 0)
      lp.bounds.push(` 0 <= ${portion} <= ${inst.maxQ[r] ?? 4}`)
      if (inst.decides[source]) lp.row(`lk${cell}_${r}`, [[name, 1], [`x${source}_${r}`, -1]], '<=', 0)
      terms.push([name, 1])
      byDay[day]?.push([name, portion, r])
      const g = groupOf(r)
      usesOf.set(g, [...(usesOf.get(g) ?? []), [name, 1]])
      leftoverUses.set(g, [...(leftoverUses.get(g) ?? []), [name, -1]])
      if (inst.oilyFish[r]) fishTerms.push([name, 1])
      const effort = leftoverEffort(inst, r) - scoreParams.leftoverMissCost
      if (effort !== 0) lp.obj(name, (-w.effort * effort) / filled)
      leftoverColumns.push({ name, portion, day, slot: inst.slots[slot] as MealSlot, recipeId: inst.recipes[r]?.id ?? '' })
    }
    lp.row(`a${cell}`, terms, '=', 1)
  }

  // Uses: n{g} = Σ x over cells and the group's recipes, at most the use limit minus fixed uses.
  const planned = [...usesOf.keys()].sort((a, b) => a - b)
  for (const g of planned) {
    lp.row(`u${g}`, [...(usesOf.get(g) ?? []), [`n${g}`, -1]], '=', 0)
    lp.bound(`n${g}`, 0, Math.max(0, inst.useLimit - (fixed[g] ?? 0)))
  }

  // Oily fish: at most fishMax meals in the period (a hard limit).
  if (Number.isFinite(inst.fishMax) && fishTerms.length > 0) lp.row('cfx', fishTerms, '<=', Math.max(0, inst.fishMax - fixedFish))

  // Spacing: a group at most once over any two neighbouring days (and once a day).
  if (inst.spacing) {
    for (const g of planned) {
      for (let d = 0; d < D; d++) {
        const last = Math.min(D - 1, d + 1)
        if (d === last && D > 1) continue
        const xs: [string, number][] = []
        let fixedCount = 0
        for (let dd = d; dd <= last; dd++) {
          for (const x of dayUses.get(g * D + dd) ?? []) xs.push([x, 1])
          fixedCount += fixedDayUse.get(g * D + dd) ?? 0
        }
        if (xs.length > 1 || fixedCount > 0) lp.row(`sx${g}_${d}`, xs, '<=', Math.max(0, 1 - fixedCount))
      }
    }
  }

  // Daily targets.
  const tol = scoreParams.energyTolerance
  const span = scoreParams.energyZeroAt - scoreParams.energyTolerance
  for (let d = 0; d < D; d++) {
    const terms = byDay[d] ?? []
    const f = fixedDay[d] ?? { fiber: 0, energy: 0, fermented: 0, prebiotic: 0, ala: 0 }
    const xTerms = terms.map(([x, , r]): [string, number] => [x, r])
    // Fiber: sf ≤ 1, T·sf ≤ fixed + Σ fiber/4·m.
    lp.bound(`sf${d}`, 0, 1)
    lp.obj(`sf${d}`, w.fiber)
    if (inst.fiberPerDayG > 0) lp.row(`cf${d}`, [[`sf${d}`, inst.fiberPerDayG], ...quarterTerms(terms, inst.fiber)], '<=', f.fiber)
    // A ramp week: above the cap C, sf ≤ 1 − (F − C)/T unless zf = 1, and then sf = 0 (the score's max(0, …)).
    if (inst.fiberPerDayG > 0 && Number.isFinite(inst.fiberCapG)) {
      const T = inst.fiberPerDayG
      const hiF = f.fiber + dayMax(inst, d, inst.fiber)
      const bigM = 1 + Math.max(0, (hiF - inst.fiberCapG) / T)
      // T·sf + F − T·M·zf ≤ T + C − fixed; sf + zf ≤ 1.
      lp.row(`ch${d}`, [[`sf${d}`, T], ...quarterTerms(terms, inst.fiber).map(([m, c]): [string, number] => [m, -c]), [`zf${d}`, -T * bigM]], '<=', T + inst.fiberCapG - f.fiber)
      lp.row(`cj${d}`, [[`sf${d}`, 1], [`zf${d}`, 1]], '<=', 1)
      lp.binaries.push(`zf${d}`)
    }
    // Day indicators: s ≤ 1, s ≤ fixed count + Σ x over tagged recipes.
    indicator(lp, `sm${d}`, w.fermented, xTerms, inst.fermented, f.fermented)
    indicator(lp, `sp${d}`, w.prebiotic, xTerms, inst.prebiotic, f.prebiotic)
    if (!inst.fishMode) indicator(lp, `sa${d}`, w.omega3, xTerms, inst.ala, f.ala)
    // Energy: po − pu = E − T; T·span·q ≥ po + pu − tol·T; sn ≤ 1 − q + M·z; sn ≤ 1 − z.
    const T = inst.energyPerDayKcal
    if (T > 0) {
      const hi = f.energy + dayMax(inst, d, inst.energy)
      const lo = f.energy
      const bigM = 1 + Math.max(0, (Math.max(Math.abs(hi - T), Math.abs(lo - T)) / T - tol) / span)
      lp.row(`cg${d}`, [[`po${d}`, 1], [`pu${d}`, -1], ...quarterTerms(terms, inst.energy)], '=', f.energy - T)
      lp.row(`cq${d}`, [[`qn${d}`, T * span], [`po${d}`, -1], [`pu${d}`, -1]], '>=', -tol * T)
      lp.row(`cn${d}`, [[`sn${d}`, 1], [`qn${d}`, 1], [`zn${d}`, -bigM]], '<=', 1)
      lp.row(`cz${d}`, [[`sn${d}`, 1], [`zn${d}`, 1]], '<=', 1)
      lp.bound(`po${d}`, 0, Infinity)
      lp.bound(`pu${d}`, 0, Infinity)
      lp.bound(`qn${d}`, 0, Infinity)
      lp.bound(`sn${d}`, 0, 1)
      lp.binaries.push(`zn${d}`)
      lp.obj(`sn${d}`, w.energy)
    } else {
      constant += w.energy
    }
  }

  // Omega-3 from oily fish: G·so ≤ fixed + Σ x over fish recipes, so ≤ 1.
  if (inst.fishMode) {
    lp.bound('so', 0, 1)
    lp.obj('so', w.omega3)
    lp.row('co', [['so', inst.fishGoal], ...fishTerms.map(([x]): [string, number] => [x, -1])], '<=', fixedFish)
  }

  // Plants: y{k} ≤ Σ x over cells holding a recipe with plant k; G·sq ≤ fixed points + Σ points·y; sq ≤ 1.
  const plantUses = new Map<number, [string, number][]>()
  for (const terms of byDay) {
    for (const [x, , r] of terms) {
      for (let i = inst.plantStart[r] ?? 0; i < (inst.plantStart[r + 1] ?? 0); i++) {
        const k = inst.plantIdx[i] ?? 0
        if (fixedPlant[k]) continue
        const list = plantUses.get(k) ?? []
        list.push([x, -1])
        plantUses.set(k, list)
      }
    }
  }
  let fixedPoints = 0
  fixedPlant.forEach((present, k) => (fixedPoints += present ? (inst.plantPoints[k] ?? 0) : 0))
  const plantTerms: [string, number][] = [['sq', inst.plantGoal]]
  for (const [k, uses] of [...plantUses].sort((a, b) => a[0] - b[0])) {
    lp.bound(`y${k}`, 0, 1)
    lp.row(`cy${k}`, [[`y${k}`, 1], ...uses], '<=', 0)
    plantTerms.push([`y${k}`, -(inst.plantPoints[k] ?? 0)])
  }
  lp.bound('sq', 0, 1)
  lp.obj('sq', w.plants)
  lp.row('cp', plantTerms, '<=', fixedPoints)

  // Limit: 1 − (fixed + Σ cost·x) / N. Variety: 1 − Σ repeatCost / 2N with repeatCost(n + fixed) = v + v2,
  // v ≥ n + fixed − 1, v2 ≥ n + fixed − 2 (both ≥ 0). Effort: 1 − (fixed + Σ cost·x) / N (costs on x above).
  // N counts every open cell as filled: a plan that leaves one empty already pays the empty-slot penalty.
  if (filled === 0) {
    constant += w.limit + w.variety + w.effort
  } else {
    constant += w.limit * (1 - fixedLimit / filled) + w.variety + w.effort * (1 - fixedEffort / filled)
    let fixedRepeat = 0
    fixedCooked.forEach((u, g) => (fixedRepeat += usesOf.has(g) ? 0 : repeatCost(u)))
    constant -= (w.variety * fixedRepeat) / (2 * filled)
    for (const terms of byDay) for (const [x, , r] of terms) lp.obj(x, (-w.limit * (inst.limitCost[r] ?? 0)) / filled)
    // Repeats count meals cooked: n less the group's leftovers.
    for (const g of planned) {
      const f = fixedCooked[g] ?? 0
      const cooked: [string, number][] = [[`n${g}`, -1], ...(leftoverUses.get(g) ?? []).map(([x]): [string, number] => [x, 1])]
      lp.row(`cv${g}`, [[`v${g}`, 1], ...cooked], '>=', f - 1)
      lp.row(`cw${g}`, [[`w${g}`, 1], ...cooked], '>=', f - 2)
      lp.bound(`v${g}`, 0, Infinity)
      lp.bound(`w${g}`, 0, Infinity)
      lp.obj(`v${g}`, -w.variety / (2 * filled))
      lp.obj(`w${g}`, -w.variety / (2 * filled))
    }
  }
  lp.obj('one', constant)

  if (fix) {
    const assign = assignmentOf(inst, fix)
    const portion = portionsOf(inst, fix)
    const leftover = leftoversOf(inst, fix)
    for (const cell of inst.open) {
      const r = assign[cell] ?? -1
      const source = inst.leftoverSource[cell] ?? -1
      if (leftover[cell] && r >= 0 && assign[source] === r && leftoverOptions(inst, cell).includes(r)) {
        lp.row(`f${cell}`, [[`lo${cell}_${r}`, 1]], '=', 1)
        lp.row(`fm${cell}`, [[`lm${cell}_${r}`, 1]], '=', Math.round((portion[cell] ?? 1) * 4))
      } else if (r >= 0 && (inst.plannable[r] ?? 0) & (1 << cell % S)) {
        lp.row(`f${cell}`, [[`x${cell}_${r}`, 1]], '=', 1)
        const q = Math.round((portion[cell] ?? 1) * 4)
        if (q >= (inst.minQ[r] ?? 4) && q <= (inst.maxQ[r] ?? 4)) lp.row(`fm${cell}`, [[`m${cell}_${r}`, 1]], '=', q)
      } else lp.row(`f${cell}`, [[`k${cell}`, 1]], '=', 1)
    }
  }
  return {
    text: lp.text(),
    columns,
    portions,
    leftovers: leftoverColumns,
    size: { binaries: lp.binaries.length, integers: lp.generals.length, continuous: lp.continuous, rows: lp.rows.length },
  }
}

/** The most of a per-serving value (fibre, energy) day d's open cells can add: each cell's largest candidate (or leftover) at its largest portion. */
function dayMax(inst: Instance, d: number, value: Float64Array): number {
  const S = inst.slots.length
  let sum = 0
  for (const cell of inst.open) {
    if (((cell / S) | 0) !== d) continue
    let max = 0
    for (const r of [...(inst.cellCandidates[cell] ?? []), ...leftoverOptions(inst, cell)]) max = Math.max(max, ((value[r] ?? 0) * (inst.maxQ[r] ?? 4)) / 4)
    sum += max
  }
  return sum
}

/** The recipes a lunch may be the leftover of: the previous day's dinner's candidates (or its fixed recipe) that the rules allow there. */
function leftoverOptions(inst: Instance, cell: number): number[] {
  if (!inst.pairCell[cell]) return []
  const source = inst.leftoverSource[cell] ?? -1
  const from = inst.decides[source] ? Array.from(inst.cellCandidates[source] ?? []) : [inst.fixedRecipe[source] ?? -1]
  return from.filter((r) => r >= 0 && mayBeLeftover(inst, cell, r))
}

/** A meal's effort cost in a cell (time, and a flexible slot's preference cost), as ScoreState counts it. */
function effortCost(inst: Instance, cell: number, r: number): number {
  return mealEffort(inst, cell % inst.slots.length, r)
}

/** −value[r]/4·m for every (x, m, r): a portion's quarters times the per-serving value. */
function quarterTerms(terms: [string, string, number][], value: Float64Array): [string, number][] {
  return terms.map(([, m, r]): [string, number] => [m, -(value[r] ?? 0) / 4])
}

/** s ≤ 1 and s ≤ fixed + Σ x over recipes with the tag; adds weight·s to the objective. */
function indicator(lp: LpWriter, name: string, weight: number, terms: [string, number][], tag: Uint8Array, fixedCount: number): void {
  lp.bound(name, 0, 1)
  lp.obj(name, weight)
  const tagged = terms.filter(([, r]) => tag[r]).map(([x]): [string, number] => [x, -1])
  lp.row(`c${name}`, [[name, 1], ...tagged], '<=', fixedCount)
}

function expression(terms: [string, number][]): string {
  const parts = terms.filter(([, c]) => c !== 0).map(([name, c], i) => `${c < 0 ? '-' : i === 0 ? '' : '+'} ${num(Math.abs(c))} ${name}`)
  if (parts.length === 0) return '0 one'
  return chunk(parts, 8)
    .map((line) => line.join(' '))
    .join('\n   ')
}

/** A number as the LP reader wants it: finite, no exponent. */
function num(x: number): string {
  if (!Number.isFinite(x)) throw new RangeError(`not a finite coefficient: ${x}`)
  const s = String(x)
  return s.includes('e') ? x.toFixed(15).replace(/0+$/, '').replace(/\.$/, '') : s
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}
