/**
 * Keeping the screen on while someone cooks from a recipe (the cook view): one power-save blocker
 * that stops the display from sleeping, started on request and stopped when asked or when the
 * page that asked goes away.
 */
import { powerSaveBlocker } from 'electron'
import type { ScreenResult } from '../../../shared/ipc'
import type { AppLocation } from '../app-location'
import { handle } from '../ipc'

let blocker: number | null = null

/** Starts or stops the blocker; starting twice keeps the one blocker. */
export function keepScreenOn(on: boolean): ScreenResult {
  if (on) {
    if (blocker === null || !powerSaveBlocker.isStarted(blocker)) blocker = powerSaveBlocker.start('prevent-display-sleep')
    return { status: 'on' }
  }
  if (blocker !== null && powerSaveBlocker.isStarted(blocker)) powerSaveBlocker.stop(blocker)
  blocker = null
  return { status: 'off' }
}

/** Registers `keepScreenOn`; the blocker ends with the page that started it. */
export function setupScreen(location: AppLocation): void {
  handle(location, 'keepScreenOn', async ({ sender }, on) => {
    if (on) sender.once('destroyed', () => keepScreenOn(false))
    return keepScreenOn(on)
  })
}
