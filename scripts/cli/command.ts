/** The shape of a `gutplan` subcommand. New ones (plan, shopping) are added to the table in scripts/gutplan.ts. */
import type { CliContext } from './context'

export interface Command {
  /** The words that select the command, e.g. ['foods', 'search']. */
  readonly path: readonly string[]
  /** Arguments after the path, for the usage text. */
  readonly usage: string
  readonly summary: string
  /** Runs with the arguments after the path; returns the exit code. Throws UsageError for bad arguments. */
  run(args: string[], ctx: CliContext): number | Promise<number>
}

/** The command whose path is the longest prefix of argv, with the remaining arguments. */
export function findCommand(commands: readonly Command[], argv: readonly string[]): { command: Command; args: string[] } | null {
  const matches = commands
    .filter((c) => c.path.every((word, i) => argv[i] === word))
    .sort((a, b) => b.path.length - a.path.length)
  const command = matches[0]
  return command ? { command, args: argv.slice(command.path.length) } : null
}

/** The usage text listing every command. */
export function usageText(program: string, commands: readonly Command[]): string {
  const lines = commands.map((c) => `  ${program} ${c.usage}\n      ${c.summary}`)
  return `usage:\n${lines.join('\n')}\n`
}
