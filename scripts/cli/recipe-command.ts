/** `gutplan recipe`: what the knowledge layer says about each recipe in a file. */
import { parseArgs } from 'node:util'
import { analyzeRecipe } from '../../shared/recipes/analyze'
import { describeRecipe } from '../../shared/recipes/describe-recipe'
import type { Command } from './command'
import { printJson, UsageError, type CliContext } from './context'
import { readProfile } from './profile-file'
import { readRecipes } from './recipe-file'

export const recipeCommand: Command = {
  path: ['recipe'],
  usage: 'recipe --file <recipes.json> [--profile <profile.json>]',
  summary: 'each recipe: perServing, fits (true, false or "unknown"), fodmap per subgroup, allergens, why; conflicts with a profile',
  run(args: string[], ctx: CliContext): number {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { file: { type: 'string' }, profile: { type: 'string' } } })
    if (positionals.length) throw new UsageError(`unexpected argument: ${positionals[0]}`)
    if (!values.file) throw new UsageError('recipe needs --file <recipes.json>')
    const profile = values.profile === undefined ? undefined : readProfile(values.profile)
    const foods = ctx.catalogue().byId
    const recipes = readRecipes(values.file, foods)
    printJson(ctx, { recipes: recipes.map((r) => describeRecipe(analyzeRecipe(r, foods), profile)) })
    return 0
  },
}
