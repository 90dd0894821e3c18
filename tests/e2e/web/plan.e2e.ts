import { readFileSync } from 'node:fs'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { assessFindings } from '../../../shared/food/assess'
import { loadCatalogue } from '../../../shared/food/catalogue'
import { defaultProfile, type Profile } from '../../../shared/profile/profile'
import { adaptRecipe } from '../../../shared/recipes/adapt'
import { analyzeRecipe } from '../../../shared/recipes/analyze'
import type { Recipe } from '../../../shared/recipes/types'
import { builtInRecipes } from '../../../shared/recipes/library'
import { seriousViolations } from '../support/axe'
import { englishLeftovers } from '../support/i18n-leftovers'
import { watchForErrors } from '../support/page-errors'

const screens = 'test-results/e2e/screens'
const catalogue = loadCatalogue(JSON.parse(readFileSync(new URL('../../../shared/food/data/catalogue.json', import.meta.url), 'utf8')))

const slot = (page: Page, day: number, name: string) => page.getByTestId(`slot-${day}-${name}`)
const meals = (page: Page) => page.getByTestId('week-grid').getByTestId('meal')

/** Every planned meal as "day-slot" → recipe id, read from the screen. */
async function plannedWeek(page: Page): Promise<Record<string, string>> {
  return page.getByTestId('week-grid').evaluate((grid) => {
    const out: Record<string, string> = {}
    for (const cell of grid.querySelectorAll('[data-testid^="slot-"]')) {
      const id = cell.querySelector('[data-testid="meal"]')?.getAttribute('data-recipe-id')
      if (id) out[cell.getAttribute('data-testid')!.slice('slot-'.length)] = id
    }
    return out
  })
}

/** Clicks Generate and waits for a new plan (a new seed) to be on screen; returns the milliseconds it took. */
async function generate(page: Page): Promise<number> {
  const grid = page.getByTestId('week-grid')
  const before = await grid.getAttribute('data-seed')
  const button = page.getByTestId('generate')
  await expect(button).toBeEnabled()
  const ms = await page.evaluate(
    (seed) =>
      new Promise<number>((resolve) => {
        const t0 = performance.now()
        const done = () => {
          const g = document.querySelector('[data-testid="week-grid"]')
          return g && g.getAttribute('data-seed') !== seed && g.querySelectorAll('[data-testid="meal"]').length > 0
        }
        const observer = new MutationObserver(() => {
          if (!done()) return
          observer.disconnect()
          requestAnimationFrame(() => resolve(performance.now() - t0))
        })
        observer.observe(document.body, { childList: true, subtree: true, attributes: true })
        ;(document.querySelector('[data-testid="generate"]') as HTMLButtonElement).click()
      }),
    before,
  )
  await expect(button).toBeEnabled()
  return ms
}

/** Visible text minus food and plant names, which come from the USDA data in English. */
async function translatableText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const names = [...document.querySelectorAll('.food-name')].map((e) => e.textContent?.trim() ?? '').filter(Boolean)
    let text = document.body.innerText
    for (const name of [...new Set(names)].sort((a, b) => b.length - a.length)) text = text.split(name).join(' ')
    return text
  })
}

/** The gluten- and lactose-free person of the first journey. */
const glutenLactoseFree: Profile = { ...defaultProfile(), intolerances: ['gluten', 'lactose'] }

/**
 * A planned recipe as the week holds it: a built-in one, or the adapted version of one
 * ("…~adapted": its swaps made for this person, shared/recipes/adapt.ts).
 */
function plannedRecipe(recipeId: string): Recipe | undefined {
  if (!recipeId.endsWith('~adapted')) return builtInRecipes.find((r) => r.id === recipeId)
  const base = builtInRecipes.find((r) => `${r.id}~adapted` === recipeId)
  return base ? adaptRecipe(analyzeRecipe(base, catalogue.byId), glutenLactoseFree, catalogue.byId)?.recipe : undefined
}

/** What the catalogue rules say about a planned recipe's ingredients, at the amount one serving holds. */
function forbiddenIngredients(recipeId: string): string[] {
  const recipe = plannedRecipe(recipeId)
  if (!recipe) return [`${recipeId}: not a built-in recipe or its adapted version`]
  const facts = analyzeRecipe(recipe, catalogue.byId)
  return facts.ingredients.flatMap((ing) => {
    const problems: string[] = []
    if (!ing.food) return [`${recipeId}: unknown food ${ing.foodId}`]
    if (assessFindings(ing.food).some((f) => f.rule === 'gluten')) problems.push(`${recipeId}: gluten in ${ing.food.name}`)
    if (ing.findings.some((f) => f.rule === 'lactose' && f.level === 'high')) problems.push(`${recipeId}: high lactose in ${ing.food.name}`)
    return problems
  })
}

