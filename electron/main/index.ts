/**
 * The main process: lifecycle only. Everything else is a `setupX()` in its own module.
 */
import { resolve } from 'node:path'
import { app, BrowserWindow, session } from 'electron'
import { resolveAppLocation } from './app-location'
import { setupAppInfo } from './handlers/app-info'
import { setupScreen } from './handlers/screen'
import { setupFiles } from './handlers/files'
import { setupPrint } from './handlers/print'
import { MenuDelivery, setupMenu, setupRendererReady } from './menu'
import { rendererIndexPath } from './paths'
import { denyAllPermissions } from './security'
import { createMainWindow } from './window'

// Tests (and anyone who wants a second profile) point the data folder elsewhere.
// This must happen before `ready`, and before the single-instance lock, which is per data folder.
const userDataOverride = process.env.GUTPLAN_USER_DATA
if (userDataOverride) app.setPath('userData', resolve(userDataOverride))

// Every renderer runs sandboxed, whatever a window's own preferences say.
app.enableSandbox()

const location = resolveAppLocation(process.env.ELECTRON_RENDERER_URL, rendererIndexPath, app.isPackaged)
let mainWindow: BrowserWindow | null = null

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', focusMainWindow)
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow()
  })
  app.whenReady().then(onReady, (error: unknown) => {
    console.error('Gutplan could not start:', error)
    app.exit(1)
  })
}

function onReady(): void {
  denyAllPermissions(session.defaultSession)
  setupPrint(location)
  setupFiles(location)
  setupAppInfo(location)
  setupScreen(location)
  const menuDelivery = new MenuDelivery()
  setupRendererReady(location, menuDelivery)
  setupMenu(() => mainWindow, location.isDevServer, menuDelivery)
  openMainWindow()
}

function openMainWindow(): void {
  mainWindow = createMainWindow(location, app.getPath('userData'))
  mainWindow.on('closed', () => {
    mainWindow = null
  })
}

function focusMainWindow(): void {
  if (!mainWindow) return
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.show()
  mainWindow.focus()
}
