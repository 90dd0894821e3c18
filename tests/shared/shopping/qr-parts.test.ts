import fc from 'fast-check'
import QRCode from 'qrcode'
import { describe, expect, it } from 'vitest'
import { qrPartBytes, qrParts } from '../../../shared/shopping/qr-parts'
import { utf8Length } from '../../../shared/utf8'

const heading = (part: number, count: number) => `Shopping list ${part}/${count}`
const list = (aisles: number, lines: number, name = 'Rote Bete, gekocht (Glas)') =>
  `${Array.from({ length: aisles }, (_, a) => [`Aisle ${a}`, ...Array.from({ length: lines }, (_, i) => `[ ] ${name} ${a}.${i} – 2 Stück`)].join('\n')).join('\n\n')}\n`

/** The item lines of parts, headings and blank lines left out. */
const items = (text: string) => text.split('\n').filter((l) => l.startsWith('[') || l.startsWith('- '))

describe('qrParts', () => {
  it('keeps a short list as one code, unchanged and without a heading', () => {
    const text = list(2, 3)
    expect(qrParts(text, heading)).toEqual([text])
    expect(qrParts('', heading)).toEqual([])
  })

  it('numbers the parts of a long list, breaks between lines and repeats the aisle heading', () => {
    const text = list(3, 30)
    const parts = qrParts(text, heading)
    expect(parts.length).toBeGreaterThan(1)
    parts.forEach((part, i) => {
      expect(part.startsWith(`Shopping list ${i + 1}/${parts.length}\n\n`)).toBe(true)
      expect(utf8Length(part)).toBeLessThanOrEqual(qrPartBytes)
      // Each part reads on its own: its first item comes after an aisle heading.
      expect(part.split('\n')[2]).toMatch(/^Aisle \d$/)
    })
    expect(parts.flatMap(items)).toEqual(items(text))
  })

  it('each part fits a QR code that stays scannable off a screen (version 25 or less)', () => {
    for (const part of qrParts(list(4, 40, 'Käse, Gouda – geräuchert'), heading)) {
      expect(QRCode.create(part, { errorCorrectionLevel: 'L' }).version).toBeLessThanOrEqual(25)
    }
  })

  it('cuts a line longer than a whole part into pieces rather than dropping it', () => {
    const text = `Other\n[ ] ${'x'.repeat(2000)}\n`
    const parts = qrParts(text, heading)
    expect(parts.length).toBeGreaterThan(2)
    for (const part of parts) expect(utf8Length(part)).toBeLessThanOrEqual(qrPartBytes)
    expect(parts.map((p) => p.split('\n').slice(3).join('')).join('').replace(/\[ \] /, '')).toBe('x'.repeat(2000))
  })

  it('over random lists: every item once, in order, and every part within the budget', () => {
    const line = fc.string({ minLength: 1, maxLength: 80, unit: fc.constantFrom('a', 'ö', 'ß', ' ', '€', '1', '😀') }).map((s) => `[ ] ${s.trim() || 'x'}`)
    const block = fc.tuple(fc.string({ minLength: 1, maxLength: 20, unit: fc.constantFrom('A', 'ü', 'b') }), fc.array(line, { minLength: 1, maxLength: 40 }))
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 8 }), (blocks) => {
        const text = `${blocks.map(([t, ls]) => [t, ...ls].join('\n')).join('\n\n')}\n`
        const parts = qrParts(text, heading)
        for (const part of parts) expect(utf8Length(part)).toBeLessThanOrEqual(qrPartBytes)
        expect(parts.flatMap(items)).toEqual(items(text))
      }),
      { numRuns: 80 },
    )
  })
})
