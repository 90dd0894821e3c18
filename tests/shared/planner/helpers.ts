/**
 * Checks shared by the planner tests: the hard rules, read off a result.
 */
import type { LockedSlot, PlannerInput, PlannedMeal, PlannerRecipe, PlanResult } from '../../../shared/planner'
import { oilyFishMax, slotFilledFrom } from '../../../shared/planner/params'
import { mealSlots, type MealSlot } from '../../../shared/profile/profile'

/** Whether a recipe may fill a slot: written for it, or flexibly (a lunch as a dinner, a breakfast as a snack). */
export function fitsSlot(recipe: Pick<PlannerRecipe, 'slots'>, slot: MealSlot): boolean {
  return slotFilledFrom(recipe.slots, slot) !== undefined
}

/** Every meal of a result with its day. */
export function meals(result: PlanResult): (PlannedMeal & { day: number })[] {
  return result.days.flatMap((d) => d.meals.map((m) => ({ ...m, day: d.day })))
}

/** The meal at (day, slot). */
export function mealAt(result: PlanResult, day: number, slot: MealSlot): PlannedMeal | undefined {
  return result.days.find((d) => d.day === day)?.meals.find((m) => m.slot === slot)
}

/** The locks that take effect: the first per cell, on a planned day and a profile slot. */
export function effectiveLocks(input: PlannerInput): LockedSlot[] {
  const days = input.days ?? 7
  const seen = new Set<string>()
  return input.locked.filter((l) => {
    const key = `${l.day}|${l.slot}`
    if (seen.has(key) || l.day < 0 || l.day >= days || !input.profile.slots.includes(l.slot)) return false
    seen.add(key)
    return true
  })
}

/**
 * The hard rules, as a list of violations (empty when the plan keeps them all): unlocked meals are
 * plannable recipes that fit their slot (flexibly too), locks are kept, slots are the profile's in
 * day order, every recipe stays within the use limit and off neighbouring days (when the limit
 * leaves room), oily fish stays within its weekly limit, portions are quarter steps within the
 * recipe's range and servings are household × portion, and an empty planned slot carries
 * `no-candidate`. Slots kept from `current` are not checked here.
 */
export function violations(input: PlannerInput, result: PlanResult): string[] {
  const out: string[] = []
  const byId = new Map(input.recipes.map((r) => [r.id, r]))
  const locks = effectiveLocks(input)
  const slots = mealSlots.filter((s) => input.profile.slots.includes(s))
  const uses = new Map<string, number>()
  const daysOf = new Map<string, number[]>()
  let fish = 0
  if (result.days.length !== (input.days ?? 7)) out.push(`days: ${result.days.length}`)
  for (const day of result.days) {
    if (day.meals.map((m) => m.slot).join() !== slots.join()) out.push(`day ${day.day}: slots ${day.meals.map((m) => m.slot).join()}`)
    for (const meal of day.meals) {
      const lock = locks.find((l) => l.day === day.day && l.slot === meal.slot)
      if (meal.recipeId !== null) {
        uses.set(meal.recipeId, (uses.get(meal.recipeId) ?? 0) + 1)
        // A leftover is the same cooking as the dinner before it: not a use for spacing.
        if (meal.leftover !== true) daysOf.set(meal.recipeId, [...(daysOf.get(meal.recipeId) ?? []), day.day])
        if (byId.get(meal.recipeId)?.oilyFish) fish++
      }
      if (lock) {
        if (meal.recipeId !== lock.recipeId || meal.servings !== lock.servings || !meal.locked) out.push(`day ${day.day} ${meal.slot}: lock not kept`)
        continue
      }
      if (meal.locked) out.push(`day ${day.day} ${meal.slot}: marked locked`)
      // Kept from `current` by a day or slot scope: kept as it was (the scope tests compare it).
      if (meal.reasons[0]?.code === 'kept') continue
      if (meal.recipeId === null) {
        if (!meal.reasons.some((r) => r.code === 'no-candidate')) out.push(`day ${day.day} ${meal.slot}: empty without reason`)
        continue
      }
      const recipe = byId.get(meal.recipeId)
      if (meal.leftover === true) {
        // A leftover lunch: the same recipe as the previous day's dinner, which says it cooks for it.
        const source = result.days.find((d) => d.day === day.day - 1)?.meals.find((m) => m.slot === 'dinner')
        if (meal.slot !== 'lunch' || meal.leftoverOf?.day !== day.day - 1 || meal.leftoverOf.slot !== 'dinner') out.push(`day ${day.day} ${meal.slot}: leftover of ${JSON.stringify(meal.leftoverOf)}`)
        if (source?.recipeId !== meal.recipeId) out.push(`day ${day.day} ${meal.slot}: leftover of another recipe`)
        if (source?.leftoverFor?.day !== day.day || source.leftoverFor.servings !== meal.servings) out.push(`day ${day.day - 1} dinner: leftoverFor ${JSON.stringify(source?.leftoverFor)}`)
      }
      if (!recipe) out.push(`day ${day.day} ${meal.slot}: unknown ${meal.recipeId}`)
      else if (recipe.conflicts.length > 0) out.push(`day ${day.day} ${meal.slot}: conflicting ${meal.recipeId}`)
      else if (!fitsSlot(recipe, meal.leftover === true ? 'dinner' : meal.slot)) out.push(`day ${day.day} ${meal.slot}: ${meal.recipeId} does not fit`)
      const q = meal.servingsPerPerson * 4
      const lo = Math.max(2, Math.ceil((recipe?.portions?.min ?? 0.5) * 4 - 1e-9))
      const hi = Math.min(8, Math.max(lo, Math.floor((recipe?.portions?.max ?? 2) * 4 + 1e-9)))
      if (!Number.isInteger(q) || q < lo || q > hi) out.push(`day ${day.day} ${meal.slot}: portion ${meal.servingsPerPerson}`)
      if (Math.abs(meal.servings - input.profile.householdSize * meal.servingsPerPerson) > 0.011) out.push(`day ${day.day} ${meal.slot}: servings ${meal.servings}`)
    }
  }
  const days = input.days ?? 7
  const spacing = result.maxUsesPerRecipe <= 2 && 2 * result.maxUsesPerRecipe - 1 <= days
  for (const [id, n] of uses) {
    const lockedUses = locks.filter((l) => l.recipeId === id).length
    if (n > Math.max(result.maxUsesPerRecipe, lockedUses)) out.push(`${id} used ${n} times (limit ${result.maxUsesPerRecipe})`)
    const on = (daysOf.get(id) ?? []).sort((a, b) => a - b)
    if (spacing && lockedUses === 0 && on.some((d, i) => i > 0 && d - (on[i - 1] ?? -9) <= 1)) out.push(`${id} on neighbouring days ${on.join(',')}`)
  }
  const fishEater = (input.profile.diet === 'omnivore' || input.profile.diet === 'pescatarian') && !input.profile.allergens.includes('fish')
  const lockedFish = locks.filter((l) => l.recipeId !== null && byId.get(l.recipeId)?.oilyFish).length
  if (fishEater && fish > Math.max(lockedFish, oilyFishMax(days, input.profile.mayBePregnant === true))) out.push(`${fish} oily-fish meals`)
  return out
}
