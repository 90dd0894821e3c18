/**
 * Everything the planner says about a plan, as data: the reasons of each meal, the week's scores
 * per target, and the targets it could not meet with what blocked them and what would fix them.
 */
import { leftoverSlots, type MealSlot } from '../profile/profile'
import { conflictRulesAt, plannedServings, type Instance } from './instance'
import { slotFilledFrom } from './params'
import { energySatisfaction, fiberSatisfaction, type ScoreState } from './score'
import {
  scoreParts,
  targetIds,
  type Fix,
  type PlanDay,
  type Reason,
  type RecipeTag,
  type RuleCount,
  type ScorePart,
  type ScorePartId,
  type TargetId,
  type TargetScore,
  type UnmetRule,
  type UnmetTarget,
  type WeekScores,
} from './types'

const round1 = (x: number): number => Math.round(x * 10) / 10
const round2 = (x: number): number => Math.round(x * 100) / 100

/** The reasons of the meal in one cell, given the whole plan in `state`. */
export function cellReasons(state: ScoreState, cell: number): Reason[] {
  const inst = state.inst
  const info = inst.cells[cell]
  const reasons: Reason[] = []
  if (!info) return reasons
  if (info.kind === 'locked') reasons.push({ code: 'locked' })
  if (info.kind === 'kept') reasons.push({ code: 'kept' })
  const r = state.assign[cell] ?? -1
  if (info.kind === 'open' && r < 0) {
    reasons.push({ code: 'no-candidate', blockedBy: blockers(inst, (i) => fits(inst, i, info.slot)) })
    return reasons
  }
  if (r < 0) {
    if (info.fixedId !== null) reasons.push({ code: 'unknown-recipe' })
    // A kept empty slot keeps its explanation when it is still empty for want of a candidate.
    else if (info.kind === 'kept' && (inst.candidates[info.slot]?.length ?? 0) === 0) {
      reasons.push({ code: 'no-candidate', blockedBy: blockers(inst, (i) => fits(inst, i, info.slot)) })
    }
    return reasons
  }
  const recipe = inst.recipes[r]
  const portion = state.portion[cell] ?? 1
  const conflictRules = conflictRulesAt(inst, r, cell)
  if (conflictRules.length > 0) reasons.push({ code: 'conflict', rules: distinct(conflictRules) })
  const slot = inst.slots[info.slot]
  if (recipe && slot !== undefined && !recipe.slots.includes(slot)) {
    const from = slotFilledFrom(recipe.slots, slot) ?? recipe.slots[0]
    if (from !== undefined) reasons.push({ code: 'flexible-slot', from })
  }
  const S = inst.slots.length
  if (state.leftover[cell] === 1) reasons.push({ code: 'leftover', day: info.day - 1 })
  const lunch = state.linkedLunch(cell)
  if (lunch >= 0) reasons.push({ code: 'cooks-leftover', day: (lunch / S) | 0, servings: servingsAt(state, lunch) })
  if (Math.abs(portion - 1) > 1e-9) reasons.push({ code: 'portion', servingsPerPerson: round2(portion) })
  reasons.push({ code: 'fiber', grams: round1(portion * (inst.fiber[r] ?? 0)) })
  if (inst.fermented[r]) reasons.push({ code: 'adds-fermented' })
  if (inst.prebiotic[r]) reasons.push({ code: 'adds-prebiotic' })
  if (inst.fishMode && inst.oilyFish[r]) reasons.push({ code: 'oily-fish' })
  if (!inst.fishMode && inst.ala[r]) reasons.push({ code: 'ala-source' })
  const fresh = newPlants(state, cell)
  if (fresh.count > 0) reasons.push({ code: 'new-plants', count: fresh.count, points: fresh.points })
  reasons.push({ code: 'energy', kcal: Math.round(portion * (inst.energy[r] ?? 0)) })
  const flags = inst.limitFlags[r] ?? 0
  if (flags > 0) reasons.push({ code: 'limit-flags', count: flags })
  // Cooked more than once (a leftover is the same cooking).
  const uses = state.cooked[inst.groupOf[r] ?? r] ?? 0
  if (uses > 1 && state.leftover[cell] !== 1) reasons.push({ code: 'repeat', uses })
  return reasons
}

/** The servings a cell's meal is planned at: a fixed meal's as given, a planned one's household share of its portion. */
function servingsAt(state: ScoreState, cell: number): number {
  const inst = state.inst
  const info = inst.cells[cell]
  if (info !== undefined && info.kind !== 'open') return info.servings
  return plannedServings(inst, cell, state.portion[cell] ?? 1)
}

