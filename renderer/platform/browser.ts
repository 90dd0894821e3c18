/**
 * The browser adapter of the desktop API: the same contract as the Electron preload,
 * done with what a plain browser offers (its print dialog, a download, a file input).
 */
import type { AppInfo, DesktopApi, OpenFileRequest, OpenResult, SaveFileRequest, SaveResult, ScreenResult } from '../../shared/ipc'

function mimeFor(name: string): string {
  const ext = name.split('.').pop()?.toLowerCase()
  if (ext === 'json') return 'application/json'
  if (ext === 'csv') return 'text/csv'
  if (ext === 'md') return 'text/markdown'
  // RFC 5545 §8.1: calendar apps on phones open a download of this type.
  if (ext === 'ics') return 'text/calendar'
  return 'text/plain'
}

function saveFile(request: SaveFileRequest): Promise<SaveResult> {
  try {
    const blob = new Blob([request.content], { type: `${mimeFor(request.suggestedName)};charset=utf-8` })
    const url = URL.createObjectURL(blob)
    const link = document.createElement('a')
    link.href = url
    link.download = request.suggestedName
    link.rel = 'noopener'
    document.body.append(link)
    link.click()
    link.remove()
    // Revoking at once can cancel the download in some browsers; a minute is plenty.
    setTimeout(() => URL.revokeObjectURL(url), 60_000)
    return Promise.resolve({ status: 'handed-to-browser' })
  } catch (error) {
    return Promise.resolve({ status: 'error', message: error instanceof Error ? error.message : String(error) })
  }
}

function openFile(request: OpenFileRequest): Promise<OpenResult> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = request.filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',')
    input.style.display = 'none'
    const finish = (result: OpenResult) => {
      input.remove()
      resolve(result)
    }
    input.addEventListener('cancel', () => finish({ status: 'cancelled' }))
    input.addEventListener('change', () => {
      const file = input.files?.[0]
      if (!file) return finish({ status: 'cancelled' })
      file.text().then(
        (content) => finish({ status: 'opened', name: file.name, content }),
        (error: unknown) => finish({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
      )
    })
    document.body.append(input)
    input.click()
  })
}

/** The browser's Screen Wake Lock, where it has one (it is released when the tab is hidden). */
let wakeLock: { release(): Promise<void> } | null = null
async function keepScreenOn(on: boolean): Promise<ScreenResult> {
  const api = (navigator as Navigator & { wakeLock?: { request(type: 'screen'): Promise<{ release(): Promise<void> }> } }).wakeLock
  if (!on) {
    await wakeLock?.release().catch(() => {})
    wakeLock = null
    return { status: 'off' }
  }
  if (!api) return { status: 'unavailable' }
  try {
    wakeLock ??= await api.request('screen')
    return { status: 'on' }
  } catch {
    return { status: 'unavailable' }
  }
}

function appInfo(): Promise<AppInfo> {
  return Promise.resolve({
    name: 'Gutplan',
    version: __APP_VERSION__,
    runtime: 'browser',
    versions: { browser: navigator.userAgent },
    dataPath: null,
  })
}

export const browserPlatform: DesktopApi = {
  print: () => {
    window.print()
    return Promise.resolve({ status: 'handed-to-browser' })
  },
  // Browsers print to PDF from their own print dialog ("Save as PDF").
  printToPdf: () => {
    window.print()
    return Promise.resolve({ status: 'handed-to-browser' })
  },
  saveFile,
  openFile,
  appInfo,
  // A browser tab has no native menu: the app's own controls issue these commands.
  onMenuCommand: () => () => {},
  // A browser has no native menu: nothing waits for the page.
  rendererReady: () => Promise.resolve(),
  keepScreenOn,
}
