/**
 * Edits of the person's planning rules (profile.rules), as pure functions the profile screen and
 * the recipe page call. Each returns new rules; an empty rule set is `{}`.
 */
import { planRuleLimits, type DayRule, type PlanRules, type Weekday } from './profile'

/**
 * A typed cooking-time cap: whole minutes within planRuleLimits (null: the field left empty, no
 * cap), or 'invalid'.
 */
export function parseMaxMinutes(text: string): number | null | 'invalid' {
  const trimmed = text.trim()
  if (trimmed === '') return null
  const n = Number(trimmed)
  const { min, max } = planRuleLimits.maxMinutes
  return Number.isInteger(n) && n >= min && n <= max ? n : 'invalid'
}

/** Sets (or, with null, removes) a weekday's cooking-time cap. */
export function withMaxMinutes(rules: PlanRules, day: Weekday, minutes: number | null): PlanRules {
  const next = { ...rules.maxMinutes }
  if (minutes === null) delete next[day]
  else next[day] = minutes
  return tidy({ ...rules, maxMinutes: next })
}

export type RecipeList = 'favourites' | 'disliked'

/** Whether a recipe is on one of the lists. */
export const isOnList = (rules: PlanRules | undefined, list: RecipeList, recipeId: string): boolean => rules?.[list]?.includes(recipeId) ?? false

/** Puts a recipe on a list, or takes it off; a favourite is never also disliked, and the other way round. */
export function toggleOnList(rules: PlanRules, list: RecipeList, recipeId: string): PlanRules {
  const other: RecipeList = list === 'favourites' ? 'disliked' : 'favourites'
  const on = isOnList(rules, list, recipeId)
  return tidy({
    ...rules,
    [list]: on ? (rules[list] ?? []).filter((id) => id !== recipeId) : [...(rules[list] ?? []), recipeId],
    [other]: (rules[other] ?? []).filter((id) => id !== recipeId),
  })
}

/** Adds a day rule (the same rule twice is one). */
export function withDayRule(rules: PlanRules, rule: DayRule): PlanRules {
  const same = (r: DayRule) => r.day === rule.day && r.slot === rule.slot && r.require === rule.require
  if ((rules.dayRules ?? []).some(same)) return rules
  return tidy({ ...rules, dayRules: [...(rules.dayRules ?? []), rule] })
}

/** Removes the day rule at `index`. */
export function withoutDayRule(rules: PlanRules, index: number): PlanRules {
  return tidy({ ...rules, dayRules: (rules.dayRules ?? []).filter((_, i) => i !== index) })
}

/** Turns "not the same as last week" on or off. */
export function withNotSameAsLastWeek(rules: PlanRules, on: boolean): PlanRules {
  return tidy({ ...rules, notSameAsLastWeek: on })
}

/** How the person set leftovers: left to the default (on for a household of one or two), always, never. */
export const leftoversChoices = ['default', 'on', 'off'] as const
export type LeftoversChoice = (typeof leftoversChoices)[number]

export function leftoversChoiceOf(rules: PlanRules | undefined): LeftoversChoice {
  if (rules?.leftovers === undefined) return 'default'
  return rules.leftovers ? 'on' : 'off'
}

/** Sets leftovers for every week: always, never, or back to the default. */
export function withLeftovers(rules: PlanRules, choice: LeftoversChoice): PlanRules {
  const next: PlanRules = { ...rules }
  delete next.leftovers
  if (choice !== 'default') next.leftovers = choice === 'on'
  return tidy(next)
}

/** Leaves out what says nothing: empty lists and caps, a false switch. */
function tidy(rules: PlanRules): PlanRules {
  const out: PlanRules = {}
  if (rules.maxMinutes && Object.keys(rules.maxMinutes).length) out.maxMinutes = rules.maxMinutes
  if (rules.favourites?.length) out.favourites = rules.favourites
  if (rules.disliked?.length) out.disliked = rules.disliked
  if (rules.notSameAsLastWeek) out.notSameAsLastWeek = true
  if (rules.dayRules?.length) out.dayRules = rules.dayRules
  // Both values say something: off overrides the default for a small household.
  if (rules.leftovers !== undefined) out.leftovers = rules.leftovers
  return out
}
