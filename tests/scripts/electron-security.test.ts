import { describe, expect, it } from 'vitest'
import { findExceptions, formatFinding, judge, scanResultSchema, type ScanResult } from '../../scripts/electron-security'

const finding = (id: string, severity: string) => ({
  id,
  file: 'electron/main/window.ts',
  location: { line: 12, column: 4 },
  description: 'Something to review',
  severity: { value: 2, name: severity },
  confidence: { value: 1, name: 'FIRM' },
  manualReview: false,
})

function scan(...issues: ReturnType<typeof finding>[]): ScanResult {
  return scanResultSchema.parse({ globalChecks: 6, atomicChecks: 35, errors: [], issues })
}

describe('findExceptions', () => {
  it('accepts an eng-disable comment with a reason beside it', () => {
    const text = "const a = 1\nshell.openExternal(url) /* eng-disable OPEN_EXTERNAL_JS_CHECK: only https URLs get here */\n"
    expect(findExceptions('security.ts', text)).toEqual({
      justified: [{ file: 'security.ts', line: 2, checks: ['OPEN_EXTERNAL_JS_CHECK'], reason: 'only https URLs get here' }],
      unjustified: [],
    })
  })

  it('reads several checks and HTML comments', () => {
    const text = '<meta http-equiv="Content-Security-Policy" content="x"> <!-- eng-disable CSP_HTML_CHECK, CSP_GLOBAL_CHECK: the policy is enforced by headers -->'
    expect(findExceptions('index.html', text).justified[0]?.checks).toEqual(['CSP_HTML_CHECK', 'CSP_GLOBAL_CHECK'])
  })

  it('refuses an eng-disable without a reason, or with a token one', () => {
    const text = '// eng-disable SANDBOX_JS_CHECK\nx() // eng-disable PRELOAD_JS_CHECK: ok\n'
    const { justified, unjustified } = findExceptions('window.ts', text)
    expect(justified).toEqual([])
    expect(unjustified.map((e) => e.line)).toEqual([1, 2])
  })
})

describe('judge', () => {
  it('passes with only low and informational findings', () => {
    const verdict = judge(scan(finding('CSP_GLOBAL_CHECK', 'LOW'), finding('ELECTRON_VERSION_JSON_CHECK', 'INFORMATIONAL')), [])
    expect(verdict.passed).toBe(true)
    expect(verdict.summary).toBe('electronegativity: 41 checks, 0 high, 0 medium, 1 low, 1 informational')
  })

  it.each(['HIGH', 'MEDIUM'])('fails on a %s finding', (severity) => {
    const verdict = judge(scan(finding('SANDBOX_JS_CHECK', severity)), [])
    expect(verdict.passed).toBe(false)
    expect(verdict.blocking.map((f) => f.id)).toEqual(['SANDBOX_JS_CHECK'])
  })

  it('fails on an unjustified exception and on a file it could not parse', () => {
    expect(judge(scan(), [{ file: 'w.ts', line: 1, checks: ['X'], reason: '' }]).passed).toBe(false)
    const unparsed = scanResultSchema.parse({
      globalChecks: 1,
      atomicChecks: 1,
      errors: [{ file: 'broken.ts', message: 'Unexpected token', tolerable: false }],
      issues: [],
    })
    expect(judge(unparsed, []).passed).toBe(false)
  })

  it('rejects a report of an unexpected shape', () => {
    expect(() => scanResultSchema.parse({ issues: 'none' })).toThrow()
  })
})

describe('formatFinding', () => {
  it('names severity, check and place', () => {
    expect(formatFinding(scan(finding('SANDBOX_JS_CHECK', 'MEDIUM')).issues[0]!)).toBe(
      'MEDIUM/FIRM SANDBOX_JS_CHECK at electron/main/window.ts:12: Something to review',
    )
  })
})
