/**
 * Runtime schemas for the arguments of every invoke channel of `DesktopApi`. The main process
 * parses renderer input with these; they live apart from the contract so the preload bundle,
 * which needs only channel names, stays free of zod.
 */
import { z } from 'zod'
import {
  MAX_FILE_BYTES,
  pageSizes,
  type DesktopApi,
  type FileFilter,
  type InvokeKey,
  type OpenFileRequest,
  type PdfRequest,
  type PrintRequest,
  type SaveFileRequest,
} from './ipc'
import { utf8Length } from './utf8'

function isPlainFileName(name: string): boolean {
  if (name.startsWith('.') || /[/\\:*?"<>|]/.test(name)) return false
  for (const char of name) if (char.charCodeAt(0) < 0x20) return false
  return true
}

export const fileFilterSchema: z.ZodType<FileFilter> = z.object({
  name: z.string().min(1).max(80),
  extensions: z.array(z.string().regex(/^[a-z0-9]{1,10}$/i)).min(1).max(10),
})

/** A file name only: no folders, no control characters, no leading dot. */
export const suggestedNameSchema = z.string().min(1).max(200).refine(isPlainFileName, 'a plain file name, without folders')

export const saveFileRequestSchema: z.ZodType<SaveFileRequest> = z.object({
  suggestedName: suggestedNameSchema,
  // The limit is in bytes as written to disk (UTF-8), not in characters.
  content: z.string().refine((text) => utf8Length(text, MAX_FILE_BYTES) <= MAX_FILE_BYTES, 'too large'),
  filters: z.array(fileFilterSchema).max(10),
})

export const openFileRequestSchema: z.ZodType<OpenFileRequest> = z.object({
  filters: z.array(fileFilterSchema).max(10),
})

const printFields = { landscape: z.boolean(), pageSize: z.enum(pageSizes) }
export const printRequestSchema: z.ZodType<PrintRequest> = z.object(printFields)
export const pdfRequestSchema: z.ZodType<PdfRequest> = z.object({ ...printFields, suggestedName: suggestedNameSchema })

/** Argument schemas for every invoke channel, as tuples. */
export const invokeArgs = {
  print: z.tuple([printRequestSchema]),
  printToPdf: z.tuple([pdfRequestSchema]),
  saveFile: z.tuple([saveFileRequestSchema]),
  openFile: z.tuple([openFileRequestSchema]),
  appInfo: z.tuple([]),
  rendererReady: z.tuple([]),
  keepScreenOn: z.tuple([z.boolean()]),
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
