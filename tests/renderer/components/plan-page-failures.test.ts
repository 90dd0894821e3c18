/**
 * The week screen when the planner worker fails: a message that says the week is unchanged and a
 * retry, never a spinner that does not stop; the same for the swap list.
 */
import { flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { mealCount } from '../../../renderer/db/plans'
import type * as PlannerClientModule from '../../../renderer/planner/planner-client'
import { fakeWorker, type Behaviour } from '../planner/fake-worker'
import { planPageHarness } from './plan-harness'

// Each message to the planner worker is answered, or fails the way the test says next.
const workers = vi.hoisted(() => ({ next: [] as string[] }))
vi.mock('../../../renderer/planner/planner-client', async (importOriginal) => {
  const actual = await importOriginal<typeof PlannerClientModule>()
  return {
    ...actual,
    createPlannerClient: () => actual.createPlannerClient({ createWorker: () => fakeWorker(() => (workers.next.shift() ?? 'answer') as Behaviour), timeoutMs: 300 }),
  }
})

const { mountPage } = planPageHarness()

describe('the week when the planner fails', { timeout: 40_000 }, () => {
  beforeEach(() => {
    workers.next = []
  })

  it.each<[Behaviour, 'en' | 'de', string, string, string]>([
    ['crash', 'en', 'The planner stopped working.', 'Try again', '2026-W18'],
    ['silent', 'de', 'Der Planer hat nicht rechtzeitig geantwortet.', 'Erneut versuchen', '2026-W19'],
  ])('a worker that fails (%s) shows a message and a retry that plans the week (%s)', async (behaviour, locale, message, retry, week) => {
    workers.next = [behaviour]
    const { wrapper, store } = await mountPage(week, locale)
    await wrapper.get('[data-testid="generate"]').trigger('click')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="planner-failed"]').exists()).toBe(true), { timeout: 5_000 })
    expect(store.status).toBe('ready')
    expect(wrapper.get('[data-testid="planner-failed"]').text()).toContain(message)
    // Said in the person's language: the worker's own (English) error text is not shown.
    expect(wrapper.get('[data-testid="planner-failed"]').text()).not.toContain('The planner stopped (')
    expect(wrapper.get('[data-testid="generate"]').attributes('disabled')).toBeUndefined()
    expect(mealCount(store.plan)).toBe(0)

    const button = wrapper.get('[data-testid="planner-retry"]')
    expect(button.text()).toBe(retry)
    await button.trigger('click')
    await vi.waitFor(() => expect(mealCount(store.plan)).toBe(28), { timeout: 10_000 })
    await flushPromises()
    expect(wrapper.find('[data-testid="planner-failed"]').exists()).toBe(false)
  })

  it('the swap list says when the planner failed, and finds alternatives on retry', async () => {
    const { wrapper, store } = await mountPage('2026-W21')
    await wrapper.get('[data-testid="generate"]').trigger('click')
    await vi.waitFor(() => expect(mealCount(store.plan)).toBe(28), { timeout: 10_000 })
    await flushPromises()
    // The worker that answered the generation crashes on the swap request.
    workers.next = ['crash']
    const swapButton = wrapper.findAll('button').find((b) => /^Swap /.test(b.attributes('aria-label') ?? ''))
    expect(swapButton).toBeDefined()
    await swapButton!.trigger('click')
    const dialog = wrapper.get('[data-testid="swap-dialog"]')
    await vi.waitFor(() => expect(dialog.find('[data-testid="swap-failed"]').exists()).toBe(true), { timeout: 5_000 })
    expect(dialog.text()).toContain('The planner stopped working.')
    await dialog.get('[data-testid="swap-retry"]').trigger('click')
    await vi.waitFor(() => expect(dialog.findAll('.swaps__item')).toHaveLength(5), { timeout: 10_000 })
    expect(dialog.find('[data-testid="swap-failed"]').exists()).toBe(false)
  })
})
