import { expect, test, type Page } from '@playwright/test'
import { seriousViolations } from '../support/axe'
import { englishLeftovers } from '../support/i18n-leftovers'
import { watchForErrors } from '../support/page-errors'

const screens = 'test-results/e2e/screens'

async function openApp(page: Page): Promise<void> {
  await page.goto('/')
  await page.getByTestId('health-notice').getByRole('button', { name: 'I understand' }).click()
  await page.getByRole('navigation').getByRole('link', { name: 'Recipes' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Recipes' })).toBeVisible()
}

/**
 * The visible text minus what comes from the USDA data in English: food names (marked with
 * .food-name wherever they are shown, and repeated in finding lines) and source terms quoted
 * from them in reasons („oats“).
 */
async function translatableText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const names = [...document.querySelectorAll('.food-name')].map((e) => e.textContent?.trim() ?? '').filter(Boolean)
    let text = document.body.innerText
    for (const name of [...new Set(names)].sort((a, b) => b.length - a.length)) text = text.split(name).join(' ')
    return text.replace(/„[^“]*“/g, ' ')
  })
}

const amounts = (page: Page) => page.getByTestId('ingredient-amount')

/** A full-page screenshot from the top, so the sticky header and panels sit where a person sees them. */
async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.screenshot({ path: `${screens}/${name}.png`, fullPage })
}

test.use({ locale: 'en-GB' })

