import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { resolveAppLocation } from '../../../electron/main/app-location'
import { createMainWindow } from '../../../electron/main/window'
import { BrowserWindow, FakeEvent, resetFakeElectron, screen } from '../fake-electron'

vi.mock('electron', () => import('../fake-electron'))

const location = resolveAppLocation(undefined, '/app/out/renderer/index.html', true)
let userData: string

beforeEach(() => {
  resetFakeElectron()
  userData = mkdtempSync(join(tmpdir(), 'gutplan-window-'))
})
afterEach(() => rmSync(userData, { recursive: true, force: true }))

function open(): BrowserWindow {
  createMainWindow(location, userData)
  const [window] = BrowserWindow.instances
  if (!window) throw new Error('no window was created')
  return window
}

describe('createMainWindow', () => {
  it('uses the secure web preferences and the bundled preload', () => {
    const { webPreferences } = open().options as { webPreferences: Record<string, unknown> }
    expect(webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    })
    expect(String(webPreferences.preload)).toMatch(/[/\\]preload[/\\]index\.cjs$/)
    expect(webPreferences).not.toHaveProperty('enableBlinkFeatures')
    expect(webPreferences).not.toHaveProperty('additionalArguments')
  })

  it('stays hidden until ready-to-show', () => {
    const window = open()
    expect(window.options.show).toBe(false)
    expect(window.isVisible).toBe(false)
    window.emit('ready-to-show')
    expect(window.isVisible).toBe(true)
  })

  it("loads the app's page and guards navigation", () => {
    const window = open()
    expect(window.loadedUrl).toBe('file:///app/out/renderer/index.html')
    const event = new FakeEvent('https://example.com/')
    window.webContents.emit('will-navigate', event)
    expect(event.isDefaultPrevented).toBe(true)
    expect(window.webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' })
  })

  it('opens with the remembered bounds and remembers new ones on close', () => {
    writeFileSync(join(userData, 'window-state.json'), JSON.stringify({ width: 1000, height: 700, x: 30, y: 40, isMaximized: true }))
    const window = open()
    expect(window.options).toMatchObject({ width: 1000, height: 700, x: 30, y: 40 })
    expect(window.maximized).toBe(true)

    window.normalBounds = { x: 50, y: 60, width: 1100, height: 800 }
    window.maximized = false
    window.emit('close')
    expect(JSON.parse(readFileSync(join(userData, 'window-state.json'), 'utf8'))).toEqual({
      x: 50,
      y: 60,
      width: 1100,
      height: 800,
      isMaximized: false,
    })
  })

  it('centres a window whose remembered monitor is gone', () => {
    writeFileSync(join(userData, 'window-state.json'), JSON.stringify({ width: 1000, height: 700, x: 4000, y: 40, isMaximized: false }))
    screen.displays = [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }]
    const window = open()
    expect(window.options).not.toHaveProperty('x')
    expect(window.options).not.toHaveProperty('y')
  })
})
