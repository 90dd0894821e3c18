/**
 * Turns a PlannerInput into the flat, indexed instance the engine, the score and the LP model share:
 * typed arrays of recipe facts, the candidates per slot, which cells are open, fixed or empty,
 * the day targets and the recipe-use limit.
 */
import { householdFactor, mealEaterIndices, quarterServings } from '../profile/members'
import { eatsFish, leftoverSlots, leftoversOn, mealSlots, weekdays, type DayRuleRequirement, type MealSlot, type PlanRules, type Profile } from '../profile/profile'
import { minimalUseLimit } from './capacity'
import { fiberRampFor, oilyFishMax, scoreParams, slotFilledFrom, slotShareOf } from './params'
import { defaultWeights, targetIds, type PlannerInput, type PlannerRecipe, type PlannerWeights, type PlanScope } from './types'

/** How a cell (one day × one slot) is decided. */
export type CellKind = 'open' | 'locked' | 'kept'

/** One day × one slot of the plan. */
export interface Cell {
  day: number
  /** Index into `slots`. */
  slot: number
  kind: CellKind
  /** For locked and kept cells: the recipe id as given (null: left empty). */
  fixedId: string | null
  servings: number
  /** For locked and kept cells: said to be a leftover of the previous day's dinner. */
  leftover: boolean
}

/** Everything the search, the score and the LP model read, indexed for speed. Recipes are indices into `recipes`. */
export interface Instance {
  days: number
  slots: MealSlot[]
  recipes: PlannerRecipe[]
  indexOf: ReadonlyMap<string, number>
  /** Per recipe (index into `recipes`). */
  fiber: Float64Array
  energy: Float64Array
  fermented: Uint8Array
  prebiotic: Uint8Array
  oilyFish: Uint8Array
  ala: Uint8Array
  limitFlags: Int32Array
  /** min(flags, cap) / cap: what one meal costs the limit target. */
  limitCost: Float64Array
  /** Bit i set: fits slots[i] and has no conflict (with members: for the eaters of some cell of it): may be planned there. */
  plannable: Int32Array
  /** Bit i set: may fill slots[i] only as a flexible slot (written for another slot; costs effort). */
  flexMask: Int32Array
  /** Portions per person the recipe may take, in quarters (2 = ½ … 8 = 2). */
  minQ: Int8Array
  maxQ: Int8Array
  /** The time half of a meal's effort cost, 0..flexibleSlotCost (params). */
  timeCost: Float64Array
  /**
   * The recipe each recipe counts as for the use limit and spacing: itself, or for an adapted
   * recipe the recipe it was adapted from (when that one is in the library too).
   */
  groupOf: Int32Array
  /** Oily-fish meals the period may hold at most (hard); Infinity when fish is not eaten. */
  fishMax: number
  /** The same recipe (group) never on the same or the next day, when the use limit leaves room for it. */
  spacing: boolean
  /** Per cell: 1 for an open cell the search fills (it has candidates). */
  decides: Uint8Array
  /** Per cell: the fixed portion per person of a locked or kept meal (servings / the cell's household factor). */
  fixedPortion: Float64Array
  householdSize: number
  /**
   * Per cell: how many reference portions a meal there is (servings = this × portion): the
   * household size, or with members the eaters' energy over the profile's energy target.
   */
  cellHousehold: Float64Array
  /** The members' names (profile.members order); empty without members. */
  memberNames: string[]
  /** Per cell: the members who eat it (indices into memberNames); empty without members. */
  cellEaters: number[][]
  /** CSR list of each recipe's distinct plants: plantIdx[plantStart[r] .. plantStart[r + 1]). */
  plantStart: Int32Array
  plantIdx: Int32Array
  plantKeys: string[]
  /** Points of each plant (the largest any recipe gives it). */
  plantPoints: Float64Array
  /** Per slot index: recipes that fit it and have no conflict, in library order. */
  candidates: Int32Array[]
  /**
   * Per cell: its candidates after the person's rules for that day (time cap, day rules), or the
   * slot's when a rule would leave none (the rule is then reported unmet).
   */
  cellCandidates: Int32Array[]
  /** Rules a cell could not keep (by cell): what `unmetRules` reports. */
  cellRuleMisses: Map<string, { rule: 'max-minutes'; maxMinutes: number } | { rule: 'day-rule'; require: DayRuleRequirement }>[]
  /** Per recipe: a preference cost added to its effort (not a favourite when there are some; last week's). */
  prefCost: Float64Array
  /** Recipes of the week before that the rule "not the same as last week" asks to avoid. */
  lastWeek: Uint8Array
  /** Whether leftovers are planned this week (the week's switch, the rules, the household default). */
  leftovers: boolean
  /**
   * Per cell: for a lunch that may be the leftover of the previous day's dinner, that dinner's
   * cell; else −1. Per cell: the lunch cell a dinner's leftovers may go to, else −1.
   */
  leftoverSource: Int32Array
  leftoverTarget: Int32Array
  /** Per cell: 1 for an open lunch the search may make a leftover (its miss costs effort). */
  pairCell: Uint8Array
  /** How many such cells there are. */
  pairCount: number
  /** Per cell: 1 for a locked or kept lunch that is the leftover of its (fixed or bound) dinner. */
  fixedLeftover: Uint8Array
  /** Per cell: what a day rule asks of any meal there, a leftover too (fish, meat-free). */
  cellRequires: DayRuleRequirement[][]
  /** Cells by index day * slots.length + slot. */
  cells: Cell[]
  /** For every cell, the recipe fixed there (locked or kept; −1: open, empty or unknown id). */
  fixedRecipe: Int32Array
  /** Open cells with at least one candidate: what the search decides. */
  open: Int32Array
  /** Open cells with no candidate: left empty, with reasons. */
  emptyOpen: Int32Array
  /** The most uses of any one recipe (fixed uses included). */
  useLimit: number
  fiberPerDayG: number
  /** Above this much fibre a day, fibre satisfaction falls (about 50 g a day, or a ramp week's cap). */
  fiberCapG: number
  /** The ramp, when fibre rises slowly this week (whole-day grams). */
  fiberRamp: { fromG: number; weekG: number; goalG: number } | null
  /** A day above this is noted as high in fibre (scaled to the planned slots). */
  highFiberG: number
  energyPerDayKcal: number
  plantGoal: number
  fishGoal: number
  /** Omega-3 counted as oily-fish meals a week (true) or ALA days (false). */
  fishMode: boolean
  weights: PlannerWeights
}

