/**
 * Paths of the build outputs. The main process is bundled into out/main/index.js,
 * so these resolve beside it: out/preload/index.cjs and out/renderer/index.html.
 */
import { fileURLToPath } from 'node:url'

/** The sandboxed preload bundle (one CommonJS file). */
export const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url))

/** The built renderer page. */
export const rendererIndexPath = fileURLToPath(new URL('../renderer/index.html', import.meta.url))
