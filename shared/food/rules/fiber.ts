/** Fibre claims of Reg. 1924/2006 (REFERENCE §1a, EU1924). */
import type { Nutrients } from '../types'
import { round3, type FiberFinding } from './types'

export const fiberThresholds = {
  sourceMinGPer100G: 3,
  sourceMinGPer100Kcal: 1.5,
  highMinGPer100G: 6,
  highMinGPer100Kcal: 3,
} as const

/** Fibre per 100 kcal, or null when energy is missing or zero. */
export function perHundredKcal(amount: number, energyKcal: number | null): number | null {
  return energyKcal !== null && energyKcal > 0 ? (amount / energyKcal) * 100 : null
}

/** "source" or "high" fibre, or null when the food meets neither or fibre was not measured. */
export function assessFiber(n: Nutrients): FiberFinding | null {
  if (n.fiberG === null) return null
  const per100Kcal = perHundredKcal(n.fiberG, n.energyKcal)
  const t = fiberThresholds
  const meets = (perG: number, perKcal: number) => n.fiberG! >= perG || (per100Kcal !== null && per100Kcal >= perKcal)
  const level = meets(t.highMinGPer100G, t.highMinGPer100Kcal) ? 'high' : meets(t.sourceMinGPer100G, t.sourceMinGPer100Kcal) ? 'source' : null
  if (!level) return null
  return {
    rule: 'fiber',
    kind: 'benefit',
    level,
    certainty: 'is',
    numbers: {
      fiberGPer100G: round3(n.fiberG),
      ...(per100Kcal !== null ? { fiberGPer100Kcal: round3(per100Kcal) } : {}),
      ...t,
    },
    source: ['EU1924'],
    basis: 'nutrients',
    matched: [],
  }
}
