/**
 * The native menu. Its app commands are not handled here: each is sent to the renderer
 * as a `MenuCommand` on `channels.onMenuCommand`, and the renderer decides what it means.
 * Commands wait until the page says it is ready, so none chosen during start-up is lost.
 */
import { app, Menu, type BrowserWindow, type MenuItemConstructorOptions, type WebContents } from 'electron'
import { channels, type MenuCommand } from '../../shared/ipc'
import type { AppLocation } from './app-location'
import { handle } from './ipc'
import { menuLabels, menuLocaleFor, type MenuLabelKey, type MenuLocale } from './menu-labels'

/** What the template depends on, so it can be built and inspected without a running app. */
export interface MenuOptions {
  locale: MenuLocale
  /** macOS: an app menu first, Quit lives there, and a Window menu. */
  isMac: boolean
  /** Reload and developer tools are offered only when running from the dev server. */
  isDevelopment: boolean
  /** Delivers a command to the renderer. */
  send: (command: MenuCommand) => void
}

/** Builds the menu template: File, Edit, View, (Window), Help, and on macOS the app menu. */
export function buildMenuTemplate({ locale, isMac, isDevelopment, send }: MenuOptions): MenuItemConstructorOptions[] {
  const t = (key: MenuLabelKey) => menuLabels[locale][key]
  const command = (label: MenuLabelKey, name: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label: t(label),
    ...(accelerator ? { accelerator } : {}),
    click: () => send(name),
  })
  const separator: MenuItemConstructorOptions = { type: 'separator' }

  const appMenu: MenuItemConstructorOptions = {
    label: 'Gutplan',
    submenu: [
      command('about', 'about'),
      separator,
      { role: 'services', label: t('services') },
      separator,
      { role: 'hide', label: t('hide') },
      { role: 'hideOthers', label: t('hideOthers') },
      { role: 'unhide', label: t('showAll') },
      separator,
      { role: 'quit', label: t('quit') },
    ],
  }

  const fileMenu: MenuItemConstructorOptions = {
    label: t('file'),
    submenu: [
      command('newWeek', 'new-week', 'CmdOrCtrl+N'),
      separator,
      command('print', 'print', 'CmdOrCtrl+P'),
      command('exportPdf', 'export-pdf', 'CmdOrCtrl+Shift+E'),
      separator,
      command('backup', 'backup', 'CmdOrCtrl+Shift+B'),
      command('restore', 'restore'),
      ...(isMac ? [] : [separator, { role: 'quit', label: t('quit') } satisfies MenuItemConstructorOptions]),
    ],
  }

  const editMenu: MenuItemConstructorOptions = {
    label: t('edit'),
    submenu: [
      { role: 'undo', label: t('undo') },
      { role: 'redo', label: t('redo') },
      separator,
      { role: 'cut', label: t('cut') },
      { role: 'copy', label: t('copy') },
      { role: 'paste', label: t('paste') },
      separator,
      { role: 'selectAll', label: t('selectAll') },
    ],
  }

  const developmentItems: MenuItemConstructorOptions[] = isDevelopment
    ? [
        { role: 'reload', label: t('reload') },
        { role: 'forceReload', label: t('forceReload') },
        { role: 'toggleDevTools', label: t('toggleDevTools') },
        separator,
      ]
    : []

  const viewMenu: MenuItemConstructorOptions = {
    label: t('view'),
    submenu: [
      ...developmentItems,
      { role: 'zoomIn', label: t('zoomIn') },
      { role: 'zoomOut', label: t('zoomOut') },
      { role: 'resetZoom', label: t('resetZoom') },
      separator,
      { role: 'togglefullscreen', label: t('toggleFullScreen') },
    ],
  }

  const windowMenu: MenuItemConstructorOptions = { role: 'windowMenu', label: t('window') }

  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    label: t('help'),
    submenu: [
      command('healthNotice', 'health-notice'),
      ...(isMac ? [] : [separator, command('about', 'about')]),
    ],
  }

  return [...(isMac ? [appMenu] : []), fileMenu, editMenu, viewMenu, ...(isMac ? [windowMenu] : []), helpMenu]
}

/** What menu delivery needs of a page's web contents. */
export type MenuTarget = Pick<WebContents, 'send' | 'on'>

/** Most commands kept for a page that is still loading (a key held down should not print ten times). */
const maxWaiting = 10

/**
 * Delivers menu commands to a page once it has said it is ready (`rendererReady`): a command
 * chosen while the page is still loading waits, in order, instead of being dropped. A page that
 * starts loading again (a reload) waits again. The same command twice in a row waits once.
 */
export class MenuDelivery {
  private readonly pages = new WeakMap<MenuTarget, { isReady: boolean; waiting: MenuCommand[] }>()

  private pageOf(target: MenuTarget) {
    let page = this.pages.get(target)
    if (!page) {
      const created = { isReady: false, waiting: [] as MenuCommand[] }
      target.on('did-start-loading', () => void (created.isReady = false))
      this.pages.set(target, created)
      page = created
    }
    return page
  }

  send(target: MenuTarget, command: MenuCommand): void {
    const page = this.pageOf(target)
    if (page.isReady) target.send(channels.onMenuCommand, command)
    else if (page.waiting.at(-1) !== command && page.waiting.length < maxWaiting) page.waiting.push(command)
  }

  /** The page's handlers are in place: what waited is sent now. */
  markReady(target: MenuTarget): void {
    const page = this.pageOf(target)
    page.isReady = true
    const waiting = page.waiting.splice(0)
    for (const command of waiting) target.send(channels.onMenuCommand, command)
  }
}

/** Registers `rendererReady`: the page tells main its menu handlers are listening. */
export function setupRendererReady(location: AppLocation, delivery: MenuDelivery): void {
  handle(location, 'rendererReady', async ({ sender }) => delivery.markReady(sender))
}

/**
 * Installs the application menu. Commands go to the window `getWindow` returns at the time of
 * the click, once its page is ready (see MenuDelivery); with no window they are dropped.
 */
export function setupMenu(getWindow: () => BrowserWindow | null, isDevelopment: boolean, delivery: MenuDelivery = new MenuDelivery()): void {
  const template = buildMenuTemplate({
    locale: menuLocaleFor(app.getLocale()),
    isMac: process.platform === 'darwin',
    isDevelopment,
    send: (command) => {
      const window = getWindow()
      if (window && !window.isDestroyed()) delivery.send(window.webContents, command)
    },
  })
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
