import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { channels, MAX_FILE_BYTES } from '../../../../shared/ipc'
import { resolveAppLocation } from '../../../../electron/main/app-location'
import { openFile, saveFile, setupFiles } from '../../../../electron/main/handlers/files'
import { BrowserWindow, dialog, ipcMain, resetFakeElectron } from '../../fake-electron'

vi.mock('electron', () => import('../../fake-electron'))

const filters = [{ name: 'Gutplan backup', extensions: ['json'] }]
const saveRequest = { suggestedName: 'gutplan-backup.json', content: '{"format":1,"note":"Sauerkraut ✓"}', filters }

let dir: string
beforeEach(() => {
  resetFakeElectron()
  dir = mkdtempSync(join(tmpdir(), 'gutplan-files-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const noWindow = { window: null }

describe('saveFile', () => {
  it('writes the text as UTF-8 to exactly the chosen path', async () => {
    const chosen = join(dir, 'backup-copy.txt')
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: chosen })
    await expect(saveFile(noWindow, saveRequest)).resolves.toEqual({ status: 'saved', path: chosen })
    expect(readFileSync(chosen, 'utf8')).toBe(saveRequest.content)
    expect(readdirSync(dir)).toEqual(['backup-copy.txt'])
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: join('/fake/Documents', 'gutplan-backup.json'), filters }),
    )
  })

  it('does nothing on cancel', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' })
    await expect(saveFile(noWindow, saveRequest)).resolves.toEqual({ status: 'cancelled' })
    expect(readdirSync(dir)).toEqual([])
  })

  it('reports a write error as an error result', async () => {
    mkdirSync(join(dir, 'a-folder'))
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: join(dir, 'a-folder') })
    await expect(saveFile(noWindow, saveRequest)).resolves.toMatchObject({
      status: 'error',
      message: expect.stringMatching(/^The file could not be saved: .*EISDIR/),
    })
  })

  it('reports a failing dialog as an error result', async () => {
    dialog.showSaveDialog.mockRejectedValue(new Error('portal not available'))
    await expect(saveFile(noWindow, saveRequest)).resolves.toEqual({
      status: 'error',
      message: 'The file could not be saved: portal not available',
    })
  })

  it('attaches the dialog to the window when there is one', async () => {
    const window = new BrowserWindow({})
    await saveFile({ window: window as never }, saveRequest)
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(window, expect.any(Object))
  })
})

describe('openFile', () => {
  it('returns the name and text of the chosen file', async () => {
    const path = join(dir, 'backup.json')
    writeFileSync(path, '{"format":1,"name":"Jürgen"}')
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [path] })
    await expect(openFile(noWindow, { filters })).resolves.toEqual({
      status: 'opened',
      name: 'backup.json',
      content: '{"format":1,"name":"Jürgen"}',
    })
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(expect.objectContaining({ filters, properties: ['openFile'] }))
  })

  it('returns cancelled when the person cancels', async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] })
    await expect(openFile(noWindow, { filters })).resolves.toEqual({ status: 'cancelled' })
  })

  it('refuses a file over the size limit without reading it', async () => {
    const path = join(dir, 'huge.json')
    writeFileSync(path, '')
    // A sparse file: the size is checked from its metadata, not by reading it.
    const { truncateSync } = await import('node:fs')
    truncateSync(path, MAX_FILE_BYTES + 1)
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [path] })
    await expect(openFile(noWindow, { filters })).resolves.toEqual({
      status: 'error',
      message: 'huge.json is too large (over 50 MB).',
    })
  })

  it('refuses a file that is not UTF-8 text', async () => {
    const path = join(dir, 'photo.json')
    writeFileSync(path, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]))
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [path] })
    await expect(openFile(noWindow, { filters })).resolves.toEqual({ status: 'error', message: 'photo.json is not a text file.' })
  })

  it('reports a missing file as an error result', async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [join(dir, 'gone.json')] })
    await expect(openFile(noWindow, { filters })).resolves.toMatchObject({
      status: 'error',
      message: expect.stringMatching(/ENOENT/),
    })
  })
})

describe('setupFiles', () => {
  it('handles the file channels for the app page', async () => {
    const indexPath = '/app/out/renderer/index.html'
    setupFiles(resolveAppLocation(undefined, indexPath, true))
    const window = new BrowserWindow({})
    const from = { sender: window.webContents, frame: { url: pathToFileURL(indexPath).href, parent: null } }
    await expect(ipcMain.invoke(channels.saveFile, from, saveRequest)).resolves.toEqual({ status: 'cancelled' })
    await expect(ipcMain.invoke(channels.openFile, from, { filters })).resolves.toEqual({ status: 'cancelled' })
  })

  it('saves a calendar through the same channel: the .ics filter passes the schema and CRLF lines land as sent', async () => {
    const indexPath = '/app/out/renderer/index.html'
    setupFiles(resolveAppLocation(undefined, indexPath, true))
    const window = new BrowserWindow({})
    const from = { sender: window.webContents, frame: { url: pathToFileURL(indexPath).href, parent: null } }
    const chosen = join(dir, 'meals.ics')
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: chosen })
    const content = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n'
    const request = { suggestedName: 'meals-2026-W49.ics', content, filters: [{ name: 'iCalendar', extensions: ['ics'] }] }
    await expect(ipcMain.invoke(channels.saveFile, from, request)).resolves.toEqual({ status: 'saved', path: chosen })
    expect(readFileSync(chosen, 'utf8')).toBe(content)
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(window, expect.objectContaining({ filters: request.filters }))
  })
})