/** Days planned when the input does not say. */
export const defaultDays = 7

/** Builds the instance; throws RangeError on input that cannot be planned (days < 1, negative weights). */
export function buildInstance(input: PlannerInput): Instance {
  const days = input.days ?? defaultDays
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`days must be a whole number ≥ 1, got ${days}`)
  const weights = resolveWeights(input.weights)
  const { profile } = input
  const slots = mealSlots.filter((s) => profile.slots.includes(s))

  const rules: PlanRules = input.rules ?? profile.rules ?? {}
  const disliked = new Set(rules.disliked ?? [])
  const favourites = new Set(rules.favourites ?? [])
  const previous = new Set(rules.notSameAsLastWeek ? (input.previousWeek ?? []) : [])
  const recipes: PlannerRecipe[] = []
  const indexOf = new Map<string, number>()
  for (const recipe of input.recipes) {
    if (indexOf.has(recipe.id)) continue
    indexOf.set(recipe.id, recipes.length)
    recipes.push(recipe)
  }
  const R = recipes.length
  const scope: PlanScope = input.scope ?? { kind: 'week' }
  const memberNames = (profile.members ?? []).map((m) => m.name)
  const cellEaters = eatersByCell(profile, days, slots)
  const cells = buildCells(input, days, slots, scope, cellEaters, memberNames.length > 0)
  // The distinct sets of eaters of each slot's meals: a recipe may fill the slot when it fits one.
  const slotEaterSets = slots.map((_, i) => {
    const seen = new Map<string, number[]>()
    cells.forEach((cell, c) => {
      if (cell.slot === i) seen.set((cellEaters[c] ?? []).join(','), cellEaters[c] ?? [])
    })
    return [...seen.values()]
  })
  const fiber = new Float64Array(R)
  const energy = new Float64Array(R)
  const fermented = new Uint8Array(R)
  const prebiotic = new Uint8Array(R)
  const oilyFish = new Uint8Array(R)
  const ala = new Uint8Array(R)
  const limitFlags = new Int32Array(R)
  const limitCost = new Float64Array(R)
  const plannable = new Int32Array(R)
  const flexMask = new Int32Array(R)
  const minQ = new Int8Array(R)
  const maxQ = new Int8Array(R)
  const timeCost = new Float64Array(R)
  const prefCost = new Float64Array(R)
  const lastWeekMark = new Uint8Array(R)
  const plantStart = new Int32Array(R + 1)
  const plantIdxList: number[] = []
  const plantKeys: string[] = []
  const plantIndex = new Map<string, number>()
  const points: number[] = []
  recipes.forEach((recipe, r) => {
    fiber[r] = finiteOr0(recipe.perServing.fiberG)
    energy[r] = finiteOr0(recipe.perServing.energyKcal)
    fermented[r] = recipe.fermented ? 1 : 0
    prebiotic[r] = recipe.prebiotic ? 1 : 0
    oilyFish[r] = recipe.oilyFish ? 1 : 0
    ala[r] = recipe.alaSource ? 1 : 0
    const flags = Math.max(0, Math.floor(finiteOr0(recipe.limitFlags)))
    limitFlags[r] = flags
    limitCost[r] = Math.min(flags, scoreParams.limitFlagsCap) / scoreParams.limitFlagsCap
    let mask = 0
    let flex = 0
    // A disliked recipe (or the adapted version of one) is never planned, like a conflict.
    const isDisliked = disliked.has(recipe.id) || (recipe.adaptedFrom !== undefined && disliked.has(recipe.adaptedFrom))
    if (!isDisliked) {
      slots.forEach((s, i) => {
        if (!(slotEaterSets[i] ?? []).some((eaters) => fitsEaters(recipe, eaters))) return
        if (recipe.slots.includes(s)) mask |= 1 << i
        else if (slotFilledFrom(recipe.slots, s) !== undefined) flex |= 1 << i
      })
    }
    plannable[r] = mask | flex
    flexMask[r] = flex
    const [lo, hi] = quarterRange(recipe.portions)
    minQ[r] = lo
    maxQ[r] = hi
    const minutes = Math.max(0, finiteOr0(recipe.totalMinutes))
    const slow = Math.min(1, Math.max(0, minutes - scoreParams.quickMinutes) / (scoreParams.slowMinutes - scoreParams.quickMinutes))
    timeCost[r] = (1 - scoreParams.flexibleSlotCost) * slow
    const own = recipe.adaptedFrom ?? recipe.id
    prefCost[r] = (favourites.size > 0 && !favourites.has(own) && !favourites.has(recipe.id) ? scoreParams.notFavouriteCost : 0) + (previous.has(recipe.id) || previous.has(own) ? scoreParams.lastWeekCost : 0)
    lastWeekMark[r] = previous.has(recipe.id) || previous.has(own) ? 1 : 0
    plantStart[r] = plantIdxList.length
    const seen = new Set<number>()
    for (const plant of recipe.plants) {
      let k = plantIndex.get(plant.key)
      if (k === undefined) {
        k = plantKeys.length
        plantIndex.set(plant.key, k)
        plantKeys.push(plant.key)
        points.push(0)
      }
      points[k] = Math.max(points[k] ?? 0, Math.max(0, finiteOr0(plant.points)))
      if (!seen.has(k)) {
        seen.add(k)
        plantIdxList.push(k)
      }
    }
  })
  plantStart[R] = plantIdxList.length
  const candidates = slots.map((_, i) => {
    const list: number[] = []
    for (let r = 0; r < R; r++) if ((plannable[r] ?? 0) & (1 << i)) list.push(r)
    return Int32Array.from(list)
  })

  const groupOf = Int32Array.from(recipes, (recipe, r) => {
    const base = recipe.adaptedFrom === undefined ? undefined : indexOf.get(recipe.adaptedFrom)
    return base ?? r
  })

  const household = Math.max(1, profile.householdSize)
  const members = profile.members ?? []
  const cellHousehold = Float64Array.from(cellEaters, (eaters) => householdFactor(profile, eaters.flatMap((m) => members[m] ?? [])))
  const fixedPortion = Float64Array.from(cells, (cell, i) => (cell.kind === 'open' ? 0 : portionFor(cell.servings, cellHousehold[i] ?? household, memberNames.length > 0)))
  const fixedRecipe = new Int32Array(cells.length).fill(-1)
  cells.forEach((cell, i) => {
    if (cell.kind !== 'open' && cell.fixedId !== null) fixedRecipe[i] = indexOf.get(cell.fixedId) ?? -1
  })
  // The person's rules narrow a day's candidates, as far as something still fits.
  const cellRuleMisses: Instance['cellRuleMisses'] = cells.map(() => new Map())
  const cellRequires: DayRuleRequirement[][] = cells.map(() => [])
  const cellCandidates = cells.map((cell, i) => {
    let list = candidates[cell.slot] ?? new Int32Array(0)
    // A shared meal fits everyone who eats it.
    if (memberNames.length > 0) list = list.filter((r) => fitsEaters(recipes[r], cellEaters[i] ?? []))
    if (cell.kind !== 'open' || list.length === 0) return list
    const weekday = weekdays[cell.day % 7] ?? 'mon'
    const cap = rules.maxMinutes?.[weekday]
    if (cap !== undefined) {
      const within = list.filter((r) => (recipes[r]?.totalMinutes ?? 0) <= cap)
      if (within.length > 0) list = within
      else cellRuleMisses[i]?.set('max-minutes', { rule: 'max-minutes', maxMinutes: cap })
    }
    for (const rule of rules.dayRules ?? []) {
      if (rule.day !== weekday || (rule.slot !== undefined && rule.slot !== slots[cell.slot])) continue
      if (rule.require !== 'no-cook') cellRequires[i]?.push(rule.require)
      const meeting = list.filter((r) => meetsRequirement(recipes[r], rule.require))
      if (meeting.length > 0) list = meeting
      else cellRuleMisses[i]?.set(`day-rule:${rule.require}`, { rule: 'day-rule', require: rule.require })
    }
    return list
  })
  const leftovers = leftoversOn({ householdSize: profile.householdSize, rules }, input.leftovers)
  const links = leftoverLinks(cells, slots, days, leftovers)
  const fixedLeftover = new Uint8Array(cells.length)
  cells.forEach((cell, i) => {
    const source = links.source[i] ?? -1
    const r = fixedRecipe[i] ?? -1
    if (cell.kind === 'open' || !cell.leftover || source < 0 || r < 0) return
    const from = cells[source]
    if (from?.kind === 'open') {
      // A kept or locked leftover keeps the dinner it comes from, where that recipe may be cooked.
      if (cellCandidates[source]?.includes(r) !== true) return
      cellCandidates[source] = Int32Array.of(r)
    } else if ((fixedRecipe[source] ?? -1) !== r) return
    fixedLeftover[i] = 1
  })
  const open: number[] = []
  const emptyOpen: number[] = []
  const decides = new Uint8Array(cells.length)
  cells.forEach((cell, i) => {
    if (cell.kind !== 'open') return
    if ((cellCandidates[i]?.length ?? 0) > 0) {
      open.push(i)
      decides[i] = 1
    } else emptyOpen.push(i)
  })

  const pairCell = new Uint8Array(cells.length)
  let pairCount = 0
  cells.forEach((cell, i) => {
    const source = links.source[i] ?? -1
    if (source < 0 || !decides[i]) return
    const from = cells[source]
    const possible = from?.kind === 'open' ? (cellCandidates[source]?.length ?? 0) > 0 : (fixedRecipe[source] ?? -1) >= 0
    if (!possible) return
    pairCell[i] = 1
    pairCount++
  })

  const share = slotShareOf(slots)
  const ramp = fiberRampFor(profile.targets.fiberG, input.recentFiberG)
  // "About 50 g" is for the 2000 kcal reference day: a person who eats more eats more fibre with it.
  const highFiber = scoreParams.highFiberDayG * Math.max(1, profile.targets.energyKcal / scoreParams.highFiberReferenceKcal)
  const fishMode = eatsFish(profile)
  const instance: Instance = {
    days,
    slots,
    recipes,
    indexOf,
    fiber,
    energy,
    fermented,
    prebiotic,
    oilyFish,
    ala,
    limitFlags,
    limitCost,
    plannable,
    flexMask,
    minQ,
    maxQ,
    timeCost,
    groupOf,
    fishMax: Infinity,
    spacing: false,
    decides,
    fixedPortion,
    householdSize: household,
    cellHousehold,
    memberNames,
    cellEaters,
    plantStart,
    plantIdx: Int32Array.from(plantIdxList),
    plantKeys,
    plantPoints: Float64Array.from(points),
    candidates,
    cellCandidates,
    cellRuleMisses,
    prefCost,
    lastWeek: lastWeekMark,
    leftovers,
    leftoverSource: links.source,
    leftoverTarget: links.target,
    pairCell,
    pairCount,
    fixedLeftover,
    cellRequires,
    cells,
    fixedRecipe,
    open: Int32Array.from(open),
    emptyOpen: Int32Array.from(emptyOpen),
    useLimit: scoreParams.maxUsesPerRecipe,
    fiberPerDayG: (ramp ? ramp.weekG : profile.targets.fiberG) * share,
    // Above about 50 g a day (or 10 % over a ramp week's aim) fibre satisfaction falls: a lot at once
    // brings wind and bloating. Never below the person's own target.
    fiberCapG: (ramp ? ramp.weekG * (1 + scoreParams.fiberRamp.headroom) : Math.max(highFiber, profile.targets.fiberG * (1 + scoreParams.fiberRamp.headroom))) * share,
    fiberRamp: ramp,
    highFiberG: highFiber * share,
    energyPerDayKcal: profile.targets.energyKcal * share,
    plantGoal: (scoreParams.plantPointsPerWeek * days) / 7,
    fishGoal: (scoreParams.oilyFishMealsPerWeek * days) / 7,
    fishMode,
    weights,
  }
  instance.useLimit = useLimitFor(instance)
  // The limit of a partial regeneration is never below the week's, so a slot or day regenerated
  // alone obeys the same rule the whole week was planned with.
  if (scope.kind !== 'week') {
    instance.useLimit = Math.max(instance.useLimit, buildInstance({ ...input, scope: { kind: 'week' } }).useLimit)
  }
  if (fishMode) instance.fishMax = oilyFishMax(days, profile.mayBePregnant === true)
  // Spacing holds with the normal use limit (and room for it: u uses need 2u − 1 days). A library too
  // small for "twice a week" is already past the rule, and spacing would leave slots empty.
  instance.spacing = instance.useLimit <= scoreParams.maxUsesPerRecipe && 2 * instance.useLimit - 1 <= days
  return instance
}

