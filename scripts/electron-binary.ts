/**
 * Finding the Electron binary that the `electron` npm package downloads on first use.
 * `findElectronBinary` only looks (the e2e tests use it); `ensureElectronBinary` also tries the
 * package's own installer once, in a child process with a time limit (`npm start` uses it).
 * Neither loads `require('electron')`, which would try the download itself and print a stack trace.
 */
import { execFile } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/** Where the package keeps the binary: `dist/<path.txt>`, or under ELECTRON_OVERRIDE_DIST_PATH. */
export function findElectronBinary(): string | null {
  const packageDir = electronPackageDir()
  if (!packageDir) return null
  const pathFile = join(packageDir, 'path.txt')
  const relativePath = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : ''
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH
  const binary = override
    ? join(override, relativePath || (process.platform === 'win32' ? 'electron.exe' : 'electron'))
    : relativePath
      ? join(packageDir, 'dist', relativePath)
      : null
  return binary && existsSync(binary) ? binary : null
}

/** The binary, or why there is none. */
export type ElectronBinary = { found: true; path: string } | { found: false; reason: string }

/** Finds the binary, running the electron package's installer first when it is missing. */
export async function ensureElectronBinary(timeoutMs = 120_000): Promise<ElectronBinary> {
  const existing = findElectronBinary()
  if (existing) return { found: true, path: existing }
  const packageDir = electronPackageDir()
  if (!packageDir) return { found: false, reason: 'the electron package is not installed' }

  const installed = await new Promise<boolean>((done) => {
    // Output is kept, not shown: a failed download prints a stack trace nobody needs to read.
    execFile(process.execPath, [join(packageDir, 'install.js')], { cwd: packageDir, timeout: timeoutMs }, (error) => done(!error))
  })
  const path = findElectronBinary()
  if (path) return { found: true, path }
  return { found: false, reason: installed ? 'the installer finished without a binary' : 'the download failed or timed out' }
}

function electronPackageDir(): string | null {
  try {
    return dirname(createRequire(import.meta.url).resolve('electron/package.json'))
  } catch {
    return null
  }
}
