/**
 * The judging half of `npm run test:security`: reads electronegativity's findings,
 * finds the justified exceptions in the sources, and decides pass or fail. No I/O here.
 */
import { z } from 'zod'

const level = z.object({ name: z.string() }).transform((value) => value.name)

/** One finding as electronegativity's programmatic API returns it (only the fields we read). */
export const findingSchema = z.object({
  id: z.string(),
  file: z.string(),
  location: z.object({ line: z.number(), column: z.number() }).partial().default({}),
  description: z.string().default(''),
  severity: level,
  confidence: level,
  manualReview: z.boolean().default(false),
})
export type Finding = z.infer<typeof findingSchema>

/** The whole result of a run. */
export const scanResultSchema = z.object({
  globalChecks: z.number(),
  atomicChecks: z.number(),
  errors: z.array(z.object({ file: z.string(), message: z.string(), tolerable: z.boolean() })),
  issues: z.array(findingSchema),
})
export type ScanResult = z.infer<typeof scanResultSchema>

/** An `eng-disable` comment in the sources, with the reason written beside it. */
export interface Exception {
  file: string
  line: number
  checks: string[]
  reason: string
}

/**
 * Finds `eng-disable CHECK_NAME: reason` comments. Electronegativity reads the names up to the
 * first character that is not a word or a space, so the reason after the colon is ours to require.
 * A reason shorter than 10 characters does not count as one.
 */
export function findExceptions(file: string, text: string): { justified: Exception[]; unjustified: Exception[] } {
  const justified: Exception[] = []
  const unjustified: Exception[] = []
  text.split('\n').forEach((content, index) => {
    const match = /(?:\/\*|\/\/|<!--)[ \t]*eng-disable[ \t]+([\w \t,]+)(.*)$/.exec(content)
    if (!match) return
    const checks = (match[1] ?? '').trim().split(/[\s,]+/).filter(Boolean)
    const reason = /^:\s*(.*?)\s*(?:\*\/|-->)?\s*$/.exec(match[2] ?? '')?.[1] ?? ''
    const exception = { file, line: index + 1, checks, reason }
    if (reason.length >= 10) justified.push(exception)
    else unjustified.push(exception)
  })
  return { justified, unjustified }
}

/** Severities that fail the check. */
const blockingSeverities = new Set(['HIGH', 'MEDIUM'])

export interface Verdict {
  passed: boolean
  blocking: Finding[]
  summary: string
}

/** Fails on any HIGH or MEDIUM finding left, any unparsed source, and any exception without a reason. */
export function judge(result: ScanResult, unjustified: readonly Exception[]): Verdict {
  const blocking = result.issues.filter((issue) => blockingSeverities.has(issue.severity))
  const count = (severity: string) => result.issues.filter((issue) => issue.severity === severity).length
  const unparsed = result.errors.filter((error) => !error.tolerable)
  const summary =
    `electronegativity: ${result.globalChecks + result.atomicChecks} checks, ` +
    `${count('HIGH')} high, ${count('MEDIUM')} medium, ${count('LOW')} low, ${count('INFORMATIONAL')} informational`
  return { passed: blocking.length === 0 && unparsed.length === 0 && unjustified.length === 0, blocking, summary }
}

/** One line per finding, for the console. */
export function formatFinding(finding: Finding): string {
  const where = finding.location.line ? `${finding.file}:${finding.location.line}` : finding.file
  const review = finding.manualReview ? ' (review)' : ''
  return `${finding.severity}/${finding.confidence}${review} ${finding.id} at ${where}: ${finding.description}`
}
