/**
 * The week planner: GRASP restarts (randomized greedy + local search) followed by iterated local
 * search, all driven by one seeded PRNG and fixed iteration counts, so the same input and seed
 * always give the same plan and another seed usually another good one.
 */
import { leftoverSlots, type MealSlot } from '../profile/profile'
import { cellReasons, planDays, unmetRules, unmetTargets, weekScores } from './explain'
import { buildInstance, inScope, portionAt, type Instance } from './instance'
import { clearOpen, construct, localSearch, pairPass, perturb, restore, snapshot, type Snapshot } from './moves'
import { mulberry32, randomInt } from './rng'
import { ScoreState } from './score'
import { targetIds, type PlannerInput, type PlanScope, type PlanResult, type SwapSuggestion, type TargetId } from './types'

/** How hard the search works: counts, never clock time, so results do not depend on the machine. */
export interface SearchEffort {
  /** Greedy constructions, each followed by local search. */
  restarts: number
  /** The greedy picks at random among this many best candidates. */
  choices: number
  /** Perturb-and-descend rounds on the best plan found, at most … */
  kicks: number
  /** … and no more once the search has priced this many candidate moves (small instances get more kicks). */
  evaluationBudget: number
  /** Cells changed at random per kick. */
  kickSize: number
  /** Bound on local-search sweeps (each sweep tries every cell and every cross-day swap). */
  maxSweeps: number
  /** Pair moves try each cell's this many best single candidates (0: no pair moves). */
  pairCandidates: number
}

/** The effort `planWeek` uses unless told otherwise (tuned for ~20 ms on a 500-recipe library). */
export const defaultEffort: Readonly<SearchEffort> = { restarts: 4, choices: 3, kicks: 400, evaluationBudget: 400_000, kickSize: 3, maxSweeps: 30, pairCandidates: 8 }

/**
 * Plans the days of `input.scope` (the week unless given), keeping locked slots and, for a day or
 * slot scope, the rest of `input.current`. Never plans a conflicting recipe or a recipe in a slot
 * it does not fit; a slot with no candidate is left empty with the rules that blocked it.
 */
export function planWeek(input: PlannerInput, effort: Partial<SearchEffort> = {}): PlanResult {
  const inst = buildInstance(input)
  // Re-scored from scratch: the search's running sums carry rounding from thousands of moves.
  const found = search(inst, input.seed, { ...defaultEffort, ...effort })
  const state = new ScoreState(inst, found.assign, found.portion, found.leftover)
  return {
    week: input.week,
    seed: input.seed,
    days: planDays(state),
    scores: weekScores(state),
    unmet: unmetTargets(state),
    maxUsesPerRecipe: inst.useLimit,
    unmetRules: unmetRules(state),
    leftovers: inst.leftovers,
  }
}

/** Runs the search and returns the state holding the best plan found. */
export function search(inst: Instance, seed: number, effort: SearchEffort): ScoreState {
  const rng = mulberry32(seed)
  const state = new ScoreState(inst)
  if (inst.open.length === 0) return state
  let best: Snapshot = { recipes: new Int32Array(0), portions: new Float64Array(0), leftovers: new Uint8Array(0) }
  let bestTotal = -Infinity
  // 100 is the most any plan can score: reaching it ends the search.
  const perfect = 100 - 1e-9
  for (let restart = 0; restart < Math.max(1, effort.restarts) && bestTotal < perfect; restart++) {
    clearOpen(state)
    construct(state, rng, Math.max(1, effort.choices))
    descend(state, effort)
    const total = state.objective()
    if (total > bestTotal + 1e-9) {
      bestTotal = total
      best = snapshot(state)
    }
  }
  restore(state, best)
  for (let kick = 0; kick < effort.kicks && state.evaluations < effort.evaluationBudget && bestTotal < perfect; kick++) {
    perturb(state, rng, 1 + randomInt(rng, Math.max(1, effort.kickSize)))
    // Snapshot and restore touch every open cell: count them as work too.
    state.evaluations += 8 * inst.open.length
    localSearch(state, effort.maxSweeps)
    // Equal plans are accepted too: the score has wide plateaus (capped targets) to walk along.
    const total = state.objective()
    if (total >= bestTotal - 1e-9) {
      bestTotal = Math.max(total, bestTotal)
      best = snapshot(state)
    } else {
      restore(state, best)
    }
  }
  // A last polish with pair moves from the best plan.
  restore(state, best)
  descend(state, effort)
  return state
}

/** Local search, then pair moves and local search again while pairs improve. */
function descend(state: ScoreState, effort: SearchEffort): void {
  localSearch(state, effort.maxSweeps)
  for (let round = 0; round < effort.maxSweeps && effort.pairCandidates > 0 && pairPass(state, effort.pairCandidates); round++) {
    localSearch(state, effort.maxSweeps)
  }
}

/**
 * The `n` best recipes for one slot given the rest of the plan (`input.current`, or a plan made
 * from `input` when there is none), best first. Each comes with the change in the total and in
 * every target's satisfaction, at the portion that suits the day best. Only recipes that fit the
 * slot (flexibly too), have no conflict and keep the limits (uses, oily fish, spacing) are
 * suggested; the slot's own recipe is not.
 */