/**
 * Whether a recipe may be planned for a meal these members eat: no conflict at all, or (with
 * members) none for any of them (each member's list holds the profile's own limits too).
 */
function fitsEaters(recipe: PlannerRecipe | undefined, eaters: readonly number[]): boolean {
  if (!recipe) return false
  if (recipe.conflicts.length === 0) return true
  const per = recipe.memberConflicts
  return per !== undefined && eaters.length > 0 && eaters.every((m) => (per[m]?.length ?? 1) === 0)
}

/** The rules a recipe breaks for the eaters of a cell (all its conflicts without members). */
export function conflictRulesAt(inst: Instance, r: number, cell: number): string[] {
  const recipe = inst.recipes[r]
  if (!recipe || recipe.conflicts.length === 0) return []
  const per = recipe.memberConflicts
  if (inst.memberNames.length === 0 || per === undefined) return recipe.conflicts.map((c) => c.rule)
  return (inst.cellEaters[cell] ?? []).flatMap((m) => (per[m] ?? recipe.conflicts).map((c) => c.rule))
}

/**
 * A meal's servings: its portion × the cell's household factor; with members (a factor that need
 * not be whole), rounded to quarters, at least one.
 */
export function plannedServings(inst: Instance, cell: number, portion: number): number {
  const factor = inst.cellHousehold[cell] ?? inst.householdSize
  if (inst.memberNames.length === 0) return Math.round(portion * factor * 100) / 100
  return quarterServings(factor, portion)
}

