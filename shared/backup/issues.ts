/**
 * What can be wrong with a backup file, as data: a path into the file and a code the UI words.
 * Paths read like the file: "plans[3].days[2].meals[0].recipeId" (inside `data`, which is left
 * out), "formatVersion" for the envelope, "" for the file as a whole.
 */
import type { z } from 'zod'

export const backupIssueCodes = [
  // The file as a whole, before its content is read.
  'empty',
  'too-large',
  'not-json',
  'too-deep',
  'string-too-long',
  'forbidden-key',
  'not-a-backup',
  'newer-version',
  'unknown-version',
  'migration-failed',
  // One value.
  'required',
  'wrong-type',
  'unknown-field',
  'invalid-value',
  'too-short',
  'too-long',
  'too-few',
  'too-many',
  'out-of-range',
  'not-whole',
  'duplicate',
  'inconsistent',
  // References between records.
  'duplicate-id',
  'id-mismatch',
  'not-own-id',
  'unknown-recipe',
  'recipe-mismatch',
] as const
export type BackupIssueCode = (typeof backupIssueCodes)[number]

export interface BackupIssue {
  path: string
  code: BackupIssueCode
}

/** At most this many issues are collected: enough to fix a file, not a flood. */
export const maxIssues = 50

/** "plans", 3, "days" → "plans[3].days"; the `data` envelope is left out of paths. */
export function formatPath(path: readonly PropertyKey[]): string {
  const parts = path[0] === 'data' && path.length > 1 ? path.slice(1) : path
  let out = ''
  for (const part of parts) {
    if (typeof part === 'number') out += `[${part}]`
    else out += out === '' ? String(part) : `.${String(part)}`
  }
  return out
}

const isCode = (value: string): value is BackupIssueCode => (backupIssueCodes as readonly string[]).includes(value)

/**
 * The domain schemas this format reuses word their custom problems as codes ("range",
 * "duplicate", "unknown-food" …); these are the ones with a backup code of their own.
 */
const domainMessages: Record<string, BackupIssueCode> = {
  range: 'out-of-range',
  whole: 'not-whole',
  positive: 'out-of-range',
  'too-much': 'out-of-range',
  'too-high': 'out-of-range',
  negative: 'out-of-range',
  'measure-grams': 'out-of-range',
}

function codeOf(issue: z.core.$ZodIssue): BackupIssueCode {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'required' : 'wrong-type'
    case 'unrecognized_keys':
      return 'unknown-field'
    case 'too_small':
      if (issue.origin === 'string') return 'too-short'
      if (issue.origin === 'array' || issue.origin === 'set') return 'too-few'
      return 'out-of-range'
    case 'too_big':
      if (issue.origin === 'string') return 'too-long'
      if (issue.origin === 'array' || issue.origin === 'set') return 'too-many'
      return 'out-of-range'
    case 'not_multiple_of':
      return 'not-whole'
    case 'invalid_format':
    case 'invalid_value':
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
      return 'invalid-value'
    case 'custom': {
      const message = issue.message
      if (isCode(message)) return message
      return domainMessages[message] ?? 'invalid-value'
    }
    default:
      return 'invalid-value'
  }
}

/**
 * Turns zod's issues into backup issues, one per path. Parse with `reportInput: true` so a
 * missing field can be told from a wrong one. Unknown fields get one issue each, at their own path.
 */
export function issuesFromZod(issues: readonly z.core.$ZodIssue[]): BackupIssue[] {
  const out: BackupIssue[] = []
  const seen = new Set<string>()
  const add = (path: string, code: BackupIssueCode) => {
    if (seen.has(path) || out.length >= maxIssues) return
    seen.add(path)
    out.push({ path, code })
  }
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) add(formatPath([...issue.path, key]), 'unknown-field')
    } else {
      add(formatPath(issue.path), codeOf(issue))
    }
  }
  return out
}
