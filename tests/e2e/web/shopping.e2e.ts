import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { builtInRecipes } from '../../../shared/recipes/library'
import { seriousViolations } from '../support/axe'
import { englishLeftovers } from '../support/i18n-leftovers'
import { watchForErrors } from '../support/page-errors'

const screens = 'test-results/e2e/screens'
const prints = 'test-results/e2e/print'

/** Visible text minus food names, which come from the USDA data in English, and what the person typed. */
async function translatableText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const names = [...document.querySelectorAll('.food-name, .row__name')].map((e) => e.textContent?.trim() ?? '').filter(Boolean)
    let text = document.body.innerText
    for (const name of [...new Set(names)].sort((a, b) => b.length - a.length)) text = text.split(name).join(' ')
    return text
  })
}

/** A PDF's text as one line: words a table cell or a column wrapped are joined again (a hyphen at a line end keeps its word whole). */
function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' })
    .replace(/-[ \t]*\n\s*/g, '-')
    .replace(/\s+/g, ' ')
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim()

function pdfInfo(path: string): { pages: number; size: string } {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' })
  return { pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]), size: /^Page size:\s+(.+)$/m.exec(info)?.[1]?.trim() ?? '' }
}

/** The PDF's pages as PNG files, to look at. */
function toPngs(pdf: string, prefix: string): void {
  mkdirSync(prints, { recursive: true })
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, `${prints}/${prefix}`])
}

test.use({ locale: 'en-GB' })