/** The portion per person a meal's servings stand for at a cell (the inverse of plannedServings). */
export function portionAt(inst: Instance, cell: number, servings: number): number {
  return portionFor(servings, inst.cellHousehold[cell] ?? inst.householdSize, inst.memberNames.length > 0)
}

/** Servings ÷ factor; with members, the planner's quarter portion that rounds to these servings where there is one. */
function portionFor(servings: number, factor: number, members: boolean): number {
  const raw = Math.max(0, servings) / (factor || 1)
  if (!members) return raw
  let best: number | null = null
  const { min, max } = scoreParams.portionQuarters
  for (let q = min; q <= max; q++) {
    if (quarterServings(factor, q / 4) === servings && (best === null || Math.abs(q / 4 - raw) < Math.abs(best - raw))) best = q / 4
  }
  return best ?? raw
}

/** Per cell (day × slot), the indices of the members who eat it (weekday = day mod 7). */
function eatersByCell(profile: Profile, days: number, slots: readonly MealSlot[]): number[][] {
  const out: number[][] = []
  for (let day = 0; day < days; day++) for (const slot of slots) out.push(mealEaterIndices(profile, weekdays[day % 7] ?? 'mon', slot))
  return out
}

/**
 * Which lunch may be the leftover of which dinner: the lunch of the day after, when leftovers are
 * on and the profile plans both.
 */
