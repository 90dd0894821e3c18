/** The planner worker failing: a crash, an unreadable message or no answer rejects every waiting request, and the next one starts afresh. */
import { describe, expect, it, vi } from 'vitest'
import { createPlannerClient, PlannerUnavailableError } from '../../../renderer/planner/planner-client'
import { defaultProfile } from '../../../shared/profile/profile'
import type { PlannerInput } from '../../../shared/planner/types'
import { fakeWorker, type Behaviour } from './fake-worker'

const input: PlannerInput = { profile: defaultProfile(), recipes: [], week: '2026-W20', locked: [], seed: 1 }

function clientWith(behaviours: Behaviour[], timeoutMs = 200) {
  const made: ReturnType<typeof fakeWorker>[] = []
  const client = createPlannerClient({
    createWorker: () => {
      const w = fakeWorker(behaviours[made.length] ?? 'answer')
      made.push(w)
      return w
    },
    timeoutMs,
  })
  return { client, made }
}

describe('the planner client', () => {
  it('starts its worker on the first request, not before', async () => {
    const { client, made } = clientWith(['answer'])
    expect(made).toHaveLength(0)
    const result = await client.plan(input)
    expect(result.week).toBe('2026-W20')
    expect(made).toHaveLength(1)
    await client.plan(input)
    expect(made).toHaveLength(1)
  })

  it.each<[Behaviour, PlannerUnavailableError['reason']]>([
    ['crash', 'crashed'],
    ['garble', 'unreadable'],
    ['silent', 'timeout'],
  ])('a worker that fails (%s) rejects every waiting request, then a fresh worker answers', async (behaviour, reason) => {
    const { client, made } = clientWith([behaviour, 'answer'])
    const waiting = [client.plan(input), client.swaps(input, 0, 'lunch'), client.plan(input)]
    const outcomes = await Promise.allSettled(waiting)
    for (const outcome of outcomes) {
      expect(outcome.status).toBe('rejected')
      const error = (outcome as PromiseRejectedResult).reason as PlannerUnavailableError
      expect(error).toBeInstanceOf(PlannerUnavailableError)
      expect(error.reason).toBe(reason)
    }
    expect(made[0]!.terminated).toBe(true)
    expect((await client.plan(input)).week).toBe('2026-W20')
    expect(made).toHaveLength(2)
  })

  it('rejects what is waiting when it is closed', async () => {
    vi.useFakeTimers()
    try {
      const { client } = clientWith(['silent'], 60_000)
      const waiting = client.plan(input)
      client.dispose()
      await expect(waiting).rejects.toThrow('closed')
    } finally {
      vi.useRealTimers()
    }
  })
})