/** Plants of the cell's recipe that no earlier cell of the week (day by day, slot by slot) brings. */
function newPlants(state: ScoreState, cell: number): { count: number; points: number } {
  const inst = state.inst
  const earlier = new Set<number>()
  for (let c = 0; c < cell; c++) {
    const r = state.assign[c] ?? -1
    if (r >= 0) for (let i = inst.plantStart[r] ?? 0; i < (inst.plantStart[r + 1] ?? 0); i++) earlier.add(inst.plantIdx[i] ?? 0)
  }
  const r = state.assign[cell] ?? -1
  let count = 0
  let points = 0
  for (let i = inst.plantStart[r] ?? 0; i < (inst.plantStart[r + 1] ?? 0); i++) {
    const k = inst.plantIdx[i] ?? 0
    if (earlier.has(k)) continue
    count++
    points += inst.plantPoints[k] ?? 0
  }
  return { count, points }
}

/** The plan as days of meals, each with its reasons. */
export function planDays(state: ScoreState): PlanDay[] {
  const inst = state.inst
  const S = inst.slots.length
  const days: PlanDay[] = []
  for (let day = 0; day < inst.days; day++) {
    days.push({
      day,
      energyKcal: Math.round(state.dayEnergy[day] ?? 0),
      meals: inst.slots.map((slot, s) => {
        const cell = day * S + s
        const info = inst.cells[cell]
        const r = state.assign[cell] ?? -1
        const fixed = info !== undefined && info.kind !== 'open'
        const recipeId = fixed ? info.fixedId : r >= 0 ? (inst.recipes[r]?.id ?? null) : null
        // A planned meal's servings are the household's share of its portion; fixed meals keep theirs.
        const portion = fixed ? (inst.fixedPortion[cell] ?? 1) : r >= 0 ? (state.portion[cell] ?? 1) : 1
        const servings = fixed ? (info.servings ?? 1) : plannedServings(inst, cell, portion)
        const meal: PlanDay['meals'][number] = { slot, recipeId, servings, servingsPerPerson: round2(portion), locked: info?.kind === 'locked', reasons: cellReasons(state, cell) }
        if (state.leftover[cell] === 1) {
          const source = inst.leftoverSource[cell] ?? -1
          meal.leftover = true
          meal.leftoverOf = { day: (source / S) | 0, slot: inst.slots[source % S] ?? leftoverSlots.cooked }
        }
        const lunch = state.linkedLunch(cell)
        if (lunch >= 0) meal.leftoverFor = { day: (lunch / S) | 0, slot: inst.slots[lunch % S] ?? leftoverSlots.eaten, servings: servingsAt(state, lunch) }
        if (inst.memberNames.length > 0) meal.eaters = (inst.cellEaters[cell] ?? []).map((m) => inst.memberNames[m] ?? '')
        return meal
      }),
    })
  }
  return days
}

/** Each target's achieved value, goal and satisfaction, and the total. */
export function weekScores(state: ScoreState): WeekScores {
  const inst = state.inst
  const D = inst.days
  const sat = state.satisfactions()
  const perDay = (values: ArrayLike<number>, indicator: boolean): number[] =>
    Array.from({ length: D }, (_, d) => (indicator ? ((values[d] ?? 0) > 0 ? 1 : 0) : (values[d] ?? 0)))
  const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0)
  const fiber = perDay(state.dayFiber, false)
  const energy = perDay(state.dayEnergy, false)
  const fermented = perDay(state.dayFermented, true)
  const prebiotic = perDay(state.dayPrebiotic, true)
  const ala = perDay(state.dayAla, true)
  let flags = 0
  let repeats = 0
  state.assign.forEach((r) => (flags += r >= 0 ? (inst.limitFlags[r] ?? 0) : 0))
  state.uses.forEach((u) => (repeats += Math.max(0, u - 1)))
  const score = (target: TargetId, achieved: number, goal: number, days?: number[]): TargetScore => ({
    target,
    achieved,
    goal,
    satisfaction: sat[target],
    weight: inst.weights[target],
    ...(days ? { perDay: days } : {}),
  })
  const highDays = fiber.flatMap((g, d) => (g > inst.highFiberG ? [d] : []))
  const fiberNotes = { ...(inst.fiberRamp ? { ramp: { ...inst.fiberRamp } } : {}), ...(highDays.length ? { highDays } : {}) }
  return finish({
    fiber: { ...score('fiber', sum(fiber) / D, inst.fiberPerDayG, fiber), ...fiberNotes },
    fermented: score('fermented', sum(fermented), D, fermented),
    prebiotic: score('prebiotic', sum(prebiotic), D, prebiotic),
    omega3: inst.fishMode ? score('omega3', state.fishMeals, inst.fishGoal) : score('omega3', sum(ala), D, ala),
    plants: score('plants', state.plantPoints, inst.plantGoal),
    limit: score('limit', flags, 0),
    variety: score('variety', repeats, 0),
    energy: score('energy', sum(energy) / D, inst.energyPerDayKcal, energy),
    effort: score('effort', state.filled === 0 ? 0 : state.effortSum / state.filled, 0),
  })

  function finish(targets: Record<TargetId, TargetScore>): WeekScores {
    const parts = Object.fromEntries(
      (Object.keys(scoreParts) as ScorePartId[]).map((part): [ScorePartId, ScorePart] => {
        const ids: readonly TargetId[] = scoreParts[part]
        const weight = ids.reduce((w, id) => w + targets[id].weight, 0)
        const score = weight > 0 ? (100 * ids.reduce((s, id) => s + targets[id].weight * targets[id].satisfaction, 0)) / weight : 100
        return [part, { part, score, weight }]
      }),
    ) as Record<ScorePartId, ScorePart>
    return { total: state.total(), targets, parts, emptySlots: state.emptySlots() }
  }
}

