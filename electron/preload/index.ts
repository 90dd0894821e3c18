/**
 * The preload: implements the shared `DesktopApi` over `ipcRenderer.invoke`, one method per
 * operation, and exposes exactly that object as `window.desktop`. Nothing else crosses the bridge.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { channels, isMenuCommand, type DesktopApi } from '../../shared/ipc'

const api: DesktopApi = {
  print: (request) => ipcRenderer.invoke(channels.print, request),
  printToPdf: (request) => ipcRenderer.invoke(channels.printToPdf, request),
  saveFile: (request) => ipcRenderer.invoke(channels.saveFile, request),
  openFile: (request) => ipcRenderer.invoke(channels.openFile, request),
  appInfo: () => ipcRenderer.invoke(channels.appInfo),
  rendererReady: () => ipcRenderer.invoke(channels.rendererReady),
  keepScreenOn: (on) => ipcRenderer.invoke(channels.keepScreenOn, on),
  onMenuCommand(listener) {
    // Only known commands reach the page; the event object never does.
    const relay = (_event: IpcRendererEvent, command: unknown) => {
      if (isMenuCommand(command)) listener(command)
    }
    ipcRenderer.on(channels.onMenuCommand, relay)
    return () => {
      ipcRenderer.off(channels.onMenuCommand, relay)
    }
  },
}

contextBridge.exposeInMainWorld('desktop', api)
