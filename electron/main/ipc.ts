/**
 * The one way main answers the renderer: `handle(key, fn)` registers an invoke channel from
 * the shared contract, refuses callers that are not the app's own page, and parses the
 * arguments with the contract's schemas before `fn` sees them.
 */
import { BrowserWindow, ipcMain, type WebContents } from 'electron'
import { channels, type DesktopApi, type InvokeKey } from '../../shared/ipc'
import { parseInvokeArgs } from '../../shared/ipc-schemas'
import type { AppLocation } from './app-location'
import { isAppFrame } from './security'

/** Who asked: the calling page, and its window (the parent for dialogs). */
export interface InvokeContext {
  sender: WebContents
  window: BrowserWindow | null
}

/** A handler for one channel: the validated arguments of the contract's method, and its result. */
export type InvokeHandler<K extends InvokeKey> = (
  context: InvokeContext,
  ...args: Parameters<DesktopApi[K]>
) => ReturnType<DesktopApi[K]>

/**
 * Registers the handler for `channels[key]`.
 * Throws (the renderer's promise rejects) when the sender is not the app's top frame or the
 * arguments do not fit the schema: both are programming errors or attacks, not something to show.
 */
export function handle<K extends InvokeKey>(location: AppLocation, key: K, fn: InvokeHandler<K>): void {
  ipcMain.handle(channels[key], (event, ...raw: unknown[]) => {
    if (!isAppFrame(event.senderFrame, location)) {
      throw new Error(`IPC ${key} refused: the sender is not the app's own page`)
    }
    const args = parseInvokeArgs(key, raw)
    const context: InvokeContext = { sender: event.sender, window: BrowserWindow.fromWebContents(event.sender) }
    return fn(context, ...args)
  })
}
