import { pathToFileURL } from 'node:url'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { channels } from '../../../../shared/ipc'
import { resolveAppLocation } from '../../../../electron/main/app-location'
import { keepScreenOn, setupScreen } from '../../../../electron/main/handlers/screen'
import { FakeWebContents, ipcMain, powerSaveBlocker, resetFakeElectron } from '../../fake-electron'

vi.mock('electron', () => import('../../fake-electron'))

beforeEach(() => {
  resetFakeElectron()
  keepScreenOn(false)
})

describe('keepScreenOn', () => {
  it('starts one display-sleep blocker however often it is asked, and stops it', () => {
    expect(keepScreenOn(true)).toEqual({ status: 'on' })
    expect(keepScreenOn(true)).toEqual({ status: 'on' })
    expect(powerSaveBlocker.start).toHaveBeenCalledTimes(1)
    expect(powerSaveBlocker.start).toHaveBeenCalledWith('prevent-display-sleep')
    expect(powerSaveBlocker.started.size).toBe(1)
    expect(keepScreenOn(false)).toEqual({ status: 'off' })
    expect(powerSaveBlocker.started.size).toBe(0)
  })

  it('is served on its channel to the app’s page only, takes a boolean, and ends with the page', async () => {
    const indexPath = '/app/out/renderer/index.html'
    setupScreen(resolveAppLocation(undefined, indexPath, true))
    const sender = new FakeWebContents()
    const from = { sender, frame: { url: pathToFileURL(indexPath).href, parent: null } }
    await expect(ipcMain.invoke(channels.keepScreenOn, from, true)).resolves.toEqual({ status: 'on' })
    expect(powerSaveBlocker.started.size).toBe(1)
    sender.emit('destroyed')
    expect(powerSaveBlocker.started.size).toBe(0)
    await expect(ipcMain.invoke(channels.keepScreenOn, from, 'yes')).rejects.toThrow(/Invalid arguments/)
    const stranger = { sender, frame: { url: 'https://example.com/', parent: null } }
    await expect(ipcMain.invoke(channels.keepScreenOn, stranger, true)).rejects.toThrow(/refused/)
  })
})
