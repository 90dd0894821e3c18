/**
 * The plain-text list cut into parts that each fit one QR code a phone can read off a screen.
 *
 * A QR code holds at most 2953 bytes (version 40, error correction L), but a code that dense has
 * modules too small to scan from a laptop screen; `qrPartBytes` keeps each code near version 19
 * (93 × 93 modules). A longer list becomes numbered codes rather than its first part: a person
 * scanning their list expects all of it on the phone, and a cut-off list is the kind of gap only
 * noticed in the shop. Parts break only between lines, and a part that starts inside an aisle
 * repeats the aisle's heading, so each part reads on its own.
 */
import { utf8Length } from '../utf8'

/** Bytes of list text per code (UTF-8; "ä" counts 2). */
export const qrPartBytes = 1200

/** Room kept in every part for its heading ("Shopping list 2/3"). */
const headingBytes = 60

/**
 * Splits `toPlainText` output (aisle blocks apart by a blank line, each its heading then its
 * lines) into parts of at most `maxBytes` (heading included). One part: the text as it is, with
 * no heading. Several: each starts with `heading(part, count)`, counted from 1.
 */
export function qrParts(text: string, heading: (part: number, count: number) => string, maxBytes = qrPartBytes): string[] {
  if (utf8Length(text, maxBytes) <= maxBytes) return text === '' ? [] : [text]
  const budget = maxBytes - headingBytes
  const parts: string[][] = []
  let current: string[] = []
  let used = 0
  const flush = () => {
    if (current.length) parts.push(current)
    current = []
    used = 0
  }
  const add = (line: string) => {
    current.push(line)
    used += utf8Length(line) + 1
  }
  for (const block of text.trimEnd().split('\n\n')) {
    const [title = '', ...lines] = block.split('\n')
    const titleBytes = utf8Length(title) + 1
    // A new aisle starts a new part when not even its heading and first line fit.
    if (current.length && used + 1 + titleBytes + utf8Length(lines[0] ?? '') + 1 > budget) flush()
    if (current.length) add('')
    add(title)
    for (const line of lines) {
      for (const piece of cutLine(line, budget - titleBytes)) {
        if (used + utf8Length(piece) + 1 > budget) {
          flush()
          add(title)
        }
        add(piece)
      }
    }
  }
  flush()
  return parts.map((lines, i) => `${heading(i + 1, parts.length)}\n\n${lines.join('\n')}\n`)
}

/** A line longer than a whole part (a very long item added by hand) in pieces that fit. */
function cutLine(line: string, maxBytes: number): string[] {
  if (utf8Length(line, maxBytes) <= maxBytes) return [line]
  const pieces: string[] = []
  let piece = ''
  for (const char of line) {
    if (utf8Length(piece + char) > maxBytes) {
      pieces.push(piece)
      piece = ''
    }
    piece += char
  }
  return piece ? [...pieces, piece] : pieces
}
