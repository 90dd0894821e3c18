/** `gutplan plan`: a week for a profile, from the built-in library or a recipe file. */
import { parseArgs } from 'node:util'
import { isIsoWeek, isoWeekOf } from '../../shared/calendar/iso-week'
import { planWeek } from '../../shared/planner/engine'
import { analyzeRecipe } from '../../shared/recipes/analyze'
import { describePlan } from '../../shared/week/describe'
import { builtInRecipes } from '../../shared/recipes/library'
import { toPlannerRecipe } from '../../shared/recipes/plannable'
import type { Recipe } from '../../shared/recipes/types'
import type { Command } from './command'
import { printJson, readLang, UsageError, type CliContext } from './context'
import { readProfile } from './profile-file'
import { readRecipes } from './recipe-file'

export const planCommand: Command = {
  path: ['plan'],
  usage: 'plan --profile <profile.json> [--week 2026-W48] [--seed <n>] [--recipes <recipes.json>] [--lang en|de]',
  summary: 'plan a week; prints every slot with recipe, servings, ingredients (food id, everyday name, description, grams), reasons, the scores and unmet targets',
  run(args: string[], ctx: CliContext): number {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { profile: { type: 'string' }, week: { type: 'string' }, seed: { type: 'string' }, recipes: { type: 'string' }, lang: { type: 'string' } },
    })
    if (positionals.length) throw new UsageError(`unexpected argument: ${positionals[0]}`)
    if (!values.profile) throw new UsageError('plan needs --profile <profile.json>')
    const week = values.week ?? isoWeekOf(new Date())
    if (!isIsoWeek(week)) throw new UsageError(`--week must be an ISO week like 2026-W48, not "${week}"`)
    const seed = values.seed === undefined ? 1 : Number(values.seed)
    if (!Number.isInteger(seed) || seed < 0 || seed > 2 ** 32 - 1) throw new UsageError('--seed must be a whole number from 0 to 4294967295')
    const lang = readLang(values.lang)
    const profile = readProfile(values.profile)
    const foods = ctx.catalogue().byId
    const recipes: readonly Recipe[] = values.recipes ? readRecipes(values.recipes, foods) : builtInRecipes
    const facts = new Map(recipes.map((r) => [r.id, analyzeRecipe(r, foods)]))
    const result = planWeek({
      profile,
      recipes: [...facts.values()].map((f) => toPlannerRecipe(f, profile)),
      week,
      locked: [],
      seed,
    })
    printJson(ctx, describePlan(result, facts, lang))
    return 0
  },
}
