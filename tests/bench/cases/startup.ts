/**
 * Start-up: how long the built web app in Chromium takes from navigation start until the week is
 * usable (its plan loaded, Generate enabled: the page's `gutplan:week-ready` performance mark),
 * over cold loads (a new browser context each, so no HTTP cache, no code cache, fresh storage),
 * for an empty database and for five years of history (260 weeks of plans with their shopping
 * ticks, 200 own recipes, 100 own foods). Also reports the JavaScript loaded before that moment.
 * Target: under 800 ms median with five years of history.
 *
 * The history is stored in the app's own database, created by the app itself (so its Dexie schema
 * is the real one), then captured with Playwright's storage state and handed to every new context.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type BrowserContextOptions } from '@playwright/test'
import { historyRows, type HistoryRows } from '../startup-history'
import { summarise } from '../timing'

export const name = 'startup'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const runs = Number(process.env.STARTUP_RUNS ?? 15)
const targetMs = 800
const weekReadyMark = 'gutplan:week-ready'
const launchArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']

/** Newest modification time under `path` (a file or a folder), in ms. */
function newest(path: string): number {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return readdirSync(path).reduce((latest, entry) => Math.max(latest, newest(join(path, entry))), stat.mtimeMs)
}

/** Whether dist/web is newer than every source it is built from. */
function buildIsFresh(): boolean {
  const built = join(root, 'dist/web/index.html')
  if (!existsSync(built)) return false
  const sources = ['renderer', 'shared', 'vite.config.ts', 'package.json'].map((p) => newest(join(root, p)))
  return statSync(built).mtimeMs > Math.max(...sources)
}

function exec(command: string, args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))))
  })
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

/** Vite's preview server for dist/web, on loopback only; resolves once it answers. */
async function serve(port: number): Promise<ChildProcess> {
  const vite = join(root, 'node_modules/vite/bin/vite.js')
  const child = spawn(process.execPath, [vite, 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], { cwd: root, stdio: 'ignore' })
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}`)
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return child
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  child.kill()
  throw new Error('vite preview did not start in 30 s')
}

interface Load {
  readonly readyMs: number
  readonly jsBytes: number
  readonly jsFiles: number
}

/** One cold load: a new context, navigation, then the week-ready mark and the scripts loaded before it. */
async function coldLoad(browser: Browser, url: string, options: BrowserContextOptions, expectMeals: boolean): Promise<Load> {
  const context = await browser.newContext(options)
  try {
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(url)
    await page.locator('[data-testid="plan-page"][data-ready="true"]').waitFor({ timeout: 30_000 })
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`)
    const meals = await page.getByTestId('week-grid').getByTestId('meal').count()
    if (expectMeals !== meals > 0) throw new Error(`expected ${expectMeals ? 'a planned' : 'an empty'} week, found ${meals} meals`)
    return await page.evaluate((mark) => {
      const ready = performance.getEntriesByName(mark)[0]
      if (!ready) throw new Error(`no ${mark} mark`)
      const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
        (r) => new URL(r.name).pathname.endsWith('.js') && r.responseEnd <= ready.startTime,
      )
      return { readyMs: ready.startTime, jsBytes: scripts.reduce((sum, r) => sum + r.decodedBodySize, 0), jsFiles: scripts.length }
    }, weekReadyMark)
  } finally {
    await context.close()
  }
}

/** Opens the app once (so it creates its own database), writes the history into it, and captures the storage. */
async function seededState(browser: Browser, url: string, rows: HistoryRows): Promise<BrowserContextOptions['storageState']> {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    await page.goto(url)
    await page.locator('[data-testid="plan-page"][data-ready="true"]').waitFor({ timeout: 30_000 })
    await page.evaluate(
      (data) =>
        new Promise<void>((resolve, reject) => {
          const opening = indexedDB.open('gutplan')
          opening.onerror = () => reject(opening.error)
          opening.onsuccess = () => {
            const db = opening.result
            const tables = Object.keys(data)
            const tx = db.transaction(tables, 'readwrite')
            for (const table of tables) for (const row of data[table as keyof typeof data]) tx.objectStore(table).put(row)
            tx.oncomplete = () => (db.close(), resolve())
            tx.onerror = () => reject(tx.error)
          }
        }),
      rows,
    )
    return await context.storageState({ indexedDB: true })
  } finally {
    await context.close()
  }
}

function kib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`
}

export async function run(): Promise<void> {
  if (buildIsFresh()) console.log('dist/web is fresh: not rebuilding')
  else await exec('npm', ['run', 'build:web'])
  const port = await freePort()
  const server = await serve(port)
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: launchArgs })
  try {
    const url = `http://127.0.0.1:${port}/`
    const rows = historyRows(new Date())
    const history = await seededState(browser, url, rows)
    const emptyState = await seededState(browser, url, { settings: rows.settings, profile: [], ownFoods: [], ownRecipes: [], plans: [], shopping: [] })
    const cases = [
      { label: 'empty', state: emptyState, meals: false },
      { label: '5 years', state: history, meals: true },
    ]
    const loads = new Map<string, Load[]>(cases.map((c) => [c.label, []]))
    // Warm-up (the server's file cache, the browser's start), then interleaved so both see the same machine load.
    for (const c of cases) await coldLoad(browser, url, { storageState: c.state }, c.meals)
    for (let i = 0; i < runs; i++) for (const c of cases) loads.get(c.label)!.push(await coldLoad(browser, url, { storageState: c.state }, c.meals))
    console.log(
      `history: ${rows.plans.length} weeks of plans, ${rows.shopping.length} shopping lists, ${rows.ownRecipes.length} own recipes, ${rows.ownFoods.length} own foods`,
    )
    for (const c of cases) {
      const samples = loads.get(c.label)!
      const t = summarise(samples.map((l) => l.readyMs))
      const bytes = summarise(samples.map((l) => l.jsBytes)).medianMs
      const files = summarise(samples.map((l) => l.jsFiles)).medianMs
      console.log(`startup ${c.label}: median ${Math.round(t.medianMs)} ms (n=${t.runs})   p95 ${Math.round(t.p95Ms)} ms   JS before ready ${kib(bytes)} in ${files} files`)
    }
    const history5 = summarise(loads.get('5 years')!.map((l) => l.readyMs))
    console.log(`target: 5 years under ${targetMs} ms median: ${history5.medianMs < targetMs ? 'met' : 'NOT met'}`)
  } finally {
    await browser.close()
    server.kill()
  }
}