function leftoverLinks(cells: readonly Cell[], slots: readonly MealSlot[], days: number, on: boolean): { source: Int32Array; target: Int32Array } {
  const source = new Int32Array(cells.length).fill(-1)
  const target = new Int32Array(cells.length).fill(-1)
  const dinner = slots.indexOf(leftoverSlots.cooked)
  const lunch = slots.indexOf(leftoverSlots.eaten)
  if (!on || dinner < 0 || lunch < 0) return { source, target }
  const S = slots.length
  for (let day = 1; day < days; day++) {
    source[day * S + lunch] = (day - 1) * S + dinner
    target[(day - 1) * S + dinner] = day * S + lunch
  }
  return { source, target }
}

/**
 * Whether recipe r may be eaten as a leftover in a cell: no conflict with the person's rules, and
 * what a day rule asks of that meal (a leftover is never cooking, so "no cooking" always holds).
 */
export function mayBeLeftover(inst: Instance, cell: number, r: number): boolean {
  // With members, it fits everyone who eats the lunch (who may be others than at the dinner).
  const eaters = inst.cellEaters[cell] ?? []
  if (r < 0 || (inst.plannable[r] ?? 0) === 0 || (inst.memberNames.length > 0 && eaters.length === 0) || !fitsEaters(inst.recipes[r], eaters)) return false
  return (inst.cellRequires[cell] ?? []).every((need) => meetsRequirement(inst.recipes[r], need))
}

