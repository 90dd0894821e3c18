/**
 * Data safety in a real browser (Chromium, the web build):
 *
 * 1. Crash safety: the app's own restore code (renderer/db/backup.ts with the app's GutplanDb,
 *    bundled for this test by Vite from the sources, never part of the app's build) replaces a
 *    large database in a page that is then closed or crashed mid-write, over and over. The next
 *    page must find the old data or the new, never a mix.
 * 2. Nothing a person or a file provides is rendered as HTML: hostile names typed into the food
 *    and recipe editors show as text on every screen that shows them, and no script runs.
 * 3. Backup and restore through the UI: a backup downloads and reads back; a hostile backup is
 *    refused with messages that say where, and storage is unchanged; a valid backup full of
 *    hostile text restores and still shows as text.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test, type BrowserContext, type Page } from '@playwright/test'
import { build } from 'vite'
import { readBackup } from '../../../shared/backup/read'
import { sampleRows, sampleText } from '../../shared/backup/fixtures'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const screens = 'test-results/e2e/screens'
const harnessUrl = '/__data-safety-harness.html'
const xss = '<img src=x onerror=alert(1)>'
const scriptText = '<script>alert(1)</script> javascript:alert(1)'

/**
 * The harness page's script: the app's database and restore code, and how to make and check
 * generation `g` of a large database (every record marked with its generation; even and odd
 * generations differ in size, so a mix shows in the counts too).
 */
const harnessSource = `
import { GutplanDb } from '${root}renderer/db/db.ts'
import { readAllRows, restoreBackup } from '${root}renderer/db/backup.ts'

// The sample backup's records (tests/shared/backup/fixtures.ts), handed over as JSON in the page.
const sampleRows = () => JSON.parse(document.getElementById('sample').textContent)
const db = new GutplanDb()
const mark = (g) => new Date(Date.UTC(2030, 0, 1) + g * 1000).toISOString()
const sizes = (g) => (g % 2 === 0 ? { recipes: 500, plans: 130 } : { recipes: 400, plans: 100 })
const weekOf = (i) => (2000 + Math.floor(i / 50)) + '-W' + String((i % 50) + 1).padStart(2, '0')

function rowsFor(g) {
  const sample = sampleRows()
  const at = mark(g)
  const recipe = sample.ownRecipes[0]
  const plan = sample.plans[0]
  const { recipes, plans } = sizes(g)
  return {
    profile: [{ ...sample.profile[0], updatedAt: at }],
    settings: [{ ...sample.settings[0], healthNoticeSeenAt: at }],
    ownFoods: sample.ownFoods.map((row) => ({ ...row, updatedAt: at })),
    ownRecipes: Array.from({ length: recipes }, (_, i) => {
      const id = 'own-' + String(i).padStart(5, '0')
      return { ...recipe, id, recipe: { ...recipe.recipe, id, name: { en: 'Recipe ' + i + ' of ' + g, de: 'Rezept ' + i + ' von ' + g } }, updatedAt: at }
    }),
    plans: Array.from({ length: plans }, (_, i) => ({ ...plan, week: weekOf(i), seed: g, updatedAt: at })),
    shopping: sample.shopping.map((row) => ({ ...row, updatedAt: at })),
  }
}

/** Per table: how many records, and which generations they carry. */
function summarize(rows) {
  const out = {}
  for (const [table, list] of Object.entries(rows)) {
    const marks = new Set(list.map((r) => (table === 'settings' ? r.healthNoticeSeenAt : r.updatedAt)))
    out[table] = { count: list.length, marks: [...marks].sort() }
  }
  return out
}

window.harness = {
  restore: (g) => restoreBackup(rowsFor(g), db).then(() => true),
  summary: async () => summarize(await readAllRows(db)),
  expected: (g) => summarize(rowsFor(g)),
}
`

let harnessScript = ''
// No "<" in it, so it cannot end the script element it is put in.
const sample = JSON.stringify(sampleRows()).replace(/</g, '\\u003c')

