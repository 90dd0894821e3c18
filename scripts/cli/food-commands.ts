/** `gutplan foods search …` and `gutplan food <id>`. */
import { parseArgs } from 'node:util'
import { assessFood } from '../../shared/food/assess'
import { knowledgeOf } from '../../shared/food/knowledge'
import { printJson, readLang, UsageError, type CliContext } from './context'
import type { Command } from './command'
import { readProfile } from './profile-file'

function positiveInt(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1 || n > 1000) throw new UsageError(`--${name} must be a whole number from 1 to 1000`)
  return n
}

export const foodsSearch: Command = {
  path: ['foods', 'search'],
  usage: 'foods search <words…> [--lang en|de] [--limit <n>]',
  summary: 'search the food catalogue in English and German; prints {query, lang, hits: [{id, name, description, group, score}]} best first, name in --lang',
  run(args: string[], ctx: CliContext): number {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { limit: { type: 'string' }, lang: { type: 'string' } } })
    const query = positionals.join(' ').trim()
    if (!query) throw new UsageError('foods search needs at least one word')
    const lang = readLang(values.lang)
    const hits = ctx.search().search(query, { limit: positiveInt(values.limit, 'limit', 20), lang })
    printJson(ctx, { query, lang, hits })
    return 0
  },
}

export const foodShow: Command = {
  path: ['food'],
  usage: 'food <id> [--profile <profile.json>]',
  summary: 'one food: nutrients per 100 g, measures, the full assessment (with conflicts for a profile) and the knowledge per limit',
  run(args: string[], ctx: CliContext): number {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { profile: { type: 'string' } } })
    if (positionals.length !== 1) throw new UsageError('food needs exactly one id')
    const id = positionals[0]!
    const food = ctx.catalogue().byId.get(id)
    if (!food) {
      ctx.err(JSON.stringify({ error: 'not-found', id }))
      return 1
    }
    const profile = values.profile === undefined ? undefined : readProfile(values.profile)
    const assessment = assessFood(food, profile)
    printJson(ctx, { food, assessment, knowledge: knowledgeOf(food, assessment.findings) })
    return 0
  },
}
