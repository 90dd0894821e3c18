/** The browse tags of a recipe, all read from its derived findings. */
import type { RecipeFacts } from './analyze'
import { hasLiveFermented, hasOilyFish, hasPrebiotic } from './plannable'

export const recipeTags = ['fiber-rich', 'fermented', 'prebiotic', 'omega-3', 'gluten-free', 'lactose-free', 'low-fodmap'] as const
export type RecipeTag = (typeof recipeTags)[number]

/**
 * Which filter tags a recipe earns, all read from its derived findings, with the planner's reading
 * of "fermented" (live cultures when eaten). Gluten-free, lactose-free and low-FODMAP come from the
 * dish's knowledge (meal-knowledge.ts): only when every ingredient is known to fit at its amount
 * per serving, FODMAP loads stacked; an unknown answer never earns the tag.
 */
export function tagsOf(facts: RecipeFacts): RecipeTag[] {
  const has = (test: (f: RecipeFacts['findings'][number]['finding']) => boolean) => facts.findings.some((rf) => test(rf.finding))
  const known = facts.unresolved.length === 0
  const tags: [RecipeTag, boolean][] = [
    ['fiber-rich', has((f) => f.rule === 'fiber')],
    ['fermented', hasLiveFermented(facts)],
    ['prebiotic', hasPrebiotic(facts)],
    ['omega-3', hasOilyFish(facts) || has((f) => f.rule === 'omega-3')],
    ['gluten-free', known && facts.fits['gluten-free'] === true],
    ['lactose-free', known && facts.fits['lactose-free'] === true],
    ['low-fodmap', known && facts.fits['low-fodmap'] === true],
  ]
  return tags.filter(([, on]) => on).map(([tag]) => tag)
}
