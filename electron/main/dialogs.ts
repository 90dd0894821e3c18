/**
 * The file dialogs, attached to the app window when there is one, answering with a path or null.
 */
import { join } from 'node:path'
import { app, dialog, type BrowserWindow, type FileFilter } from 'electron'

/** Asks where to save `suggestedName` (offered in the Documents folder); null when cancelled. */
export async function askSavePath(
  window: BrowserWindow | null,
  title: string,
  suggestedName: string,
  filters: FileFilter[],
): Promise<string | null> {
  const options = { title, defaultPath: inDocuments(suggestedName), filters, properties: ['showOverwriteConfirmation' as const] }
  const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options)
  return choice.canceled || !choice.filePath ? null : choice.filePath
}

/** Asks for one existing file; null when cancelled. */
export async function askOpenPath(window: BrowserWindow | null, title: string, filters: FileFilter[]): Promise<string | null> {
  const options = { title, filters, properties: ['openFile' as const] }
  const choice = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
  return choice.canceled ? null : (choice.filePaths[0] ?? null)
}

/** The message of anything thrown, for the result objects the renderer shows. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

function inDocuments(name: string): string {
  try {
    return join(app.getPath('documents'), name)
  } catch {
    // Some Linux desktops have no Documents folder: the dialog then starts in its own default.
    return name
  }
}