test('browse, filter fermented and vegan, open a recipe, scale it and read its tags', async ({ page }) => {
  const problems = watchForErrors(page)
  await openApp(page)
  const count = page.getByTestId('recipe-count')
  await expect(count).toHaveText('309 recipes')

  await page.getByRole('checkbox', { name: 'Fermented', exact: true }).check()
  await page.getByLabel('Diet').selectOption('vegan')
  await expect(count).not.toHaveText('309 recipes')
  const list = page.getByTestId('recipe-list')
  await expect(list.getByRole('link', { name: 'Kimchi and tofu stew with brown rice' })).toBeVisible()
  await expect(list.getByRole('link', { name: 'Kefir overnight oats with berries and walnuts' })).toHaveCount(0)
  const shown = Number((await count.innerText()).split(' ')[0])
  expect(shown).toBeGreaterThan(5)
  expect(shown).toBeLessThan(40)
  await screenshot(page, 'recipes-list-en')
  expect(await seriousViolations(page), 'serious accessibility violations').toEqual([])

  await list.getByRole('link', { name: 'Kimchi and tofu stew with brown rice' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Kimchi and tofu stew with brown rice' })).toBeVisible()
  await expect(page.getByTestId('servings')).toHaveText('2')
  await expect(amounts(page).first()).toHaveText('150 g')
  await page.getByRole('button', { name: 'One serving more' }).click()
  await page.getByRole('button', { name: 'One serving more' }).click()
  await expect(page.getByTestId('servings')).toHaveText('4')
  await expect(amounts(page).first()).toHaveText('300 g')

  const findings = page.getByTestId('recipe-findings')
  await expect(findings).toContainText('Fermented (live cultures)')
  await expect(findings).toContainText('Foods of this kind usually still carry live microbes when eaten')
  await expect(findings).toContainText('From: Kimchi')
  await expect(page.getByTestId('nutrition')).toContainText('Fiber')
  await screenshot(page, 'recipes-page-en')
  expect(await seriousViolations(page), 'serious accessibility violations').toEqual([])
  expect(problems).toEqual([])
})

test('create an own recipe with the picker, see tags live, save, find it after a reload', async ({ page }) => {
  const problems = watchForErrors(page)
  await openApp(page)
  await page.getByRole('link', { name: 'New recipe' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'New recipe' })).toBeVisible()

  // Saving an empty draft is refused with clear messages.
  await page.getByRole('button', { name: 'Create recipe' }).click()
  const summary = page.getByTestId('editor-summary')
  await expect(summary).toContainText('Name: Give the recipe a name.')
  await expect(summary).toContainText('Ingredients: Add at least one ingredient.')

  await page.getByLabel('Name', { exact: true }).fill('My kefir oat bowl')
  await page.getByRole('checkbox', { name: 'Breakfast' }).check()
  await page.getByLabel('Servings').fill('2')

  const search = page.getByRole('combobox', { name: 'Add an ingredient' })
  const firstHit = page.getByRole('listbox', { name: 'Matching foods' }).getByRole('option').first()
  await search.fill('kefir')
  await expect(firstHit).toContainText(/kefir/i)
  await search.press('Enter')
  await search.fill('oats regular')
  await expect(firstHit).toContainText(/oats/i)
  await search.press('ArrowDown')
  await search.press('ArrowUp')
  await search.press('Enter')
  await expect(page.getByTestId('ingredient-row')).toHaveCount(2)
  await page.getByLabel(/^Amount of Kefir/).fill('300')
  await page.getByLabel(/^Amount of .*oats/i).fill('90')

  const live = page.getByTestId('live-facts')
  await expect(live).toContainText('Fermented')
  await expect(live).toContainText('Prebiotic')
  await expect(live).toContainText('Foods of this kind usually still carry live microbes when eaten')
  await page.getByRole('button', { name: 'Add a step' }).click()
  await page.getByLabel('Step 1', { exact: true }).fill('Stir the oats into the kefir and leave overnight.')
  await expect(summary).toHaveCount(0)
  await screenshot(page, 'recipes-editor-en')
  expect(await seriousViolations(page), 'serious accessibility violations').toEqual([])

  await page.getByRole('button', { name: 'Create recipe' }).click()
  await expect(page).toHaveURL(/#\/recipes\/own-[0-9a-f-]+$/)
  await expect(page.getByRole('heading', { level: 1, name: 'My kefir oat bowl' })).toBeVisible()
  await expect(page.getByText('Your recipe', { exact: true })).toBeVisible()
  await expect(amounts(page).first()).toHaveText('300 g')

  await page.getByRole('navigation').getByRole('link', { name: 'Recipes' }).click()
  await page.getByLabel('Search by name or ingredient').fill('kefir oat bowl')
  await expect(page.getByTestId('recipe-list').getByRole('link', { name: 'My kefir oat bowl' })).toBeVisible()

  await page.reload()
  await expect(page.getByTestId('recipe-count')).not.toHaveText('Working out tags…')
  await expect(page.getByTestId('recipe-list').getByRole('link', { name: 'My kefir oat bowl' })).toBeVisible()
  expect(problems).toEqual([])
})

test('duplicate a built-in recipe, edit the copy, then delete it', async ({ page }) => {
  await openApp(page)
  await page.getByLabel('Search by name or ingredient').fill('bircher')
  await page.getByRole('link', { name: 'Bircher muesli with kefir, apple and hazelnuts' }).click()
  await expect(page.getByRole('button', { name: 'Delete', exact: true })).toHaveCount(0)
  await page.getByRole('link', { name: 'Duplicate' }).click()

  const name = page.getByLabel('Name', { exact: true })
  await expect(name).toHaveValue('Bircher muesli with kefir, apple and hazelnuts (copy)')
  await name.fill('My Bircher muesli')
  await page.getByLabel('Servings').fill('3')
  await page.getByRole('button', { name: 'Create recipe' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'My Bircher muesli' })).toBeVisible()
  await expect(page.getByTestId('servings')).toHaveText('3')
  const before = await page.getByTestId('ingredient-amount').count()

  await page.getByRole('link', { name: 'Edit', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Edit recipe: My Bircher muesli' })).toBeVisible()
  await page.getByRole('button', { name: /^Remove / }).first().click()
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'My Bircher muesli' })).toBeVisible()
  await expect(page.getByTestId('ingredient-amount')).toHaveCount(before - 1)

  // The built-in recipe is unchanged.
  await page.goto('/#/recipes/b-bircher-muesli-kefir')
  await expect(page.getByTestId('ingredient-amount')).toHaveCount(before)

  await page.getByRole('navigation').getByRole('link', { name: 'Recipes' }).click()
  await page.getByRole('link', { name: 'My Bircher muesli' }).click()
  await page.getByRole('button', { name: 'Delete', exact: true }).click()
  const dialog = page.getByTestId('delete-dialog')
  await expect(dialog).toContainText('“My Bircher muesli” will be gone for good.')
  await screenshot(page, 'recipes-delete-en', false)
  await dialog.getByRole('button', { name: 'Delete recipe' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Recipes' })).toBeVisible()
  await page.getByLabel('Search by name or ingredient').fill('My Bircher')
  await expect(page.getByTestId('recipe-count')).toHaveText('No recipes')
})

test('in German, no English is left on the recipe screens', async ({ page }) => {
  const problems = watchForErrors(page)
  await openApp(page)
  await page.getByTestId('language').selectOption('de')
  await expect(page.getByRole('heading', { level: 1, name: 'Rezepte' })).toBeVisible()
  await expect(page.getByTestId('recipe-count')).toHaveText('309 Rezepte')
  expect(englishLeftovers(await translatableText(page)), 'English text left on the German list').toEqual([])
  await screenshot(page, 'recipes-list-de', false)

  await page.getByRole('link', { name: 'Overnight-Oats mit Kefir, Beeren und Walnüssen' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Overnight-Oats mit Kefir, Beeren und Walnüssen' })).toBeVisible()
  await page.getByRole('button', { name: 'Eine Portion mehr' }).click()
  expect(englishLeftovers(await translatableText(page)), 'English text left on the German recipe page').toEqual([])
  await screenshot(page, 'recipes-page-de')
  expect(await seriousViolations(page), 'serious accessibility violations').toEqual([])

  await page.getByRole('link', { name: 'Duplizieren' }).click()
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Overnight-Oats mit Kefir, Beeren und Walnüssen (Kopie)')
  await page.getByRole('button', { name: 'Schritt hinzufügen' }).click()
  await page.getByRole('button', { name: 'Rezept anlegen' }).click()
  await expect(page.getByTestId('editor-summary')).toContainText('Schritt 4: Schreib diesen Schritt aus oder entferne ihn.')
  expect(englishLeftovers(await translatableText(page)), 'English text left in the German editor').toEqual([])
  await screenshot(page, 'recipes-editor-de')
  expect(await seriousViolations(page), 'serious accessibility violations').toEqual([])
  expect(problems).toEqual([])
})
