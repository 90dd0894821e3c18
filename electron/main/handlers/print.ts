/**
 * Printing: the system print dialog, and Export PDF through a save dialog.
 */
import { writeFile } from 'node:fs/promises'
import type { WebContents } from 'electron'
import type { PdfRequest, PrintRequest, PrintResult, SaveResult } from '../../../shared/ipc'
import type { AppLocation } from '../app-location'
import { askSavePath, errorMessage } from '../dialogs'
import { handle, type InvokeContext } from '../ipc'

/** Registers `print` and `printToPdf`. */
export function setupPrint(location: AppLocation): void {
  handle(location, 'print', ({ sender }, request) => printPage(sender, request))
  handle(location, 'printToPdf', (context, request) => exportPdf(context, request))
}

/** Opens the system print dialog for the page; settles when the person prints or cancels. */
export function printPage(contents: Pick<WebContents, 'print'>, request: PrintRequest): Promise<PrintResult> {
  return new Promise((resolve) => {
    try {
      contents.print(
        { silent: false, printBackground: true, landscape: request.landscape, pageSize: request.pageSize },
        (success, failureReason) => {
          if (success) resolve({ status: 'printed' })
          else if (/cancel/i.test(failureReason)) resolve({ status: 'cancelled' })
          else resolve({ status: 'error', message: `Printing failed: ${failureReason}` })
        },
      )
    } catch (error) {
      resolve({ status: 'error', message: `Printing failed: ${errorMessage(error)}` })
    }
  })
}

/**
 * Asks where to save, renders the page to PDF and writes it to exactly the chosen path.
 * Cancelling writes nothing.
 */
export async function exportPdf({ sender, window }: InvokeContext, request: PdfRequest): Promise<SaveResult> {
  try {
    const path = await askSavePath(window, 'Export PDF', request.suggestedName, [{ name: 'PDF', extensions: ['pdf'] }])
    if (path === null) return { status: 'cancelled' }
    const pdf = await sender.printToPDF({ landscape: request.landscape, pageSize: request.pageSize, printBackground: true })
    await writeFile(path, pdf)
    return { status: 'saved', path }
  } catch (error) {
    return { status: 'error', message: `The PDF could not be saved: ${errorMessage(error)}` }
  }
}
