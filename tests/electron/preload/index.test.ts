import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { channels, type DesktopApi, type MenuCommand } from '../../../shared/ipc'
import { contextBridge, ipcRenderer } from '../fake-electron'

vi.mock('electron', () => import('../fake-electron'))

let api: DesktopApi

beforeAll(async () => {
  await import('../../../electron/preload/index')
  api = contextBridge.exposed.get('desktop') as DesktopApi
})

beforeEach(() => {
  ipcRenderer.invoke.mockReset().mockResolvedValue({ status: 'cancelled' })
})

describe('preload', () => {
  it('exposes exactly one object, window.desktop, with exactly the contract methods', () => {
    expect([...contextBridge.exposed.keys()]).toEqual(['desktop'])
    expect(Object.keys(api).sort()).toEqual(Object.keys(channels).sort())
  })

  it('forwards each operation to its own invoke channel with its request', async () => {
    const pdf = { landscape: false, pageSize: 'A4', suggestedName: 'plan.pdf' } as const
    const save = { suggestedName: 'b.json', content: '{}', filters: [] }
    await api.print({ landscape: true, pageSize: 'Letter' })
    await api.printToPdf(pdf)
    await api.saveFile(save)
    await api.openFile({ filters: [] })
    await api.appInfo()
    expect(ipcRenderer.invoke.mock.calls).toEqual([
      [channels.print, { landscape: true, pageSize: 'Letter' }],
      [channels.printToPdf, pdf],
      [channels.saveFile, save],
      [channels.openFile, { filters: [] }],
      [channels.appInfo],
    ])
  })

  it('returns what main answers', async () => {
    ipcRenderer.invoke.mockResolvedValue({ status: 'saved', path: '/home/ada/plan.pdf' })
    await expect(api.printToPdf({ landscape: false, pageSize: 'A4', suggestedName: 'plan.pdf' })).resolves.toEqual({
      status: 'saved',
      path: '/home/ada/plan.pdf',
    })
  })

  it('relays only known menu commands, without the event, until unsubscribed', () => {
    const received: MenuCommand[] = []
    const off = api.onMenuCommand((command) => received.push(command))
    const event = { sender: 'ipc internals' }
    ipcRenderer.emit(channels.onMenuCommand, event, 'print')
    ipcRenderer.emit(channels.onMenuCommand, event, 'rm -rf /')
    ipcRenderer.emit(channels.onMenuCommand, event, { command: 'print' })
    ipcRenderer.emit(channels.onMenuCommand, event, 'new-week')
    expect(received).toEqual(['print', 'new-week'])

    off()
    expect(ipcRenderer.listenerCount(channels.onMenuCommand)).toBe(0)
    ipcRenderer.emit(channels.onMenuCommand, event, 'backup')
    expect(received).toEqual(['print', 'new-week'])
  })
})
