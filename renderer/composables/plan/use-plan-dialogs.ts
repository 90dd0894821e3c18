/**
 * Which meal dialog is open on the week screen (swap, choose by search, move) and for which slot,
 * and what each does when the person confirms it.
 */
import { ref, shallowRef } from 'vue'
import type { SwapSuggestion } from '../../../shared/planner/types'
import { plannerFailureOf, type PlannerFailure } from '../../planner/planner-client'
import type { usePlanStore } from '../../stores/plan'
import type { SlotRef } from '../../../shared/week/edits'

export function usePlanDialogs(store: ReturnType<typeof usePlanStore>) {
  const swapAt = ref<SlotRef | null>(null)
  /** Null while the planner is still looking. */
  const swapOptions = shallowRef<SwapSuggestion[] | null>(null)
  /** Why the planner found no alternatives (it failed), for the dialog to say and offer a retry. */
  const swapError = shallowRef<PlannerFailure | null>(null)
  const pickAt = ref<SlotRef | null>(null)
  const moveFrom = ref<SlotRef | null>(null)
  let swapRequest = 0

  async function openSwap(at: SlotRef): Promise<void> {
    const request = ++swapRequest
    swapAt.value = at
    swapOptions.value = null
    swapError.value = null
    try {
      const found = await store.suggestions(at)
      // Only the latest request fills the dialog, and only while it is still open.
      if (request === swapRequest && swapAt.value) swapOptions.value = found
    } catch (error) {
      if (request === swapRequest && swapAt.value) swapError.value = plannerFailureOf(error)
    }
  }

  /** Asks the planner again for the open dialog's slot. */
  const retrySwap = () => (swapAt.value ? openSwap({ ...swapAt.value }) : Promise.resolve())

  function useSwap(choice: SwapSuggestion): void {
    const at = swapAt.value
    swapAt.value = null
    if (!at) return
    // A leftover suggestion is the dinner before, at the servings the planner priced it at.
    if (choice.leftover) void store.chooseLeftover({ ...at }, store.servingsFor(at, choice.servingsPerPerson))
    else void store.choose({ ...at }, choice.recipeId, 'swap')
  }

  function choose(recipeId: string): void {
    if (pickAt.value) void store.choose({ ...pickAt.value }, recipeId)
    pickAt.value = null
  }

  function moveTo(to: SlotRef): void {
    if (moveFrom.value) void store.move({ ...moveFrom.value }, to)
    moveFrom.value = null
  }

  return { swapAt, swapOptions, swapError, pickAt, moveFrom, openSwap, retrySwap, useSwap, choose, moveTo }
}
