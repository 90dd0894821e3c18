/** Runs a script under tsx, as `npx tsx scripts/<name>.ts …` does, and captures the result. */
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url))

export interface ScriptResult {
  status: number | null
  stdout: string
  stderr: string
}

export function runScript(script: string, args: readonly string[]): ScriptResult {
  const result = spawnSync(tsx, [script, ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}
