/// <reference types="vite/client" />
import type { DesktopApi } from '../shared/ipc'

declare global {
  interface Window {
    /** Present only inside Electron, exposed by the preload. */
    desktop?: DesktopApi
  }
  /** The app's version from package.json, set at build time. */
  const __APP_VERSION__: string
}

declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent<object, object, unknown>
  export default component
}
