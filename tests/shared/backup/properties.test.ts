/**
 * Property tests: thousands of malformed and hostile backup files thrown at the reader. Whatever
 * the file, reading it never throws, never pollutes a prototype, and either accepts a file that
 * is valid all through or refuses it with messages that each name a known problem and a place.
 */
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { backupIssueCodes, maxIssues } from '../../../shared/backup/issues'
import { readBackup, type BackupReading } from '../../../shared/backup/read'
import { brokenReference, mutate, mutation, pollutedText } from './arbitraries'

const runs = { arbitraryText: 1500, arbitraryJson: 2000, mutated: 5000, polluted: 1000, references: 1000 }
let tried = 0

/** Reads a file and checks what every reading must be, whatever the input. */
function read(text: string): BackupReading {
  tried++
  const reading = readBackup(text)
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  if (reading.ok) return reading
  expect(reading.issues.length).toBeGreaterThan(0)
  expect(reading.issues.length).toBeLessThanOrEqual(maxIssues)
  for (const issue of reading.issues) {
    expect(backupIssueCodes).toContain(issue.code)
    expect(typeof issue.path).toBe('string')
    expect(issue.path.length).toBeLessThan(300)
  }
  return reading
}

afterAll(() => {
  console.log(`backup reader: ${tried} generated files tried`)
})

describe('readBackup under generated input', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), fc.json()), (text) => {
        read(text)
      }),
      { numRuns: runs.arbitraryText },
    )
  }, 60_000)

  it('refuses any JSON value that is not a backup', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        expect(read(JSON.stringify(value)).ok).toBe(false)
      }),
      { numRuns: runs.arbitraryJson },
    )
  }, 60_000)

  it('reads a valid file broken at one random place without throwing; what it accepts reads back the same', () => {
    let refused = 0
    fc.assert(
      fc.property(mutation, (m) => {
        const reading = read(JSON.stringify(mutate(m)))
        if (!reading.ok) {
          refused++
          return
        }
        // Accepted (the new value happened to fit): it is a valid file all through.
        const again = readBackup(JSON.stringify(reading.backup))
        expect(again.ok && again.backup).toEqual(reading.backup)
      }),
      { numRuns: runs.mutated },
    )
    // Most random breakage must be caught.
    expect(refused).toBeGreaterThan(runs.mutated * 0.8)
  }, 120_000)

  it('refuses a prototype-pollution key in any object, naming it', () => {
    fc.assert(
      fc.property(pollutedText, ({ text, key }) => {
        const reading = read(text)
        expect(reading.ok).toBe(false)
        if (!reading.ok) expect(reading.issues.some((i) => i.code === 'forbidden-key' && i.path.endsWith(key))).toBe(true)
      }),
      { numRuns: runs.polluted },
    )
  }, 60_000)

  it('refuses duplicate ids and dangling or mismatched references', () => {
    fc.assert(
      fc.property(brokenReference, ({ file, expected }) => {
        const reading = read(JSON.stringify(file))
        expect(reading.ok).toBe(false)
        if (!reading.ok) expect(reading.issues.map((i) => i.code)).toContain(expected)
      }),
      { numRuns: runs.references },
    )
  }, 60_000)

  it(`tries at least 10,000 files in all`, () => {
    expect(Object.values(runs).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(10_000)
  })
})
