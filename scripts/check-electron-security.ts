/**
 * `npm run test:security`: runs electronegativity over the Electron sources and the page's CSP,
 * prints what it found, and exits 1 if any HIGH or MEDIUM finding is left that is not justified
 * by an `eng-disable CHECK: reason` comment beside the code. Writes test-results/counts-security.json.
 *
 * What is scanned: electron/ (main and preload), renderer/index.html (the CSP) and package.json
 * (the Electron version and scripts), staged as symlinks in a temp folder so nothing else in the
 * repository (tests with fake windows, scripts) is mistaken for app code.
 *
 * Electronegativity tries the network twice: for updated translations and for Electron's release
 * list (AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK). Both are kept offline here: its HTTP client is
 * replaced by one that fails at once (it then uses its bundled English texts), and the release
 * check is excluded; the Electron version is pinned in package.json and updated deliberately.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { findExceptions, formatFinding, judge, scanResultSchema, type Exception } from './electron-security'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const scanned = ['electron', 'renderer/index.html', 'package.json']

/** Electronegativity's programmatic entry: `run(options)` resolves with checks, errors and issues. */
type Run = (options: Record<string, unknown>) => Promise<unknown>

function loadElectronegativity(): Run {
  const require = createRequire(import.meta.url)
  const packageDir = dirname(require.resolve('@doyensec/electronegativity/package.json'))
  // Its 'got' (resolved from its own folder) is swapped for a client that fails at once.
  const gotPath = createRequire(join(packageDir, 'dist', 'runner.js')).resolve('got')
  const offline = Object.assign(() => Promise.reject(new Error('offline')), { head: () => Promise.reject(new Error('offline')) })
  require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: offline } as unknown as NodeJS.Module
  // Its i18n takes the locale from LANG; 'C.UTF-8' and the like would leave the descriptions blank.
  process.env.LANG = 'en-US'
  return require('@doyensec/electronegativity') as Run
}

function stage(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gutplan-electronegativity-'))
  for (const path of scanned) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    symlinkSync(join(root, path), join(dir, path))
  }
  return dir
}

function sourceFiles(path: string): string[] {
  const full = join(root, path)
  try {
    return readdirSync(full, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.(ts|js|html)$/.test(entry.name))
      .map((entry) => relative(root, join(entry.parentPath, entry.name)))
  } catch {
    return [path]
  }
}

function writeCounts(passed: boolean): void {
  const dir = join(root, 'test-results')
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'counts-security.json'), JSON.stringify({ passed: passed ? 1 : 0, failed: passed ? 0 : 1, skipped: 0 }))
}

async function main(): Promise<boolean> {
  const run = loadElectronegativity()
  const dir = stage()
  let raw: unknown
  // Its i18n announces the (deliberately) failed translation download; that line would only confuse.
  const log = console.log
  console.log = (...args: unknown[]) => {
    if (!String(args[0]).startsWith('Could not retrieve updated translations')) log(...args)
  }
  try {
    raw = await run({
      input: dir,
      isRelative: true,
      customScan: [],
      excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
      parserPlugins: [],
    })
  } finally {
    console.log = log
    rmSync(dir, { recursive: true, force: true })
  }
  const result = scanResultSchema.parse(raw)

  const exceptions = { justified: [] as Exception[], unjustified: [] as Exception[] }
  for (const file of scanned.flatMap(sourceFiles)) {
    const found = findExceptions(file, readFileSync(join(root, file), 'utf8'))
    exceptions.justified.push(...found.justified)
    exceptions.unjustified.push(...found.unjustified)
  }

  for (const finding of result.issues) console.log(formatFinding(finding))
  for (const error of result.errors) console.log(`${error.tolerable ? 'warning' : 'ERROR'}: could not fully parse ${error.file}: ${error.message}`)
  for (const { file, line, checks, reason } of exceptions.justified) {
    console.log(`justified: ${checks.join(', ')} at ${file}:${line}: ${reason}`)
  }
  for (const { file, line, checks } of exceptions.unjustified) {
    console.log(`NOT JUSTIFIED: eng-disable ${checks.join(', ')} at ${file}:${line} has no reason (write "eng-disable CHECK: why")`)
  }

  const verdict = judge(result, exceptions.unjustified)
  console.log(`${verdict.summary}; ${exceptions.justified.length} justified exception(s)`)
  return verdict.passed
}

main().then(
  (passed) => {
    writeCounts(passed)
    process.exitCode = passed ? 0 : 1
  },
  (error: unknown) => {
    console.error('electronegativity could not run:', error)
    writeCounts(false)
    process.exitCode = 1
  },
)