/** Whether a recipe meets a day rule's requirement (fish or seafood, meat-free, nothing to cook). */
function meetsRequirement(recipe: PlannerRecipe | undefined, require: DayRuleRequirement): boolean {
  if (!recipe) return false
  if (require === 'fish') return recipe.fish === true
  if (require === 'vegetarian') return recipe.meatFree === true
  return recipe.noCook === true
}

/** A recipe's portion range in quarters, within the planner's bounds (whole quarters, min ≤ max). */
function quarterRange(portions: PlannerRecipe['portions']): [number, number] {
  const { min, max } = scoreParams.portionQuarters
  const lo = Math.min(max, Math.max(min, Math.ceil(finiteOr(portions?.min, min / 4) * 4 - 1e-9)))
  const hi = Math.min(max, Math.max(lo, Math.floor(finiteOr(portions?.max, max / 4) * 4 + 1e-9)))
  return [lo, hi]
}

function useLimitFor(inst: Instance): number {
  const demand = inst.slots.map(() => 0)
  for (const cell of inst.open) {
    const slot = inst.cells[cell]?.slot ?? 0
    demand[slot] = (demand[slot] ?? 0) + 1
  }
  // Adapted recipes share their original's uses: the flow runs over groups.
  const groupCandidates = inst.candidates.map((list) => Int32Array.from(new Set(Array.from(list, (r) => inst.groupOf[r] ?? r))))
  return minimalUseLimit(demand, groupCandidates, fixedUses(inst), scoreParams.maxUsesPerRecipe)
}

