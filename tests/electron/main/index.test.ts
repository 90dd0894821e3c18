import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { channels } from '../../../shared/ipc'
import type * as FakeElectron from '../fake-electron'

vi.mock('electron', () => import('../fake-electron'))

/** Loads a fresh main process against a freshly reset fake Electron. */
async function startMain(options: { hasLock?: boolean } = {}) {
  vi.resetModules()
  // The mocked module is the fake; importing it through 'electron' gets the very instance main sees.
  const fake = (await import('electron')) as unknown as typeof FakeElectron
  fake.resetFakeElectron()
  fake.app.hasLock = options.hasLock ?? true
  await import('../../../electron/main/index')
  return fake
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0))

beforeEach(() => {
  vi.stubEnv('GUTPLAN_USER_DATA', '')
  vi.stubEnv('ELECTRON_RENDERER_URL', '')
})
afterEach(() => {
  vi.unstubAllEnvs()
})

describe('main lifecycle', () => {
  it('uses GUTPLAN_USER_DATA as the data folder, before the instance lock and before ready', async () => {
    vi.stubEnv('GUTPLAN_USER_DATA', '/tmp/gutplan-e2e-profile')
    const { app } = await startMain()
    expect(app.getPath('userData')).toBe('/tmp/gutplan-e2e-profile')
    expect(app.calls.indexOf('setPath:userData')).toBeLessThan(app.calls.indexOf('requestSingleInstanceLock'))
    expect(app.calls.indexOf('setPath:userData')).toBeLessThan(app.calls.indexOf('whenReady'))
  })

  it('keeps the default data folder without the variable', async () => {
    const { app } = await startMain()
    expect(app.calls).not.toContain('setPath:userData')
  })

  it('quits at once when another instance holds the lock', async () => {
    const { app } = await startMain({ hasLock: false })
    expect(app.calls).toContain('quit')
    expect(app.calls).not.toContain('whenReady')
  })

  it('on ready: denies permissions, registers every handler, installs the menu, opens one sandboxed window', async () => {
    const fake = await startMain()
    expect(fake.app.calls).toContain('enableSandbox')
    expect(fake.BrowserWindow.instances).toHaveLength(0)
    fake.app.becomeReady()
    await flush()

    expect(fake.session.defaultSession.permissionRequestHandler).not.toBeNull()
    expect(fake.session.defaultSession.permissionCheckHandler).not.toBeNull()
    const invokeChannels = Object.entries(channels).filter(([key]) => !key.startsWith('on')).map(([, channel]) => channel)
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual(invokeChannels.sort())
    expect(fake.Menu.applicationMenu).not.toBeNull()
    expect(fake.BrowserWindow.instances).toHaveLength(1)
  })

  it('shows the existing window when a second instance starts', async () => {
    const fake = await startMain()
    fake.app.becomeReady()
    await flush()
    const [window] = fake.BrowserWindow.instances
    expect(window?.isVisible).toBe(false)
    fake.app.emit('second-instance')
    expect(window?.isVisible).toBe(true)
    expect(fake.BrowserWindow.instances).toHaveLength(1)
  })
})
