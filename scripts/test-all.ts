/**
 * `npm test`: every test suite CI runs, in order, then one closing line with the counts of all
 * runners added up ("N passed, N failed, N skipped"). Exits non-zero if any stage failed.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'

interface Stage {
  name: string
  command: string
  args: string[]
}

const stages: Stage[] = [
  { name: 'unit, component, db and main-process tests', command: 'npx', args: ['vitest', 'run', '--project', 'shared', '--project', 'renderer', '--project', 'electron'] },
  { name: 'Electron security review', command: 'npm', args: ['run', '--silent', 'test:security'] },
  { name: 'desktop build', command: 'npm', args: ['run', '--silent', 'build'] },
  { name: 'packaging', command: 'npx', args: ['vitest', 'run', '--project', 'packaging'] },
  { name: 'end-to-end tests', command: 'npx', args: ['playwright', 'test', '-c', 'tests/e2e/playwright.config.ts'] },
]

const countsDir = join(process.cwd(), 'test-results')
for (const file of existsSync(countsDir) ? readdirSync(countsDir) : []) {
  if (/^counts-.*\.json$/.test(file)) rmSync(join(countsDir, file))
}

const failedStages: string[] = []
for (const stage of stages) {
  console.log(`\n▶ ${stage.name}: ${stage.command} ${stage.args.join(' ')}`)
  const started = Date.now()
  const result = spawnSync(stage.command, stage.args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  const ok = result.status === 0
  console.log(`${ok ? '✔' : '✘'} ${stage.name} (${seconds} s)`)
  if (!ok) failedStages.push(stage.name)
}

const total = { passed: 0, failed: 0, skipped: 0 }
for (const file of existsSync(countsDir) ? readdirSync(countsDir) : []) {
  if (!/^counts-.*\.json$/.test(file)) continue
  const tally = JSON.parse(readFileSync(join(countsDir, file), 'utf8')) as typeof total
  total.passed += tally.passed
  total.failed += tally.failed
  total.skipped += tally.skipped
}
// A stage that failed without reporting a single failed test (a crash, a build error) still counts as one failure.
if (failedStages.length > 0 && total.failed === 0) total.failed = failedStages.length

if (failedStages.length) console.log(`\nFailed stages: ${failedStages.join('; ')}`)
console.log(`\n${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`)
process.exit(failedStages.length ? 1 : 0)
