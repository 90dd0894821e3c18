/** Reading a recipe file for the command line: a JSON array of recipes, each validated like an own recipe. */
import { readFileSync } from 'node:fs'
import type { Food } from '../../shared/food/types'
import { validateRecipe } from '../../shared/recipes/validate'
import type { Recipe } from '../../shared/recipes/types'
import { UsageError } from './context'

/** Reads and validates a recipe file; the first bad recipe throws a UsageError naming its fields. */
export function readRecipes(path: string, foods: ReadonlyMap<string, Food>): Recipe[] {
  let value: unknown
  try {
    value = JSON.parse(readFileSync(path, 'utf8')) as unknown
  } catch (error) {
    throw new UsageError(`cannot read recipes ${path}: ${(error as Error).message}`)
  }
  if (!Array.isArray(value) || value.length === 0) throw new UsageError(`invalid recipes ${path}: expected a non-empty JSON array of recipes`)
  const ids = new Set<string>()
  return value.map((item: unknown, index) => {
    const result = validateRecipe(item, foods)
    if (!result.ok) {
      throw new UsageError(`invalid recipes ${path}: [${index}] ${result.issues.map((i) => `${i.path} ${i.code}`).join(', ')}`)
    }
    if (ids.has(result.recipe.id)) throw new UsageError(`invalid recipes ${path}: [${index}].id duplicate ${result.recipe.id}`)
    ids.add(result.recipe.id)
    return result.recipe
  })
}
