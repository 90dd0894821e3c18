import { expect, test, type Page } from '@playwright/test'
import { seriousViolations } from '../support/axe'
import de from '../../../renderer/i18n/locales/de'
import { englishLeftovers } from '../support/i18n-leftovers'
import { watchForErrors } from '../support/page-errors'
import { everydayNames } from '../../../shared/food/names'

const screens = 'test-results/e2e/screens'
const kefir = everydayNames('gp-kefir')!
const carrots = everydayNames('11124')!
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A full-page screenshot from the top, so the sticky header sits where it belongs. */
async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.screenshot({ path: `${screens}/${name}.png`, fullPage: true })
}

/** Text on screen that is data, not interface: food names, measures, provenance (they stay English). */
async function dataTexts(page: Page): Promise<string[]> {
  return page.locator('.result__link, .result__description, #food-detail-title, .food-detail__description span, [data-testid="measure"] option, [data-testid="nutrients"] thead th, .food-detail__section .hint').allInnerTexts()
}

type Tree = { [key: string]: string | Tree }
const germanMessages = (tree: Tree): string[] => Object.values(tree).flatMap((v) => (typeof v === 'string' ? [v] : germanMessages(v)))
/** Words German uses as they are ("Omega-3", "Snacks"), even where another screen's English differs. */
const german = new Set(germanMessages(de as unknown as Tree))

/** English interface fragments on a German screen, leaving out data (food names …) and words German shares. */
async function englishOnScreen(page: Page): Promise<string[]> {
  const data = (await dataTexts(page)).join('\n').toLowerCase()
  const interfaceText = await page.locator('body').innerText()
  return englishLeftovers(interfaceText).filter((fragment) => !data.includes(fragment.toLowerCase()) && !german.has(fragment))
}

test.use({ locale: 'en-GB' })

