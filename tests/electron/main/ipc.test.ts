import { pathToFileURL } from 'node:url'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { channels, MAX_FILE_BYTES, type InvokeKey } from '../../../shared/ipc'
import { resolveAppLocation } from '../../../electron/main/app-location'
import { handle } from '../../../electron/main/ipc'
import { BrowserWindow, FakeWebContents, ipcMain, resetFakeElectron } from '../fake-electron'

vi.mock('electron', () => import('../fake-electron'))

const indexPath = '/app/out/renderer/index.html'
const location = resolveAppLocation(undefined, indexPath, true)
const appFrame = { url: `${pathToFileURL(indexPath).href}#/plan`, parent: null }

beforeEach(resetFakeElectron)

/** Registers a recording handler for `key` and returns what it was called with. */
function register<K extends InvokeKey>(key: K) {
  const calls: unknown[][] = []
  handle(location, key, ((...args: unknown[]) => {
    calls.push(args)
    return Promise.resolve({ status: 'cancelled' })
  }) as never) // The recording stub stands in for every handler signature at once.
  return calls
}

const validSave = { suggestedName: 'gutplan-backup.json', content: '{}', filters: [{ name: 'JSON', extensions: ['json'] }] }

describe('handle', () => {
  it('registers on the contract channel and passes parsed arguments with the caller', async () => {
    const window = new BrowserWindow({})
    const calls = register('saveFile')
    await ipcMain.invoke(channels.saveFile, { sender: window.webContents, frame: appFrame }, validSave)
    expect(calls).toHaveLength(1)
    expect(calls[0]?.[0]).toEqual({ sender: window.webContents, window })
    expect(calls[0]?.[1]).toEqual(validSave)
  })

  it('strips unknown fields before the handler sees them', async () => {
    const calls = register('print')
    await ipcMain.invoke(channels.print, { sender: new FakeWebContents(), frame: appFrame }, {
      landscape: true,
      pageSize: 'A4',
      deviceName: 'evil',
    })
    expect(calls[0]?.[1]).toEqual({ landscape: true, pageSize: 'A4' })
  })

  it.each([
    ['a foreign page', { url: 'https://example.com/', parent: null }],
    ['another local file', { url: 'file:///tmp/evil.html', parent: null }],
    ['a sub-frame of the app', { url: appFrame.url, parent: appFrame }],
    ['a destroyed frame', null],
  ])('refuses IPC from %s', async (_name, frame) => {
    const calls = register('appInfo')
    await expect(ipcMain.invoke(channels.appInfo, { sender: new FakeWebContents(), frame })).rejects.toThrow(/refused/)
    expect(calls).toHaveLength(0)
  })

  it.each([
    ['saveFile', 'no arguments', []],
    ['saveFile', 'a string instead of a request', ['backup.json']],
    ['saveFile', 'a path in the suggested name', [{ ...validSave, suggestedName: '../x' }]],
    ['saveFile', 'an absolute path as the name', [{ ...validSave, suggestedName: '/etc/passwd' }]],
    ['saveFile', 'a Windows path as the name', [{ ...validSave, suggestedName: 'C:\\Windows\\x.json' }]],
    ['saveFile', 'a hidden file name', [{ ...validSave, suggestedName: '.bashrc' }]],
    ['saveFile', 'content over the size limit', [{ ...validSave, content: 'x'.repeat(MAX_FILE_BYTES + 1) }]],
    ['saveFile', 'content that is not text', [{ ...validSave, content: 42 }]],
    ['saveFile', 'a bad filter extension', [{ ...validSave, filters: [{ name: 'All', extensions: ['*'] }] }]],
    ['saveFile', 'an extra argument', [validSave, 'more']],
    ['print', 'an unknown page size', [{ landscape: false, pageSize: 'A0' }]],
    ['print', 'a string for landscape', [{ landscape: 'yes', pageSize: 'A4' }]],
    ['printToPdf', 'a path-like PDF name', [{ landscape: false, pageSize: 'A4', suggestedName: '../../plan.pdf' }]],
    ['openFile', 'filters that are not a list', [{ filters: 'json' }]],
    ['appInfo', 'an unexpected argument', [{}]],
  ] as const)('%s: rejects %s', async (key, _name, args) => {
    const calls = register(key)
    await expect(
      ipcMain.invoke(channels[key], { sender: new FakeWebContents(), frame: appFrame }, ...args),
    ).rejects.toThrow(/Invalid arguments/)
    expect(calls).toHaveLength(0)
  })
})
