import { beforeEach, describe, expect, it, vi } from 'vitest'
import { askOpenPath, askSavePath, errorMessage } from '../../../electron/main/dialogs'
import { app, dialog, resetFakeElectron } from '../fake-electron'

vi.mock('electron', () => import('../fake-electron'))

beforeEach(resetFakeElectron)

describe('askSavePath', () => {
  it('offers the name in the Documents folder and asks before overwriting', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/home/ada/plan.pdf' })
    await expect(askSavePath(null, 'Export PDF', 'plan.pdf', [])).resolves.toBe('/home/ada/plan.pdf')
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: '/fake/Documents/plan.pdf', properties: ['showOverwriteConfirmation'] }),
    )
  })

  it('offers the bare name where there is no Documents folder', async () => {
    delete app.paths.documents
    await askSavePath(null, 'Save', 'backup.json', [])
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: 'backup.json' }))
  })

  it('answers null when cancelled, or when no path came back', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '/ignored' })
    await expect(askSavePath(null, 'Save', 'a.json', [])).resolves.toBeNull()
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '' })
    await expect(askSavePath(null, 'Save', 'a.json', [])).resolves.toBeNull()
  })
})

describe('askOpenPath', () => {
  it('answers the one chosen file, or null', async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/home/ada/backup.json'] })
    await expect(askOpenPath(null, 'Open', [])).resolves.toBe('/home/ada/backup.json')
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [] })
    await expect(askOpenPath(null, 'Open', [])).resolves.toBeNull()
    dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: ['/x'] })
    await expect(askOpenPath(null, 'Open', [])).resolves.toBeNull()
  })
})

describe('errorMessage', () => {
  it('reads Errors and anything else', () => {
    expect(errorMessage(new Error('disk full'))).toBe('disk full')
    expect(errorMessage('plain')).toBe('plain')
  })
})
