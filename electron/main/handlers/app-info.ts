/**
 * App information for the About view: name, version, runtime versions and the data folder.
 */
import { app } from 'electron'
import type { AppInfo } from '../../../shared/ipc'
import type { AppLocation } from '../app-location'
import { handle } from '../ipc'

/** Registers `appInfo`. */
export function setupAppInfo(location: AppLocation): void {
  handle(location, 'appInfo', async () => appInfo())
}

/** What the running app is: `app` and `process.versions` of the main process. */
export function appInfo(): AppInfo {
  const versions: Record<string, string> = {}
  for (const key of ['electron', 'chrome', 'node'] as const) {
    const version = process.versions[key]
    if (version) versions[key] = version
  }
  return {
    name: app.getName(),
    version: app.getVersion(),
    runtime: 'desktop',
    versions,
    dataPath: app.getPath('userData'),
  }
}
