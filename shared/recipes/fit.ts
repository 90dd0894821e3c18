import type { Profile } from '../profile/profile'
import { householdProfile } from '../profile/members'
import { recipeConflicts, type RecipeFacts } from './analyze'

/**
 * Whether a recipe fits the person's profile: no ingredient conflicts with it, and every
 * ingredient is known. The one definition for the recipe filter, the week's targets and the
 * meal cards; an unknown ingredient can never be shown safe, so it never "fits". With household
 * members, it fits when it fits everyone at the table.
 */
export function fitsProfile(facts: RecipeFacts, profile: Profile): boolean {
  return facts.unresolved.length === 0 && recipeConflicts(facts, householdProfile(profile)).length === 0
}
