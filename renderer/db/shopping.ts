/**
 * The shopping repository: per week, what the list covers, the ticks and the extras; and one
 * preferences row (pantry, aisle order, paper size) under the key `prefs`, which no ISO week has.
 */
import { isIsoWeek } from '../../shared/calendar/iso-week'
import { pageSizes } from '../../shared/ipc'
import { isAisle, sortAisles, type Aisle } from '../../shared/shopping/aisles'
import { getDb } from './db'
import { guardWrite } from './errors'
import type { ShoppingExtraRow, ShoppingPrefsRow, ShoppingRow, ShoppingTickRow, ShoppingWeekRow } from './rows'

/** A week's list as the app works with it: the stored row without its bookkeeping. */
export type ShoppingWeek = Omit<ShoppingWeekRow, 'kind' | 'updatedAt'>
export type ShoppingTick = ShoppingTickRow
export type ShoppingExtra = ShoppingExtraRow
export type ShoppingPrefs = Omit<ShoppingPrefsRow, 'kind' | 'week' | 'updatedAt'>

export const shoppingPrefsKey = 'prefs' satisfies ShoppingPrefsRow['week']
export const maxWeeks = 4
export const extraLimits = { name: 100, quantity: 40, count: 200 } as const

export const emptyShoppingWeek = (week: string): ShoppingWeek => ({ week, weeks: 1, skippedDays: [], ticks: [], extras: [] })
export const defaultShoppingPrefs = (): ShoppingPrefs => ({ pantry: [], aisleOrder: sortAisles(), pageSize: 'A4' })

const isString = (value: unknown): value is string => typeof value === 'string'
const text = (value: unknown, max: number): string => (isString(value) ? value.trim().slice(0, max) : '')

function readTick(value: unknown): ShoppingTick | null {
  const t = value as Partial<ShoppingTick> | null
  if (!t || !isString(t.key) || t.key === '') return null
  return { key: t.key, grams: typeof t.grams === 'number' && Number.isFinite(t.grams) ? t.grams : null }
}

function readExtra(value: unknown): ShoppingExtra | null {
  const e = value as Partial<ShoppingExtra> | null
  const name = text(e?.name, extraLimits.name)
  if (!e || !isString(e.id) || e.id === '' || name === '') return null
  const quantity = text(e.quantity, extraLimits.quantity)
  return { id: e.id, name, quantity: quantity === '' ? null : quantity, aisle: isAisle(e.aisle) ? e.aisle : 'other' }
}

/**
 * A week's list from a stored row, repaired where a part is unreadable: unknown days, ticks and
 * extras are left out, a missing row is an empty list covering one whole week.
 */
export function shoppingWeekFromRow(week: string, row: ShoppingRow | undefined): ShoppingWeek {
  if (!row || row.kind !== 'week') return emptyShoppingWeek(week)
  const weeks = Number.isInteger(row.weeks) ? Math.min(maxWeeks, Math.max(1, row.weeks)) : 1
  const days = Array.isArray(row.skippedDays) ? row.skippedDays.filter((d) => Number.isInteger(d) && d >= 0 && d < 7 * weeks) : []
  const ticks = (Array.isArray(row.ticks) ? row.ticks : []).map(readTick).filter((t): t is ShoppingTick => t !== null)
  const extras = (Array.isArray(row.extras) ? row.extras : []).map(readExtra).filter((e): e is ShoppingExtra => e !== null)
  return {
    week,
    weeks,
    skippedDays: [...new Set(days)].sort((a, b) => a - b),
    ticks: [...new Map(ticks.map((t) => [t.key, t])).values()],
    extras: [...new Map(extras.map((e) => [e.id, e])).values()].slice(0, extraLimits.count),
  }
}

export function shoppingPrefsFromRow(row: ShoppingRow | undefined): ShoppingPrefs {
  if (!row || row.kind !== 'prefs') return defaultShoppingPrefs()
  const pantry = Array.isArray(row.pantry) ? row.pantry.filter((id) => isString(id) && id !== '') : []
  const order: Aisle[] = sortAisles(Array.isArray(row.aisleOrder) ? row.aisleOrder.filter(isString) : [])
  return {
    pantry: [...new Set(pantry)],
    aisleOrder: order,
    pageSize: (pageSizes as readonly unknown[]).includes(row.pageSize) ? row.pageSize : 'A4',
  }
}

export async function loadShoppingWeek(week: string): Promise<ShoppingWeek> {
  return shoppingWeekFromRow(week, await getDb().shopping.get(week))
}

/** Saves (creates or replaces) a week's list. */
export async function saveShoppingWeek(list: ShoppingWeek, now: Date = new Date()): Promise<void> {
  if (!isIsoWeek(list.week)) throw new Error(`Not an ISO week: ${list.week}`)
  // Plain data only: no reactive proxies reach IndexedDB.
  const data = JSON.parse(JSON.stringify(list)) as ShoppingWeek
  const db = getDb()
  await guardWrite(() => db.transaction('rw', db.shopping, () => db.shopping.put({ kind: 'week', ...data, updatedAt: now.toISOString() })))
}

export async function loadShoppingPrefs(): Promise<ShoppingPrefs> {
  return shoppingPrefsFromRow(await getDb().shopping.get(shoppingPrefsKey))
}

export async function saveShoppingPrefs(prefs: ShoppingPrefs, now: Date = new Date()): Promise<void> {
  const data = JSON.parse(JSON.stringify(prefs)) as ShoppingPrefs
  const db = getDb()
  await guardWrite(() =>
    db.transaction('rw', db.shopping, () => db.shopping.put({ kind: 'prefs', week: shoppingPrefsKey, ...data, updatedAt: now.toISOString() })),
  )
}
