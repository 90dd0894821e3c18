/**
 * The one app window: secure web preferences, shown when ready, its bounds remembered.
 */
import { BrowserWindow, screen } from 'electron'
import type { AppLocation } from './app-location'
import { preloadPath } from './paths'
import { guardWebContents } from './security'
import {
  MIN_WINDOW_HEIGHT,
  MIN_WINDOW_WIDTH,
  readWindowState,
  stateFromBounds,
  windowStateFile,
  writeWindowState,
} from './window-state'

/** Creates the window, guards its web contents and loads the app's page into it. */
export function createMainWindow(location: AppLocation, userDataPath: string): BrowserWindow {
  const stateFile = windowStateFile(userDataPath)
  const state = readWindowState(
    stateFile,
    screen.getAllDisplays().map((display) => display.workArea),
  )

  // The web preferences stay written out here, in the constructor call, so reviewers and
  // electronegativity see every security switch in one place.
  const window = new BrowserWindow({
    width: state.width,
    height: state.height,
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    minWidth: MIN_WINDOW_WIDTH,
    minHeight: MIN_WINDOW_HEIGHT,
    title: 'Gutplan',
    backgroundColor: '#f7f8f3',
    show: false,
    webPreferences: {
      preload: preloadPath, /* eng-disable PRELOAD_JS_CHECK: reviewed; it exposes only the DesktopApi methods, each an ipcRenderer.invoke */
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Middle-click would otherwise try to open links in a new window.
      disableBlinkFeatures: 'Auxclick',
    },
  })

  if (state.isMaximized) window.maximize()
  window.once('ready-to-show', () => window.show())
  guardWebContents(window.webContents, location)
  window.on('close', () => rememberState(window, stateFile))

  window.loadURL(location.entryUrl).catch((error: unknown) => {
    console.error(`Gutplan could not load its page ${location.entryUrl}:`, error)
  })
  return window
}

function rememberState(window: BrowserWindow, stateFile: string): void {
  try {
    writeWindowState(stateFile, stateFromBounds(window.getNormalBounds(), window.isMaximized()))
  } catch (error) {
    // Losing the window size is no reason to keep the person from quitting.
    console.error('Could not remember the window size:', error)
  }
}
