import { beforeEach, describe, expect, it } from 'vitest'
import { withMeal, emptyPlan } from '../../../shared/week/edits'
import type { GutplanDb } from '../../../renderer/db/db'
import { deletePlan, listPlanSummaries, loadPlan, planFromRow, savePlan } from '../../../renderer/db/plans'
import type { PlanRow } from '../../../renderer/db/rows'
import { builtInRecipes } from '../../../shared/recipes/library'
import { freshDb } from './helpers'

const recipe = builtInRecipes[0]!
const planned = (week: string) =>
  withMeal(emptyPlan(week), { day: 1, slot: 'breakfast' }, { slot: 'breakfast', recipeId: recipe.id, servings: 2, locked: true, byHand: false, reasons: [{ code: 'locked' }], recipe })

describe('plans repository', () => {
  let db: GutplanDb
  beforeEach(() => {
    db = freshDb()
  })

  it('saves a week and loads it back as it was, recipe snapshot included', async () => {
    await savePlan({ ...planned('2026-W20'), seed: 5 })
    const loaded = await loadPlan('2026-W20')
    expect(loaded).toEqual({ ...planned('2026-W20'), seed: 5 })
    expect(loaded!.days[1]!.meals[0]!.recipe).not.toBe(recipe)
    expect(await loadPlan('2026-W21')).toBeNull()
  })

  it('keeps when a week was first saved and stamps each change', async () => {
    await savePlan(planned('2026-W20'), new Date('2026-05-10T08:00:00Z'))
    await savePlan(emptyPlan('2026-W20'), new Date('2026-05-11T08:00:00Z'))
    const row = await db.plans.get('2026-W20')
    expect(row).toMatchObject({ createdAt: '2026-05-10T08:00:00.000Z', updatedAt: '2026-05-11T08:00:00.000Z' })
  })

  it('refuses a week that is not an ISO week', async () => {
    await expect(savePlan(emptyPlan('2026-20'))).rejects.toThrow(/ISO week/)
  })

  it('lists stored weeks newest first with their score and meal count', async () => {
    await savePlan({ ...planned('2026-W18'), scores: { total: 71.5, targets: {} as never } })
    await savePlan(emptyPlan('2026-W20'))
    await savePlan(planned('2025-W52'))
    const list = await listPlanSummaries()
    expect(list.map((w) => [w.week, w.meals, w.total])).toEqual([
      ['2026-W20', 0, null],
      ['2026-W18', 1, 71.5],
      ['2025-W52', 1, null],
    ])
  })

  it('deletes a week', async () => {
    await savePlan(planned('2026-W20'))
    await deletePlan('2026-W20')
    expect(await loadPlan('2026-W20')).toBeNull()
  })

  it('repairs a damaged row instead of failing: missing days come back empty, unreadable meals are left out', () => {
    const row = {
      week: '2026-W20',
      days: [
        { day: 0, note: 42, meals: [{ slot: 'brunch', recipeId: 'x' }, planned('2026-W20').days[1]!.meals[0]] },
        { day: 3, meals: 'nope' },
      ],
      seed: 'seed',
      scores: {},
      unmet: null,
      createdAt: 'x',
      updatedAt: 'x',
    } as unknown as PlanRow
    const plan = planFromRow(row)!
    expect(plan.days).toHaveLength(7)
    expect(plan.days[0]).toMatchObject({ note: '', meals: [{ recipeId: recipe.id, locked: true, byHand: false }] })
    expect(plan.days[3]!.meals).toEqual([])
    expect(plan).toMatchObject({ seed: null, scores: null, unmet: [] })
    expect(planFromRow({ ...row, week: 'last week' })).toBeNull()
  })
})
