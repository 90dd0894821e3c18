/**
 * Runs the benchmark cases in tests/bench/cases/: every module there exports `name` and `run()`
 * and prints its own figures (median and p95 at least). Timings live here, never in unit tests.
 *
 *   npm run bench                 all cases
 *   npm run bench -- search       only the named cases
 */
import { readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

/** What a bench case module exports. */
export interface BenchCase {
  readonly name: string
  run(): unknown
}

const casesDir = join(dirname(fileURLToPath(import.meta.url)), 'cases')

function isBenchCase(value: unknown): value is BenchCase {
  const v = value as Partial<BenchCase> | null
  return typeof v?.name === 'string' && typeof v.run === 'function'
}

/** Loads every case module, sorted by file name. */
export async function loadCases(): Promise<BenchCase[]> {
  const files = readdirSync(casesDir)
    .filter((f) => f.endsWith('.ts'))
    .sort()
  const cases: BenchCase[] = []
  for (const file of files) {
    const module: unknown = await import(pathToFileURL(join(casesDir, file)).href)
    if (!isBenchCase(module)) throw new Error(`${file} does not export name and run()`)
    cases.push(module)
  }
  return cases
}

async function main(selected: readonly string[]): Promise<number> {
  const cases = await loadCases()
  const unknown = selected.filter((s) => !cases.some((c) => c.name === s))
  if (unknown.length) {
    process.stderr.write(`unknown bench case: ${unknown.join(', ')}\navailable: ${cases.map((c) => c.name).join(', ')}\n`)
    return 2
  }
  let failed = 0
  for (const c of cases.filter((c) => selected.length === 0 || selected.includes(c.name))) {
    console.log(`\n== ${c.name}`)
    try {
      await c.run()
    } catch (error) {
      failed++
      console.error(`${c.name} failed:`, error)
    }
  }
  return failed ? 1 : 0
}

process.exitCode = await main(process.argv.slice(2))
