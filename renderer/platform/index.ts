/**
 * The renderer's one way to the desktop. Inside Electron the preload exposes `window.desktop`;
 * in a plain browser the browser adapter implements the same contract.
 */
import type { DesktopApi } from '../../shared/ipc'
import { browserPlatform } from './browser'

export function choosePlatform(win: { desktop?: DesktopApi } = window): DesktopApi {
  return win.desktop ?? browserPlatform
}

export const platform: DesktopApi = choosePlatform()
export const isDesktop = (): boolean => window.desktop !== undefined