test('a person finds kefir, sees why it is tagged, meets a conflict, adds an own food and reads it all in German', async ({ page }) => {
  test.setTimeout(120_000)
  const problems = watchForErrors(page)
  await page.goto('/#/foods')
  await page.getByTestId('health-notice').getByRole('button', { name: 'I understand' }).click()
  await expect(page.getByRole('heading', { name: 'Foods', level: 1 })).toBeVisible()
  await expect(page.getByTestId('results-status')).toContainText(/Showing the first 100 of [\d,]+ foods/)

  // Search, filter, open.
  await page.getByLabel('Search foods').fill('kefir')
  await expect(page.getByRole('link', { name: kefir.en, exact: true })).toBeVisible()
  await expect(page.getByTestId('results')).toContainText('Kefir, plain, whole milk')
  await page.getByRole('checkbox', { name: 'Fermented', exact: true }).check()
  await expect(page.getByTestId('results-status')).toHaveText('1 food')
  await expect(page).toHaveURL(/q=kefir/)
  await expect(page).toHaveURL(/tags=fermented/)
  await page.getByRole('link', { name: kefir.en, exact: true }).click()

  const detail = page.getByTestId('food-detail')
  await expect(detail.getByRole('heading', { name: kefir.en, exact: true })).toBeFocused()
  await expect(detail.getByTestId('food-description')).toContainText('Kefir, plain, whole milk')
  const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)
  const finding = (label: string) => detail.getByTestId('finding').filter({ has: page.locator('.finding-badge', { hasText: exactly(label) }) })
  await expect(finding('Fermented (live cultures)')).toContainText('Foods of this kind usually still carry live microbes when eaten')
  await expect(finding('Fermented (live cultures)')).toContainText('Sources: ISAPP-FF, MARCO-T1')
  await expect(finding('Lactose: high')).toContainText('About 15 g in a typical serve of 250 g (low below 1 g, high from 3 g)')
  await expect(finding('Contains milk')).toBeVisible()
  await expect(detail.getByTestId('nutrients')).toContainText('not measured')
  await detail.getByLabel('Household measure').selectOption({ label: '1 tbsp (15 g)' })
  await expect(detail.getByTestId('nutrients')).toContainText('9.15 kcal')
  await expect(page.getByTestId('conflict-banner')).toHaveCount(0)
  await shot(page, 'foods-kefir-en')
  expect(await seriousViolations(page), 'serious accessibility violations').toEqual([])

  // Lactose intolerance in the profile: coming back, the conflict banner says so.
  await page.getByRole('link', { name: 'Profile' }).click()
  await page.getByRole('checkbox', { name: 'Lactose' }).check()
  await expect(page.getByTestId('save-status')).toHaveText('Saved')
  await page.goBack()
  await expect(page).toHaveURL(/#\/foods\/gp-kefir\?/)
  const banner = page.getByRole('alert').filter({ hasText: 'Conflicts with your profile' })
  await expect(banner).toContainText('High in lactose (you marked lactose intolerance)')
  await expect(page.getByLabel('Search foods')).toHaveValue('kefir')
  await expect(page.getByRole('checkbox', { name: 'Fermented', exact: true })).toBeChecked()
  await expect(page.getByTestId('results').getByRole('listitem').filter({ hasText: 'Kefir, plain, whole milk' })).toContainText('Conflicts with your profile')
  await shot(page, 'foods-conflict-en')

  // An own food: bad input is refused with messages, good input is saved and treated by the rules.
  await page.getByRole('button', { name: 'Add your own food' }).click()
  const form = page.getByTestId('own-food-form')
  await expect(form.getByLabel('Name', { exact: true })).toBeFocused()
  await form.getByLabel('Name', { exact: true }).fill('Aunt Mia’s party bites')
  await form.getByLabel('Protein (g)', { exact: true }).fill('lots')
  await form.getByLabel('Fat (g)', { exact: true }).fill('20')
  await form.getByLabel('of which saturates (g)', { exact: true }).fill('25')
  await form.getByRole('button', { name: 'Save food' }).click()
  await expect(form.getByRole('alert')).toHaveText('Not saved: fix the highlighted fields.')
  await expect(form).toContainText('Enter a number, like 2.5.')
  await expect(form).toContainText('Saturates and trans fat together can’t be more than the fat.')
  await expect(form.getByLabel('Kind of food', { exact: true })).toBeFocused()
  await shot(page, 'foods-own-form-errors-en')
  expect(await seriousViolations(page), 'serious accessibility violations').toEqual([])

  await form.getByLabel('Kind of food', { exact: true }).selectOption({ label: 'Snacks' })
  await form.getByLabel('Energy (kcal)', { exact: true }).fill('420')
  await form.getByLabel('Protein (g)', { exact: true }).fill('9')
  await form.getByLabel('Carbohydrate (g)', { exact: true }).fill('50')
  await form.getByLabel('Sugars (g)', { exact: true }).fill('8')
  await form.getByLabel('Fibre (g)', { exact: true }).fill('3,5')
  await form.getByLabel('of which saturates (g)', { exact: true }).fill('5')
  await form.getByRole('button', { name: 'Add a measure' }).click()
  await form.getByLabel('Measure', { exact: true }).fill('piece')
  await form.getByLabel('Grams', { exact: true }).fill('15')
  await form.getByRole('checkbox', { name: 'Contains gluten' }).check()
  await expect(form.getByRole('alert')).toHaveCount(0)
  await form.getByRole('button', { name: 'Save food' }).click()

  await expect(detail.getByRole('heading', { name: 'Aunt Mia’s party bites' })).toBeVisible()
  await expect(detail).toContainText('Your own food')
  await expect(finding('Contains gluten')).toContainText('You declared this when you added the food.')
  await expect(finding('Contains gluten cereals')).toBeVisible()
  await expect(finding('Source of fibre')).toContainText('3.5 g per 100 g')
  await page.getByLabel('Search foods').fill('party bites')
  await page.getByRole('checkbox', { name: 'Fermented', exact: true }).uncheck()
  const ownResult = page.getByTestId('results').getByRole('listitem').filter({ hasText: 'Aunt Mia’s party bites' })
  await expect(ownResult).toContainText('Your own')
  await expect(ownResult).toContainText('Contains gluten')
  await page.getByRole('checkbox', { name: 'Contains gluten', exact: true }).check()
  await expect(page.getByTestId('results-status')).toHaveText('1 food')
  await expect(ownResult.getByRole('link', { name: 'Aunt Mia’s party bites' })).toBeVisible()
  await shot(page, 'foods-own-en')

  // German: nothing English left but the data (food names, measures, provenance).
  await page.getByLabel('Search foods').fill('kefir')
  await page.getByRole('checkbox', { name: 'Contains gluten', exact: true }).uncheck()
  await page.getByRole('link', { name: kefir.en, exact: true }).click()
  await page.getByTestId('language').selectOption('de')
  await expect(page.getByRole('heading', { name: 'Lebensmittel', level: 1 })).toBeVisible()
  // Food names are German now; the catalogue description stays as the precise description.
  await expect(detail.getByRole('heading', { name: kefir.de, exact: true })).toBeVisible()
  await expect(page.getByRole('link', { name: kefir.de, exact: true })).toBeVisible()
  await expect(page.getByRole('alert').filter({ hasText: 'Passt nicht zu deinem Profil' })).toContainText('Viel Laktose')
  await expect(finding('Fermentiert (lebende Kulturen)')).toContainText('Lebensmittel dieser Art')
  await page.getByText('Quellen ausgeschrieben').click()
  expect(await englishOnScreen(page), 'English text left on the German foods screen').toEqual([])
  await shot(page, 'foods-kefir-de')
  expect(await seriousViolations(page), 'serious accessibility violations').toEqual([])

  // German words find German-named foods: "Möhre" finds carrots first.
  await page.getByLabel('Lebensmittel suchen').fill('Möhre')
  await expect(page.getByTestId('results').getByRole('link').first()).toHaveText(new RegExp(`^${escape(carrots.de)}$`))
  await page.getByLabel('Lebensmittel suchen').fill('kefir')
  await expect(page.getByRole('link', { name: kefir.de, exact: true })).toBeVisible()

  await page.getByRole('button', { name: 'Eigenes Lebensmittel anlegen' }).click()
  await page.getByTestId('own-food-form').getByRole('button', { name: 'Lebensmittel speichern' }).click()
  await expect(page.getByTestId('own-food-form')).toContainText('Bitte einen Wert eingeben.')
  await page.locator('summary', { hasText: 'FODMAP-Gruppen (mittel oder hoch)' }).click()
  await page.locator('summary', { hasText: 'Allergene (EU 14)' }).click()
  expect(await englishOnScreen(page), 'English text left on the German own-food form').toEqual([])
  await shot(page, 'foods-own-form-de')

  // Dark mode keeps the badges and the banner readable.
  await page.getByRole('button', { name: 'Abbrechen' }).click()
  await page.emulateMedia({ colorScheme: 'dark' })
  await shot(page, 'foods-kefir-de-dark')
  expect(await seriousViolations(page), 'serious accessibility violations in dark mode').toEqual([])
  expect(problems).toEqual([])
})

test('the whole catalogue can be filtered without a query, and the list is capped', async ({ page }) => {
  await page.goto('/#/foods?tags=prebiotic')
  await page.getByTestId('health-notice').getByRole('button', { name: 'I understand' }).click()
  await expect(page.getByRole('checkbox', { name: 'Prebiotic' })).toBeChecked()
  await expect(page.getByTestId('results-status')).toHaveText(/^\d+ foods$|^Showing the first 100 of [\d,]+ foods$/, { timeout: 20_000 })
  await expect(page.getByTestId('results').getByRole('listitem').first()).toContainText(/prebiotic:/i)
  await page.getByRole('checkbox', { name: 'Omega-3' }).check()
  await page.getByRole('checkbox', { name: 'Fibre-rich' }).check()
  await expect(page.getByTestId('results-status')).toHaveText(/^\d+ foods?$|^No food matches/)
  await page.getByRole('button', { name: 'Clear filters' }).click()
  await expect(page.getByTestId('results-status')).toContainText(/Showing the first 100 of [\d,]+ foods/)
  await page.screenshot({ path: `${screens}/foods-browse-en.png` })
})
