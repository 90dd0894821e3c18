import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { findElectronBinary } from '../../scripts/electron-binary'

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('findElectronBinary', () => {
  it('finds a binary under ELECTRON_OVERRIDE_DIST_PATH', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gutplan-electron-dist-'))
    try {
      const name = process.platform === 'win32' ? 'electron.exe' : 'electron'
      writeFileSync(join(dir, name), '')
      chmodSync(join(dir, name), 0o755)
      vi.stubEnv('ELECTRON_OVERRIDE_DIST_PATH', dir)
      expect(findElectronBinary()).toBe(join(dir, name))
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('answers null, without downloading, when the override folder has no binary', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gutplan-electron-empty-'))
    try {
      vi.stubEnv('ELECTRON_OVERRIDE_DIST_PATH', dir)
      expect(findElectronBinary()).toBeNull()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
