import { beforeEach, describe, expect, it } from 'vitest'
import type { GutplanDb } from '../../../renderer/db/db'
import type { ShoppingRow } from '../../../renderer/db/rows'
import {
  defaultShoppingPrefs,
  loadShoppingPrefs,
  loadShoppingWeek,
  saveShoppingPrefs,
  saveShoppingWeek,
  shoppingPrefsFromRow,
  shoppingPrefsKey,
  shoppingWeekFromRow,
} from '../../../renderer/db/shopping'
import { isIsoWeek } from '../../../shared/calendar/iso-week'
import { aisles } from '../../../shared/shopping/aisles'
import { freshDb } from './helpers'

describe('shopping repository', () => {
  let db: GutplanDb
  beforeEach(() => {
    db = freshDb()
  })

  it('gives an empty list covering one whole week until something is saved', async () => {
    expect(await loadShoppingWeek('2026-W20')).toEqual({ week: '2026-W20', weeks: 1, skippedDays: [], ticks: [], extras: [] })
    expect(await loadShoppingPrefs()).toEqual({ pantry: [], aisleOrder: [...aisles], pageSize: 'A4' })
  })

  it('saves a week’s list and loads it back, stamped', async () => {
    const list = {
      week: '2026-W20',
      weeks: 2,
      skippedDays: [0, 8],
      ticks: [{ key: '11282', grams: 310 }, { key: 'extra:a', grams: null }],
      extras: [{ id: 'a', name: 'Kitchen roll', quantity: '2 packs', aisle: 'other' as const }],
    }
    await saveShoppingWeek(list, new Date('2026-05-10T08:00:00Z'))
    expect(await loadShoppingWeek('2026-W20')).toEqual(list)
    expect(await db.shopping.get('2026-W20')).toMatchObject({ kind: 'week', updatedAt: '2026-05-10T08:00:00.000Z' })
    await expect(saveShoppingWeek({ ...list, week: 'prefs' })).rejects.toThrow(/ISO week/)
  })

  it('keeps the preferences in one row whose key is never a week', async () => {
    expect(isIsoWeek(shoppingPrefsKey)).toBe(false)
    const prefs = { pantry: ['04053', '02047'], aisleOrder: [...aisles].reverse(), pageSize: 'Letter' as const }
    await saveShoppingPrefs(prefs)
    expect(await loadShoppingPrefs()).toEqual(prefs)
    expect(await db.shopping.get(shoppingPrefsKey)).toMatchObject({ kind: 'prefs', week: 'prefs' })
    expect(await loadShoppingWeek('prefs')).toEqual({ week: 'prefs', weeks: 1, skippedDays: [], ticks: [], extras: [] })
  })

  it('repairs what it cannot read in a week’s row instead of failing', () => {
    const row = {
      kind: 'week',
      week: '2026-W20',
      weeks: 9,
      skippedDays: [3, 3, -1, 2.5, 40, 'x'],
      ticks: [{ key: 'a', grams: 1 }, { key: 'a', grams: 2 }, { key: '' }, null, { key: 'b', grams: 'lots' }],
      extras: [{ id: 'x', name: '  Tea  ', quantity: '', aisle: 'nowhere' }, { id: 'y', name: '   ' }, { name: 'no id' }],
      updatedAt: '2026-05-10T08:00:00.000Z',
    } as unknown as ShoppingRow
    expect(shoppingWeekFromRow('2026-W20', row)).toEqual({
      week: '2026-W20',
      weeks: 4,
      skippedDays: [3],
      ticks: [{ key: 'a', grams: 2 }, { key: 'b', grams: null }],
      extras: [{ id: 'x', name: 'Tea', quantity: null, aisle: 'other' }],
    })
    expect(shoppingWeekFromRow('2026-W20', undefined).weeks).toBe(1)
  })

  it('repairs the preferences: unknown aisles dropped, the others completed, paper A4 unless Letter', () => {
    const row = { kind: 'prefs', week: 'prefs', pantry: ['a', 'a', '', 7], aisleOrder: ['frozen', 'nowhere', 'frozen'], pageSize: 'A3', updatedAt: '' } as unknown as ShoppingRow
    const prefs = shoppingPrefsFromRow(row)
    expect(prefs.pantry).toEqual(['a'])
    expect(prefs.aisleOrder).toEqual(['frozen', ...aisles.filter((a) => a !== 'frozen')])
    expect(prefs.pageSize).toBe('A4')
    expect(shoppingPrefsFromRow(undefined)).toEqual(defaultShoppingPrefs())
  })
})