/** Bundles the harness with the project's own Vite, into one script for a page served at the app's origin. */
async function bundleHarness(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'gutplan-harness-'))
  try {
    const entry = join(dir, 'harness.js')
    writeFileSync(entry, harnessSource)
    const output = await build({
      configFile: false,
      root,
      logLevel: 'silent',
      define: { __APP_VERSION__: '"e2e"' },
      build: { write: false, minify: false, target: 'es2022', lib: { entry, formats: ['iife'], name: 'dataSafetyHarness' } },
    })
    for (const result of Array.isArray(output) ? output : [output]) {
      if (!('output' in result)) continue
      for (const chunk of result.output) if (chunk.type === 'chunk' && chunk.isEntry) return chunk.code
    }
    throw new Error('The harness bundle has no entry chunk')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

type Summary = Record<string, { count: number; marks: string[] }>
/** What the harness page offers (see harnessSource). */
interface Harness {
  harness: { restore(g: number): Promise<unknown>; summary(): Promise<Summary>; expected(g: number): Summary }
}

/** Serves the harness page at the app's origin (so it shares the app's IndexedDB); it has no app UI. */
async function serveHarness(context: BrowserContext): Promise<void> {
  await context.route(`**${harnessUrl}`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><meta charset="utf-8"><title>harness</title><script type="application/json" id="sample">${sample}</script><script>${harnessScript}</script>`,
    }),
  )
}

async function harnessPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage()
  await page.goto(harnessUrl)
  await page.waitForFunction(() => 'harness' in window)
  return page
}

test.beforeAll(async () => {
  harnessScript = await bundleHarness()
})

// The crash test opens a hundred pages: tracing them would cost more than the test itself.
test.use({ trace: 'off' })

test.describe('crash safety', () => {
  test('closing or crashing the page in the middle of a large restore leaves the old data or the new, never a mix', async ({ context }) => {
    test.setTimeout(180_000)
    const iterations = Number(process.env.DATA_SAFETY_ITERATIONS ?? 100)
    const budgetMs = 120_000
    const started = Date.now()
    await serveHarness(context)

    // The observer reads the database between writes; each writer page is closed or crashed mid-write.
    const observer = await harnessPage(context)
    const expectedOf = new Map<number, Summary>()
    const expected = async (g: number) => {
      if (!expectedOf.has(g)) expectedOf.set(g, await observer.evaluate((n) => (window as unknown as Harness).harness.expected(n), g))
      return expectedOf.get(g)!
    }
    const summary = () => observer.evaluate(() => (window as unknown as Harness).harness.summary())

    // Generation 0, written completely; and how long a full restore takes here.
    let writer = await harnessPage(context)
    await writer.evaluate(() => (window as unknown as Harness).harness.restore(0))
    expect(await summary()).toEqual(await expected(0))
    const t0 = Date.now()
    await writer.evaluate(() => (window as unknown as Harness).harness.restore(1))
    const writeMs = Date.now() - t0
    expect(await summary()).toEqual(await expected(1))
    test.info().annotations.push({ type: 'full restore (ms)', description: String(writeMs) })

    let current = 1
    const outcomes = { old: 0, new: 0, closed: 0, crashed: 0 }
    for (let i = 0; i < iterations; i++) {
      const next = current + 1
      // The next writer loads while this one writes.
      const nextWriter = harnessPage(context)
      if (i % 10 === 9) {
        // Every tenth writer finishes before its page goes: a restore that completed must stay,
        // however slow this machine is today (the timed waits below may all fall short of it).
        await writer.evaluate((n) => (window as unknown as Harness).harness.restore(n), next)
      } else {
        // Started, not awaited: the page goes away while it runs (or just after it finished).
        await writer.evaluate((n) => void (window as unknown as Harness).harness.restore(n).catch(() => {}), next)
        await writer.waitForTimeout(Math.round((((i * 37) % 100) / 100) * writeMs * 1.4))
      }
      if (i % 2 === 0) {
        await writer.close()
        outcomes.closed++
      } else {
        const cdp = await context.newCDPSession(writer)
        const crashed = writer.waitForEvent('crash')
        void cdp.send('Page.crash').catch(() => {}) // the renderer dies: no reply ever comes
        await crashed
        await writer.close()
        outcomes.crashed++
      }

      const found = await summary()
      const [oldState, newState] = [await expected(current), await expected(next)]
      const isOld = JSON.stringify(found) === JSON.stringify(oldState)
      const isNew = JSON.stringify(found) === JSON.stringify(newState)
      expect(isOld || isNew, `iteration ${i}: found ${JSON.stringify(found)}`).toBe(true)
      if (i % 10 === 9) expect(isNew, `iteration ${i}: a finished restore was lost`).toBe(true)
      if (isNew) {
        outcomes.new++
        current = next
      } else outcomes.old++
      expect(Date.now() - started, 'time budget').toBeLessThan(budgetMs)
      writer = await nextWriter
    }
    await writer.close()
    await observer.close()
    test.info().annotations.push({ type: 'outcomes', description: JSON.stringify(outcomes) })
    console.log(
      `crash safety: ${iterations} interrupted restores (${outcomes.closed} closed, ${outcomes.crashed} crashed) in ${Math.round((Date.now() - started) / 1000)} s: ` +
        `${outcomes.old} kept the old data, ${outcomes.new} the new, 0 mixed`,
    )
    // Both must happen, or the page was never really closed mid-write.
    expect(outcomes.old).toBeGreaterThan(0)
    expect(outcomes.new).toBeGreaterThan(0)
  })
})

/** Fails the test if any dialog (alert, confirm, prompt) opens, and counts script-made images. */
function watchForScripts(page: Page): { dialogs: string[]; errors: string[] } {
  const seen = { dialogs: [] as string[], errors: [] as string[] }
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  page.on('pageerror', (error) => seen.errors.push(error.message))
  return seen
}

async function expectNoMarkup(page: Page, where: string): Promise<void> {
  await expect(page.locator('img[src="x"]'), `${where}: an image from text`).toHaveCount(0)
  await expect(page.locator('a[href^="javascript:" i]'), `${where}: a javascript: link`).toHaveCount(0)
  await expect(page.locator('main script, dialog script'), `${where}: a script element from text`).toHaveCount(0)
}

test('hostile names typed into the editors show as text on every screen, and no script runs', async ({ page }) => {
  const seen = watchForScripts(page)
  await page.goto('/#/foods')
  await page.getByTestId('health-notice').getByRole('button', { name: 'I understand' }).click()

  // An own food named like an image tag.
  await page.getByRole('button', { name: 'Add your own food' }).click()
  const form = page.getByTestId('own-food-form')
  await form.getByLabel('Name', { exact: true }).fill(xss)
  await form.getByLabel('Kind of food', { exact: true }).selectOption({ label: 'Snacks' })
  await form.getByLabel('Energy (kcal)', { exact: true }).fill('400')
  await form.getByRole('button', { name: 'Add a measure' }).click()
  await form.getByLabel('Measure', { exact: true }).fill('<b>piece</b>')
  await form.getByLabel('Grams', { exact: true }).fill('20')
  await form.getByRole('button', { name: 'Save food' }).click()
  await expect(page.getByRole('heading', { name: xss })).toBeVisible()
  await expectNoMarkup(page, 'food detail')
  await page.getByLabel('Search foods').fill('onerror')
  await expect(page.getByTestId('results').getByText(xss)).toBeVisible()
  await expectNoMarkup(page, 'food results')

  // An own recipe with the same name, using that food, with hostile steps and notes.
  await page.goto('/#/recipes/new')
  await expect(page.getByRole('heading', { level: 1, name: 'New recipe' })).toBeVisible()
  await page.getByLabel('Name', { exact: true }).fill(xss)
  await page.getByRole('checkbox', { name: 'Breakfast' }).check()
  await page.getByLabel('Servings').fill('2')
  const search = page.getByRole('combobox', { name: 'Add an ingredient' })
  await search.fill('onerror')
  await expect(page.getByRole('listbox', { name: 'Matching foods' }).getByRole('option').first()).toContainText(xss)
  await search.press('Enter')
  await expect(page.getByTestId('ingredient-row')).toHaveCount(1)
  await page.getByRole('button', { name: 'Add a step' }).click()
  await page.getByLabel('Step 1', { exact: true }).fill(scriptText)
  await expectNoMarkup(page, 'recipe editor')
  await page.getByRole('button', { name: 'Create recipe' }).click()
  await expect(page).toHaveURL(/#\/recipes\/own-[0-9a-f-]+$/)
  await expect(page.getByRole('heading', { level: 1, name: xss })).toBeVisible()
  await expect(page.getByText(scriptText)).toBeVisible()
  await expectNoMarkup(page, 'recipe page')

  await page.getByRole('navigation').getByRole('link', { name: 'Recipes' }).click()
  await page.getByLabel('Search by name or ingredient').fill('onerror')
  await expect(page.getByTestId('recipe-list').getByRole('link', { name: xss })).toBeVisible()
  await expectNoMarkup(page, 'recipe list')

  // Planned into the week, then on the week and the shopping list.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Week' }).click()
  await page.getByRole('button', { name: 'Choose a recipe for Breakfast, Monday' }).click()
  const pick = page.getByTestId('pick-dialog')
  await pick.getByLabel('Search recipes').fill('onerror')
  await pick.getByRole('button', { name: /^Choose / }).first().click()
  await expect(page.getByTestId('slot-0-breakfast')).toContainText(xss)
  await expectNoMarkup(page, 'week')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Shopping' }).click()
  await expect(page.getByRole('main')).toContainText(xss)
  await expectNoMarkup(page, 'shopping list')

  expect(seen.dialogs, 'dialogs opened by a script').toEqual([])
  expect(seen.errors).toEqual([])
  expect(await page.evaluate(() => document.querySelectorAll('img[src="x"]').length)).toBe(0)
})

/** Every record of every table of the app's database, read with the raw IndexedDB API. */
async function dumpDatabase(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const open = indexedDB.open('gutplan')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const names = [...db.objectStoreNames]
          const tx = db.transaction(names, 'readonly')
          const out: Record<string, unknown[]> = {}
          for (const name of names) {
            const request = tx.objectStore(name).getAll()
            request.onsuccess = () => (out[name] = request.result)
          }
          tx.oncomplete = () => {
            db.close()
            resolve(out)
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
  )
}

async function chooseFile(page: Page, name: string, content: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await page.getByTestId('backup-controls').getByRole('button', { name: 'Restore…' }).click()
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content, 'utf8') })
}

test('back up and restore through the UI: hostile files are refused with nothing changed, hostile text restores as text', async ({ page }) => {
  const seen = watchForScripts(page)
  await page.goto('/#/profile')
  await page.getByTestId('health-notice').getByRole('button', { name: 'I understand' }).click()
  await page.getByRole('checkbox', { name: 'Lactose' }).check()
  await expect(page.getByTestId('save-status')).toHaveText('Saved')

  await expect(page.getByTestId('backup-controls'), 'the backup controls are mounted in App.vue').toBeVisible()
  // Back up: the browser downloads a file that reads back as a valid backup of what is stored.
  const downloading = page.waitForEvent('download')
  await page.getByTestId('backup-controls').getByRole('button', { name: 'Back up…' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/^gutplan-backup-\d{4}-\d{2}-\d{2}\.json$/)
  const chunks: Buffer[] = []
  for await (const chunk of (await download.createReadStream()) as AsyncIterable<Buffer>) chunks.push(chunk)
  const reading = readBackup(Buffer.concat(chunks).toString('utf8'))
  expect(reading.ok && reading.backup.data.profile[0]!.profile.intolerances).toEqual(['lactose'])
  await expect(page.getByTestId('backup-done')).toContainText('saving the backup as gutplan-backup-')
  await page.getByTestId('backup-dialog').getByRole('button', { name: 'Close' }).click()

  const before = await dumpDatabase(page)
  const hostileFiles: [string, string, RegExp][] = [
    [
      'polluted.json',
      sampleText().replace('"en":"Kefir crackers bowl"', '"__proto__":{"polluted":true},"en":"Kefir crackers bowl"'),
      /ownRecipes\[0\]\.recipe\.name\.__proto__: a field name that no backup uses/,
    ],
    [
      `${xss}.json`,
      sampleText((f) => {
        f.data.plans[0]!.days[2]!.meals = [{ slot: 'lunch', recipeId: 'own-gone', servings: 2, locked: false, byHand: false, reasons: [], recipe: null }]
      }),
      /plans\[0\]\.days\[2\]\.meals\[0\]\.recipeId: unknown recipe id/,
    ],
    ['deep.json', `{"format":"gutplan-backup","formatVersion":1,"data":${'['.repeat(5000)}${']'.repeat(5000)}}`, /The file: it is nested too deeply/],
    ['huge-string.json', sampleText((f) => void (f.data.plans[0]!.days[0]!.note = 'x'.repeat(200_000))), /plans\[0\]\.days\[0\]\.note: a text is far too long/],
    ['not-json.json', '<html><script>alert(1)</script></html>', /The file: it is not a backup file/],
  ]
  for (const [name, content, message] of hostileFiles) {
    await chooseFile(page, name, content)
    const invalid = page.getByTestId('backup-invalid')
    await expect(invalid).toContainText(`${name} can’t be restored, so nothing was changed.`)
    await expect(invalid).toContainText(message)
    await expectNoMarkup(page, name)
    if (name === 'polluted.json') await page.screenshot({ path: `${screens}/backup-invalid-en.png` })
    await page.getByTestId('backup-dialog').getByRole('button', { name: 'Close' }).click()
    expect(await dumpDatabase(page), `${name} changed storage`).toEqual(before)
  }
  expect(await page.evaluate(() => ({} as Record<string, unknown>).polluted)).toBeUndefined()

  // A valid backup whose texts are hostile: it restores (after confirming), and shows them as text.
  const hostileText = sampleText((f) => {
    f.data.ownRecipes[0]!.recipe.name.en = xss
    f.data.ownRecipes[0]!.recipe.steps = [{ en: scriptText, de: scriptText }]
    f.data.ownFoods[0]!.name = f.data.ownFoods[0]!.food.name = '<svg onload=alert(1)>'
    f.data.settings[0]!.locale = 'en'
  })
  await chooseFile(page, 'hostile-but-valid.json', hostileText)
  const dialog = page.getByTestId('backup-dialog')
  await expect(dialog.getByRole('heading', { name: 'Restore this backup?' })).toBeVisible()
  await expect(dialog.getByTestId('backup-count-ownRecipes')).toHaveText(/Your own recipes\s*0\s*2/)
  await expect(dialog.getByTestId('backup-count-plans')).toHaveText(/Weekly plans\s*0\s*2/)
  await page.screenshot({ path: `${screens}/backup-confirm-en.png` })
  await dialog.getByRole('button', { name: 'Replace my data' }).click()
  await expect(page.getByTestId('backup-restored')).toBeVisible()
  await dialog.getByRole('button', { name: 'Continue' }).click()
  await page.waitForLoadState('load')

  await page.goto('/#/recipes')
  await page.getByRole('checkbox', { name: 'Fits my profile' }).uncheck()
  await page.getByLabel('Search by name or ingredient').fill('onerror')
  await page.getByTestId('recipe-list').getByRole('link', { name: xss }).click()
  await expect(page.getByRole('heading', { level: 1, name: xss })).toBeVisible()
  await expect(page.getByText(scriptText)).toBeVisible()
  await expect(page.getByText('<svg onload=alert(1)>').first()).toBeVisible()
  await expectNoMarkup(page, 'restored recipe')
  await expect(page.locator('svg[onload]')).toHaveCount(0)
  const after = await dumpDatabase(page)
  expect(after.ownRecipes).toHaveLength(2)
  expect(after.plans).toHaveLength(2)

  expect(seen.dialogs, 'dialogs opened by a script').toEqual([])
  expect(seen.errors).toEqual([])
})
