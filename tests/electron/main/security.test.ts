import { pathToFileURL } from 'node:url'
import type { Session, WebContents } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { resolveAppLocation } from '../../../electron/main/app-location'
import {
  denyAllPermissions,
  guardWebContents,
  handleWindowOpen,
  isAppFrame,
  isAppUrl,
  isSafeExternalUrl,
} from '../../../electron/main/security'
import { FakeEvent, FakeWebContents, resetFakeElectron, session, shell } from '../fake-electron'

vi.mock('electron', () => import('../fake-electron'))

const indexPath = '/opt/Gutplan/resources/app.asar/out/renderer/index.html'
const built = resolveAppLocation(undefined, indexPath, true)
const dev = resolveAppLocation('http://localhost:5173/', indexPath, false)
const appUrl = pathToFileURL(indexPath).href

beforeEach(resetFakeElectron)

describe('isAppUrl', () => {
  it.each([
    [appUrl, true],
    [`${appUrl}#/plan`, true],
    [`${appUrl}?week=2026-W10`, true],
    ['file:///opt/Gutplan/resources/app.asar/out/renderer/other.html', false],
    ['file:///etc/passwd', false],
    ['file://evil-host/opt/Gutplan/resources/app.asar/out/renderer/index.html', false],
    ['https://example.com/', false],
    ['http://localhost:5173/', false],
    ['javascript:alert(1)', false],
    ['not a url', false],
    ['', false],
  ])('built app: %s → %s', (url, expected) => {
    expect(isAppUrl(url, built)).toBe(expected)
  })

  it.each([
    ['http://localhost:5173/', true],
    ['http://localhost:5173/#/profile', true],
    ['http://localhost:5174/', false],
    ['https://localhost:5173/', false],
    ['http://127.0.0.1:5173/', false],
    [appUrl, false],
  ])('dev server: %s → %s', (url, expected) => {
    expect(isAppUrl(url, dev)).toBe(expected)
  })
})

describe('isAppFrame', () => {
  it('trusts the app page in the top frame', () => {
    expect(isAppFrame({ url: `${appUrl}#/`, parent: null }, built)).toBe(true)
  })

  it('refuses a foreign page, a sub-frame, and a missing frame', () => {
    expect(isAppFrame({ url: 'https://example.com/', parent: null }, built)).toBe(false)
    expect(isAppFrame({ url: appUrl, parent: { url: appUrl } }, built)).toBe(false)
    expect(isAppFrame(null, built)).toBe(false)
    expect(isAppFrame(undefined, built)).toBe(false)
  })
})

describe('isSafeExternalUrl', () => {
  it.each([
    ['https://fdc.nal.usda.gov/', true],
    ['http://example.com/', false],
    ['javascript:alert(1)', false],
    ['file:///etc/passwd', false],
    ['mailto:someone@example.com', false],
    ['smb://server/share', false],
    ['garbage', false],
  ])('%s → %s', (url, expected) => {
    expect(isSafeExternalUrl(url)).toBe(expected)
  })
})

describe('handleWindowOpen', () => {
  it('always denies a new window, and hands only https to the system browser', () => {
    const openExternal = vi.fn()
    for (const url of ['https://example.com/a', 'http://example.com/', 'javascript:alert(1)', 'file:///etc/passwd', appUrl]) {
      expect(handleWindowOpen(url, openExternal)).toEqual({ action: 'deny' })
    }
    expect(openExternal.mock.calls).toEqual([['https://example.com/a']])
  })
})

describe('guardWebContents', () => {
  function guarded() {
    const contents = new FakeWebContents()
    // The fake has the members the guard uses; the cast stands in for the real WebContents type.
    guardWebContents(contents as unknown as WebContents, built)
    return contents
  }

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s: prevents a foreign URL, allows the app URL', (name) => {
    const contents = guarded()
    const foreign = new FakeEvent('https://example.com/')
    const own = new FakeEvent(`${appUrl}#/shopping`)
    contents.emit(name, foreign)
    contents.emit(name, own)
    expect(foreign.isDefaultPrevented).toBe(true)
    expect(own.isDefaultPrevented).toBe(false)
  })

  it('refuses to attach webviews', () => {
    const contents = guarded()
    const event = new FakeEvent()
    contents.emit('will-attach-webview', event)
    expect(event.isDefaultPrevented).toBe(true)
  })

  it('installs a window-open handler that denies and opens only https externally', () => {
    const contents = guarded()
    const handler = contents.windowOpenHandler
    expect(handler).not.toBeNull()
    expect(handler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' })
    expect(handler?.({ url: 'http://example.com/' })).toEqual({ action: 'deny' })
    expect(handler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' })
    expect(handler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' })
    expect(shell.openExternal.mock.calls).toEqual([['https://example.com/']])
  })
})

describe('denyAllPermissions', () => {
  it('denies every permission request and check', () => {
    denyAllPermissions(session.defaultSession as unknown as Session)
    const { permissionRequestHandler, permissionCheckHandler, devicePermissionHandler } = session.defaultSession
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'persistent-storage']) {
      const callback = vi.fn()
      permissionRequestHandler?.(null, permission, callback, {})
      expect(callback).toHaveBeenCalledWith(false)
      expect(permissionCheckHandler?.(null, permission, 'file://', {})).toBe(false)
    }
    expect(devicePermissionHandler?.({ deviceType: 'usb' })).toBe(false)
  })
})
