/**
 * The window's guards: navigation, new windows, permissions, and which frames may call IPC.
 * The decisions are pure functions over URLs; the setup functions only wire them to Electron.
 */
import { shell, type Session, type WebContents } from 'electron'
import type { AppLocation } from './app-location'

/**
 * True when `candidate` is the app's own page.
 * For the built app that is the one index.html file, with any hash or query (the router uses the hash);
 * for the dev server it is the server's origin.
 */
export function isAppUrl(candidate: string, location: AppLocation): boolean {
  const url = parseUrl(candidate)
  const entry = parseUrl(location.entryUrl)
  if (!url || !entry) return false
  if (entry.protocol === 'file:') {
    return url.protocol === 'file:' && url.host === entry.host && url.pathname === entry.pathname
  }
  return url.origin === entry.origin
}

/** The parts of a frame the trust check reads; Electron's `WebFrameMain` has both. */
export interface FrameLike {
  readonly url: string
  readonly parent: unknown
}

/**
 * True when an IPC message comes from the app's own top-level page.
 * A missing frame (navigated away or destroyed) and sub-frames are not trusted.
 */
export function isAppFrame(frame: FrameLike | null | undefined, location: AppLocation): boolean {
  if (!frame || frame.parent) return false
  return isAppUrl(frame.url, location)
}

/** Only https links leave the app, and only to the system browser. */
export function isSafeExternalUrl(candidate: string): boolean {
  return parseUrl(candidate)?.protocol === 'https:'
}

/**
 * Decides a `window.open` or target=_blank link: never a new Electron window;
 * an https URL is handed to the system browser through `openExternal`.
 */
export function handleWindowOpen(url: string, openExternal: (url: string) => unknown): { action: 'deny' } {
  if (isSafeExternalUrl(url)) void openExternal(url)
  return { action: 'deny' }
}

/** Keeps a web contents on the app's own page: foreign navigation, redirects, new windows and webviews are refused. */
export function guardWebContents(contents: WebContents, location: AppLocation): void {
  const refuseForeign = (event: { preventDefault(): void }, url: string) => {
    if (!isAppUrl(url, location)) event.preventDefault()
  }
  contents.on('will-navigate', (event) => refuseForeign(event, event.url))
  contents.on('will-frame-navigate', (event) => refuseForeign(event, event.url))
  contents.on('will-redirect', (event) => refuseForeign(event, event.url))
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => handleWindowOpen(url, openExternalSafely))
}

/** Denies every permission request and check (camera, notifications, geolocation …): the app needs none. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
}

function openExternalSafely(url: string): Promise<void> {
  return shell.openExternal(url).catch((error: unknown) => { /* eng-disable OPEN_EXTERNAL_JS_CHECK: only https URLs get here, see handleWindowOpen */
    console.error(`Could not open ${url} in the browser:`, error)
  })
}

function parseUrl(value: string): URL | null {
  try {
    return new URL(value)
  } catch {
    return null
  }
}
