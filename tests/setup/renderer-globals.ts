import { vi } from 'vitest'
import pkg from '../../package.json' with { type: 'json' }

// Build-time constants that Vite's `define` replaces in the app build (vitest projects don't apply it).
vi.stubGlobal('__APP_VERSION__', pkg.version)
