import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { emptyPlan, withMeal } from '../../../shared/week/edits'
import { savePlan } from '../../../renderer/db/plans'
import type { Week, WeekMeal } from '../../../shared/week/schema'
import { loadShoppingPrefs, loadShoppingWeek, saveShoppingPrefs } from '../../../renderer/db/shopping'
import { useCatalogueStore } from '../../../renderer/stores/catalogue'
import { usePlanStore } from '../../../renderer/stores/plan'
import { mealsOfWeeks } from '../../../shared/shopping/weeks'
import { carriedTicks, movedAisle, useShoppingStore } from '../../../renderer/stores/shopping'
import { aisles, type Aisle } from '../../../shared/shopping/aisles'
import { buyingItems } from '../../../shared/shopping/aggregate'
import { englishLabels } from '../../../shared/shopping/english'
import type { ShoppingList } from '../../../shared/shopping/types'
import { builtInRecipes } from '../../../shared/recipes/library'
import type { Recipe } from '../../../shared/recipes/types'
import { freshDb } from '../db/helpers'
import { GutplanDb, useDb } from '../../../renderer/db/db'

const recipe = (id: string): Recipe => builtInRecipes.find((r) => r.id === id)!
// Kefir oats: oats, kefir, chia, raspberries, blueberries, walnuts. Pear porridge: oats, milk, water, ginger, pear, pecans, cinnamon.
const kefirOats = recipe('b-kefir-overnight-oats')
const pearPorridge = recipe('b-porridge-pear-ginger')
const oats = '08120'
const raspberries = '09302'
const pear = '09252'
const kefir = 'gp-kefir'

const meal = (r: Recipe, servings = 1): WeekMeal => ({ slot: 'breakfast', recipeId: r.id, servings, locked: false, byHand: false, reasons: [], recipe: r })
const week = (id: string, meals: [day: number, r: Recipe, servings?: number][]): Week =>
  meals.reduce((p, [day, r, servings]) => withMeal(p, { day, slot: 'breakfast' }, meal(r, servings)), emptyPlan(id))
const keys = (list: ShoppingList) => buyingItems(list).map((i) => i.key)

// The catalogue loads once for the file (seconds in happy-dom); the shopping store starts anew in each test.
let pinia: Pinia

/** A fresh shopping store, as after a restart: nothing in memory, everything from IndexedDB. */
function restart() {
  setActivePinia(pinia)
  const old = useShoppingStore()
  old.$dispose()
  delete pinia.state.value[old.$id]
  return useShoppingStore()
}

async function opened(id: string) {
  const store = restart()
  await store.open(id)
  expect(store.status).toBe('ready')
  return store
}

