import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { WebContents } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { channels } from '../../../../shared/ipc'
import { resolveAppLocation } from '../../../../electron/main/app-location'
import { exportPdf, printPage, setupPrint } from '../../../../electron/main/handlers/print'
import { BrowserWindow, dialog, FakeWebContents, ipcMain, resetFakeElectron } from '../../fake-electron'

vi.mock('electron', () => import('../../fake-electron'))

const indexPath = '/app/out/renderer/index.html'
const location = resolveAppLocation(undefined, indexPath, true)
const appFrame = { url: pathToFileURL(indexPath).href, parent: null }
const request = { landscape: true, pageSize: 'A4', suggestedName: 'week-2026-03-02.pdf' } as const

let dir: string
beforeEach(() => {
  resetFakeElectron()
  dir = mkdtempSync(join(tmpdir(), 'gutplan-print-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

function context() {
  const window = new BrowserWindow({})
  // The fake web contents has print and printToPDF; the cast stands in for the full type.
  return { window: window as never, sender: window.webContents as unknown as WebContents, fake: window.webContents }
}

describe('printPage', () => {
  it('opens the system dialog with the requested layout and reports printing', async () => {
    const contents = new FakeWebContents()
    await expect(printPage(contents, { landscape: true, pageSize: 'Letter' })).resolves.toEqual({ status: 'printed' })
    expect(contents.print).toHaveBeenCalledWith(
      expect.objectContaining({ silent: false, landscape: true, pageSize: 'Letter' }),
      expect.any(Function),
    )
  })

  it('reports a cancelled print job as cancelled', async () => {
    const contents = new FakeWebContents()
    contents.print.mockImplementation((_options, callback) => callback?.(false, 'Print job canceled'))
    await expect(printPage(contents, { landscape: false, pageSize: 'A4' })).resolves.toEqual({ status: 'cancelled' })
  })

  it('reports a failure as an error with the reason', async () => {
    const contents = new FakeWebContents()
    contents.print.mockImplementation((_options, callback) => callback?.(false, 'Invalid printer settings'))
    await expect(printPage(contents, { landscape: false, pageSize: 'A4' })).resolves.toEqual({
      status: 'error',
      message: 'Printing failed: Invalid printer settings',
    })
  })

  it('reports a throwing print call as an error', async () => {
    const contents = new FakeWebContents()
    contents.print.mockImplementation(() => {
      throw new Error('no printers')
    })
    await expect(printPage(contents, { landscape: false, pageSize: 'A4' })).resolves.toMatchObject({ status: 'error' })
  })
})

describe('exportPdf', () => {
  it('writes the PDF to exactly the path the dialog returned', async () => {
    const chosen = join(dir, 'My plan (final)') // no .pdf: the chosen name is kept as it is
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: chosen })
    const { window, sender, fake } = context()
    await expect(exportPdf({ window, sender }, request)).resolves.toEqual({ status: 'saved', path: chosen })
    expect(readFileSync(chosen, 'utf8')).toBe('%PDF-1.7 fake')
    expect(readdirSync(dir)).toEqual(['My plan (final)'])
    expect(fake.printToPDF).toHaveBeenCalledWith({ landscape: true, pageSize: 'A4', printBackground: true })
  })

  it('offers the suggested name and a PDF filter in the dialog', async () => {
    const { window, sender } = context()
    await exportPdf({ window, sender }, request)
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({
        defaultPath: join('/fake/Documents', 'week-2026-03-02.pdf'),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      }),
    )
  })

  it('does nothing on cancel', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: join(dir, 'ignored.pdf') })
    const { window, sender, fake } = context()
    await expect(exportPdf({ window, sender }, request)).resolves.toEqual({ status: 'cancelled' })
    expect(fake.printToPDF).not.toHaveBeenCalled()
    expect(readdirSync(dir)).toEqual([])
  })

  it('reports a write error as an error result', async () => {
    const chosen = join(dir, 'missing-folder', 'plan.pdf')
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: chosen })
    const { window, sender } = context()
    const result = await exportPdf({ window, sender }, request)
    expect(result).toMatchObject({ status: 'error', message: expect.stringMatching(/ENOENT/) })
    expect(existsSync(chosen)).toBe(false)
  })

  it('reports a rendering failure as an error result', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: join(dir, 'plan.pdf') })
    const { window, sender, fake } = context()
    fake.printToPDF.mockRejectedValue(new Error('render failed'))
    await expect(exportPdf({ window, sender }, request)).resolves.toEqual({
      status: 'error',
      message: 'The PDF could not be saved: render failed',
    })
    expect(readdirSync(dir)).toEqual([])
  })
})

describe('setupPrint', () => {
  it('handles the print channels for the app page', async () => {
    setupPrint(location)
    const chosen = join(dir, 'plan.pdf')
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: chosen })
    const window = new BrowserWindow({})
    const from = { sender: window.webContents, frame: appFrame }
    await expect(ipcMain.invoke(channels.print, from, { landscape: false, pageSize: 'A4' })).resolves.toEqual({ status: 'printed' })
    await expect(ipcMain.invoke(channels.printToPdf, from, request)).resolves.toEqual({ status: 'saved', path: chosen })
  })
})
