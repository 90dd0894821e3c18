/**
 * What a swap changes, as the swap list shows it: the targets it moves, whether the week's score
 * moves, and against the meal there now, fibre and energy per serving and what it brings or drops.
 * Changes too small to matter to a person are left out.
 */
import { targetIds, type Reason, type SwapSuggestion, type TargetId } from '../planner/types'

/** The smallest changes worth showing: a target's satisfaction, the week's score (points of 100), fibre (g), energy (kcal). */
export const swapNoticeable = { target: 0.005, total: 0.05, fiberG: 0.5, kcal: 10 } as const

/** The targets a swap moves noticeably, in target order. */
export const swapTargetChanges = (s: SwapSuggestion): TargetId[] => targetIds.filter((id) => Math.abs(s.targetDeltas[id]) >= swapNoticeable.target)

/** Which way the week's score goes. */
export const swapTotalDirection = (s: SwapSuggestion): 'up' | 'down' | 'same' =>
  s.totalDelta > swapNoticeable.total ? 'up' : s.totalDelta < -swapNoticeable.total ? 'down' : 'same'

/** What a meal brings that a swap can add or drop. */
export const swapFlags = ['adds-fermented', 'adds-prebiotic', 'oily-fish', 'ala-source'] as const
export type SwapFlag = (typeof swapFlags)[number]

export interface SwapVersusNow {
  /** Fibre per serving, more (+) or less (−) than now; absent when the difference is too small. */
  fiberG?: number
  /** Energy per serving, rounded to whole kcal; absent when too small. */
  kcal?: number
  gains: SwapFlag[]
  loses: SwapFlag[]
}

const fiberOf = (reasons: readonly Reason[]) => reasons.find((r) => r.code === 'fiber')?.grams ?? 0
const kcalOf = (reasons: readonly Reason[]) => reasons.find((r) => r.code === 'energy')?.kcal ?? 0
const has = (reasons: readonly Reason[], code: SwapFlag) => reasons.some((r) => r.code === code)

/** A swap against the meal there now (its reasons). */
export function swapVersusNow(s: SwapSuggestion, current: readonly Reason[]): SwapVersusNow {
  const fiber = fiberOf(s.reasons) - fiberOf(current)
  const kcal = kcalOf(s.reasons) - kcalOf(current)
  return {
    ...(Math.abs(fiber) >= swapNoticeable.fiberG ? { fiberG: fiber } : {}),
    ...(Math.abs(kcal) >= swapNoticeable.kcal ? { kcal: Math.round(kcal) } : {}),
    gains: swapFlags.filter((code) => has(s.reasons, code) && !has(current, code)),
    loses: swapFlags.filter((code) => !has(s.reasons, code) && has(current, code)),
  }
}
