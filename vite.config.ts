/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig, type UserConfig } from 'vite'
import pkg from './package.json' with { type: 'json' }

const root = (path: string) => fileURLToPath(new URL(path, import.meta.url))

/** The renderer build, shared by web mode (here) and the Electron build (electron.config.ts). */
export const rendererConfig = {
  root: root('./renderer'),
  base: './',
  plugins: [vue()],
  resolve: { alias: { '@shared': root('./shared') } },
  // Large JSON (the food catalogue) is emitted as JSON.parse of a string: faster to start than an object literal.
  json: { stringify: true },
  worker: { format: 'es' },
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
} satisfies UserConfig

export default defineConfig({
  ...rendererConfig,
  build: { outDir: root('./dist/web'), emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 4096 },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173 },
  test: {
    root: root('.'),
    reporters: ['default', './tests/setup/count-reporter.ts'],
    projects: [
      {
        resolve: rendererConfig.resolve,
        test: { name: 'shared', environment: 'node', include: ['tests/shared/**/*.test.ts', 'tests/scripts/**/*.test.ts'] },
      },
      {
        plugins: [vue()],
        resolve: rendererConfig.resolve,
        test: {
          name: 'renderer',
          environment: 'happy-dom',
          include: ['tests/renderer/**/*.test.ts'],
          setupFiles: ['tests/setup/indexeddb.ts', 'tests/setup/renderer-globals.ts'],
        },
      },
      {
        resolve: rendererConfig.resolve,
        test: { name: 'electron', environment: 'node', include: ['tests/electron/**/*.test.ts'] },
      },
      {
        // Runs after `npm run build`: checks what electron-builder packs.
        test: { name: 'packaging', environment: 'node', include: ['tests/packaging/**/*.test.ts'], testTimeout: 120_000 },
      },
    ],
  },
})
