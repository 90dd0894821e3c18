import { pathToFileURL } from 'node:url'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { channels } from '../../../../shared/ipc'
import { resolveAppLocation } from '../../../../electron/main/app-location'
import { appInfo, setupAppInfo } from '../../../../electron/main/handlers/app-info'
import { app, FakeWebContents, ipcMain, resetFakeElectron } from '../../fake-electron'

vi.mock('electron', () => import('../../fake-electron'))

beforeEach(resetFakeElectron)

describe('appInfo', () => {
  it('describes the desktop app', () => {
    app.paths.userData = '/home/ada/.config/Gutplan'
    expect(appInfo()).toMatchObject({
      name: 'Gutplan',
      version: '0.1.0',
      runtime: 'desktop',
      dataPath: '/home/ada/.config/Gutplan',
      versions: { node: process.versions.node },
    })
  })

  it('is served on the appInfo channel', async () => {
    const indexPath = '/app/out/renderer/index.html'
    setupAppInfo(resolveAppLocation(undefined, indexPath, true))
    const from = { sender: new FakeWebContents(), frame: { url: pathToFileURL(indexPath).href, parent: null } }
    await expect(ipcMain.invoke(channels.appInfo, from)).resolves.toMatchObject({ runtime: 'desktop' })
  })
})
