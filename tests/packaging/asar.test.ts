/**
 * Packs the built app with electron-builder (`scripts/dist.ts --dir`, the same `builderConfig`
 * as `npm run dist`) and checks what app.asar holds. Offline: instead of downloading Electron,
 * electron-builder copies a stub distribution, a folder with one fake `electron` executable,
 * which it renames to the app's executable; nothing here runs it.
 */
import { execFile } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { extractFile, listPackage } from '@electron/asar'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../..')
const required = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']

let work: string
let asarPath: string
let files: string[]

beforeAll(async () => {
  const missing = required.filter((file) => !existsSync(join(root, file)))
  if (missing.length > 0) {
    throw new Error(`The app is not built (${missing.join(', ')} missing): run \`npm run build\` first.`)
  }
  work = mkdtempSync(join(tmpdir(), 'gutplan-packaging-'))
  const electronDist = join(work, 'electron-dist')
  mkdirSync(electronDist)
  writeFileSync(join(electronDist, 'electron'), '#!/bin/sh\necho "stub Electron for packaging tests" >&2\nexit 1\n')
  chmodSync(join(electronDist, 'electron'), 0o755)

  const output = join(work, 'release')
  const started = Date.now()
  await promisify(execFile)(
    join(root, 'node_modules', '.bin', 'tsx'),
    ['scripts/dist.ts', '--dir', '--electron-dist', electronDist, '--output', output],
    { cwd: root, env: { ...process.env, ELECTRON_BUILDER_CACHE: join(work, 'cache') }, maxBuffer: 16 * 1024 * 1024 },
  )
  console.log(`electron-builder --dir took ${((Date.now() - started) / 1000).toFixed(1)} s`)
  asarPath = join(output, 'linux-unpacked', 'resources', 'app.asar')
  files = listPackage(asarPath, { isPack: false }).map((file) => file.replaceAll('\\', '/').replace(/^\//, ''))
}, 110_000)

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true })
})

describe('app.asar', () => {
  it('holds the built main, preload and renderer', () => {
    expect(files).toEqual(expect.arrayContaining(required))
  })

  it("points package.json's main at the bundled main process", () => {
    const packed = JSON.parse(extractFile(asarPath, 'package.json').toString('utf8')) as { main?: string; devDependencies?: unknown }
    expect(packed.main).toBe('out/main/index.js')
    expect(packed.devDependencies).toBeUndefined()
  })

  it('holds no TypeScript sources, tests or source maps', () => {
    expect(files.filter((file) => /\.(ts|tsx|vue|map)$/.test(file))).toEqual([])
    expect(files.filter((file) => /^(tests|electron|renderer|shared|scripts)(\/|$)/.test(file))).toEqual([])
  })

  it('holds no devDependencies', () => {
    const { devDependencies } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>
    }
    const packed = Object.keys(devDependencies).filter((name) => files.includes(`node_modules/${name}`))
    expect(packed).toEqual([])
  })

  it('holds no node_modules at all: main and preload are bundled', () => {
    expect(files.filter((file) => file.startsWith('node_modules'))).toEqual([])
  })

  it('ships the app under its own executable name', () => {
    expect(existsSync(join(asarPath, '..', '..', 'gutplan'))).toBe(true)
  })
})
