/**
 * Two tabs on the same data stay consistent: a week planned, noted or cleared in one shows in the
 * other, on the week screen and on the shopping list, without a reload.
 */
import { expect, test } from '@playwright/test'
import { watchForErrors } from '../support/page-errors'

test.use({ locale: 'en-GB' })

const week = '2026-W20'

test('an edit in one tab shows in the other', async ({ context }) => {
  const one = await context.newPage()
  const problems = [...watchForErrors(one)]
  await one.goto(`/#/plan/${week}`)
  await one.getByTestId('health-notice').getByRole('button', { name: 'I understand' }).click()
  await expect(one.getByTestId('generate')).toBeEnabled()

  const two = await context.newPage()
  problems.push(...watchForErrors(two))
  await two.goto(`/#/plan/${week}`)
  await expect(two.getByTestId('generate')).toBeEnabled()
  await expect(two.getByTestId('week-grid').getByTestId('meal')).toHaveCount(0)

  // Planned in the first tab: the second shows the same meals.
  await one.getByTestId('generate').click()
  await expect(one.getByTestId('week-grid').getByTestId('meal')).toHaveCount(28)
  const planned = await one.getByTestId('week-grid').getByTestId('meal').evaluateAll((meals) => meals.map((m) => m.getAttribute('data-recipe-id')))
  await expect(two.getByTestId('week-grid').getByTestId('meal')).toHaveCount(28)
  expect(await two.getByTestId('week-grid').getByTestId('meal').evaluateAll((meals) => meals.map((m) => m.getAttribute('data-recipe-id')))).toEqual(planned)

  // A note written in the second tab shows in the first.
  await two.getByTestId('note-2').fill('Dinner at Anna’s')
  await two.getByTestId('note-2').blur()
  await expect(one.getByTestId('note-2')).toHaveValue('Dinner at Anna’s')

  // The second tab's shopping list follows the week as the first tab changes it.
  await two.goto(`/#/shopping/${week}`)
  await expect(two.locator('[data-testid^="item-"]').first()).toBeVisible()
  const before = await two.locator('[data-testid^="item-"]').count()
  await one.getByTestId('clear-week').click()
  await expect(one.getByTestId('week-grid').getByTestId('meal')).toHaveCount(0)
  await expect(two.locator('[data-testid^="item-"]')).toHaveCount(0)
  expect(before).toBeGreaterThan(5)
  await expect(one.getByTestId('note-2')).toHaveValue('Dinner at Anna’s')

  expect(problems).toEqual([])
})
