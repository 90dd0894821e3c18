/**
 * Test counts shared by every runner: each runner writes its tally to test-results/counts-<runner>.json,
 * and scripts/test-all.ts adds them up into the one closing line CI reads.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export interface Tally {
  passed: number
  failed: number
  skipped: number
}

export const countsDir = join(process.cwd(), 'test-results')

export function writeTally(runner: string, tally: Tally): void {
  mkdirSync(countsDir, { recursive: true })
  writeFileSync(join(countsDir, `counts-${runner}.json`), JSON.stringify(tally))
}

export function formatTally(tally: Tally): string {
  return `${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped`
}
