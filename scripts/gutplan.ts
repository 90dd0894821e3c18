/**
 * gutplan: a command line over shared/ that prints JSON.
 *
 *   npm run gutplan -- foods search <words…>
 *   npm run gutplan -- food <id> [--profile <profile.json>]
 *   npm run gutplan -- recipe --file <recipes.json> [--profile <profile.json>]
 *   npm run gutplan -- plan --profile <profile.json> [--week 2026-W48] [--seed N] [--recipes <file>]
 *   npm run gutplan -- shopping --plan <week.json> [--pantry <id,id,…>] [--aisles <aisle,…>] [--format json|text|markdown|csv]
 *
 * Exit codes: 0 done, 1 not found or failed, 2 bad arguments (usage on stderr).
 */
import { findCommand, usageText, type Command } from './cli/command'
import { createContext, UsageError, type CliContext } from './cli/context'
import { foodShow, foodsSearch } from './cli/food-commands'
import { planCommand } from './cli/plan-command'
import { recipeCommand } from './cli/recipe-command'
import { shoppingCommand } from './cli/shopping-command'

/** The command table. */
export const commands: readonly Command[] = [foodsSearch, foodShow, recipeCommand, planCommand, shoppingCommand]

/** Runs one command line and returns the exit code. */
export async function main(argv: readonly string[], ctx: CliContext = createContext()): Promise<number> {
  const usage = usageText('gutplan', commands)
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === 'help') {
    ;(argv.length === 0 ? ctx.err : ctx.out)(usage)
    return argv.length === 0 ? 2 : 0
  }
  const found = findCommand(commands, argv)
  if (!found) {
    ctx.err(`unknown command: ${argv.join(' ')}\n${usage}`)
    return 2
  }
  try {
    return await found.command.run(found.args, ctx)
  } catch (error) {
    const isUsage = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    if (isUsage) {
      ctx.err(`${(error as Error).message}\nusage: gutplan ${found.command.usage}\n`)
      return 2
    }
    ctx.err(`error: ${(error as Error).message}`)
    return 1
  }
}

process.exitCode = await main(process.argv.slice(2))
