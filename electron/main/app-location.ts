/**
 * Where the app's own page lives: the built renderer file, or the dev server in `npm run dev`.
 */
import { pathToFileURL } from 'node:url'

/** The page the window loads: the built `index.html` (file:) or the electron-vite dev server (http:). */
export interface AppLocation {
  /** The exact URL loaded into the window. */
  readonly entryUrl: string
  /** True when served by `electron-vite dev`: reload and devtools are offered only then. */
  readonly isDevServer: boolean
}

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]'])

/**
 * The app's location: the dev server named by `ELECTRON_RENDERER_URL`, or else the built renderer file.
 * A packaged app ignores the variable, and only a loopback http(s) server is accepted,
 * so an environment variable can never point the window at remote content.
 * @param devServerUrl `process.env.ELECTRON_RENDERER_URL`
 * @param rendererIndexPath absolute path of `out/renderer/index.html`
 * @param isPackaged `app.isPackaged`
 */
export function resolveAppLocation(
  devServerUrl: string | undefined,
  rendererIndexPath: string,
  isPackaged: boolean,
): AppLocation {
  if (!isPackaged && devServerUrl && isLoopbackHttpUrl(devServerUrl)) {
    return { entryUrl: devServerUrl, isDevServer: true }
  }
  return { entryUrl: pathToFileURL(rendererIndexPath).href, isDevServer: false }
}

function isLoopbackHttpUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return (url.protocol === 'http:' || url.protocol === 'https:') && loopbackHosts.has(url.hostname)
  } catch {
    return false
  }
}