/** Days on which a daily target falls short (undefined for weekly targets). */
function shortDays(state: ScoreState, target: TargetId): number[] | undefined {
  const inst = state.inst
  const days = Array.from({ length: inst.days }, (_, d) => d)
  switch (target) {
    case 'fiber':
      // Short means below the aim; a ramp week's day above its cap is noted apart (highDays, the ramp).
      return days.filter((d) => fiberSatisfaction(state.dayFiber[d] ?? 0, inst.fiberPerDayG) < 1)
    case 'energy':
      return days.filter((d) => energySatisfaction(state.dayEnergy[d] ?? 0, inst.energyPerDayKcal) < 1)
    case 'fermented':
      return days.filter((d) => !state.dayFermented[d])
    case 'prebiotic':
      return days.filter((d) => !state.dayPrebiotic[d])
    case 'omega3':
      return inst.fishMode ? undefined : days.filter((d) => !state.dayAla[d])
    default:
      return undefined
  }
}

/** Which recipes would have helped a target, and the tag a fix asks for. */
function helpfulRecipes(state: ScoreState, target: TargetId, days: number[] | undefined): { tag: RecipeTag; helps: (r: number) => boolean } {
  const inst = state.inst
  const share = inst.slots.length > 0 ? 1 / inst.slots.length : 1
  switch (target) {
    case 'fiber':
      return { tag: 'high-fiber', helps: (r) => (inst.fiber[r] ?? 0) >= inst.fiberPerDayG * share }
    case 'fermented':
      return { tag: 'fermented', helps: (r) => inst.fermented[r] === 1 }
    case 'prebiotic':
      return { tag: 'prebiotic', helps: (r) => inst.prebiotic[r] === 1 }
    case 'omega3':
      return inst.fishMode ? { tag: 'oily-fish', helps: (r) => inst.oilyFish[r] === 1 } : { tag: 'ala-source', helps: (r) => inst.ala[r] === 1 }
    case 'plants':
      return {
        tag: 'new-plants',
        helps: (r) => {
          for (let i = inst.plantStart[r] ?? 0; i < (inst.plantStart[r + 1] ?? 0); i++) if (!state.plantCount[inst.plantIdx[i] ?? 0]) return true
          return false
        },
      }
    case 'limit':
      return { tag: 'no-limit-flags', helps: (r) => (inst.limitFlags[r] ?? 0) === 0 }
    case 'variety':
      return { tag: 'any', helps: () => true }
    case 'effort':
      return { tag: 'any', helps: (r) => (inst.timeCost[r] ?? 0) === 0 }
    case 'energy': {
      const perMeal = inst.energyPerDayKcal * share
      const under = (days ?? []).reduce((s, d) => s + (inst.energyPerDayKcal - (state.dayEnergy[d] ?? 0)), 0) > 0
      return under
        ? { tag: 'more-energy', helps: (r) => (inst.energy[r] ?? 0) >= perMeal }
        : { tag: 'less-energy', helps: (r) => (inst.energy[r] ?? 0) <= perMeal }
    }
  }
}

/**
 * The targets not fully met (weight > 0), each with the days it falls short, the rules that kept out
 * recipes which would have helped, and a fix: raise the target's weight when a planned cell could
 * take a fitting recipe that improves it (other targets won), else add a recipe.
 */
