/**
 * The one contract between the renderer and the desktop.
 *
 * The preload implements `DesktopApi` over IPC, the main process handles the channels,
 * and the renderer's browser adapter implements the same interface with browser means.
 * Channel names and payload types are declared here once and used by all three; the runtime
 * schemas that main validates arguments with are in ipc-schemas.ts.
 */

/** Commands the native menu sends to the renderer. */
export const menuCommands = [
  'new-week',
  'print',
  'export-pdf',
  'backup',
  'restore',
  'about',
  'health-notice',
] as const
export type MenuCommand = (typeof menuCommands)[number]

export interface FileFilter {
  name: string
  extensions: string[]
}

/** Text files the app writes (backups, shopping lists) stay well under this. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024

export interface SaveFileRequest {
  /** A plain file name, without folders. */
  suggestedName: string
  content: string
  filters: FileFilter[]
}

export interface OpenFileRequest {
  filters: FileFilter[]
}

export const pageSizes = ['A4', 'Letter'] as const
export type PageSize = (typeof pageSizes)[number]

export interface PrintRequest {
  landscape: boolean
  pageSize: PageSize
}

export interface PdfRequest extends PrintRequest {
  /** A plain file name, without folders. */
  suggestedName: string
}

/** What happened to a save: where it went, that the person cancelled, or why it failed. */
export type SaveResult =
  | { status: 'saved'; path: string }
  /** The browser took over (a download or its own print dialog): where the file goes is the browser's business. */
  | { status: 'handed-to-browser' }
  | { status: 'cancelled' }
  | { status: 'error'; message: string }

export type OpenResult =
  | { status: 'opened'; name: string; content: string }
  | { status: 'cancelled' }
  | { status: 'error'; message: string }

export type PrintResult =
  | { status: 'printed' }
  /** A browser's own print dialog took over; whether it printed is not reported back. */
  | { status: 'handed-to-browser' }
  | { status: 'cancelled' }
  | { status: 'error'; message: string }

export interface AppInfo {
  name: string
  version: string
  /** 'desktop' inside Electron, 'browser' in web mode. */
  runtime: 'desktop' | 'browser'
  /** Versions of Electron, Chromium and Node where they are known. */
  versions: Record<string, string>
  /** Where the app keeps its data, where the runtime can tell. */
  dataPath: string | null
}

/** Whether the screen is kept from sleeping (while cooking from a recipe), or cannot be. */
export type ScreenResult = { status: 'on' } | { status: 'off' } | { status: 'unavailable' }

export interface DesktopApi {
  /** Opens the system print dialog for the current view. */
  print(request: PrintRequest): Promise<PrintResult>
  /** Renders the current view to PDF and saves it where the person chooses. */
  printToPdf(request: PdfRequest): Promise<SaveResult>
  /** Saves text (a backup, a shopping list) where the person chooses. */
  saveFile(request: SaveFileRequest): Promise<SaveResult>
  /** Lets the person pick a text file and returns its content. */
  openFile(request: OpenFileRequest): Promise<OpenResult>
  /** Name, version and runtime of the app. */
  appInfo(): Promise<AppInfo>
  /** Subscribes to native menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
  /** Tells the desktop the page is listening: menu commands chosen while it loaded are sent now. */
  rendererReady(): Promise<void>
  /** Keeps the screen on (the cook view: hands in the dough), or lets it sleep again. */
  keepScreenOn(on: boolean): Promise<ScreenResult>
}

export const channels = {
  print: 'print:dialog',
  printToPdf: 'print:pdf',
  saveFile: 'file:save',
  openFile: 'file:open',
  appInfo: 'app:info',
  onMenuCommand: 'menu:command',
  rendererReady: 'app:renderer-ready',
  keepScreenOn: 'screen:keep-on',
} as const satisfies Record<keyof DesktopApi, string>

export type InvokeKey = Exclude<keyof DesktopApi, `on${string}`>

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (menuCommands as readonly string[]).includes(value)
}
