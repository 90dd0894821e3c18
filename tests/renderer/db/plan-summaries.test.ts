/** The list of stored weeks: read cheaply, a few weeks at a time, and the same as the weeks themselves say. */
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { listPlanSummaries, planFromRow, summaryOf, summaryOfRow } from '../../../renderer/db/plans'
import { usePlanStore } from '../../../renderer/stores/plan'
import { historyRows } from '../../bench/startup-history'
import { freshDb } from './helpers'

const rows = historyRows(new Date('2026-06-01T12:00:00Z'))

describe('plan summaries', () => {
  beforeEach(() => {
    freshDb()
  })

  it('says what the repaired week says, for five years of weeks', () => {
    expect(rows.plans.length).toBe(260)
    for (const row of rows.plans) {
      const plan = planFromRow(row)!
      expect(summaryOfRow(row)).toEqual(summaryOf(plan, row.updatedAt))
    }
  })

  it.each<[string, unknown]>([
    ['nothing', undefined],
    ['a string', 'week'],
    ['no week', { days: [] }],
    ['not an ISO week', { week: '2026-W60', days: [] }],
    ['no days', { week: '2026-W20' }],
  ])('has none for a row that is not a week (%s)', (_, row) => {
    expect(summaryOfRow(row)).toBeNull()
  })

  it('counts only real meals and no score without one', () => {
    const row = { week: '2026-W20', days: [{ meals: [{ recipeId: 'b-x' }, { recipeId: null }, 'junk', { recipeId: '' }] }, 'junk'], scores: { total: 80 }, updatedAt: 'then' }
    expect(summaryOfRow(row)).toEqual({ week: '2026-W20', total: 80, meals: 1, updatedAt: 'then' })
    expect(summaryOfRow({ ...row, days: [] })).toEqual({ week: '2026-W20', total: null, meals: 0, updatedAt: 'then' })
    expect(summaryOfRow({ ...row, scores: { total: Number.NaN } })?.total).toBeNull()
  })

  it('lists every stored week newest first, a few at a time', async () => {
    const db = freshDb()
    await db.plans.bulkPut(rows.plans.slice(0, 60))
    const list = await listPlanSummaries(7)
    expect(list.map((s) => s.week)).toEqual(rows.plans.slice(0, 60).map((r) => r.week).sort().reverse())
    expect(list.every((s) => s.meals === 28)).toBe(true)
  })

  it('opens the week before the history list has been read, and an edit made meanwhile stays in the list', async () => {
    const db = freshDb()
    await db.plans.bulkPut(rows.plans)
    setActivePinia(createPinia())
    const store = usePlanStore()
    const newest = rows.plans.map((r) => r.week).sort().at(-1)!
    await store.open(newest)
    // Last week is known at once (for "Copy last week"); the rest arrives in the background.
    expect(store.previousWeek?.meals).toBe(28)
    expect(store.weeks.length).toBeLessThan(260)
    await store.setNote(0, 'picnic')
    await vi.waitFor(() => expect(store.weeks).toHaveLength(260))
    expect(store.weeks[0]!.week).toBe(newest)
    expect(store.weeks[0]!.updatedAt).not.toBe(rows.plans.find((r) => r.week === newest)!.updatedAt)

    // Going to another week does not read the years of history again: the list is kept current instead.
    const reads = vi.spyOn(db.plans, 'orderBy')
    await store.open(rows.plans.map((r) => r.week).sort()[0]!)
    await store.setNote(1, 'first week')
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(reads).not.toHaveBeenCalled()
    expect(store.weeks).toHaveLength(260)
    expect(store.weeks.at(-1)!.updatedAt).not.toBe([...rows.plans].sort((a, b) => a.week.localeCompare(b.week))[0]!.updatedAt)
  }, 30_000)
})