export function unmetTargets(state: ScoreState): UnmetTarget[] {
  const inst = state.inst
  const sat = state.satisfactions()
  const scores = weekScores(state).targets
  const improvers = improvingRecipes(state, sat)
  const unmet: UnmetTarget[] = []
  for (const target of targetIds) {
    // Effort is a preference (quick meals in their own slots), not a target to meet: it shows in the score's parts only.
    if (target === 'effort' || inst.weights[target] <= 0 || sat[target] >= 1 - 1e-9) continue
    const days = shortDays(state, target)
    // A ramp week's fibre can fall short of full marks only by days above the cap: no recipe to add for that.
    if (target === 'fiber' && days?.length === 0) continue
    const { tag, helps } = helpfulRecipes(state, target, days)
    const blockedBy = blockers(inst, (r) => helps(r) && inst.slots.some((_, s) => fits(inst, r, s)))
    const candidates = improvers[target].size
    const fix: Fix =
      candidates > 0
        ? { code: 'raise-weight', target, candidates }
        : { code: 'add-recipe', slot: fixSlot(inst, helps), tag, compatibleWith: blockedBy.map((b) => b.rule) }
    const { achieved, goal } = scores[target]
    unmet.push({ target, satisfaction: sat[target], achieved, goal, ...(days ? { days } : {}), blockedBy, fix })
  }
  return unmet
}

/** Per target, the recipes that would raise its satisfaction if put in some open cell. */
function improvingRecipes(state: ScoreState, before: Record<TargetId, number>): Record<TargetId, Set<number>> {
  const inst = state.inst
  const found = Object.fromEntries(targetIds.map((t) => [t, new Set<number>()])) as Record<TargetId, Set<number>>
  for (const cell of inst.open) {
    const current = state.assign[cell] ?? -1
    const portion = state.portion[cell] ?? 1
    for (const r of inst.cellCandidates[cell] ?? []) {
      if (r === current || !state.allows(cell, r)) continue
      state.set(cell, r)
      const after = state.satisfactions()
      state.set(cell, current, portion)
      for (const t of targetIds) if (after[t] > before[t] + 1e-9) found[t].add(r)
    }
  }
  return found
}

/** The slot a new recipe should be for: the one where the rules blocked most helpful recipes, then the one with fewest helpful candidates. */
function fixSlot(inst: Instance, helps: (r: number) => boolean): MealSlot {
  let best = 0
  let bestKey: [number, number] = [-1, 0]
  inst.slots.forEach((_, s) => {
    let blocked = 0
    let available = 0
    inst.recipes.forEach((recipe, r) => {
      if (!helps(r) || !recipe.slots.includes(inst.slots[s] as MealSlot)) return
      if (recipe.conflicts.length > 0) blocked++
      else available++
    })
    if (blocked > bestKey[0] || (blocked === bestKey[0] && available < bestKey[1])) {
      best = s
      bestKey = [blocked, available]
    }
  })
  return inst.slots[best] ?? 'dinner'
}

/** Whether recipe r fits slot index s, as written or as a flexible slot (conflicts aside). */
function fits(inst: Instance, r: number, s: number): boolean {
  const slot = inst.slots[s]
  return slot !== undefined && slotFilledFrom(inst.recipes[r]?.slots ?? [], slot) !== undefined
}

/** Counts, per rule, the conflicting recipes among those selected (most first, then by rule). */
export function blockers(inst: Instance, select: (r: number) => boolean): RuleCount[] {
  const counts = new Map<string, number>()
  inst.recipes.forEach((recipe, r) => {
    if (recipe.conflicts.length === 0 || !select(r)) return
    for (const rule of distinct(recipe.conflicts.map((c) => c.rule))) counts.set(rule, (counts.get(rule) ?? 0) + 1)
  })
  return [...counts]
    .map(([rule, count]) => ({ rule, count }))
    .sort((a, b) => b.count - a.count || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0))
}

function distinct(xs: string[]): string[] {
  return [...new Set(xs)]
}

/**
 * The person's rules the plan could not keep: a slot of a capped day or of a day rule that no
 * fitting recipe met (another was planned), and last week's recipes planned again.
 */
export function unmetRules(state: ScoreState): UnmetRule[] {
  const inst = state.inst
  const out: UnmetRule[] = []
  inst.cellRuleMisses.forEach((misses, cell) => {
    const info = inst.cells[cell]
    const slot = info ? inst.slots[info.slot] : undefined
    if (!info || slot === undefined || (state.assign[cell] ?? -1) < 0) return
    for (const miss of misses.values()) {
      if (miss.rule === 'max-minutes') out.push({ rule: 'max-minutes', day: info.day, slot, maxMinutes: miss.maxMinutes, fix: { code: 'add-recipe', slot, maxMinutes: miss.maxMinutes } })
      else out.push({ rule: 'day-rule', day: info.day, slot, require: miss.require, fix: { code: 'add-recipe', slot, require: miss.require } })
    }
  })
  let again = 0
  let slotOfAgain: MealSlot | undefined
  for (const cell of inst.open) {
    const r = state.assign[cell] ?? -1
    if (r >= 0 && inst.lastWeek[r]) {
      again++
      slotOfAgain ??= inst.slots[cell % inst.slots.length]
    }
  }
  if (again > 0 && slotOfAgain) out.push({ rule: 'not-last-week', count: again, fix: { code: 'add-recipe', slot: slotOfAgain } })
  return out
}
