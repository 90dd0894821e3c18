/** The browse tags of a recipe, all read from its derived findings. */
import type { RecipeFacts } from './analyze'
import { hasLiveFermented, hasOilyFish, hasPrebiotic } from './plannable'

export const recipeTags = ['fiber-rich', 'fermented', 'prebiotic', 'omega-3', 'gluten-free', 'lactose-free', 'low-fodmap'] as const
export type RecipeTag = (typeof recipeTags)[number]

/**
 * Which filter tags a recipe earns, all read from its derived findings, with the planner's reading
 * of "fermented" (live cultures when eaten). Gluten-free, lactose-free and low-FODMAP mean no
 * ingredient flagged at its amount per serving, and need every ingredient known.
 */
export function tagsOf(facts: RecipeFacts): RecipeTag[] {
  const has = (test: (f: RecipeFacts['findings'][number]['finding']) => boolean) => facts.findings.some((rf) => test(rf.finding))
  const known = facts.unresolved.length === 0
  const tags: [RecipeTag, boolean][] = [
    ['fiber-rich', has((f) => f.rule === 'fiber')],
    ['fermented', hasLiveFermented(facts)],
    ['prebiotic', hasPrebiotic(facts)],
    ['omega-3', hasOilyFish(facts) || has((f) => f.rule === 'omega-3')],
    ['gluten-free', known && !has((f) => f.rule === 'gluten')],
    ['lactose-free', known && !has((f) => f.rule === 'lactose' && f.level !== 'low')],
    ['low-fodmap', known && !has((f) => (f.rule === 'fodmap' || f.rule === 'lactose') && f.level !== 'low')],
  ]
  return tags.filter(([, on]) => on).map(([tag]) => tag)
}
