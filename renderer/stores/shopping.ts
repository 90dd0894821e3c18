import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, onScopeDispose, ref, shallowRef, watch } from 'vue'
import { isoWeekOf, shiftWeek } from '../../shared/calendar/iso-week'
import type { PageSize } from '../../shared/ipc'
import type { Aisle } from '../../shared/shopping/aisles'
import { buyingItems } from '../../shared/shopping/aggregate'
import { exportExtensions, exportList, type ExportFormat, type ShoppingLabels } from '../../shared/shopping/export'
import { carryTicks } from '../../shared/shopping/ticks'
import type { ExtraItem, MealRef, ShoppingList } from '../../shared/shopping/types'
import { mealsOfWeeks, shoppingListOfWeeks } from '../../shared/shopping/weeks'
import { observePlans } from '../db/plans'
import type { Week, WeekMeal } from '../../shared/week/schema'
import {
  defaultShoppingPrefs,
  emptyShoppingWeek,
  extraLimits,
  loadShoppingPrefs,
  loadShoppingWeek,
  maxWeeks,
  saveShoppingPrefs,
  saveShoppingWeek,
  type ShoppingPrefs,
  type ShoppingTick,
  type ShoppingWeek,
} from '../db/shopping'
import { createSaveQueue } from '../db/save-queue'
import { platform } from '../platform'
import { useCatalogueStore } from './catalogue'
import { useSettingsStore } from './settings'
import { useStorageStatusStore } from './storage-status'

const emptyList: ShoppingList = { aisles: [], pantry: [], omitted: [] }

/**
 * The ticks still standing on a regenerated list. Each tick keeps the grams it was made on (what
 * the person bought), so the list "as it was when ticked" is this list with those amounts, and
 * carryTicks unticks a food that now needs more.
 */
export function carriedTicks(ticks: readonly ShoppingTick[], list: ShoppingList): ShoppingTick[] {
  const bought = new Map(ticks.map((t) => [t.key, t.grams]))
  const asTicked: ShoppingList = {
    ...list,
    aisles: list.aisles.map((s) => ({ ...s, lines: s.lines.map((l) => (l.kind === 'food' ? { ...l, grams: bought.get(l.key) ?? l.grams } : l)) })),
  }
  const kept = carryTicks(new Set(bought.keys()), list, asTicked)
  return ticks.filter((t) => kept.has(t.key))
}

/** The aisle order with `aisle` moved past its neighbour among the aisles on the list (the others hold their places). */
export function movedAisle(order: readonly Aisle[], shown: readonly Aisle[], aisle: Aisle, step: -1 | 1): Aisle[] {
  const neighbour = shown[shown.indexOf(aisle) + step]
  if (!shown.includes(aisle) || !neighbour) return [...order]
  const rest = order.filter((a) => a !== aisle)
  rest.splice(rest.indexOf(neighbour) + (step < 0 ? 0 : 1), 0, aisle)
  return rest
}

