import { afterEach, describe, expect, it, vi } from 'vitest'
import type { DesktopApi } from '../../../shared/ipc'
import { browserPlatform } from '../../../renderer/platform/browser'
import { choosePlatform } from '../../../renderer/platform'

describe('platform', () => {
  afterEach(() => {
    vi.restoreAllMocks()
    document.body.innerHTML = ''
  })

  it('uses the desktop bridge when the preload exposed one, the browser adapter otherwise', () => {
    const desktop = { appInfo: vi.fn() } as unknown as DesktopApi
    expect(choosePlatform({ desktop })).toBe(desktop)
    expect(choosePlatform({})).toBe(browserPlatform)
  })

  it('saves a file in the browser as a download with the suggested name', async () => {
    const clicks: { name: string; href: string }[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ name: this.download, href: this.href })
    })
    const result = await browserPlatform.saveFile({ suggestedName: 'backup.json', content: '{}', filters: [] })
    expect(result).toEqual({ status: 'handed-to-browser' })
    expect(clicks).toHaveLength(1)
    expect(clicks[0]!.name).toBe('backup.json')
    expect(clicks[0]!.href).toMatch(/^blob:/)
  })

  it('keeps the screen on with the browser’s wake lock where there is one, and says when there is none', async () => {
    const release = vi.fn(async () => {})
    const request = vi.fn(async () => ({ release }))
    Object.defineProperty(navigator, 'wakeLock', { value: { request }, configurable: true })
    await expect(browserPlatform.keepScreenOn(true)).resolves.toEqual({ status: 'on' })
    await expect(browserPlatform.keepScreenOn(true)).resolves.toEqual({ status: 'on' })
    expect(request).toHaveBeenCalledTimes(1)
    expect(request).toHaveBeenCalledWith('screen')
    await expect(browserPlatform.keepScreenOn(false)).resolves.toEqual({ status: 'off' })
    expect(release).toHaveBeenCalledTimes(1)
    Object.defineProperty(navigator, 'wakeLock', { value: undefined, configurable: true })
    await expect(browserPlatform.keepScreenOn(true)).resolves.toEqual({ status: 'unavailable' })
  })

  it('downloads a calendar as text/calendar with its CRLF lines intact', async () => {
    let blob: Blob | undefined
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b: Blob | MediaSource) => {
      blob = b as Blob
      return 'blob:calendar'
    })
    const names: string[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download)
    })
    const content = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n'
    const result = await browserPlatform.saveFile({ suggestedName: 'meals-2026-W49.ics', content, filters: [{ name: 'iCalendar', extensions: ['ics'] }] })
    expect(result).toEqual({ status: 'handed-to-browser' })
    expect(names).toEqual(['meals-2026-W49.ics'])
    expect(blob?.type).toBe('text/calendar;charset=utf-8')
    expect(await blob?.text()).toBe(content)
  })

  it('prints with the browser dialog', async () => {
    const print = vi.fn()
    Object.defineProperty(window, 'print', { value: print, configurable: true })
    expect(await browserPlatform.print({ landscape: true, pageSize: 'A4' })).toEqual({ status: 'handed-to-browser' })
    expect(print).toHaveBeenCalledOnce()
  })

  it('reports the browser runtime and the app version', async () => {
    const info = await browserPlatform.appInfo()
    expect(info.runtime).toBe('browser')
    expect(info.version).toMatch(/^\d+\.\d+\.\d+/)
  })

  it('reads a chosen file, and reports a cancelled choice', async () => {
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      const file = new File(['{"a":1}'], 'backup.json', { type: 'application/json' })
      Object.defineProperty(this, 'files', { value: [file] })
      this.dispatchEvent(new Event('change'))
    })
    expect(await browserPlatform.openFile({ filters: [{ name: 'Backup', extensions: ['json'] }] })).toEqual({
      status: 'opened',
      name: 'backup.json',
      content: '{"a":1}',
    })
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      this.dispatchEvent(new Event('cancel'))
    })
    expect(await browserPlatform.openFile({ filters: [] })).toEqual({ status: 'cancelled' })
  })
})
