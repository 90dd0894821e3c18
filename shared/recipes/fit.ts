import type { Profile } from '../profile/profile'
import { recipeConflicts, type RecipeFacts } from './analyze'

/**
 * Whether a recipe fits the person's profile: no ingredient conflicts with it, and every
 * ingredient is known. The one definition for the recipe filter, the week's targets and the
 * meal cards; an unknown ingredient can never be shown safe, so it never "fits".
 */
export function fitsProfile(facts: RecipeFacts, profile: Profile): boolean {
  return facts.unresolved.length === 0 && recipeConflicts(facts, profile).length === 0
}
