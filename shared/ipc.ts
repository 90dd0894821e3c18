/**
 * The one contract between the renderer and the desktop.
 *
 * The preload implements `DesktopApi` over IPC, the main process handles the channels,
 * and the renderer's browser adapter implements the same interface with browser means.
 * Channel names and argument schemas are declared here once and used by all three.
 */
import { z } from 'zod'

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

export const fileFilterSchema = z.object({
  name: z.string().min(1).max(80),
  extensions: z.array(z.string().regex(/^[a-z0-9]{1,10}$/i)).min(1).max(10),
})
export type FileFilter = z.infer<typeof fileFilterSchema>

/** A file name only: no folders, no control characters, no leading dot. */
export const suggestedNameSchema = z
  .string()
  .min(1)
  .max(200)
  .refine(isPlainFileName, 'a plain file name, without folders')

function isPlainFileName(name: string): boolean {
  if (name.startsWith('.') || /[/\\:*?"<>|]/.test(name)) return false
  for (const char of name) if (char.charCodeAt(0) < 0x20) return false
  return true
}

/** Text files the app writes (backups, shopping lists) stay well under this. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024

export const saveFileRequestSchema = z.object({
  suggestedName: suggestedNameSchema,
  content: z.string().max(MAX_FILE_BYTES),
  filters: z.array(fileFilterSchema).max(10),
})
export type SaveFileRequest = z.infer<typeof saveFileRequestSchema>

export const openFileRequestSchema = z.object({
  filters: z.array(fileFilterSchema).max(10),
})
export type OpenFileRequest = z.infer<typeof openFileRequestSchema>

export const pageSizes = ['A4', 'Letter'] as const
export type PageSize = (typeof pageSizes)[number]

export const printRequestSchema = z.object({
  landscape: z.boolean(),
  pageSize: z.enum(pageSizes),
})
export type PrintRequest = z.infer<typeof printRequestSchema>

export const pdfRequestSchema = printRequestSchema.extend({
  suggestedName: suggestedNameSchema,
})
export type PdfRequest = z.infer<typeof pdfRequestSchema>

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
}

export const channels = {
  print: 'print:dialog',
  printToPdf: 'print:pdf',
  saveFile: 'file:save',
  openFile: 'file:open',
  appInfo: 'app:info',
  onMenuCommand: 'menu:command',
} as const satisfies Record<keyof DesktopApi, string>

export type InvokeKey = Exclude<keyof DesktopApi, `on${string}`>

/** Argument schemas for every invoke channel, as tuples: main parses renderer input with these. */
export const invokeArgs = {
  print: z.tuple([printRequestSchema]),
  printToPdf: z.tuple([pdfRequestSchema]),
  saveFile: z.tuple([saveFileRequestSchema]),
  openFile: z.tuple([openFileRequestSchema]),
  appInfo: z.tuple([]),
} as const satisfies Record<InvokeKey, z.ZodTuple>

/**
 * Parses the raw arguments of an invoke call.
 * Throws an Error naming the channel and the first problem when they do not fit.
 */
export function parseInvokeArgs<K extends InvokeKey>(key: K, args: unknown[]): Parameters<DesktopApi[K]> {
  const result = invokeArgs[key].safeParse(args)
  if (!result.success) {
    const issue = result.error.issues[0]
    const where = issue ? issue.path.join('.') : ''
    throw new Error(`Invalid arguments for ${key}${where ? ` at ${where}` : ''}: ${issue?.message ?? 'unknown'}`)
  }
  return result.data as Parameters<DesktopApi[K]>
}

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (menuCommands as readonly string[]).includes(value)
}
