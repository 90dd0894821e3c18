/**
 * `npm start`: builds the app and opens it in Electron. Where the Electron binary cannot be had
 * (it is downloaded on first use, and some machines cannot reach the download), it serves the
 * same built renderer to a browser on 127.0.0.1 instead, and says so in one sentence.
 */
import { spawn } from 'node:child_process'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureElectronBinary } from './electron-binary'
import { serveStatic } from './serve-static'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const preferredPort = 4173

function run(command: string, args: string[]): Promise<number> {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit' })
    const forward = (signal: NodeJS.Signals) => child.kill(signal)
    process.on('SIGINT', forward)
    process.on('SIGTERM', forward)
    child.on('error', () => done(1))
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward)
      process.off('SIGTERM', forward)
      done(code ?? (signal ? 1 : 0))
    })
  })
}

async function serveInBrowser(): Promise<void> {
  const outDir = join(root, 'out', 'renderer')
  const server = await serveStatic(outDir, { port: preferredPort }).catch(() => serveStatic(outDir, { port: 0 }))
  console.log(`Open ${server.url} in your browser (Ctrl+C stops the server).`)
  const stop = () => {
    void server.close().finally(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

async function main(): Promise<number> {
  const built = await run(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build', '-c', 'electron.config.ts'])
  if (built !== 0) return built

  const electron = await ensureElectronBinary()
  if (electron.found) {
    // Chromium refuses to start as root with its sandbox on; only then is it turned off.
    const args = process.platform === 'linux' && process.getuid?.() === 0 ? ['.', '--no-sandbox'] : ['.']
    return run(electron.path, args)
  }

  console.log(
    'Gutplan could not start the desktop app because the Electron binary could not be downloaded on this machine, ' +
      'so it is serving the same app for your browser instead.',
  )
  await serveInBrowser()
  return new Promise<number>(() => {}) // runs until Ctrl+C
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Gutplan could not start: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  },
)
