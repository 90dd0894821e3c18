import type { DietSubject, Finding } from '../food/rules/types'
import type { RecipeFacts } from './analyze'
import type { RecipeTag } from './tags'

/** The benefits a recipe shows as badges, in this order. */
export type RecipeBadgeKey = 'fiber' | 'fermented' | 'prebiotic' | 'omega3'

export interface RecipeBadge {
  key: RecipeBadgeKey
  finding: Finding
}

/**
 * The key benefits of a recipe as badges: fibre, live fermented food, one prebiotic, then oily
 * fish or (without it) omega-3. Shared by the recipe cards and the week's meal cards.
 */
export function recipeBadges(findings: readonly Finding[]): RecipeBadge[] {
  const first = (test: (f: Finding) => boolean) => findings.find(test)
  const picks: [RecipeBadgeKey, Finding | undefined][] = [
    ['fiber', first((f) => f.rule === 'fiber')],
    ['fermented', first((f) => f.rule === 'fermented' && f.level !== 'none')],
    ['prebiotic', first((f) => f.rule === 'prebiotic')],
    ['omega3', first((f) => f.rule === 'oily-fish') ?? first((f) => f.rule === 'omega-3')],
  ]
  return picks.flatMap(([key, finding]) => (finding ? [{ key, finding }] : []))
}

/**
 * The finding a recipe's plant count badge stands on: a certain plant finding when one ingredient
 * has one (the count is certain even where one plant is not), else the first; none without plants.
 */
export function plantBadgeFinding(facts: RecipeFacts): Finding | undefined {
  if (facts.plants.length === 0) return undefined
  const plants = facts.ingredients.flatMap((i) => i.findings).filter((f) => f.rule === 'plant')
  return plants.find((f) => f.certainty === 'is') ?? plants[0]
}

/** What a recipe flags to limit, in the order of its findings. */
export const recipeLimits = (findings: readonly Finding[]): Finding[] => findings.filter((f) => f.kind === 'limit')

/** Diets from strictest to widest: a card names only the strictest one a recipe meets. */
export const dietsStrictFirst = ['vegan', 'vegetarian', 'pescatarian'] as const satisfies readonly DietSubject[]

export const strictestDiet = (facts: RecipeFacts): (typeof dietsStrictFirst)[number] | undefined => dietsStrictFirst.find((d) => facts.diets[d])

/** Tags that say what a recipe is free from (the absence of a flag, so they have no badge of their own). */
export const freeFromTags = ['gluten-free', 'lactose-free', 'low-fodmap'] as const satisfies readonly RecipeTag[]

export const freeFromOf = (tags: readonly RecipeTag[]): RecipeTag[] => tags.filter((tag) => (freeFromTags as readonly RecipeTag[]).includes(tag))

