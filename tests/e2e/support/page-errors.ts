import type { Page } from '@playwright/test'

/** Collects what a page reports as wrong (console errors, uncaught exceptions); a journey ends expecting none. */
export function watchForErrors(page: Page): string[] {
  const problems: string[] = []
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(msg.text())
  })
  page.on('pageerror', (error) => problems.push(error.message))
  return problems
}
