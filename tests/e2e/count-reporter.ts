import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter'
import { formatTally, writeTally, type Tally } from '../setup/counts'

/** Records how many end-to-end tests passed, failed and were skipped (final outcome per test). */
export default class CountReporter implements Reporter {
  private readonly outcomes = new Map<string, TestResult['status']>()

  onTestEnd(test: TestCase, result: TestResult): void {
    this.outcomes.set(test.id, result.status)
  }

  onEnd(): void {
    const tally: Tally = { passed: 0, failed: 0, skipped: 0 }
    for (const status of this.outcomes.values()) {
      if (status === 'passed') tally.passed++
      else if (status === 'skipped') tally.skipped++
      else tally.failed++
    }
    writeTally('playwright', tally)
    console.log(`playwright tally — ${formatTally(tally)}`)
  }
}
