/**
 * The first look at a backup file, before any schema sees it: size, nesting, JSON syntax,
 * string lengths and keys that could pollute prototypes. Everything here is bounded, so a
 * hostile file costs at most one pass over its text and one walk of a tree at most
 * `backupLimits.depth` deep.
 */
import { utf8Length } from '../utf8'
import { MAX_FILE_BYTES } from '../ipc'
import { formatPath, maxIssues, type BackupIssue } from './issues'

export const backupLimits = {
  /** The same limit main applies to any text file it reads or writes. */
  fileBytes: MAX_FILE_BYTES,
  /** Nesting of arrays and objects; a real backup is about 12 deep (plan → day → meal → recipe → step). */
  depth: 64,
  /** Characters in one string or key; the longest real text (a step) is 500. */
  stringLength: 100_000,
} as const

/**
 * Keys that mean something to JavaScript's object model. JSON.parse makes them plain own
 * properties, but code that later copies an object key by key (`Object.assign`, a spread into
 * a class instance, a deep merge) would set a prototype instead; no backup has them, so a file
 * that does is refused rather than cleaned.
 */
export const forbiddenKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])

export type GuardResult = { ok: true; value: unknown } | { ok: false; issues: BackupIssue[] }


/** The deepest nesting of brackets outside strings, stopping as soon as it passes `limit`. */
export function nestingDepth(text: string, limit: number): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c) i++ // a backslash: skip the escaped character
      else if (c === 0x22) inString = false
    } else if (c === 0x22) inString = true
    else if (c === 0x7b || c === 0x5b) {
      depth++
      if (depth > deepest) deepest = depth
      if (deepest > limit) return deepest
    } else if (c === 0x7d || c === 0x5d) depth--
  }
  return deepest
}

/** Forbidden keys and over-long strings anywhere in a parsed value, with their paths. */
function scan(value: unknown): BackupIssue[] {
  const issues: BackupIssue[] = []
  const path: PropertyKey[] = []
  const visit = (node: unknown): void => {
    if (issues.length >= maxIssues) return
    if (typeof node === 'string') {
      if (node.length > backupLimits.stringLength) issues.push({ path: formatPath(path), code: 'string-too-long' })
      return
    }
    if (typeof node !== 'object' || node === null) return
    if (Array.isArray(node)) {
      node.forEach((item, i) => {
        path.push(i)
        visit(item)
        path.pop()
      })
      return
    }
    for (const key of Object.keys(node)) {
      path.push(key)
      if (forbiddenKeys.has(key)) issues.push({ path: formatPath(path), code: 'forbidden-key' })
      else if (key.length > backupLimits.stringLength) issues.push({ path: formatPath(path.slice(0, -1)), code: 'string-too-long' })
      else visit((node as Record<string, unknown>)[key])
      path.pop()
    }
  }
  visit(value)
  return issues
}

/**
 * Reads a backup file's text into a plain JSON value, or says why it cannot be one. Nothing in
 * the value has been checked against the format yet.
 */
export function guardBackupText(text: string): GuardResult {
  if (utf8Length(text, backupLimits.fileBytes) > backupLimits.fileBytes) return { ok: false, issues: [{ path: '', code: 'too-large' }] }
  // Editors on Windows may start a UTF-8 file with a byte order mark; JSON has no place for it.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  if (body.trim() === '') return { ok: false, issues: [{ path: '', code: 'empty' }] }
  // Checked on the text, so a deeply nested file is refused before parsing builds it.
  if (nestingDepth(body, backupLimits.depth) > backupLimits.depth) return { ok: false, issues: [{ path: '', code: 'too-deep' }] }
  let value: unknown
  try {
    value = JSON.parse(body)
  } catch {
    return { ok: false, issues: [{ path: '', code: 'not-json' }] }
  }
  const issues = scan(value)
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value }
}

export { utf8Length }