export function suggestSwaps(input: PlannerInput, day: number, slot: MealSlot, n = 5): SwapSuggestion[] {
  const current = input.current ?? planWeek(input).days
  // A dinner whose leftovers are eaten the next day changes with them: both cells are priced.
  const leftoverLunch = slot === leftoverSlots.cooked ? current.find((d) => d.day === day + 1)?.meals.find((m) => m.slot === leftoverSlots.eaten && m.leftover === true) : undefined
  const scope: PlanScope = leftoverLunch
    ? { kind: 'cells', cells: [{ day, slot }, { day: day + 1, slot: leftoverSlots.eaten }] }
    : { kind: 'slot', day, slot }
  const inst = buildInstance({
    ...input,
    current,
    scope,
    locked: input.locked.filter((l) => !inScope(scope, l.day, l.slot)),
  })
  const S = inst.slots.length
  const s = inst.slots.indexOf(slot)
  if (s < 0 || !Number.isInteger(day) || day < 0 || day >= inst.days) return []
  const cell = day * S + s
  const state = new ScoreState(inst)
  const meal = current.find((d) => d.day === day)?.meals.find((m) => m.slot === slot)
  const here = meal?.recipeId ?? null
  const present = here === null ? -1 : (inst.indexOf.get(here) ?? -1)
  const portionOf = (servings: number | undefined, at: number) => (servings === undefined ? 1 : portionAt(inst, at, servings))
  const presentPortion = meal ? portionOf(meal.servings, cell) : 1
  const presentLeftover = meal?.leftover === true && state.mayBeLeftover(cell, present)
  state.set(cell, present, presentPortion, presentLeftover)
  const lunchCell = inst.leftoverTarget[cell] ?? -1
  const lunchPortion = portionOf(leftoverLunch?.servings, lunchCell)
  if (leftoverLunch && lunchCell >= 0 && state.mayBeLeftover(lunchCell, present)) state.set(lunchCell, present, lunchPortion, true)
  const linked = state.linkedLunch(cell) >= 0
  const put = (r: number, portion: number) => (linked ? state.setLinked(cell, r, portion) : state.set(cell, r, portion))
  const putBack = () => {
    if (linked) state.set(lunchCell, -1)
    state.set(cell, present, presentPortion, presentLeftover)
    if (linked) state.set(lunchCell, present, lunchPortion, true)
  }
  const beforeTotal = state.total()
  const before = state.satisfactions()
  const cands = inst.cellCandidates[cell] ?? new Int32Array(0)
  const deltas = new Float64Array(cands.length)
  const quarters = new Int8Array(cands.length)
  if (linked) state.scanLinked(cell, cands, deltas, quarters)
  else state.scan(cell, cands, inst.useLimit, deltas, quarters)
  const found: { r: number; portion: number; total: number; targets: Record<TargetId, number> }[] = []
  cands.forEach((r, j) => {
    if (r === present || deltas[j] === -Infinity) return
    const portion = (quarters[j] ?? 4) / 4
    put(r, portion)
    const after = state.satisfactions()
    const targets = Object.fromEntries(targetIds.map((t) => [t, after[t] - before[t]])) as Record<TargetId, number>
    found.push({ r, portion, total: state.total() - beforeTotal, targets })
    putBack()
  })
  // A lunch after a planned dinner may be its leftovers: one more suggestion.
  const asLeftover = { quarters: 4 }
  const source = inst.leftoverSource[cell] ?? -1
  const cooked = source >= 0 ? (state.assign[source] ?? -1) : -1
  const leftoverGain = presentLeftover ? -Infinity : state.leftoverDelta(cell, asLeftover)
  let leftover: (typeof found)[number] & { leftover: true } | null = null
  if (leftoverGain !== -Infinity && cooked >= 0) {
    const portion = asLeftover.quarters / 4
    state.set(cell, -1)
    state.set(cell, cooked, portion, true)
    const after = state.satisfactions()
    const targets = Object.fromEntries(targetIds.map((t) => [t, after[t] - before[t]])) as Record<TargetId, number>
    leftover = { r: cooked, portion, total: state.total() - beforeTotal, targets, leftover: true }
    putBack()
  }
  const ranked = [...found, ...(leftover ? [leftover] : [])].sort((a, b) => b.total - a.total || a.r - b.r)
  return ranked.slice(0, Math.max(0, n)).map((s) => {
    const isLeftover = 'leftover' in s
    if (isLeftover) {
      state.set(cell, -1)
      state.set(cell, s.r, s.portion, true)
    } else put(s.r, s.portion)
    const reasons = cellReasons(state, cell)
    putBack()
    return { recipeId: inst.recipes[s.r]?.id ?? '', servingsPerPerson: s.portion, totalDelta: s.total, targetDeltas: s.targets, reasons, ...(isLeftover ? { leftover: true } : {}) }
  })
}
