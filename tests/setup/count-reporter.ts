import type { Reporter, TestModule } from 'vitest/node'
import { formatTally, writeTally, type Tally } from './counts'

/** Prints and records how many Vitest tests passed, failed and were skipped. */
export default class CountReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    const tally: Tally = { passed: 0, failed: 0, skipped: 0 }
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state
        if (state === 'passed') tally.passed++
        else if (state === 'failed') tally.failed++
        else tally.skipped++
      }
      // A file that failed to load has no tests but is a failure all the same.
      if (module.state() === 'failed' && [...module.children.allTests()].length === 0) tally.failed++
    }
    tally.failed += unhandledErrors.length
    const projects = new Set(testModules.map((m) => m.project.name))
    writeTally(`vitest-${[...projects].sort().join('+') || 'none'}`, tally)
    console.log(`\nvitest tally — ${formatTally(tally)}`)
  }
}
