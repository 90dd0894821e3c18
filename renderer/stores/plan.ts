import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, onScopeDispose, ref, shallowRef, watch } from 'vue'
import { isoWeekOf, shiftWeek } from '../../shared/calendar/iso-week'
import type { PlanScope, SwapSuggestion } from '../../shared/planner/types'
import { createSaveQueue } from '../db/save-queue'
import { listPlanSummaries, loadPlan, loadStoredPlan, mealCount, observePlan, savePlan, summaryOf, type PlanSummary } from '../db/plans'
import type { Week } from '../../shared/week/schema'
import { fiberRampWeeks, recentFiberPerDay } from '../../shared/week/targets'
import { usePlanPlanner, type PlanLibrary } from '../composables/plan/use-plan-planner'
import { plannerFailureOf, type PlannerStop } from '../planner/planner-client'
import { chosenMeal, clearMeals, copyMeals, emptyPlan, mealAt, moveMeal, setNote as noteOf, tidyLeftovers, updateMeal, withChosenMeal, withLeftover } from '../../shared/week/edits'
import { leftoversOn } from '../../shared/profile/profile'
import type { ClearScope, SlotRef } from '../../shared/week/edits'
import { mealServingsAt } from '../../shared/profile/members'
import { useCatalogueStore } from './catalogue'
import { useProfileStore } from './profile'
import { useRecipesStore } from './recipes'
import { useStorageStatusStore } from './storage-status'

export type PlanAction =
  | 'generate' | 'regenerate-day' | 'regenerate-slot' | 'replan-conflicts' | 'lock' | 'unlock' | 'pick' | 'swap' | 'move'
  | 'servings' | 'note' | 'clear-slot' | 'clear-day' | 'clear-week' | 'copy' | 'undo' | 'leftovers'

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error))

/** Servings of a meal for the household: quarter steps (portions per person are planned in quarters). */
export const servingsLimits = { min: 0.25, max: 48 } as const
const undoDepth = 20
const generateAction = { week: 'generate', day: 'regenerate-day', slot: 'regenerate-slot', cells: 'replan-conflicts' } as const

