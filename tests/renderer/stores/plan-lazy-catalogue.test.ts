/**
 * The week opens without waiting for the food catalogue (the largest chunk of the app): it shows
 * as stored, is scored once the catalogue arrives, and an edit made in between waits for it.
 */
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { loadPlan, mealCount, savePlan } from '../../../renderer/db/plans'
import type { Week } from '../../../shared/week/schema'
import { useCatalogueStore } from '../../../renderer/stores/catalogue'
import { usePlanStore } from '../../../renderer/stores/plan'
import { useRecipesStore } from '../../../renderer/stores/recipes'
import { useStorageStatusStore } from '../../../renderer/stores/storage-status'
import { builtInRecipes } from '../../../shared/recipes/library'
import { freshDb } from '../db/helpers'

/** The catalogue store with its load held back until `release` (which runs the real load) or `fail`. */
function heldCatalogue() {
  const catalogue = useCatalogueStore()
  const realLoad = catalogue.load
  let calls = 0
  let release!: () => void
  let fail!: (error: Error) => void
  const held = new Promise<void>((resolve, reject) => {
    release = () => void realLoad().then(resolve, reject)
    fail = reject
  })
  catalogue.load = () => {
    calls++
    return held
  }
  return { release, fail, calls: () => calls, held }
}

const breakfast = builtInRecipes.find((r) => r.slots.includes('breakfast'))!
const storedWeek: Week = {
  week: '2026-W20',
  days: Array.from({ length: 7 }, (_, day) => ({
    day,
    note: '',
    meals: [{ slot: 'breakfast', recipeId: breakfast.id, servings: 1, locked: false, byHand: true, reasons: [], recipe: breakfast }],
  })),
  seed: null,
  scores: null,
  unmet: [],
}

describe('plan store before the catalogue has arrived', () => {
  beforeEach(() => {
    freshDb()
    setActivePinia(createPinia())
  })

  it('an edit made before the catalogue arrives waits for it and is saved scored', async () => {
    await savePlan(storedWeek)
    const catalogue = heldCatalogue()
    const store = usePlanStore()
    await store.open('2026-W20')
    expect(useRecipesStore().hasFacts).toBe(false)
    let done = false
    const clearing = store.clear({ kind: 'day', day: 0 }).then(() => (done = true))
    await new Promise((r) => setTimeout(r, 20))
    expect(done).toBe(false)
    catalogue.release()
    await clearing
    await store.settled()
    expect(mealCount(store.plan)).toBe(6)
    expect(store.plan.scores).not.toBeNull()
    expect(mealCount((await loadPlan('2026-W20'))!)).toBe(6)
  }, 60_000)

  it('an edit made while the catalogue fails to load is kept and saved, not lost', async () => {
    await savePlan(storedWeek)
    const catalogue = heldCatalogue()
    const store = usePlanStore()
    await store.open('2026-W20')
    const clearing = store.clear({ kind: 'day', day: 0 })
    catalogue.fail(new Error('chunk failed to load'))
    await clearing
    await store.settled()
    expect(mealCount(store.plan)).toBe(6)
    expect(store.plan.scores).toBeNull()
    expect(mealCount((await loadPlan('2026-W20'))!)).toBe(6)
    expect(useStorageStatusStore().failure).not.toBeNull()
    // Later edits are kept too.
    await store.move({ day: 1, slot: 'breakfast' }, { day: 0, slot: 'breakfast' })
    await store.settled()
    expect((await loadPlan('2026-W20'))!.days[0]!.meals.map((m) => m.recipeId)).toEqual([breakfast.id])
  })

  it('shows the stored week at once, then scores it when the catalogue arrives', async () => {
    await savePlan(storedWeek)
    const catalogue = heldCatalogue()
    const store = usePlanStore()
    await store.open('2026-W20')
    expect(store.status).toBe('ready')
    expect(mealCount(store.plan)).toBe(7)
    expect(store.plan.scores).toBeNull()
    expect(useRecipesStore().hasFacts).toBe(false)
    catalogue.release()
    await catalogue.held
    await expect.poll(() => store.plan.scores?.total ?? null, { timeout: 30_000 }).toBeGreaterThan(0)
    expect(mealCount(store.plan)).toBe(7)
  }, 60_000)

  it('a catalogue that fails to load is reported, and the week stays usable', async () => {
    const catalogue = heldCatalogue()
    const store = usePlanStore()
    await store.open('2026-W21')
    catalogue.fail(new Error('chunk failed to load'))
    await expect.poll(() => useStorageStatusStore().failure).not.toBeNull()
    expect(store.status).toBe('ready')
  })

  it('loads the catalogue once however many callers ask for it', async () => {
    const catalogue = useCatalogueStore()
    await Promise.all([catalogue.load(), catalogue.load()])
    expect(catalogue.status).toBe('ready')
    const loaded = catalogue.catalogue
    expect(loaded).not.toBeNull()
    await catalogue.load()
    expect(catalogue.catalogue).toBe(loaded)
  }, 60_000)
})
