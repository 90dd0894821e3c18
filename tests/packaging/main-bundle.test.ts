/**
 * Runs the built main process (out/main/index.js, as packed) under plain Node with a stub
 * 'electron' module: it must load as ES module, honour GUTPLAN_USER_DATA, register every IPC
 * channel, and point the window at a preload and a page that exist in out/.
 */
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { channels } from '../../shared/ipc'

const root = resolve(import.meta.dirname, '../..')

interface Report {
  userData: string
  sandboxEnabled: boolean
  permissionsDenied: boolean
  handlers: string[]
  menu: string[]
  windows: Array<{ url: string; webPreferences: Record<string, unknown> }>
}

let userData: string
let report: Report

beforeAll(async () => {
  if (!existsSync(join(root, 'out/main/index.js'))) throw new Error('out/main/index.js is missing: run `npm run build` first.')
  userData = mkdtempSync(join(tmpdir(), 'gutplan-main-bundle-'))
  const env: NodeJS.ProcessEnv = { ...process.env, GUTPLAN_USER_DATA: userData }
  delete env.ELECTRON_RENDERER_URL
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', join(import.meta.dirname, 'fixtures', 'register-electron-stub.mjs'), join(root, 'out/main/index.js')],
    { cwd: root, env, timeout: 30_000 },
  )
  report = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as Report
})

afterAll(() => {
  if (userData) rmSync(userData, { recursive: true, force: true })
})

describe('the built main process', () => {
  it('uses the data folder from GUTPLAN_USER_DATA and sandboxes every renderer', () => {
    expect(report.userData).toBe(userData)
    expect(report.sandboxEnabled).toBe(true)
    expect(report.permissionsDenied).toBe(true)
  })

  it('registers every invoke channel of the contract', () => {
    const invokeChannels = Object.entries(channels).filter(([key]) => !key.startsWith('on')).map(([, channel]) => channel)
    expect([...report.handlers].sort()).toEqual(invokeChannels.sort())
  })

  it('installs the menu in the app locale', () => {
    expect(report.menu).toEqual(['Datei', 'Bearbeiten', 'Ansicht', 'Hilfe'])
  })

  it('opens one window on the built page with the built preload', () => {
    expect(report.windows).toHaveLength(1)
    const [window] = report.windows
    expect(window?.url).toMatch(/^file:\/\//)
    expect(fileURLToPath(window?.url ?? '')).toBe(join(root, 'out/renderer/index.html'))
    expect(window?.webPreferences.preload).toBe(join(root, 'out/preload/index.cjs'))
    expect(existsSync(String(window?.webPreferences.preload))).toBe(true)
    expect(window?.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false })
  })
})
