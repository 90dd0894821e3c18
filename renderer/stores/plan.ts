import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import { isoWeekOf, shiftWeek } from '../../shared/calendar/iso-week'
import type { PlanScope, SwapSuggestion } from '../../shared/planner/types'
import { createSaveQueue } from '../db/save-queue'
import { listPlanSummaries, loadPlan, mealCount, savePlan, summaryOf, type PlanSummary, type WeekPlan } from '../db/plans'
import { usePlanPlanner, type PlanLibrary } from '../composables/plan/use-plan-planner'
import { chosenMeal, clearMeals, copyMeals, emptyPlan, mealAt, moveMeal, setNote as noteOf, updateMeal, withMeal } from '../../shared/week/edits'
import type { ClearScope, SlotRef } from '../../shared/week/edits'
import { useProfileStore } from './profile'
import { useRecipesStore } from './recipes'
import { useStorageStatusStore } from './storage-status'

export type PlanAction =
  | 'generate' | 'regenerate-day' | 'regenerate-slot' | 'lock' | 'unlock' | 'pick' | 'swap' | 'move'
  | 'servings' | 'note' | 'clear-slot' | 'clear-day' | 'clear-week' | 'copy' | 'undo'

export const servingsLimits = { min: 1, max: 24 } as const
const undoDepth = 20
const generateAction = { week: 'generate', day: 'regenerate-day', slot: 'regenerate-slot' } as const

/** One ISO week's plan: opened by week, changed by the planner or by hand, saved at every change. */
export const usePlanStore = defineStore('plan', () => {
  const recipes = useRecipesStore()
  const profiles = useProfileStore()
  const storage = useStorageStatusStore()
  const planner = usePlanPlanner()
  const library: PlanLibrary = { get recipes() { return recipes.all }, factsOf: (r) => recipes.factsOf(r) }

  const week = ref(isoWeekOf(new Date()))
  const plan = shallowRef<WeekPlan>(emptyPlan(week.value))
  const status = ref<'loading' | 'ready' | 'planning' | 'error'>('loading')
  /** Why the planner failed last time, if it did. */
  const plannerError = ref<string | null>(null)
  /** Every stored week, newest first. */
  const weeks = shallowRef<PlanSummary[]>([])
  const undoStack = shallowRef<{ plan: WeekPlan; action: PlanAction }[]>([])
  /** The last change, for the screen to announce; `n` tells repeats apart. */
  const lastAction = shallowRef<{ action: PlanAction; n: number } | null>(null)
  const hasMeals = computed(() => mealCount(plan.value) > 0)
  const previousWeek = computed(() => weeks.value.find((w) => w.week === shiftWeek(week.value, -1) && w.meals > 0) ?? null)
  const saves = createSaveQueue((error) => storage.report(error))
  let opening = 0

  const evaluated = (p: WeekPlan): WeekPlan =>
    mealCount(p) > 0 ? planner.evaluate(p, profiles.profile, library) : { ...p, scores: null, unmet: [] }

  async function open(next: string): Promise<void> {
    const id = ++opening
    week.value = next
    status.value = 'loading'
    undoStack.value = []
    lastAction.value = null
    try {
      // The week shows as stored without waiting for the catalogue (the largest chunk of the app):
      // its scores are recomputed once the catalogue, and with it every recipe's facts, arrives.
      const [stored, list] = await Promise.all([loadPlan(next), listPlanSummaries(), recipes.loadOwn()])
      if (id !== opening) return
      weeks.value = list
      const shown = stored ?? emptyPlan(next)
      plan.value = recipes.hasFacts ? evaluated(shown) : shown
      status.value = 'ready'
      void recipes.load().then(
        () => {
          if (id !== opening) return
          if (status.value === 'ready' && plan.value === shown) plan.value = evaluated(shown)
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
  function commit(next: WeekPlan, action: PlanAction, undoable = true): Promise<unknown> {
    if (undoable) undoStack.value = [...undoStack.value.slice(1 - undoDepth), { plan: plan.value, action }]
    plan.value = next
    lastAction.value = { action, n: (lastAction.value?.n ?? 0) + 1 }
    const summary = summaryOf(next, new Date().toISOString())
    weeks.value = [...weeks.value.filter((w) => w.week !== next.week), summary].sort((a, b) => b.week.localeCompare(a.week))
    return saves.run(() => savePlan(next))
  }

  /** An edit made before the catalogue has arrived waits for it, so what is saved is scored with every recipe's facts. */
  const edit = (action: PlanAction, change: (p: WeekPlan) => WeekPlan): Promise<unknown> =>
    recipes.hasFacts ? commit(evaluated(change(plan.value)), action) : recipes.load().then(() => edit(action, change))

  async function generate(scope: PlanScope = { kind: 'week' }): Promise<void> {
    if (status.value !== 'ready') return
    const forWeek = week.value
    status.value = 'planning'
    plannerError.value = null
    try {
      // A change made while the planner works (a note, a lock) is planned around, not lost.
      let base: WeekPlan
      let next: WeekPlan
      let attempts = 0
      await recipes.load()
      do {
        base = plan.value
        next = await planner.generate(base, profiles.profile, library, scope)
      } while (plan.value !== base && week.value === forWeek && ++attempts < 3)
      if (forWeek === week.value) void commit(next, generateAction[scope.kind])
    } catch (error) {
      plannerError.value = error instanceof Error ? error.message : String(error)
    } finally {
      if (forWeek === week.value) status.value = 'ready'
    }
  }

  /** Puts a recipe the person chose (by search or from the swap list) into a slot, locked. */
  function choose(at: SlotRef, recipeId: string, action: 'pick' | 'swap' = 'pick'): Promise<unknown> | undefined {
    const recipe = recipes.byId.get(recipeId)
    const servings = mealAt(plan.value, at)?.servings ?? profiles.profile.householdSize
    if (recipe) return edit(action, (p) => withMeal(p, at, chosenMeal(at.slot, recipe, servings)))
  }

  function toggleLock(at: SlotRef) {
    const meal = mealAt(plan.value, at)
    if (meal) return edit(meal.locked ? 'unlock' : 'lock', (p) => updateMeal(p, at, { locked: !meal.locked }))
  }

  function setServings(at: SlotRef, servings: number) {
    if (!Number.isInteger(servings) || servings < servingsLimits.min || servings > servingsLimits.max) return
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
    return commit(evaluated(last.plan), 'undo', false)
  }

  async function suggestions(at: SlotRef): Promise<SwapSuggestion[]> {
    await recipes.load()
    return planner.swaps(plan.value, profiles.profile, library, at)
  }

  // A changed profile changes what conflicts and what counts: the scores follow (nothing is saved).
  watch(() => profiles.profile, () => {
    if (status.value === 'ready' && recipes.hasFacts) plan.value = evaluated(plan.value)
  })

  return {
    week, plan, status, plannerError, weeks, undoStack, lastAction, hasMeals, previousWeek,
    open, generate, choose, toggleLock, setServings, setNote, move, clear, copyPrevious, undo, suggestions,
    settled: () => saves.settled(),
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(usePlanStore, import.meta.hot))
