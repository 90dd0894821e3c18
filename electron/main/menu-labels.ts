/**
 * The native menu's words, per locale. The renderer has its own translations;
 * the menu is built before the page loads, so it keeps this small table.
 */

export const menuLocales = ['en', 'de'] as const
export type MenuLocale = (typeof menuLocales)[number]

const en = {
  file: 'File',
  newWeek: 'New Week',
  print: 'Print…',
  exportPdf: 'Export PDF…',
  backup: 'Back Up…',
  restore: 'Restore…',
  quit: 'Quit',
  edit: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select All',
  view: 'View',
  reload: 'Reload',
  forceReload: 'Force Reload',
  toggleDevTools: 'Toggle Developer Tools',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  resetZoom: 'Actual Size',
  toggleFullScreen: 'Toggle Full Screen',
  window: 'Window',
  help: 'Help',
  about: 'About Gutplan',
  healthNotice: 'Health Notice',
  services: 'Services',
  hide: 'Hide Gutplan',
  hideOthers: 'Hide Others',
  showAll: 'Show All',
} as const

export type MenuLabelKey = keyof typeof en

/** Every label, for every locale: a missing German word is a compile error. */
export const menuLabels: Record<MenuLocale, Record<MenuLabelKey, string>> = {
  en,
  de: {
    file: 'Datei',
    newWeek: 'Neue Woche',
    print: 'Drucken…',
    exportPdf: 'Als PDF exportieren…',
    backup: 'Sicherung erstellen…',
    restore: 'Wiederherstellen…',
    quit: 'Beenden',
    edit: 'Bearbeiten',
    undo: 'Rückgängig',
    redo: 'Wiederholen',
    cut: 'Ausschneiden',
    copy: 'Kopieren',
    paste: 'Einfügen',
    selectAll: 'Alles auswählen',
    view: 'Ansicht',
    reload: 'Neu laden',
    forceReload: 'Neu laden erzwingen',
    toggleDevTools: 'Entwicklerwerkzeuge',
    zoomIn: 'Vergrößern',
    zoomOut: 'Verkleinern',
    resetZoom: 'Originalgröße',
    toggleFullScreen: 'Vollbild',
    window: 'Fenster',
    help: 'Hilfe',
    about: 'Über Gutplan',
    healthNotice: 'Gesundheitshinweis',
    services: 'Dienste',
    hide: 'Gutplan ausblenden',
    hideOthers: 'Andere ausblenden',
    showAll: 'Alle einblenden',
  },
}

/** Picks the menu locale from `app.getLocale()` ('de', 'de-AT' → German; anything else → English). */
export function menuLocaleFor(appLocale: string): MenuLocale {
  const language = appLocale.toLowerCase().split(/[-_]/)[0] ?? ''
  return isMenuLocale(language) ? language : 'en'
}

function isMenuLocale(value: string): value is MenuLocale {
  return (menuLocales as readonly string[]).includes(value)
}
