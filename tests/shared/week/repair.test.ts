import { describe, expect, it } from 'vitest'
import { weekFromStored } from '../../../shared/week/repair'
import { weekSchema } from '../../../shared/week/schema'

const emptyMeal = { slot: 'dinner', recipeId: null, servings: 2, reasons: [], recipe: null }

describe('weekFromStored', () => {
  it.each([
    ['not an object', 42],
    ['no ISO week', { week: '2026-48', days: [] }],
    ['no days', { week: '2026-W48' }],
  ])('refuses %s', (_name, value) => {
    expect(weekFromStored(value)).toBeNull()
  })

  it('fills missing days, defaults the flags and leaves unreadable meals out', () => {
    const week = weekFromStored({ week: '2026-W48', days: [{ day: 2, note: 'n', meals: [emptyMeal, { slot: 'nope' }] }], seed: 'x', scores: null, unmet: 'x' })
    expect(week?.days.map((d) => d.meals.length)).toEqual([0, 0, 1, 0, 0, 0, 0])
    expect(week?.days[2]?.meals[0]).toMatchObject({ locked: false, byHand: false })
    expect(week?.seed).toBeNull()
    expect(week?.unmet).toEqual([])
    expect(weekSchema.safeParse(week).success).toBe(true)
  })

  it('the schema names the bad field', () => {
    const result = weekSchema.safeParse({ week: '2026-W48', days: [{ day: 9, note: '', meals: [] }], seed: null, scores: null, unmet: [] })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.path).toEqual(['days', 0, 'day'])
  })
})
