/**
 * Checks the build output that electron-builder packs: the sandboxed preload must be one
 * CommonJS file requiring only 'electron', and main (packed without node_modules) may import
 * only Node built-ins and 'electron'.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../..')

function built(file: string): string {
  const path = join(root, file)
  if (!existsSync(path)) throw new Error(`${file} is missing: run \`npm run build\` first.`)
  return readFileSync(path, 'utf8')
}

/** Module specifiers of require() calls and static or dynamic imports. */
function specifiers(code: string): string[] {
  const found = [
    ...code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g),
    ...code.matchAll(/^\s*import\s[^;]*?from\s*["']([^"']+)["']/gm),
    ...code.matchAll(/^\s*import\s*["']([^"']+)["']/gm),
    ...code.matchAll(/\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g),
  ]
  return [...new Set(found.map((match) => match[1] ?? ''))].sort()
}

describe('out/preload', () => {
  it('is one file', () => {
    built('out/preload/index.cjs')
    expect(readdirSync(join(root, 'out/preload'))).toEqual(['index.cjs'])
  })

  it("requires nothing but 'electron'", () => {
    expect(specifiers(built('out/preload/index.cjs'))).toEqual(['electron'])
  })
})

describe('out/main', () => {
  it("imports only Node built-ins and 'electron'", () => {
    const foreign = specifiers(built('out/main/index.js')).filter((name) => name !== 'electron' && !name.startsWith('node:'))
    expect(foreign).toEqual([])
  })
})