test('plan a week, then shop for it: tick, reload, export, print the week and the list', async ({ page, context }) => {
  const problems = watchForErrors(page)
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto('/')
  await page.getByTestId('health-notice').getByRole('button', { name: 'I understand' }).click()

  // Plan the week on the week screen.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Week' }).click()
  await expect(page.getByTestId('generate')).toBeEnabled()
  await page.getByTestId('generate').click()
  const grid = page.getByTestId('week-grid')
  await expect(grid.getByTestId('meal')).toHaveCount(28)
  const week = (await grid.getAttribute('data-week'))!
  const recipeIds = await grid.getByTestId('meal').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-recipe-id')!))
  const recipeNames = [...new Set(recipeIds)].map((id) => builtInRecipes.find((r) => r.id === id)!.name.en)

  // Its shopping list.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Shopping' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Shopping list' })).toBeVisible()
  const list = page.getByTestId('shopping-list')
  const rows = list.locator('li[data-testid^="item-"]')
  await expect(rows.first()).toBeVisible()
  const total = await rows.count()
  expect(total).toBeGreaterThan(20)
  await expect(page.getByTestId('aisle-produce').getByRole('heading', { level: 2 })).toHaveText('Produce')

  // Tick two items, reload: still ticked.
  const first = rows.nth(0)
  const third = rows.nth(2)
  const ticked = [await first.getAttribute('data-testid'), await third.getAttribute('data-testid')]
  const tickedNames = [oneLine(await first.locator('.row__name').innerText()), oneLine(await third.locator('.row__name').innerText())]
  await first.getByRole('checkbox').check()
  await third.getByRole('checkbox').check()
  await expect(page.getByTestId('progress')).toHaveText(`2 of ${total} ticked`)
  await page.reload()
  await expect(rows.first()).toBeVisible()
  for (const id of ticked) await expect(page.getByTestId(id!)).toHaveAttribute('data-ticked', 'true')
  await expect(page.getByTestId('progress')).toHaveText(`2 of ${total} ticked`)

  // Which meals need the first item.
  await first.getByTestId('item-meals').click()
  await expect(first.getByTestId('item-meal-list').locator('li').first()).toContainText(/serving/)

  // Something added by hand.
  await page.getByTestId('extra-name').fill('Küchenrolle')
  await page.getByTestId('extra-quantity').fill('2')
  await page.getByTestId('extra-add').click()
  await expect(page.getByTestId('aisle-other')).toContainText('Küchenrolle')

  // Export as Markdown: saved (a download in a browser) and copied.
  await page.getByTestId('export-format').selectOption('markdown')
  const downloading = page.waitForEvent('download')
  await page.getByTestId('export-save').click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe(`shopping-list-${week}.md`)
  const markdown = readFileSync((await download.path())!, 'utf8')
  const lines = markdown.split('\n')
  expect(lines[0]).toBe('## Produce')
  expect(lines.filter((l) => /^## /.test(l)).length).toBe(await list.locator('section[data-testid^="aisle-"]').count())
  expect(lines.filter((l) => l.startsWith('- [x] '))).toHaveLength(2)
  for (const name of tickedNames) expect(lines.some((l) => l.startsWith(`- [x] ${name.replace(/[\\`*_[\]<>#|~]/g, '\\$&')}`)), name).toBe(true)
  expect(lines.filter((l) => l.startsWith('- [ ] '))).toHaveLength(total + 1 - 2)
  expect(lines).toContain('- [ ] Küchenrolle: 2')
  await expect(page.getByTestId('export-status')).toHaveText(`Saved to your downloads as shopping-list-${week}.md.`)

  await page.getByTestId('export-copy').click()
  await expect(page.getByTestId('export-status')).toHaveText('Copied as Markdown.')
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(markdown)

  await page.evaluate(() => window.scrollTo(0, 0))
  await page.screenshot({ path: `${screens}/shopping-en.png` })
  await page.screenshot({ path: `${screens}/shopping-en-full.png`, fullPage: true })
  expect(await seriousViolations(page), 'serious accessibility violations').toEqual([])
  const itemNames = await list.locator('.row__name').evaluateAll((els) => els.map((e) => e.textContent!.replace(/\s+/g, ' ').trim()))

  // German: nothing English left but the food names.
  await page.getByTestId('language').selectOption('de')
  await expect(page.getByRole('heading', { level: 1, name: 'Einkaufsliste' })).toBeVisible()
  await expect(page.getByTestId('aisle-produce').getByRole('heading', { level: 2 })).toHaveText('Obst & Gemüse')
  expect(englishLeftovers(await translatableText(page)), 'English text left on the German list').toEqual([])
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.screenshot({ path: `${screens}/shopping-de.png` })
  expect(await seriousViolations(page), 'serious accessibility violations in German').toEqual([])
  await page.getByTestId('language').selectOption('en')

  // The week on one landscape A4 page, every recipe on it.
  await page.goto(`/#/print/week/${week}`)
  await expect(page.getByTestId('print-week')).toBeVisible()
  await expect(page.locator('[data-print-ready="true"]')).toBeAttached()
  await page.screenshot({ path: `${screens}/print-week-screen.png` })
  const weekPdf = `${prints}/week.pdf`
  await page.pdf({ path: weekPdf, format: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true })
  expect(pdfInfo(weekPdf)).toEqual({ pages: 1, size: '841.92 x 594.96 pts (A4)' })
  const weekText = pdfText(weekPdf)
  for (const name of recipeNames) expect(weekText, name).toContain(oneLine(name))
  expect(weekText).toContain('The week at a glance')
  toPngs(weekPdf, 'week')

  // With the recipes: one more page for each.
  await page.getByTestId('with-recipes').check()
  await expect(page.getByTestId('print-recipe')).toHaveCount(recipeNames.length)
  const recipesPdf = `${prints}/week-recipes.pdf`
  await page.pdf({ path: recipesPdf, format: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true })
  const recipePages = execFileSync('pdftotext', ['-raw', recipesPdf, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim() !== '')
  expect(recipePages).toHaveLength(1 + recipeNames.length)
  expect(recipePages.slice(1).map((p) => oneLine(p)).every((p) => recipeNames.some((name) => p.startsWith(oneLine(name))))).toBe(true)
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '2', '-l', '2', recipesPdf, `${prints}/week-recipes`])

  // The list, portrait A4, every item on it.
  await page.goto(`/#/print/shopping/${week}`)
  await expect(page.getByTestId('print-shopping')).toBeVisible()
  await expect(page.locator('[data-print-ready="true"]')).toBeAttached()
  const listPdf = `${prints}/shopping.pdf`
  await page.pdf({ path: listPdf, format: 'A4', landscape: false, printBackground: true, preferCSSPageSize: true })
  const listInfo = pdfInfo(listPdf)
  expect(listInfo.size).toBe('594.96 x 841.92 pts (A4)')
  expect(listInfo.pages).toBeLessThanOrEqual(3)
  const listText = pdfText(listPdf)
  for (const name of itemNames) expect(listText, name).toContain(name)
  expect(listText).toContain('Küchenrolle')
  toPngs(listPdf, 'shopping')

  expect(problems).toEqual([])
})

test('on a phone (360 px): the list reads without sideways scrolling, one tap on a name ticks it, and the QR code fits', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 }, locale: 'en-GB', hasTouch: true })
  const page = await context.newPage()
  const problems = watchForErrors(page)
  await page.goto('/')
  await page.getByTestId('health-notice').getByRole('button', { name: 'I understand' }).click()
  await page.goto('/#/plan')
  await expect(page.getByTestId('generate')).toBeEnabled()
  await page.getByTestId('generate').click()
  await expect(page.getByTestId('week-grid').getByTestId('meal')).toHaveCount(28)
  await page.goto('/#/shopping')
  const rows = page.getByTestId('shopping-list').locator('li[data-testid^="item-"]')
  await expect(rows.first()).toBeVisible()

  const overflow = () => page.evaluate(() => ({ scroll: document.scrollingElement!.scrollWidth, width: window.innerWidth }))
  const wide = await overflow()
  expect(wide.scroll, 'no sideways scroll').toBeLessThanOrEqual(wide.width)

  // Names stay whole lines above their quantity, not squeezed into scraps; the row is a big tap target.
  const row = rows.nth(1)
  const name = row.locator('.row__name')
  const qty = row.locator('.row__qty')
  const [nameBox, qtyBox, labelBox] = [await name.boundingBox(), await qty.boundingBox(), await row.locator('.row__label').boundingBox()]
  // The label takes the row's width (the name's line is not shared with its quantity or the buttons).
  expect(labelBox!.width).toBeGreaterThan(250)
  expect(qtyBox!.y).toBeGreaterThanOrEqual(nameBox!.y + nameBox!.height - 1)
  expect(labelBox!.height).toBeGreaterThanOrEqual(44)
  for (const button of await row.getByRole('button').all()) expect((await button.boundingBox())!.height).toBeGreaterThanOrEqual(44)

  await name.tap()
  await expect(row).toHaveAttribute('data-ticked', 'true')
  await expect(page.getByTestId('progress')).toContainText('1 of')
  await page.screenshot({ path: `${screens}/shopping-phone-360-en.png`, fullPage: false })

  await page.getByTestId('qr-toggle').tap()
  const code = page.getByTestId('qr-code').first().locator('img')
  await expect(code).toBeVisible()
  await code.scrollIntoViewIfNeeded()
  const codeBox = (await code.boundingBox())!
  expect(codeBox.x).toBeGreaterThanOrEqual(0)
  expect(codeBox.x + codeBox.width).toBeLessThanOrEqual(360)
  const after = await overflow()
  expect(after.scroll, 'no sideways scroll with the QR code').toBeLessThanOrEqual(after.width)
  await page.screenshot({ path: `${screens}/shopping-phone-360-qr-en.png`, fullPage: false })
  expect(problems).toEqual([])
  await context.close()
})
