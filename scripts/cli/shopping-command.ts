/** `gutplan shopping`: the shopping list of a planned week, from the JSON `gutplan plan` prints. */
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { aisles, isAisle } from '../../shared/shopping/aisles'
import { englishLabels } from '../../shared/shopping/english'
import { exportExtensions, exportList, type ExportFormat } from '../../shared/shopping/export'
import { shoppingListOfWeeks } from '../../shared/shopping/weeks'
import { parseDescribedPlan, PlanShapeError, weekFromDescribedPlan } from '../../shared/week/describe'
import type { Week } from '../../shared/week/schema'
import type { Command } from './command'
import { printJson, readLang, UsageError, type CliContext } from './context'

const formats = ['json', ...Object.keys(exportExtensions)]
const isExportFormat = (format: string): format is ExportFormat => Object.hasOwn(exportExtensions, format)

/** Comma-separated values, blanks dropped. */
const list = (value: string | undefined): string[] => (value ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '')

/** Reads and checks a plan file as a week; a bad one throws a UsageError naming the problem. */
function readPlan(path: string): Week {
  let value: unknown
  try {
    value = JSON.parse(readFileSync(path, 'utf8')) as unknown
  } catch (error) {
    throw new UsageError(`cannot read plan ${path}: ${(error as Error).message}`)
  }
  try {
    return weekFromDescribedPlan(parseDescribedPlan(value))
  } catch (error) {
    if (error instanceof PlanShapeError) throw new UsageError(`invalid plan ${path}: ${error.message}`)
    throw error
  }
}

export const shoppingCommand: Command = {
  path: ['shopping'],
  usage: 'shopping --plan <week.json> [--pantry <id,id,…>] [--aisles <aisle,aisle,…>] [--format json|text|markdown|csv] [--lang en|de]',
  summary: `the shopping list of a week planned by \`gutplan plan\`: foods summed per aisle (${aisles.join(', ')}), pantry foods apart; JSON by default`,
  run(args: string[], ctx: CliContext): number {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { plan: { type: 'string' }, pantry: { type: 'string' }, aisles: { type: 'string' }, format: { type: 'string' }, lang: { type: 'string' } },
    })
    if (positionals.length) throw new UsageError(`unexpected argument: ${positionals[0]}`)
    if (!values.plan) throw new UsageError('shopping needs --plan <week.json> (the output of gutplan plan)')
    const format = values.format ?? 'json'
    const exportFormat = format === 'json' ? null : isExportFormat(format) ? format : undefined
    if (exportFormat === undefined) throw new UsageError(`--format must be one of ${formats.join(', ')}, not "${format}"`)
    const aisleOrder = list(values.aisles)
    const badAisle = aisleOrder.find((a) => !isAisle(a))
    if (badAisle) throw new UsageError(`unknown aisle "${badAisle}" in --aisles; aisles are ${aisles.join(', ')}`)
    const lang = readLang(values.lang)
    const foods = ctx.catalogue().byId
    const pantry = list(values.pantry)
    const unknown = pantry.filter((id) => !foods.has(id))
    if (unknown.length) throw new UsageError(`unknown food id in --pantry: ${unknown.join(', ')}`)

    const plan = readPlan(values.plan)
    const shopping = shoppingListOfWeeks([{ week: plan.week, plan }], foods, { pantry: new Set(pantry), aisleOrder, lang })
    if (exportFormat) ctx.out(exportList(exportFormat, shopping, englishLabels))
    else printJson(ctx, { week: plan.week, ...shopping })
    return 0
  },
}
