/**
 * The native menu. Its app commands are not handled here: each is sent to the renderer
 * as a `MenuCommand` on `channels.onMenuCommand`, and the renderer decides what it means.
 */
import { app, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron'
import { channels, type MenuCommand } from '../../shared/ipc'
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

/**
 * Installs the application menu. Commands go to the window `getWindow` returns
 * at the time of the click; with no window they are dropped.
 */
export function setupMenu(getWindow: () => BrowserWindow | null, isDevelopment: boolean): void {
  const template = buildMenuTemplate({
    locale: menuLocaleFor(app.getLocale()),
    isMac: process.platform === 'darwin',
    isDevelopment,
    send: (command) => {
      const window = getWindow()
      if (window && !window.isDestroyed()) window.webContents.send(channels.onMenuCommand, command)
    },
  })
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