/** One ISO week's plan: opened by week, changed by the planner or by hand, saved at every change. */
export const usePlanStore = defineStore('plan', () => {
  const recipes = useRecipesStore()
  const profiles = useProfileStore()
  const storage = useStorageStatusStore()
  const planner = usePlanPlanner()
  const catalogue = useCatalogueStore()
  const library: PlanLibrary = {
    get recipes() {
      return recipes.all
    },
    factsOf: (r) => recipes.factsOf(r),
    // Adapted recipes swap in foods from the catalogue: none until it has loaded.
    get foods() {
      return catalogue.status === 'ready' ? catalogue.byId : undefined
    },
  }

  const week = ref(isoWeekOf(new Date()))
  const plan = shallowRef<Week>(emptyPlan(week.value))
  const status = ref<'loading' | 'ready' | 'planning' | 'error'>('loading')
  /** Why the planner failed last time, if it did. */
  const plannerError = ref<string | null>(null)
  /** Why the planner worker stopped, when that was the failure (the week words it). */
  const plannerStopped = ref<PlannerStop | null>(null)
  /** Every stored week, newest first. */
  const weeks = shallowRef<PlanSummary[]>([])
  const undoStack = shallowRef<{ plan: Week; action: PlanAction }[]>([])
  /** The last change, for the screen to announce; `n` tells repeats apart. */
  const lastAction = shallowRef<{ action: PlanAction; n: number } | null>(null)
  const hasMeals = computed(() => mealCount(plan.value) > 0)
  const previousWeek = computed(() => weeks.value.find((w) => w.week === shiftWeek(week.value, -1) && w.meals > 0) ?? null)
  const saves = createSaveQueue((error) => storage.report(error))
  let opening = 0
  /** When this window saved the open week: a stored week with another stamp was saved elsewhere. */
  const ownSaves = new Set<string>()
  let unobserve: (() => void) | null = null
  /** Weeks changed here (or seen changed elsewhere) while the history list is being read: they win over what it read. */
  const touched = new Map<string, PlanSummary>()
  const withSummaries = (list: readonly PlanSummary[], newer: Iterable<PlanSummary>): PlanSummary[] => {
    const byWeek = new Map(list.map((w) => [w.week, w]))
    for (const w of newer) byWeek.set(w.week, w)
    return [...byWeek.values()].sort((a, b) => b.week.localeCompare(a.week))
  }
  function touch(summary: PlanSummary): void {
    if (!isHistoryRead) touched.set(summary.week, summary)
    weeks.value = withSummaries(weeks.value, [summary])
  }
  /** The list of every stored week is read once, in the background; after that, changes keep it current. */
  let historyRead: Promise<void> | null = null
  let isHistoryRead = false
  function readHistory(): void {
    historyRead ??= listPlanSummaries().then(
      (list) => {
        weeks.value = withSummaries(list, touched.values())
        touched.clear()
        isHistoryRead = true
      },
      (error: unknown) => {
        historyRead = null
        storage.report(error)
      },
    )
  }

  /** Follows the open week as stored, so an edit made in another window or tab shows here too. */
  function follow(forWeek: string, id: number, opened: string | null): void {
    unobserve?.()
    unobserve = observePlan(
      forWeek,
      (stored) => {
        // The week as opened (the first reading, unless another window saved in between) is already shown.
        if (id !== opening || !stored || stored.updatedAt === opened || ownSaves.has(stored.updatedAt)) return
        // This window's own saves still in flight win: they are newer than what another window wrote.
        if (saves.isBusy() || status.value !== 'ready') return
        plan.value = recipes.hasFacts ? scored(stored.plan) : stored.plan
        touch(summaryOf(stored.plan, stored.updatedAt))
      },
      (error) => storage.report(error),
    )
  }

  /** The recipes of the week before the open one, for the rule "not the same as last week". */
  const previousRecipes = shallowRef<readonly string[]>([])
  const evaluated = (p: Week): Week =>
    mealCount(p) > 0 ? planner.evaluate(p, profiles.profile, library, previousRecipes.value) : { ...p, scores: null, unmet: [] }

  async function open(next: string): Promise<void> {
    const id = ++opening
    week.value = next
    status.value = 'loading'
    undoStack.value = []
    lastAction.value = null
    try {
      // The week shows as stored without waiting for the catalogue (the largest chunk of the app):
      // its scores are recomputed once the catalogue, and with it every recipe's facts, arrives.
      // Of the history, only last week is needed now (for "Copy last week"); the list of every
      // stored week follows in the background.
      // Last week once: its summary for the history, its recipes for "not the same as last week".
      const [stored, previous] = await Promise.all([loadStoredPlan(next), loadStoredPlan(shiftWeek(next, -1)), recipes.loadOwn()])
      if (id !== opening) return
      previousRecipes.value = (previous?.plan.days ?? []).flatMap((d) => d.meals.flatMap((m) => (m.recipeId ? [m.recipeId] : [])))
      for (const s of [stored, previous]) if (s) touch(summaryOf(s.plan, s.updatedAt))
      const shown = stored?.plan ?? emptyPlan(next)
      plan.value = recipes.hasFacts ? scored(shown) : shown
      status.value = 'ready'
      follow(next, id, stored?.updatedAt ?? null)
      readHistory()
      void recipes.load().then(
        () => {
          if (id !== opening) return
          if (status.value === 'ready' && plan.value === shown) plan.value = scored(shown)
          // The library's planner facts for this profile, ready before the first click on Generate.
          setTimeout(() => {
            for (const facts of planner.warm(profiles.profile, library)) recipes.conflictsOf(facts)
          })
        },
        (error: unknown) => storage.report(error),
      )
    } catch (error) {
      if (id !== opening) return
      status.value = 'error'
      storage.report(error)
    }
  }

  /** Shows a changed plan at once and saves it; saves run in order so the last change stays. */
  function commit(next: Week, action: PlanAction, undoable = true): Promise<unknown> {
    if (undoable) undoStack.value = [...undoStack.value.slice(1 - undoDepth), { plan: plan.value, action }]
    plan.value = next
    lastAction.value = { action, n: (lastAction.value?.n ?? 0) + 1 }
    const stamp = new Date()
    touch(summaryOf(next, stamp.toISOString()))
    ownSaves.add(stamp.toISOString())
    return saves.run(() => savePlan(next, stamp))
  }

  /** A week scored by the planner; if scoring fails, the week as it is, without scores (and the reason shown). */
  function scored(p: Week): Week {
    try {
      return evaluated(p)
    } catch (error) {
      plannerError.value = messageOf(error)
      return { ...p, scores: null, unmet: [] }
    }
  }

  /**
   * An edit made before the catalogue has arrived waits for it, so what is saved is scored with
   * every recipe's facts. Whatever fails (the catalogue, the scoring), the edit itself is kept and saved.
   */
  async function edit(action: PlanAction, change: (p: Week) => Week): Promise<unknown> {
    if (!recipes.hasFacts) {
      try {
        await recipes.load()
      } catch (error) {
        storage.report(error)
        return commit({ ...change(plan.value), scores: null, unmet: [] }, action)
      }
    }
    // A leftover whose dinner changed or moved is a meal of its own now.
    return commit(scored(tidyLeftovers(change(plan.value))), action)
  }

  /** Fibre per day the weeks before `forWeek` planned (whole-day grams), or undefined when none has meals. */
  async function recentFiberOf(forWeek: string): Promise<number | undefined> {
    const before = await Promise.all(Array.from({ length: fiberRampWeeks }, (_, i) => loadPlan(shiftWeek(forWeek, -(i + 1))).catch(() => null)))
    return recentFiberPerDay(before, profiles.profile.slots)
  }

  /** What to do again after the planner failed: the last generation, with its scope. */
  const failed = shallowRef<PlanScope | null>(null)

  /**
   * The meals of the week that conflict with the profile as it is now (after a change, say): where
   * they are, and whether the person had locked them. Empty until recipe facts are known.
   */
  const conflicting = computed(() => {
    if (!recipes.hasFacts) return []
    return plan.value.days.flatMap((d) =>
      d.meals.flatMap((m) => {
        const facts = m.recipe ? recipes.factsOf(m.recipe) : null
        return facts && recipes.mealConflictsOf(facts, d.day, m.slot).length > 0 ? [{ at: { day: d.day, slot: m.slot }, recipe: m.recipe!, locked: m.locked }] : []
      }),
    )
  })

  /** Replans the meals that now conflict; locked ones among them are unlocked first (the banner names them). */
  function replanConflicting(): Promise<void> {
    const cells = conflicting.value.map((c) => c.at)
    if (cells.length === 0) return Promise.resolve()
    const unlock = (p: Week): Week => cells.reduce((w, at) => (mealAt(w, at)?.locked ? updateMeal(w, at, { locked: false }) : w), p)
    return generate({ kind: 'cells', cells }, unlock)
  }

  async function generate(scope: PlanScope = { kind: 'week' }, prepare: (p: Week) => Week = (p) => p, action: PlanAction = generateAction[scope.kind]): Promise<void> {
    if (status.value !== 'ready') return
    const forWeek = week.value
    status.value = 'planning'
    plannerError.value = null
    plannerStopped.value = null
    failed.value = null
    try {
      // A change made while the planner works (a note, a lock) is planned around, not lost.
      let base: Week
      let next: Week
      let attempts = 0
      await recipes.load()
      // A whole week is planned from where the weeks before it left fibre (it rises slowly).
      const recentFiberG = scope.kind === 'week' ? await recentFiberOf(forWeek) : plan.value.recentFiberG
      do {
        base = plan.value
        const withRamp: Week = { ...prepare(base) }
        delete withRamp.recentFiberG
        if (recentFiberG !== undefined) withRamp.recentFiberG = recentFiberG
        next = await planner.generate(withRamp, profiles.profile, library, scope, undefined, previousRecipes.value)
      } while (plan.value !== base && week.value === forWeek && ++attempts < 3)
      if (forWeek === week.value) void commit(next, action)
    } catch (error) {
      if (forWeek === week.value) {
        const failure = plannerFailureOf(error)
        plannerError.value = failure.message
        plannerStopped.value = failure.stopped
        failed.value = scope
      }
    } finally {
      if (forWeek === week.value) status.value = 'ready'
    }
  }

  /** Tries the failed generation again (a stopped planner worker starts afresh). */
  function retry(): Promise<void> {
    const scope = failed.value
    return scope ? generate(scope) : Promise.resolve()
  }

  /** Puts a recipe the person chose (by search or from the swap list) into a slot, locked. */
  function choose(at: SlotRef, recipeId: string, action: 'pick' | 'swap' = 'pick'): Promise<unknown> | undefined {
    const recipe = recipes.byId.get(recipeId)
    const servings = mealAt(plan.value, at)?.servings ?? (mealServingsAt(profiles.profile, at.day, at.slot) || 1)
    // A dinner whose rest is the next day's lunch takes that lunch along.
    if (recipe) return edit(action, (p) => withChosenMeal(p, at, chosenMeal(at.slot, recipe, servings)))
  }

  /** A meal's servings at a portion per person, for whoever eats it (the household, or its eaters by energy). */
  const servingsFor = (at: SlotRef, perPerson: number): number => mealServingsAt(profiles.profile, at.day, at.slot, perPerson) || perPerson

  /** Makes a lunch the leftovers of the dinner before it (from the swap list), locked. */
  function chooseLeftover(at: SlotRef, servings: number): Promise<unknown> {
    return edit('swap', (p) => withLeftover(p, at, servings))
  }

  /** Whether this week plans leftovers: its own switch, else the person's rule or the household default. */
  const leftovers = computed(() => leftoversOn(profiles.profile, plan.value.leftovers))

  /** Switches leftovers for this week; a week with meals is planned anew (locked meals stay). */
  function setLeftovers(on: boolean): Promise<unknown> {
    const switched = (p: Week): Week => ({ ...p, leftovers: on })
    if (!hasMeals.value) return commit(switched(plan.value), 'leftovers')
    return generate({ kind: 'week' }, switched, 'leftovers')
  }

  function toggleLock(at: SlotRef) {
    const meal = mealAt(plan.value, at)
    if (meal) return edit(meal.locked ? 'unlock' : 'lock', (p) => updateMeal(p, at, { locked: !meal.locked }))
  }

  function setServings(at: SlotRef, servings: number) {
    if (!Number.isInteger(servings * 4) || servings < servingsLimits.min || servings > servingsLimits.max) return
    return commit(updateMeal(plan.value, at, { servings }), 'servings')
  }

  const setNote = (day: number, note: string) => commit(noteOf(plan.value, day, note.slice(0, 500)), 'note')
  const move = (from: SlotRef, to: SlotRef) => edit('move', (p) => moveMeal(p, from, to))
  const clear = (scope: ClearScope) => edit(`clear-${scope.kind}`, (p) => clearMeals(p, scope))

  async function copyPrevious(): Promise<void> {
    const source = await loadPlan(shiftWeek(week.value, -1))
    if (source && mealCount(source) > 0) await edit('copy', (p) => copyMeals(source, p))
  }

  function undo() {
    const last = undoStack.value.at(-1)
    if (!last) return
    undoStack.value = undoStack.value.slice(0, -1)
    return commit(scored(last.plan), 'undo', false)
  }

  async function suggestions(at: SlotRef): Promise<SwapSuggestion[]> {
    await recipes.load()
    return planner.swaps(plan.value, profiles.profile, library, at, 5, previousRecipes.value)
  }

  onScopeDispose(() => unobserve?.())

  // A changed profile changes what conflicts and what counts: the scores follow (nothing is saved).
  watch(() => profiles.profile, () => {
    if (status.value === 'ready' && recipes.hasFacts) plan.value = scored(plan.value)
  })

  return {
    week, plan, status, plannerError, plannerStopped, failed, weeks, undoStack, lastAction, hasMeals, previousWeek, leftovers,
    open, generate, setLeftovers, chooseLeftover, servingsFor, retry, choose, toggleLock, setServings, setNote, move, clear, copyPrevious, undo, suggestions, conflicting, replanConflicting,
    settled: () => saves.settled(),
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(usePlanStore, import.meta.hot))