async function acceptNotice(page: Page): Promise<void> {
  await page.getByTestId('health-notice').getByRole('button', { name: 'I understand' }).click()
}

async function openWeek(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Week' }).click()
  await expect(page.getByRole('heading', { level: 1, name: /^Week \d+$/ })).toBeVisible()
  await expect(page.getByTestId('generate')).toBeEnabled()
}

/**
 * Drags one meal onto another slot. Wednesday's and Friday's rows do not fit one 860 px window
 * together, and a drag cannot scroll the page in headless Chromium, so the window is made tall
 * enough for both while dragging.
 */
async function dragOnto(page: Page, from: Locator, to: Locator): Promise<void> {
  const size = page.viewportSize()!
  await page.setViewportSize({ width: size.width, height: 3200 })
  await from.scrollIntoViewIfNeeded()
  await from.dragTo(to)
  await page.setViewportSize(size)
}

test.use({ locale: 'en-GB' })

test('plan a gluten- and lactose-free week: generate, lock, regenerate, drag, reload, German', async ({ page }) => {
  const problems = watchForErrors(page)
  await page.goto('/#/profile')
  await acceptNotice(page)
  await page.getByRole('checkbox', { name: 'Gluten', exact: true }).check()
  await page.getByRole('checkbox', { name: 'Lactose' }).check()
  await expect(page.getByTestId('save-status')).toHaveText('Saved')

  await openWeek(page)
  await expect(page.getByText('Nothing planned for this week yet.')).toBeVisible()
  const firstMs = await generate(page)
  test.info().annotations.push({ type: 'generate→render (ms)', description: firstMs.toFixed(0) })
  await expect(meals(page)).toHaveCount(28)
  await expect(page.getByTestId('plan-status')).toHaveText('The week is planned.')

  // Lock Tuesday's dinner, by keyboard.
  const tuesdayDinner = slot(page, 1, 'dinner')
  const locked = await tuesdayDinner.getByTestId('meal').getAttribute('data-recipe-id')
  const lock = tuesdayDinner.getByRole('button', { name: 'Lock Dinner, Tuesday' })
  await lock.focus()
  await page.keyboard.press('Enter')
  await expect(lock).toHaveAttribute('aria-pressed', 'true')

  const before = await plannedWeek(page)
  await generate(page)
  const after = await plannedWeek(page)
  expect(Object.keys(after)).toHaveLength(28)
  expect(after['1-dinner']).toBe(locked)
  expect(after, 'a regeneration plans another week').not.toEqual(before)
  await expect(slot(page, 1, 'dinner').getByRole('button', { name: 'Lock Dinner, Tuesday' })).toHaveAttribute('aria-pressed', 'true')
  const forbidden = [...new Set(Object.values(after))].flatMap(forbiddenIngredients)
  expect(forbidden, 'ingredients with gluten or high lactose').toEqual([])
  // An adapted meal says what was swapped for this person.
  const adaptedAt = Object.entries(after).find(([, id]) => id.endsWith('~adapted'))
  if (adaptedAt) {
    const [day, name] = adaptedAt[0].split('-') as [string, string]
    await expect(slot(page, Number(day), name).getByTestId('meal-adapted')).toContainText('Adapted for you:')
  }
  await expect(page.getByTestId('meal-conflict')).toHaveCount(0)

  // Drag Wednesday's lunch onto Friday's: the two swap places.
  await dragOnto(page, slot(page, 2, 'lunch').getByTestId('meal'), slot(page, 4, 'lunch'))
  await expect(slot(page, 4, 'lunch').getByTestId('meal')).toHaveAttribute('data-recipe-id', after['2-lunch']!)
  await expect(slot(page, 2, 'lunch').getByTestId('meal')).toHaveAttribute('data-recipe-id', after['4-lunch']!)
  const moved = await plannedWeek(page)

  await page.screenshot({ path: `${screens}/plan-en-light-1280.png`, fullPage: true })
  expect(await seriousViolations(page), 'serious accessibility violations').toEqual([])

  // Every change is saved: after a reload the same week is there.
  await page.reload()
  await expect(meals(page)).toHaveCount(28)
  expect(await plannedWeek(page)).toEqual(moved)
  await expect(slot(page, 1, 'dinner').getByRole('button', { name: 'Lock Dinner, Tuesday' })).toHaveAttribute('aria-pressed', 'true')

  await page.getByTestId('language').selectOption('de')
  await expect(page.getByRole('heading', { level: 1, name: /^Woche \d+$/ })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'de')
  await slot(page, 0, 'lunch').getByText('Warum diese Mahlzeit?').click()
  const leftovers = englishLeftovers(await translatableText(page))
  expect(leftovers, 'English text left on the German week').toEqual([])
  await page.screenshot({ path: `${screens}/plan-de-light-1280.png`, fullPage: true })
  expect(problems).toEqual([])
})

