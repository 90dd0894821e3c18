/**
 * A stand-in for the 'electron' module, for `vi.mock('electron', () => import('../fake-electron'))`.
 * It records what the code under test asked of Electron (window options, handlers, menus,
 * dialogs) and lets a test play the other side (invoke a channel, fire an event, answer a dialog).
 * Only the members the app uses exist; `resetFakeElectron()` starts each test clean.
 */
import { vi } from 'vitest'

type Listener = (...args: unknown[]) => unknown

/** A minimal event emitter, as Electron's objects are. */
class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>()
  on(name: string, listener: Listener): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener])
    return this
  }
  once(name: string, listener: Listener): this {
    const wrapped: Listener = (...args) => {
      this.off(name, wrapped)
      return listener(...args)
    }
    return this.on(name, wrapped)
  }
  off(name: string, listener: Listener): this {
    this.listeners.set(name, (this.listeners.get(name) ?? []).filter((l) => l !== listener))
    return this
  }
  emit(name: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(name) ?? []) listener(...args)
  }
  listenerCount(name: string): number {
    return this.listeners.get(name)?.length ?? 0
  }
}

/** An Electron-style event: `preventDefault()` is recorded. */
export class FakeEvent {
  isDefaultPrevented = false
  constructor(readonly url = '') {}
  preventDefault(): void {
    this.isDefaultPrevented = true
  }
}

export class FakeWebContents extends FakeEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null
  readonly sent: Array<{ channel: string; args: unknown[] }> = []
  print = vi.fn((_options: unknown, callback?: (success: boolean, reason: string) => void) => callback?.(true, ''))
  printToPDF = vi.fn(async (_options: unknown) => Buffer.from('%PDF-1.7 fake'))
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args })
  }
}

export class BrowserWindow extends FakeEmitter {
  static instances: BrowserWindow[] = []
  static fromWebContents(contents: unknown): BrowserWindow | null {
    return BrowserWindow.instances.find((w) => w.webContents === contents) ?? null
  }
  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.instances.filter((w) => !w.destroyed)
  }

  readonly webContents = new FakeWebContents()
  loadedUrl: string | null = null
  isVisible = false
  maximized = false
  destroyed = false
  normalBounds = { x: 10, y: 20, width: 1000, height: 700 }

  constructor(readonly options: Record<string, unknown>) {
    super()
    BrowserWindow.instances.push(this)
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url
    return Promise.resolve()
  }
  show(): void {
    this.isVisible = true
  }
  maximize(): void {
    this.maximized = true
  }
  isMaximized(): boolean {
    return this.maximized
  }
  getNormalBounds() {
    return this.normalBounds
  }
  isDestroyed(): boolean {
    return this.destroyed
  }
  isMinimized(): boolean {
    return false
  }
  restore(): void {}
  focus(): void {}
}

