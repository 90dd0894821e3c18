/** The committed catalogue must be exactly what the builder makes from the raw SR24 copy. */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { repoRoot, runScript } from './run-script'

const rawData = join(repoRoot, '../shared/data/usda-sr24.jsonl.gz')
const committed = join(repoRoot, 'shared/food/data/catalogue.json')

describe('catalogue.json', { timeout: 120_000 }, () => {
  it('regenerates byte for byte from ../shared/data', (ctx) => {
    if (!existsSync(rawData)) ctx.skip(`raw data ${rawData} is absent, so the catalogue cannot be regenerated here`)
    const out = join(mkdtempSync(join(tmpdir(), 'catalogue-')), 'catalogue.json')
    const r = runScript('scripts/build-catalogue.ts', ['--source', rawData, '--out', out])
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    const fresh = readFileSync(out)
    const current = readFileSync(committed)
    // Compare bytes, but fail with a short message rather than a 1.4 MB diff.
    expect(fresh.equals(current), 'shared/food/data/catalogue.json is stale: run `npm run catalogue`').toBe(true)
  })

  it('refuses unknown options with exit code 2', () => {
    const r = runScript('scripts/build-catalogue.ts', ['--sauce', 'x'])
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/usage/)
  })
})
