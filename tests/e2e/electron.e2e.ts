/**
 * The desktop journey on the built app (`npm run build` first): the profile is kept across a
 * restart of Electron. Each run gets a fresh data folder through GUTPLAN_USER_DATA.
 * Skipped, with the reason printed, where there is no Electron binary: tests never download it.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test'
import { findElectronBinary } from '../../scripts/electron-binary'

const root = resolve(import.meta.dirname, '../..')
const binary = findElectronBinary()
const noBinaryReason =
  'Skipping the Electron journey: there is no Electron binary on this machine ' +
  '(node_modules/electron has none and tests do not download it); the web journey covers the same screens.'

if (!binary) console.log(noBinaryReason)
test.skip(!binary, noBinaryReason)

let dataDir: string

test.beforeAll(() => {
  if (!existsSync(join(root, 'out', 'main', 'index.js'))) throw new Error('The app is not built: run `npm run build` first.')
})
test.beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'gutplan-e2e-userdata-'))
})
test.afterEach(() => {
  rmSync(dataDir, { recursive: true, force: true })
})

async function launch(): Promise<{ app: ElectronApplication; page: Page }> {
  if (!binary) throw new Error(noBinaryReason)
  const env = Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined))
  // Chromium will not start as root with its sandbox on (CI containers run as root).
  const args = process.platform === 'linux' && process.getuid?.() === 0 ? ['.', '--no-sandbox'] : ['.']
  const app = await electron.launch({
    executablePath: binary,
    args,
    cwd: root,
    env: { ...env, GUTPLAN_USER_DATA: dataDir, ELECTRON_RENDERER_URL: '' },
  })
  const page = await app.firstWindow()
  await page.waitForLoadState('domcontentloaded')
  return { app, page }
}

/** The health notice opens by itself on first run; it is acknowledged once. */
async function acknowledgeHealthNotice(page: Page): Promise<void> {
  const notice = page.getByTestId('health-notice')
  if (await notice.isVisible()) {
    await notice.getByRole('button', { name: 'I understand' }).click()
    await expect(notice).toBeHidden()
  }
}

test('the household size is kept when the app is closed and opened again', async () => {
  const first = await launch()
  expect(await first.app.evaluate(({ app }) => app.getPath('userData'))).toBe(dataDir)
  await acknowledgeHealthNotice(first.page)
  await first.page.getByRole('link', { name: 'Profile' }).click()
  const householdSize = first.page.getByLabel('Household size')
  await expect(householdSize).toBeVisible()
  await householdSize.fill('3')
  await householdSize.blur()
  await expect(first.page.getByTestId('save-status')).toHaveText('Saved')
  await first.app.close()

  const second = await launch()
  await second.page.getByRole('link', { name: 'Profile' }).click()
  await expect(second.page.getByLabel('Household size')).toHaveValue('3')
  await second.app.close()
})