/** What `ipcMain.handle` registered; `invoke` plays the renderer. */
class FakeIpcMain {
  readonly handlers = new Map<string, Listener>()
  handle(channel: string, handler: Listener): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`)
    this.handlers.set(channel, handler)
  }
  /** Calls a handler as Electron would, with an event from `sender` in `frame`. */
  async invoke(channel: string, from: { sender: FakeWebContents; frame: { url: string; parent: unknown } | null }, ...args: unknown[]) {
    const handler = this.handlers.get(channel)
    if (!handler) throw new Error(`no handler for ${channel}`)
    return handler({ sender: from.sender, senderFrame: from.frame }, ...args)
  }
}

export const ipcMain = new FakeIpcMain()

export const dialog = {
  showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: '' })),
  showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
}

export const shell = { openExternal: vi.fn(async (_url: string) => {}) }

class FakeSession {
  permissionRequestHandler: Listener | null = null
  permissionCheckHandler: Listener | null = null
  devicePermissionHandler: Listener | null = null
  setPermissionRequestHandler(handler: Listener): void {
    this.permissionRequestHandler = handler
  }
  setPermissionCheckHandler(handler: Listener): void {
    this.permissionCheckHandler = handler
  }
  setDevicePermissionHandler(handler: Listener): void {
    this.devicePermissionHandler = handler
  }
}

export const session = { defaultSession: new FakeSession() }

class FakeApp extends FakeEmitter {
  isPackaged = false
  locale = 'en-US'
  hasLock = true
  paths: Record<string, string> = {}
  calls: string[] = []
  private readyResolve: (() => void) | null = null
  private ready = Promise.resolve()
  constructor() {
    super()
    this.reset()
  }
  reset(): void {
    this.isPackaged = false
    this.locale = 'en-US'
    this.hasLock = true
    this.paths = { userData: '/fake/userData', documents: '/fake/Documents' }
    this.calls = []
    this.listeners.clear()
    this.ready = new Promise<void>((resolve) => (this.readyResolve = resolve))
  }
  getPath(name: string): string {
    const path = this.paths[name]
    if (!path) throw new Error(`no path ${name}`)
    return path
  }
  setPath(name: string, path: string): void {
    this.calls.push(`setPath:${name}`)
    this.paths[name] = path
  }
  getLocale(): string {
    return this.locale
  }
  getName(): string {
    return 'Gutplan'
  }
  getVersion(): string {
    return '0.1.0'
  }
  enableSandbox(): void {
    this.calls.push('enableSandbox')
  }
  requestSingleInstanceLock(): boolean {
    this.calls.push('requestSingleInstanceLock')
    return this.hasLock
  }
  whenReady(): Promise<void> {
    this.calls.push('whenReady')
    return this.ready
  }
  /** Plays Electron's `ready`. */
  becomeReady(): void {
    this.readyResolve?.()
  }
  quit(): void {
    this.calls.push('quit')
  }
  exit(code: number): void {
    this.calls.push(`exit:${code}`)
  }
}

export const app = new FakeApp()

/** A built menu keeps its template, so tests read it back. */
export const Menu = {
  applicationMenu: null as { template: unknown[] } | null,
  buildFromTemplate(template: unknown[]) {
    return { template }
  },
  setApplicationMenu(menu: { template: unknown[] } | null): void {
    Menu.applicationMenu = menu
  },
}

export const screen = {
  displays: [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
  getAllDisplays() {
    return screen.displays
  },
}

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, api: unknown): void {
    contextBridge.exposed.set(key, api)
  },
}

class FakeIpcRenderer extends FakeEmitter {
  invoke = vi.fn(async (..._args: unknown[]): Promise<unknown> => undefined)
}

export const ipcRenderer = new FakeIpcRenderer()

/** Power-save blockers: ids of the started ones. */
export const powerSaveBlocker = {
  started: new Set<number>(),
  next: 1,
  start: vi.fn((_type: 'prevent-display-sleep' | 'prevent-app-suspension') => {
    const id = powerSaveBlocker.next++
    powerSaveBlocker.started.add(id)
    return id
  }),
  stop: vi.fn((id: number) => {
    powerSaveBlocker.started.delete(id)
  }),
  isStarted: (id: number) => powerSaveBlocker.started.has(id),
}

/** Forgets everything recorded; call in `beforeEach`. */
export function resetFakeElectron(): void {
  BrowserWindow.instances = []
  ipcMain.handlers.clear()
  dialog.showSaveDialog.mockReset().mockResolvedValue({ canceled: true, filePath: '' })
  dialog.showOpenDialog.mockReset().mockResolvedValue({ canceled: true, filePaths: [] })
  shell.openExternal.mockReset().mockResolvedValue(undefined)
  session.defaultSession = new FakeSession()
  Menu.applicationMenu = null
  screen.displays = [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }]
  contextBridge.exposed.clear()
  ipcRenderer.listeners.clear()
  ipcRenderer.invoke.mockReset()
  powerSaveBlocker.started.clear()
  powerSaveBlocker.start.mockClear()
  powerSaveBlocker.stop.mockClear()
  app.reset()
}