/** A week's shopping list (one or more weeks, chosen days), its ticks and extras, and the person's pantry and aisle order. */
export const useShoppingStore = defineStore('shopping', () => {
  const catalogue = useCatalogueStore()
  const settings = useSettingsStore()
  const storage = useStorageStatusStore()

  const week = ref(isoWeekOf(new Date()))
  const state = shallowRef<ShoppingWeek>(emptyShoppingWeek(week.value))
  const prefs = shallowRef<ShoppingPrefs>(defaultShoppingPrefs())
  const stored = shallowRef<ReadonlyMap<string, Week | null>>(new Map())
  const status = ref<'loading' | 'ready' | 'error'>('loading')
  let prefsLoading: Promise<void> | null = null
  let opening = 0
  const saves = createSaveQueue((error) => storage.report(error))

  const weeks = computed(() => Array.from({ length: state.value.weeks }, (_, i) => shiftWeek(week.value, i)))
  /** A week's plan as stored (followed while the list is open: an edit on the week screen, or in another window, shows). */
  const planOf = (w: string): Week | null => stored.value.get(w) ?? null
  const plans = computed(() => weeks.value.map((w) => ({ week: w, plan: planOf(w) })))
  const skippedDays = computed(() => new Set(state.value.skippedDays))
  const meals = computed(() => mealsOfWeeks(plans.value, skippedDays.value))
  const extras = computed<ExtraItem[]>(() => state.value.extras.map((e) => ({ id: e.id, name: e.name, aisle: e.aisle, ...(e.quantity === null ? {} : { quantity: e.quantity }) })))
  const list = computed<ShoppingList>(() =>
    status.value === 'ready'
      ? shoppingListOfWeeks(plans.value, catalogue.byId, { skippedDays: skippedDays.value, pantry: new Set(prefs.value.pantry), aisleOrder: prefs.value.aisleOrder, extras: extras.value, lang: settings.locale === 'de' ? 'de' : 'en' })
      : emptyList,
  )
  const ticks = computed<ReadonlySet<string>>(() => new Set(state.value.ticks.map((t) => t.key)))

  let unobserve: (() => void) | null = null
  /** Follows the stored plans of `ws`; resolves with their first reading. */
  function follow(ws: readonly string[]): Promise<ReadonlyMap<string, Week | null>> {
    unobserve?.()
    return new Promise((resolve, reject) => {
      let isFirst = true
      unobserve = observePlans(
        ws,
        (plans) => {
          if (isFirst) resolve(plans)
          else stored.value = plans
          isFirst = false
        },
        (error) => (isFirst ? reject(error) : storage.report(error)),
      )
    })
  }

  /** Loads the pantry, aisle order and paper size once. */
  function loadPrefs(): Promise<void> {
    prefsLoading ??= loadShoppingPrefs().then(
      (loaded) => void (prefs.value = loaded),
      (error: unknown) => {
        prefsLoading = null
        throw error
      },
    )
    return prefsLoading
  }

  async function open(next: string): Promise<void> {
    const id = ++opening
    week.value = next
    status.value = 'loading'
    try {
      const [loaded] = await Promise.all([loadShoppingWeek(next), loadPrefs(), catalogue.load()])
      if (id !== opening) return
      const loadedPlans = await follow(Array.from({ length: loaded.weeks }, (_, i) => shiftWeek(next, i)))
      if (id !== opening) return
      state.value = loaded
      stored.value = loadedPlans
      status.value = 'ready'
    } catch (error) {
      if (id !== opening) return
      status.value = 'error'
      storage.report(error)
    }
  }

  /** Shows a change at once and saves it; saves run in order so the last change stays. */
  function commit(next: ShoppingWeek): Promise<unknown> {
    state.value = next
    return saves.run(() => saveShoppingWeek(next))
  }

  /** Changes the preferences as loaded (never the defaults standing in before that) and saves them. */
  async function changePrefs(change: (p: ShoppingPrefs) => ShoppingPrefs): Promise<unknown> {
    await loadPrefs().catch(() => undefined)
    const next = change(prefs.value)
    prefs.value = next
    return saves.run(() => saveShoppingPrefs(next))
  }

  onScopeDispose(() => unobserve?.())

  // A regenerated list (the plan changed, days or weeks added or left out, a food now at home) keeps the ticks still needed.
  watch(list, (next) => {
    if (status.value !== 'ready') return
    const kept = carriedTicks(state.value.ticks, next)
    if (kept.length !== state.value.ticks.length) void commit({ ...state.value, ticks: kept })
  })

  function toggleTick(key: string): Promise<unknown> | undefined {
    const item = buyingItems(list.value).find((i) => i.key === key)
    if (!item) return
    const rest = state.value.ticks.filter((t) => t.key !== key)
    const ticked = rest.length === state.value.ticks.length ? [...rest, { key, grams: item.kind === 'food' ? item.grams : null }] : rest
    return commit({ ...state.value, ticks: ticked })
  }

  async function setWeeks(count: number): Promise<void> {
    const n = Math.min(maxWeeks, Math.max(1, Math.round(count)))
    stored.value = await follow(Array.from({ length: n }, (_, i) => shiftWeek(week.value, i)))
    await commit({ ...state.value, weeks: n, skippedDays: state.value.skippedDays.filter((d) => d < 7 * n) })
  }

  /** Includes or leaves out days, counted from the first week's Monday. */
  function setDays(days: readonly number[], isIncluded: boolean): Promise<unknown> {
    const skipped = new Set(state.value.skippedDays)
    for (const d of days) if (isIncluded) skipped.delete(d); else skipped.add(d)
    return commit({ ...state.value, skippedDays: [...skipped].sort((a, b) => a - b) })
  }

  function addExtra(input: { name: string; quantity: string; aisle: Aisle }): Promise<unknown> | undefined {
    const name = input.name.trim().slice(0, extraLimits.name)
    if (name === '' || state.value.extras.length >= extraLimits.count) return
    const quantity = input.quantity.trim().slice(0, extraLimits.quantity)
    const extra = { id: crypto.randomUUID(), name, quantity: quantity === '' ? null : quantity, aisle: input.aisle }
    return commit({ ...state.value, extras: [...state.value.extras, extra] })
  }

  const removeExtra = (id: string) => commit({ ...state.value, extras: state.value.extras.filter((e) => e.id !== id) })

  const setAtHome = (foodId: string, isAtHome: boolean) =>
    changePrefs((p) => {
      const pantry = p.pantry.filter((id) => id !== foodId)
      return { ...p, pantry: isAtHome ? [...pantry, foodId] : pantry }
    })
  const moveAisle = (aisle: Aisle, step: -1 | 1) =>
    changePrefs((p) => ({ ...p, aisleOrder: movedAisle(p.aisleOrder, list.value.aisles.map((s) => s.aisle), aisle, step) }))
  const resetAisles = () => changePrefs((p) => ({ ...p, aisleOrder: defaultShoppingPrefs().aisleOrder }))
  const setPageSize = (pageSize: PageSize) => changePrefs((p) => ({ ...p, pageSize }))

  /** The planned meal an amount comes from, for "which meals need this". */
  function mealOf(from: MealRef): WeekMeal | null {
    const plan = from.week ? planOf(from.week) : null
    return plan?.days[from.day ?? -1]?.meals.find((m) => m.slot === from.slot && m.recipeId === from.recipeId) ?? null
  }

  const exportText = (format: ExportFormat, labels: ShoppingLabels) => exportList(format, list.value, labels, ticks.value)

  /** Saves the list as a file: the desktop's save dialog, or a download in a browser. */
  function saveFile(format: ExportFormat, labels: ShoppingLabels, suggestedName: string, filterName: string) {
    return platform.saveFile({ suggestedName, content: exportText(format, labels), filters: [{ name: filterName, extensions: [exportExtensions[format]] }] })
  }

  return {
    week, state, prefs, status, weeks, plans, meals, list, ticks,
    open, loadPrefs, toggleTick, setWeeks, setDays, addExtra, removeExtra, setAtHome, moveAisle, resetAisles, setPageSize, mealOf, exportText, saveFile,
    settled: () => saves.settled(),
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useShoppingStore, import.meta.hot))
