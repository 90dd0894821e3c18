import { expect, test, type Page } from '@playwright/test'
import { seriousViolations } from '../support/axe'
import { englishLeftovers } from '../support/i18n-leftovers'

const screens = 'test-results/e2e/screens'

function watchForCspViolations(page: Page): string[] {
  const violations: string[] = []
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy/i.test(msg.text())) violations.push(msg.text())
  })
  page.on('pageerror', (error) => violations.push(error.message))
  return violations
}

test.use({ locale: 'en-GB' })

test('a person fills the profile, reloads, finds it kept, and switches to German', async ({ page }) => {
  const problems = watchForCspViolations(page)
  await page.goto('/#/profile')

  // First run: the health notice opens by itself.
  const notice = page.getByTestId('health-notice')
  await expect(notice).toBeVisible()
  await expect(notice).toContainText('not medical advice')
  await notice.getByRole('button', { name: 'I understand' }).click()
  await expect(notice).toBeHidden()

  await page.getByRole('checkbox', { name: 'Gluten', exact: true }).check()
  await expect(page.getByText('Not tested for coeliac disease yet?')).toBeVisible()
  await page.getByRole('checkbox', { name: 'Lactose' }).check()
  await page.getByRole('checkbox', { name: 'Fructans' }).check()
  await page.getByRole('checkbox', { name: 'Peanuts' }).check()
  await page.getByRole('radio', { name: 'Vegetarian' }).check()
  // The avoid list offers foods and kinds for a typed word: coriander the food is the first choice.
  await page.getByTestId('avoid-input').fill('coriander')
  await expect(page.getByTestId('avoid-option').first()).toHaveText(/^Coriander/)
  await page.getByRole('button', { name: 'Add', exact: true }).click()
  await expect(page.getByTestId('avoid-entry')).toContainText('Coriander')
  await expect(page.getByTestId('avoid-reach')).toContainText(/keeps out \d+ foods · \d+ recipes/)
  await page.getByRole('checkbox', { name: 'Snack' }).uncheck()
  await page.getByLabel('Household size').fill('3')
  await page.getByLabel('Fiber (g per day)').fill('35')
  await page.getByLabel('Fiber (g per day)').blur()
  await expect(page.getByTestId('save-status')).toHaveText('Saved')

  // A bad value gets a clear message and is not saved.
  await page.getByLabel('Energy (kcal per day)').fill('99999')
  await page.getByLabel('Energy (kcal per day)').blur()
  await expect(page.getByText('Enter a whole number from 1000 to 5000.')).toBeVisible()
  await expect(page.getByTestId('save-status')).toHaveText('Not saved: fix the highlighted field.')
  await page.screenshot({ path: `${screens}/profile-en.png`, fullPage: true })
  expect(await seriousViolations(page), 'serious accessibility violations').toEqual([])

  await page.reload()
  await expect(page.getByTestId('health-notice')).toBeHidden()
  await expect(page.getByRole('checkbox', { name: 'Gluten', exact: true })).toBeChecked()
  await expect(page.getByRole('checkbox', { name: 'Lactose' })).toBeChecked()
  await expect(page.getByRole('checkbox', { name: 'Fructans' })).toBeChecked()
  await expect(page.getByRole('checkbox', { name: 'Peanuts' })).toBeChecked()
  await expect(page.getByRole('checkbox', { name: 'Snack' })).not.toBeChecked()
  await expect(page.getByRole('radio', { name: 'Vegetarian' })).toBeChecked()
  await expect(page.getByTestId('avoid-entry')).toContainText('Coriander')
  await expect(page.getByLabel('Household size')).toHaveValue('3')
  await expect(page.getByLabel('Fiber (g per day)')).toHaveValue('35')
  await expect(page.getByLabel('Energy (kcal per day)')).toHaveValue('2000')

  await page.getByTestId('language').selectOption('de')
  await expect(page.getByRole('heading', { name: 'Dein Profil' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'de')
  const visible = await page.locator('body').innerText()
  const leftovers = englishLeftovers(visible)
  expect(leftovers, 'English text left on the German screen').toEqual([])
  await page.screenshot({ path: `${screens}/profile-de.png`, fullPage: true })

  // The language choice is kept too.
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Dein Profil' })).toBeVisible()
  await page.getByRole('button', { name: 'Gesundheitshinweis' }).click()
  await expect(page.getByTestId('health-notice')).toContainText('keine medizinische Beratung')
  await page.screenshot({ path: `${screens}/health-notice-de.png` })
  expect(problems).toEqual([])
})

test('the system language decides the first language', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'de-DE' })
  const page = await context.newPage()
  await page.goto('/#/profile')
  await expect(page.getByRole('heading', { name: 'Dein Profil' })).toBeVisible()
  await context.close()
})