test('dark mode at a narrower window: swap, pick, move by keyboard, and no serious accessibility problem', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark', viewport: { width: 1024, height: 860 }, locale: 'en-GB' })
  const page = await context.newPage()
  const problems = watchForErrors(page)
  await page.goto('/')
  await acceptNotice(page)
  await openWeek(page)
  await generate(page)
  await expect(meals(page)).toHaveCount(28)

  // Swap: the planner's five best, each saying what it changes.
  const mondayLunch = slot(page, 0, 'lunch')
  await mondayLunch.getByRole('button', { name: 'Swap Lunch, Monday' }).click()
  const swap = page.getByTestId('swap-dialog')
  await expect(swap.getByRole('button', { name: /^Use / })).toHaveCount(5)
  await page.screenshot({ path: `${screens}/plan-swap-dark-1024.png` })
  expect(await seriousViolations(page), 'serious accessibility violations in the swap dialog').toEqual([])
  const choice = await swap.locator('li').nth(1).getAttribute('data-recipe-id')
  await swap.getByRole('button', { name: /^Use / }).nth(1).click()
  await expect(mondayLunch.getByTestId('meal')).toHaveAttribute('data-recipe-id', choice!)

  // Move by keyboard: the meal's menu, then Move… to Saturday.
  const menu = mondayLunch.getByRole('button', { name: 'More actions: Lunch, Monday' })
  await menu.focus()
  await page.keyboard.press('Enter')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await expect(mondayLunch.getByRole('button', { name: 'Move…' })).toBeFocused()
  await page.keyboard.press('Enter')
  const move = page.getByTestId('move-dialog')
  await move.getByLabel('Day').selectOption({ index: 5 })
  await move.getByRole('button', { name: 'Move here' }).click()
  await expect(slot(page, 5, 'lunch').getByTestId('meal')).toHaveAttribute('data-recipe-id', choice!)

  // Pick by search.
  await slot(page, 6, 'snack').getByRole('button', { name: 'More actions: Snack, Sunday' }).click()
  await slot(page, 6, 'snack').getByRole('button', { name: 'Choose another recipe…' }).click()
  const pick = page.getByTestId('pick-dialog')
  await pick.getByLabel('Search recipes').fill('hummus')
  await pick.getByRole('button', { name: /^Choose / }).first().click()
  await expect(slot(page, 6, 'snack').getByRole('heading', { level: 3 })).toContainText(/hummus/i)

  await page.screenshot({ path: `${screens}/plan-en-dark-1024.png`, fullPage: true })
  await page.screenshot({ path: `${screens}/plan-en-dark-1024-top.png` })
  expect(await seriousViolations(page), 'serious accessibility violations').toEqual([])
  expect(problems).toEqual([])
  await context.close()
})

test('leftovers: a lunch eaten from the dinner before says so, the dinner says how much to cook, and the week switch plans without', async ({ page }) => {
  const problems = watchForErrors(page)
  await page.goto('/#/plan')
  await acceptNotice(page)
  await expect(page.getByTestId('generate')).toBeEnabled()
  await generate(page)
  const switcher = page.getByTestId('leftovers-switch')
  // A household of one: on by default.
  await expect(switcher).toBeChecked()
  const leftoverCards = page.getByTestId('week-grid').getByTestId('meal-leftover')
  await expect(leftoverCards.first()).toBeVisible()
  const week = await plannedWeek(page)
  const lunches = Object.keys(week).filter((k) => k.endsWith('-lunch'))
  let checked = 0
  for (const key of lunches) {
    const day = Number(key.split('-')[0])
    if ((await slot(page, day, 'lunch').getByTestId('meal-leftover').count()) === 0) continue
    // The same recipe as the dinner before, which cooks for both.
    expect(week[`${day - 1}-dinner`]).toBe(week[key])
    await expect(slot(page, day, 'lunch').getByTestId('meal-leftover')).toContainText('Leftovers from')
    await expect(slot(page, day - 1, 'dinner').getByTestId('meal-cooks-for')).toContainText('for lunch on')
    checked++
  }
  expect(checked).toBeGreaterThan(0)

  await switcher.uncheck()
  await expect(page.getByTestId('plan-status')).toHaveText('Leftovers switched: the week is planned anew.')
  await expect(leftoverCards).toHaveCount(0)
  await expect(meals(page)).toHaveCount(28)
  await page.reload()
  await expect(meals(page)).toHaveCount(28)
  await expect(page.getByTestId('leftovers-switch')).not.toBeChecked()
  await expect(leftoverCards).toHaveCount(0)
  expect(problems).toEqual([])
})
