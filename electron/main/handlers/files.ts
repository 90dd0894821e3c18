/**
 * Saving and opening text files (backups, shopping lists) through the system dialogs.
 * Main checks only sizes and text encoding; what the content means is the renderer's to validate.
 */
import { readFile, stat, writeFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { MAX_FILE_BYTES, type OpenFileRequest, type OpenResult, type SaveFileRequest, type SaveResult } from '../../../shared/ipc'
import type { AppLocation } from '../app-location'
import { askOpenPath, askSavePath, errorMessage } from '../dialogs'
import { handle, type InvokeContext } from '../ipc'

/** Registers `saveFile` and `openFile`. */
export function setupFiles(location: AppLocation): void {
  handle(location, 'saveFile', (context, request) => saveFile(context, request))
  handle(location, 'openFile', (context, request) => openFile(context, request))
}

/** Asks where to save and writes the text (UTF-8) to exactly the chosen path; cancelling writes nothing. */
export async function saveFile({ window }: Pick<InvokeContext, 'window'>, request: SaveFileRequest): Promise<SaveResult> {
  try {
    const path = await askSavePath(window, 'Save', request.suggestedName, request.filters)
    if (path === null) return { status: 'cancelled' }
    await writeFile(path, request.content, 'utf8')
    return { status: 'saved', path }
  } catch (error) {
    return { status: 'error', message: `The file could not be saved: ${errorMessage(error)}` }
  }
}

/** Lets the person pick a file and returns its text; too large or not UTF-8 text is an error result. */
export async function openFile({ window }: Pick<InvokeContext, 'window'>, request: OpenFileRequest): Promise<OpenResult> {
  try {
    const path = await askOpenPath(window, 'Open', request.filters)
    if (path === null) return { status: 'cancelled' }
    const info = await stat(path)
    if (!info.isFile()) return { status: 'error', message: `${basename(path)} is not a file.` }
    if (info.size > MAX_FILE_BYTES) {
      return { status: 'error', message: `${basename(path)} is too large (over ${MAX_FILE_BYTES / 1024 / 1024} MB).` }
    }
    const content = decodeUtf8(await readFile(path))
    if (content === null) return { status: 'error', message: `${basename(path)} is not a text file.` }
    return { status: 'opened', name: basename(path), content }
  } catch (error) {
    return { status: 'error', message: `The file could not be opened: ${errorMessage(error)}` }
  }
}

/** Strict UTF-8: invalid bytes mean the file is not one of ours, rather than text with replacement marks. */
function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    return null
  }
}
