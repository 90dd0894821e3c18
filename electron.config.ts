/**
 * How electron/ is built (electron-vite: main, preload, renderer) and packaged (electron-builder).
 * `npm run build` reads the default export; `npm run dist` reads `builderConfig`.
 */
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'electron-vite'
import type { Configuration } from 'electron-builder'
import { rendererConfig } from './vite.config'

const root = (path: string) => fileURLToPath(new URL(path, import.meta.url))
const alias = { '@shared': root('./shared') }

export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      outDir: root('./out/main'),
      lib: { entry: root('./electron/main/index.ts') },
      // Bundle zod (and any other import) into index.js, so app.asar needs no node_modules.
      externalizeDeps: false,
    },
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: root('./out/preload'),
      // One CommonJS file: a sandboxed preload cannot load ES modules or other chunks.
      lib: { entry: root('./electron/preload/index.ts'), formats: ['cjs'] },
      // A sandboxed preload can require only 'electron': everything else is bundled in.
      externalizeDeps: false,
      rolldownOptions: { output: { entryFileNames: 'index.cjs', codeSplitting: false } },
    },
  },
  renderer: {
    ...rendererConfig,
    build: {
      outDir: root('./out/renderer'),
      target: 'es2022',
      chunkSizeWarningLimit: 4096,
      // electron-vite looks for <cwd>/src/renderer/index.html unless the input is named.
      rolldownOptions: { input: root('./renderer/index.html') },
    },
  },
})

export const builderConfig: Configuration = {
  appId: 'app.gutplan.desktop',
  productName: 'Gutplan',
  copyright: 'Copyright © 2026 the Gutplan team',
  directories: { buildResources: 'build', output: 'release' },
  // An allow-list of build output: no sources, tests or dev files go into app.asar.
  // Main, preload and renderer are bundled, so no node_modules are needed at run time either:
  // the dependencies in package.json are the renderer's, already inside out/renderer.
  files: ['out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json', '!**/*.map', '!node_modules{,/**}'],
  asar: true,
  // No native modules: nothing to rebuild against Electron's headers.
  npmRebuild: false,
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Utility',
    icon: 'build/icons',
    synopsis: 'Meal planner for gut-friendly eating',
    // electron-builder writes the .desktop file from this (Name, Exec, Icon and the category come from the rest).
    desktop: {
      entry: {
        GenericName: 'Meal Planner',
        'GenericName[de]': 'Essensplaner',
        Comment: 'Plan gut-friendly weekly meals and shopping lists',
        'Comment[de]': 'Darmfreundliche Wochenpläne und Einkaufslisten planen',
        Keywords: 'meal;planner;nutrition;fiber;shopping;recipes;',
        'Keywords[de]': 'Essen;Planer;Ernährung;Ballaststoffe;Einkauf;Rezepte;',
      },
    },
  },
  deb: { depends: ['libnss3', 'libgtk-3-0', 'libxss1'] },
  win: { target: ['nsis'], icon: 'build/icon.png' },
  nsis: { oneClick: false, allowToChangeInstallationDirectory: true },
  mac: { target: ['dmg'], category: 'public.app-category.healthcare-fitness', icon: 'build/icon.png' },
}