/** Per recipe group (index of its group's recipe), the uses fixed by locked and kept cells. */
export function fixedUses(inst: Instance): Int32Array {
  const uses = new Int32Array(inst.recipes.length)
  for (const r of inst.fixedRecipe) if (r >= 0) uses[inst.groupOf[r] ?? r] = (uses[inst.groupOf[r] ?? r] ?? 0) + 1
  return uses
}

function buildCells(input: PlannerInput, days: number, slots: MealSlot[], scope: PlanScope, eaters: readonly number[][], hasMembers: boolean): Cell[] {
  const servings = input.profile.householdSize
  const cells: Cell[] = []
  for (let day = 0; day < days; day++) {
    slots.forEach((s, slot) => cells.push({ day, slot, kind: 'open', fixedId: null, servings, leftover: false }))
  }
  // A meal no member eats at home is not planned: kept empty, like a slot the person cleared.
  if (hasMembers) {
    cells.forEach((cell, i) => {
      if ((eaters[i]?.length ?? 0) === 0) Object.assign(cell, { kind: 'kept', servings: 0 })
    })
  }
  const at = (day: number, slot: MealSlot): Cell | undefined => {
    const i = slots.indexOf(slot)
    return Number.isInteger(day) && day >= 0 && day < days && i >= 0 ? cells[day * slots.length + i] : undefined
  }
  if (scope.kind !== 'week') {
    for (const day of input.current ?? []) {
      for (const meal of day.meals) {
        const cell = at(day.day, meal.slot)
        if (!cell || inScope(scope, day.day, meal.slot)) continue
        Object.assign(cell, { kind: 'kept', fixedId: meal.recipeId, servings: meal.servings, leftover: meal.leftover === true })
      }
    }
  }
  for (const lock of input.locked) {
    const cell = at(lock.day, lock.slot)
    if (cell && cell.kind !== 'locked') Object.assign(cell, { kind: 'locked', fixedId: lock.recipeId, servings: lock.servings, leftover: lock.leftover === true })
  }
  return cells
}

/** Whether a slot of a day is inside a scope (everything else is kept from `current`). */
export function inScope(scope: PlanScope, day: number, slot: MealSlot): boolean {
  if (scope.kind === 'week') return true
  if (scope.kind === 'day') return day === scope.day
  if (scope.kind === 'cells') return scope.cells.some((c) => c.day === day && c.slot === slot)
  return day === scope.day && slot === scope.slot
}

function resolveWeights(given: Partial<PlannerWeights> | undefined): PlannerWeights {
  const weights = { ...defaultWeights }
  for (const id of targetIds) {
    const w = given?.[id]
    if (w === undefined) continue
    if (!Number.isFinite(w) || w < 0) throw new RangeError(`weight ${id} must be a finite number ≥ 0, got ${w}`)
    weights[id] = w
  }
  return weights
}

function finiteOr0(n: number): number {
  return Number.isFinite(n) ? n : 0
}

function finiteOr(n: number | undefined, fallback: number): number {
  return n !== undefined && Number.isFinite(n) ? n : fallback
}