describe('shopping store', () => {
  beforeAll(async () => {
    freshDb()
    pinia = createPinia()
    setActivePinia(pinia)
    await useCatalogueStore().load()
  }, 60_000)
  beforeEach(() => {
    freshDb()
  })

  it('lists the week’s ingredients by aisle, without tap water, and only for the chosen days', async () => {
    await savePlan(week('2026-W20', [[0, kefirOats], [1, pearPorridge]]))
    const store = await opened('2026-W20')
    expect(keys(store.list)).toEqual(expect.arrayContaining([oats, raspberries, pear, kefir]))
    expect(keys(store.list)).not.toContain('14411')
    expect(store.list.omitted.map((o) => o.reason)).toContain('water')
    expect(store.list.aisles.map((s) => s.aisle)).toEqual(aisles.filter((a) => store.list.aisles.some((s) => s.aisle === a)))

    await store.setDays([1], false)
    expect(keys(store.list)).not.toContain(pear)
    expect(keys(store.list)).toContain(kefir)
    expect((await loadShoppingWeek('2026-W20')).skippedDays).toEqual([1])
  })

  it('covers several weeks when asked, and the days count on from the first Monday', async () => {
    await savePlan(week('2026-W20', [[0, kefirOats]]))
    await savePlan(week('2026-W21', [[2, pearPorridge]]))
    const store = await opened('2026-W20')
    expect(keys(store.list)).not.toContain(pear)
    await store.setWeeks(2)
    expect(store.weeks).toEqual(['2026-W20', '2026-W21'])
    expect(keys(store.list)).toContain(pear)
    await store.setDays([7 + 2], false)
    expect(keys(store.list)).not.toContain(pear)
    expect(await loadShoppingWeek('2026-W20')).toMatchObject({ weeks: 2, skippedDays: [9] })
  })

  it('saves ticks per week: they survive a restart, and another week has its own', async () => {
    await savePlan(week('2026-W20', [[0, kefirOats]]))
    await savePlan(week('2026-W21', [[0, kefirOats]]))
    const store = await opened('2026-W20')
    await store.toggleTick(oats)
    await store.toggleTick(kefir)
    await store.toggleTick(kefir)
    await store.toggleTick(raspberries)
    expect([...store.ticks]).toEqual([oats, raspberries])

    const again = await opened('2026-W20')
    expect([...again.ticks].sort()).toEqual([oats, raspberries])
    await again.open('2026-W21')
    expect(again.ticks.size).toBe(0)
    await again.open('2026-W20')
    expect(again.ticks.size).toBe(2)
  })

  it('carries ticks when the plan changes: items still needed stay ticked, the rest go, a food needing more is unticked', async () => {
    await savePlan(week('2026-W20', [[0, kefirOats], [1, pearPorridge]]))
    const store = await opened('2026-W20')
    for (const key of [oats, raspberries, pear]) await store.toggleTick(key)

    // The pear porridge leaves the plan while the list is closed: its pear is not needed any more.
    await savePlan(week('2026-W20', [[0, kefirOats]]))
    const after = await opened('2026-W20')
    await after.settled()
    expect([...after.ticks].sort()).toEqual([oats, raspberries].sort())
    expect((await loadShoppingWeek('2026-W20')).ticks.map((t) => t.key).sort()).toEqual([oats, raspberries].sort())

    // Now twice the kefir oats: the raspberries bought are not enough.
    await savePlan(week('2026-W20', [[0, kefirOats, 2]]))
    const more = await opened('2026-W20')
    await more.settled()
    expect(more.ticks.has(raspberries)).toBe(false)
  })

  it('follows a week edited in another window', async () => {
    const db = freshDb()
    await savePlan(week('2026-W20', [[0, kefirOats]]))
    const store = await opened('2026-W20')
    expect(keys(store.list)).not.toContain(pear)
    // Another window writes through its own connection to the same database.
    const other = new GutplanDb(db.name)
    useDb(other)
    await savePlan(week('2026-W20', [[0, kefirOats], [1, pearPorridge]]))
    useDb(db)
    await vi.waitFor(() => expect(keys(store.list)).toContain(pear))
    other.close()
  })

  it('follows the plan being edited on the week screen', async () => {
    await savePlan(week('2026-W20', [[0, kefirOats], [1, pearPorridge]]))
    const plan = usePlanStore()
    await plan.open('2026-W20')
    const store = await opened('2026-W20')
    await store.toggleTick(raspberries)
    await store.toggleTick(pear)

    await plan.setServings({ day: 0, slot: 'breakfast' }, 3)
    await plan.clear({ kind: 'day', day: 1 })
    // The list follows the stored week: it changes once the save has landed.
    await vi.waitFor(() => expect(keys(store.list)).not.toContain(pear))
    await store.settled()
    expect(keys(store.list)).not.toContain(pear)
    expect(store.ticks.size).toBe(0)
    expect((await loadShoppingWeek('2026-W20')).ticks).toEqual([])
  }, 60_000)

  it('keeps pantry foods apart and off the list, for every week, and drops their ticks', async () => {
    await savePlan(week('2026-W20', [[0, kefirOats]]))
    const store = await opened('2026-W20')
    await store.toggleTick(oats)
    await store.setAtHome(oats, true)
    await store.settled()
    expect(keys(store.list)).not.toContain(oats)
    expect(store.list.pantry.map((l) => l.key)).toEqual([oats])
    expect(store.ticks.has(oats)).toBe(false)
    expect((await loadShoppingPrefs()).pantry).toEqual([oats])

    const again = await opened('2026-W20')
    expect(again.list.pantry.map((l) => l.key)).toEqual([oats])
    await again.setAtHome(oats, false)
    expect(keys(again.list)).toContain(oats)
  })

  it('adds items by hand to an aisle, ticks and removes them', async () => {
    await savePlan(week('2026-W20', [[0, kefirOats]]))
    const store = await opened('2026-W20')
    expect(store.addExtra({ name: '   ', quantity: '', aisle: 'other' })).toBeUndefined()
    await store.addExtra({ name: ' Kitchen roll ', quantity: ' 2 packs ', aisle: 'other' })
    await store.addExtra({ name: 'Lemons', quantity: '', aisle: 'produce' })
    const [roll, lemons] = store.state.extras
    expect(roll).toMatchObject({ name: 'Kitchen roll', quantity: '2 packs', aisle: 'other' })
    expect(lemons).toMatchObject({ name: 'Lemons', quantity: null, aisle: 'produce' })
    const other = store.list.aisles.find((s) => s.aisle === 'other')!
    expect(other.lines.at(-1)).toMatchObject({ kind: 'extra', key: `extra:${roll!.id}`, name: 'Kitchen roll', quantityText: '2 packs' })
    await store.toggleTick(`extra:${roll!.id}`)

    const again = await opened('2026-W20')
    expect(again.state.extras.map((e) => e.name)).toEqual(['Kitchen roll', 'Lemons'])
    expect(again.ticks.has(`extra:${roll!.id}`)).toBe(true)
    await again.removeExtra(roll!.id)
    await again.settled()
    expect(keys(again.list)).not.toContain(`extra:${roll!.id}`)
    expect(again.ticks.size).toBe(0)
  })

  it('moves aisles among those on the list and remembers the order', async () => {
    await savePlan(week('2026-W20', [[0, kefirOats]]))
    const store = await opened('2026-W20')
    const shown = store.list.aisles.map((s) => s.aisle)
    const last = shown.at(-1)!
    await store.moveAisle(last, -1)
    const moved = store.list.aisles.map((s) => s.aisle)
    expect(moved.at(-2)).toBe(last)
    expect(moved.at(-1)).toBe(shown.at(-2))
    expect((await opened('2026-W20')).list.aisles.map((s) => s.aisle)).toEqual(moved)

    const again = restart()
    await again.open('2026-W20')
    await again.resetAisles()
    expect(again.list.aisles.map((s) => s.aisle)).toEqual(shown)
  })

  it('changes the stored preferences, never the defaults that stand in before they load', async () => {
    await saveShoppingPrefs({ pantry: [oats], aisleOrder: ['frozen'], pageSize: 'A4' })
    const store = restart()
    await store.setPageSize('Letter')
    expect(await loadShoppingPrefs()).toEqual({ pantry: [oats], aisleOrder: [...aisles.filter((a) => a === 'frozen'), ...aisles.filter((a) => a !== 'frozen')], pageSize: 'Letter' })
  })

  it('exports the list with its ticks', async () => {
    await savePlan(week('2026-W20', [[0, kefirOats]]))
    const store = await opened('2026-W20')
    await store.toggleTick(raspberries)
    const markdown = store.exportText('markdown', englishLabels)
    expect(markdown).toMatch(/^## Produce$/m)
    expect(markdown).toMatch(/^- \[x\] Raspberries: /m)
    expect(markdown).toMatch(/^- \[ \] Blueberries: /m)
  })
})

describe('shopping store helpers', () => {
  const order = [...aisles]

  it.each<[Aisle, -1 | 1, Aisle[], Aisle[]]>([
    ['oils', -1, ['produce', 'legumes', 'oils'], ['produce', 'fermented-dairy', 'fish-meat', 'grains-bakery', 'oils', 'legumes', 'nuts-seeds', 'herbs-spices', 'frozen', 'other']],
    ['produce', 1, ['produce', 'legumes', 'oils'], ['fermented-dairy', 'fish-meat', 'grains-bakery', 'legumes', 'produce', 'nuts-seeds', 'herbs-spices', 'oils', 'frozen', 'other']],
    ['produce', -1, ['produce', 'legumes'], order],
    ['other', 1, ['produce', 'other'], order],
    ['frozen', 1, ['produce', 'other'], order],
  ])('moves %s by %i among %j', (aisle, step, shown, expected) => {
    expect(movedAisle(order, shown, aisle, step)).toEqual(expected)
  })

  it('reads a plan’s meals, leaving out empty slots, unplanned servings and skipped days', () => {
    const plan = week('2026-W20', [[0, kefirOats], [3, pearPorridge, 0], [6, pearPorridge, 2]])
    const meals = mealsOfWeeks([{ week: '2026-W20', plan }, { week: '2026-W21', plan: null }], new Set([6]))
    expect(meals.map((m) => [m.day, m.recipe.id, m.servings, m.week])).toEqual([[0, kefirOats.id, 1, '2026-W20']])
  })

  it('carries ticks against the amounts they were ticked at', () => {
    const line = (key: string, grams: number) => ({ kind: 'food' as const, key, foodId: key, name: key, description: key, aisle: 'produce' as const, grams, display: { kind: 'mass' as const, grams, amount: grams, unit: 'g' as const }, buy: null, pack: null, usedG: grams, leftoverG: 0, fromParts: [], from: [], isPantry: false })
    const list: ShoppingList = { aisles: [{ aisle: 'produce', lines: [line('a', 100), line('b', 300), line('c', 50)] }], pantry: [], omitted: [] }
    const ticks = [
      { key: 'a', grams: 100 },
      { key: 'b', grams: 200 },
      { key: 'c', grams: 80 },
      { key: 'gone', grams: 10 },
      { key: 'extra:x', grams: null },
    ]
    expect(carriedTicks(ticks, list).map((t) => t.key)).toEqual(['a', 'c'])
  })
})
