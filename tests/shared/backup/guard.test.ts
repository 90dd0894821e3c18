import { describe, expect, it } from 'vitest'
import { backupLimits, guardBackupText, nestingDepth, utf8Length } from '../../../shared/backup/guard'
import { MAX_FILE_BYTES } from '../../../shared/ipc'

const encoder = new TextEncoder()

describe('utf8Length', () => {
  it.each(['', 'plain', 'Müsli', '€ and 😀', 'lone \uD800 surrogate', '\uDC00 low first', 'end \uD83D'])('counts %j as TextEncoder does', (text) => {
    expect(utf8Length(text)).toBe(encoder.encode(text).length)
  })

  it('stops counting past the limit', () => {
    expect(utf8Length('x'.repeat(1000), 10)).toBe(11)
  })
})

describe('nestingDepth', () => {
  it.each([
    ['{}', 1],
    ['[[{"a":[1]}]]', 4],
    ['"[[[[not nesting]]]]"', 0],
    ['{"a":"quote \\" then [[[ inside"}', 1],
    ['{"a":"backslash \\\\"}', 1],
  ])('%s is %i deep', (text, depth) => {
    expect(nestingDepth(text, 100)).toBe(depth)
  })
})

describe('guardBackupText', () => {
  it('passes plain JSON through', () => {
    expect(guardBackupText('{"a":[1,"b",null]}')).toEqual({ ok: true, value: { a: [1, 'b', null] } })
  })

  it('refuses a file over the size limit main also applies, counting bytes not characters', () => {
    // Two-byte characters: under the limit in characters, over it in bytes.
    const text = `"${'ü'.repeat(MAX_FILE_BYTES / 2)}"`
    expect(text.length).toBeLessThan(MAX_FILE_BYTES)
    expect(guardBackupText(text)).toEqual({ ok: false, issues: [{ path: '', code: 'too-large' }] })
  })

  it('refuses nesting deeper than the limit before parsing, and allows it up to the limit', () => {
    const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`
    expect(guardBackupText(deep(backupLimits.depth)).ok).toBe(true)
    expect(guardBackupText(deep(backupLimits.depth + 1))).toEqual({ ok: false, issues: [{ path: '', code: 'too-deep' }] })
    // Far too deep to parse recursively: refused on the text, quickly.
    expect(guardBackupText('['.repeat(5_000_000))).toEqual({ ok: false, issues: [{ path: '', code: 'too-deep' }] })
  })

  it('refuses strings and keys over the length limit, with their paths', () => {
    const long = 'x'.repeat(backupLimits.stringLength + 1)
    expect(guardBackupText(JSON.stringify({ data: { plans: [{ note: long }] } }))).toEqual({
      ok: false,
      issues: [{ path: 'plans[0].note', code: 'string-too-long' }],
    })
    expect(guardBackupText(JSON.stringify({ a: { [long]: 1 } }))).toEqual({ ok: false, issues: [{ path: 'a', code: 'string-too-long' }] })
  })

  it.each(['__proto__', 'constructor', 'prototype'])('refuses the key %s at any depth and pollutes nothing', (key) => {
    const text = `{"data":{"ownRecipes":[{"recipe":{"${key}":{"polluted":true}}}]}}`
    expect(guardBackupText(text)).toEqual({ ok: false, issues: [{ path: `ownRecipes[0].recipe.${key}`, code: 'forbidden-key' }] })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
  })

  it.each([
    ['', 'empty'],
    ['\uFEFF', 'empty'],
    ['{', 'not-json'],
    ["{'single': 'quotes'}", 'not-json'],
    ['{"a":1,}', 'not-json'],
    ['NaN', 'not-json'],
  ])('refuses %j as %s', (text, code) => {
    expect(guardBackupText(text)).toEqual({ ok: false, issues: [{ path: '', code }] })
  })
})
