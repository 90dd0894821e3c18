/**
 * Regenerates shared/food/data/catalogue.json from the USDA SR24 raw copy.
 *
 *   npm run catalogue [-- --source <file.jsonl.gz>] [--out <file.json>]
 *
 * Defaults: --source ../shared/data/usda-sr24.jsonl.gz and --out shared/food/data/catalogue.json,
 * both relative to the repository root.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { gunzipSync } from 'node:zlib'
import { buildCatalogue } from './catalogue/build'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')

export const defaultSourcePath = resolve(repoRoot, '../shared/data/usda-sr24.jsonl.gz')
export const defaultOutPath = resolve(repoRoot, 'shared/food/data/catalogue.json')

function readSource(path: string): string {
  const bytes = readFileSync(path)
  return (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8')
}

function main(argv: string[]): number {
  let values: { source?: string; out?: string }
  try {
    ;({ values } = parseArgs({ args: argv, options: { source: { type: 'string' }, out: { type: 'string' } } }))
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\nusage: build-catalogue [--source <sr24.jsonl.gz>] [--out <catalogue.json>]\n`)
    return 2
  }
  const source = resolve(values.source ?? defaultSourcePath)
  const out = resolve(values.out ?? defaultOutPath)
  const text = buildCatalogue(readSource(source))
  mkdirSync(dirname(out), { recursive: true })
  writeFileSync(out, text)
  process.stdout.write(`wrote ${out} (${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB) from ${source}\n`)
  return 0
}

process.exitCode = main(process.argv.slice(2))
