import type { BrowserWindow as ElectronWindow, MenuItemConstructorOptions } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { pathToFileURL } from 'node:url'
import { channels, menuCommands, type MenuCommand } from '../../../shared/ipc'
import { resolveAppLocation } from '../../../electron/main/app-location'
import { buildMenuTemplate, MenuDelivery, setupMenu, setupRendererReady, type MenuOptions, type MenuTarget } from '../../../electron/main/menu'
import { app, BrowserWindow, ipcMain, Menu, resetFakeElectron } from '../fake-electron'

vi.mock('electron', () => import('../fake-electron'))

beforeEach(resetFakeElectron)

/** Every item of a template, depth first. */
function items(template: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])])
}

function template(options: Partial<MenuOptions> = {}) {
  const sent: MenuCommand[] = []
  const built = buildMenuTemplate({
    locale: 'en',
    isMac: false,
    isDevelopment: false,
    send: (command) => sent.push(command),
    ...options,
  })
  return { built, all: items(built), sent }
}

function click(item: MenuItemConstructorOptions | undefined): void {
  if (!item?.click) throw new Error(`no clickable item ${item?.label}`)
  // Handlers here ignore their arguments; Electron's MenuItem/BrowserWindow/event are not needed.
  ;(item.click as () => void)()
}

describe('buildMenuTemplate', () => {
  it('sends each app command to the renderer', () => {
    const { all, sent } = template()
    for (const label of ['New Week', 'Print…', 'Export PDF…', 'Back Up…', 'Restore…', 'About Gutplan', 'Health Notice']) {
      click(all.find((item) => item.label === label))
    }
    expect(sent).toEqual(['new-week', 'print', 'export-pdf', 'backup', 'restore', 'about', 'health-notice'])
    expect(new Set(sent)).toEqual(new Set(menuCommands))
  })

  it('gives the main commands their shortcuts', () => {
    const { all } = template()
    const accelerator = (label: string) => all.find((item) => item.label === label)?.accelerator
    expect(accelerator('New Week')).toBe('CmdOrCtrl+N')
    expect(accelerator('Print…')).toBe('CmdOrCtrl+P')
    expect(accelerator('Export PDF…')).toBe('CmdOrCtrl+Shift+E')
  })

  it('hides reload and developer tools in production', () => {
    const roles = template({ isDevelopment: false }).all.map((item) => item.role)
    expect(roles).not.toContain('reload')
    expect(roles).not.toContain('forceReload')
    expect(roles).not.toContain('toggleDevTools')
    expect(roles).toEqual(expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen', 'quit']))
  })

  it('offers reload and developer tools in development', () => {
    const roles = template({ isDevelopment: true }).all.map((item) => item.role)
    expect(roles).toEqual(expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']))
  })

  it('has the standard edit roles', () => {
    const roles = template().all.map((item) => item.role)
    expect(roles).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']))
  })

  it('puts an app menu first on macOS, with About and Quit in it', () => {
    const { built } = template({ isMac: true })
    expect(built.map((menu) => menu.label)).toEqual(['Gutplan', 'File', 'Edit', 'View', 'Window', 'Help'])
    const appItems = items([built[0] ?? {}])
    expect(appItems.some((item) => item.role === 'quit')).toBe(true)
    expect(appItems.some((item) => item.label === 'About Gutplan')).toBe(true)
    const fileItems = items([built[1] ?? {}])
    expect(fileItems.some((item) => item.role === 'quit')).toBe(false)
  })

  it('has no app menu elsewhere', () => {
    expect(template().built.map((menu) => menu.label)).toEqual(['File', 'Edit', 'View', 'Help'])
  })

  it('speaks German for a German locale', () => {
    const { built, all } = template({ locale: 'de' })
    expect(built.map((menu) => menu.label)).toEqual(['Datei', 'Bearbeiten', 'Ansicht', 'Hilfe'])
    expect(all.some((item) => item.label === 'Neue Woche')).toBe(true)
  })
})

describe('setupMenu', () => {
  it("installs the menu in the app's locale and sends clicks to the window on the menu channel", () => {
    app.locale = 'de-DE'
    const window = new BrowserWindow({})
    const delivery = new MenuDelivery()
    setupMenu(() => window as unknown as ElectronWindow, false, delivery)
    delivery.markReady(window.webContents as unknown as MenuTarget)
    const installed = Menu.applicationMenu?.template as MenuItemConstructorOptions[] | undefined
    expect(installed?.[0]?.label).toBe('Datei')
    click(items(installed ?? []).find((item) => item.label === 'Drucken…'))
    expect(window.webContents.sent).toEqual([{ channel: 'menu:command', args: ['print'] }])
  })

  it('drops a command when there is no window', () => {
    setupMenu(() => null, false)
    const installed = Menu.applicationMenu?.template as MenuItemConstructorOptions[] | undefined
    expect(() => click(items(installed ?? []).find((item) => item.label === 'Print…'))).not.toThrow()
  })
})

describe('menu commands before the page is ready', () => {
  const indexPath = '/app/out/renderer/index.html'
  const location = resolveAppLocation(undefined, indexPath, true)
  const appFrame = { url: `${pathToFileURL(indexPath).href}#/plan`, parent: null }
  const commandsSent = (window: BrowserWindow) => window.webContents.sent.filter((m) => m.channel === channels.onMenuCommand).map((m) => m.args[0])

  function started() {
    app.locale = 'en-GB'
    const window = new BrowserWindow({})
    const delivery = new MenuDelivery()
    setupRendererReady(location, delivery)
    setupMenu(() => window as unknown as ElectronWindow, false, delivery)
    const installed = (Menu.applicationMenu?.template as MenuItemConstructorOptions[] | undefined) ?? []
    const choose = (label: string) => click(items(installed).find((item) => item.label === label))
    const ready = () => ipcMain.invoke(channels.rendererReady, { sender: window.webContents, frame: appFrame })
    return { window, choose, ready }
  }

  it('wait until the page says it is ready, then arrive in order', async () => {
    const { window, choose, ready } = started()
    choose('Back Up…')
    choose('Print…')
    expect(commandsSent(window)).toEqual([])
    await ready()
    expect(commandsSent(window)).toEqual(['backup', 'print'])
    choose('Export PDF…')
    expect(commandsSent(window)).toEqual(['backup', 'print', 'export-pdf'])
  })

  it('wait again while the page reloads, and a repeated key waits once', async () => {
    const { window, choose, ready } = started()
    await ready()
    window.webContents.emit('did-start-loading')
    choose('Print…')
    choose('Print…')
    choose('Print…')
    expect(commandsSent(window)).toEqual([])
    await ready()
    expect(commandsSent(window)).toEqual(['print'])
  })

  it('refuses a ready call from a page that is not the app', async () => {
    const { window } = started()
    await expect(ipcMain.invoke(channels.rendererReady, { sender: window.webContents, frame: { url: 'https://example.com/', parent: null } })).rejects.toThrow(/refused/)
  })
})
