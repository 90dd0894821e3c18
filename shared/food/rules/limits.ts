/**
 * Nutrients to limit: UK front-of-pack traffic lights (REFERENCE §1b, FOP2016, NHS-labels)
 * and trans fat (REFERENCE §1c, WHO-HD, EU649).
 */
import { saltGFromSodiumMg, type Food, type Nutrients } from '../types'
import { round3, type TrafficLightFinding, type TrafficLightNutrient, type TransFatFinding } from './types'

export type TrafficLightColour = 'green' | 'amber' | 'red'

interface LightBands {
  /** Green up to and including this value. */
  readonly greenMax: number
  /** Amber up to and including this value; red above. */
  readonly amberMax: number
}

/** Per 100 g for foods (FOP2016 as reproduced by NP-blog and NHS-labels). */
export const foodLightBands: Readonly<Record<TrafficLightNutrient, LightBands>> = {
  fat: { greenMax: 3, amberMax: 17.5 },
  saturates: { greenMax: 1.5, amberMax: 5 },
  sugars: { greenMax: 5, amberMax: 22.5 },
  salt: { greenMax: 0.3, amberMax: 1.5 },
}

/** Per 100 ml for drinks: the commonly quoted values REFERENCE marks unchecked (?), so results are 'may'. */
export const drinkLightBands: Readonly<Record<TrafficLightNutrient, LightBands>> = {
  fat: { greenMax: 1.5, amberMax: 8.75 },
  saturates: { greenMax: 0.75, amberMax: 2.5 },
  sugars: { greenMax: 2.5, amberMax: 11.25 },
  salt: { greenMax: 0.3, amberMax: 0.75 },
}

const lightNutrients: readonly TrafficLightNutrient[] = ['fat', 'saturates', 'sugars', 'salt']

/** Grams per 100 g of a traffic-light nutrient, or null when not measured. Salt comes from sodium (FSS). */
export function lightValueG(n: Nutrients, nutrient: TrafficLightNutrient): number | null {
  switch (nutrient) {
    case 'fat':
      return n.fatG
    case 'saturates':
      return n.saturatedG
    case 'sugars':
      return n.sugarsG
    case 'salt':
      return n.sodiumMg === null ? null : saltGFromSodiumMg(n.sodiumMg)
  }
}

/** Drinks are judged per 100 ml; SR24 beverages (group 14) are taken as 1 g/ml. */
export function isDrink(food: Food): boolean {
  return food.group === '14'
}

/** All four lights for display (null where the nutrient was not measured). */
export function trafficLights(food: Food): Record<TrafficLightNutrient, TrafficLightColour | null> {
  const bands = isDrink(food) ? drinkLightBands : foodLightBands
  const result = {} as Record<TrafficLightNutrient, TrafficLightColour | null>
  for (const nutrient of lightNutrients) {
    const v = lightValueG(food.nutrients, nutrient)
    const b = bands[nutrient]
    result[nutrient] = v === null ? null : v <= b.greenMax ? 'green' : v <= b.amberMax ? 'amber' : 'red'
  }
  return result
}

/** A finding for each nutrient whose light is red ("high"). */
export function assessTrafficLights(food: Food): TrafficLightFinding[] {
  const drink = isDrink(food)
  const bands = drink ? drinkLightBands : foodLightBands
  const findings: TrafficLightFinding[] = []
  for (const nutrient of lightNutrients) {
    const v = lightValueG(food.nutrients, nutrient)
    const b = bands[nutrient]
    if (v === null || v <= b.amberMax) continue
    findings.push({
      rule: 'traffic-light',
      kind: 'limit',
      level: 'high',
      subject: nutrient,
      certainty: drink ? 'may' : 'is',
      numbers: {
        [drink ? 'valueGPer100Ml' : 'valueGPer100G']: round3(v),
        [drink ? 'highAboveGPer100Ml' : 'highAboveGPer100G']: b.amberMax,
        ...(nutrient === 'salt' && food.nutrients.sodiumMg !== null ? { sodiumMgPer100G: food.nutrients.sodiumMg } : {}),
      },
      source: ['FOP2016', 'NHS-labels', ...(nutrient === 'salt' ? (['FSS'] as const) : [])],
      basis: 'nutrients',
      matched: [],
    })
  }
  return findings
}

export const transFatThresholds = {
  /** Product convention: a serve of 100 g would then give about a quarter of the WHO daily ceiling at 2000 kcal. */
  flagAboveGPer100G: 0.5,
  /** WHO: trans fat below 1% of energy. */
  whoMaxEnergyPct: 1,
  /** EU 2019/649: industrial trans fat at most 2 g per 100 g of fat (ruminant fat is exempt). */
  euIndustrialMaxGPer100GFat: 2,
} as const

/**
 * Flags measured trans fat above 0.5 g/100 g. SR24 does not separate industrial from ruminant
 * trans fat (butter and beef carry some naturally), so the numbers include the share of fat
 * for comparison with the EU limit, which applies to industrial trans fat only.
 */
export function assessTransFat(n: Nutrients): TransFatFinding | null {
  if (n.transG === null || n.transG <= transFatThresholds.flagAboveGPer100G) return null
  const numbers: Record<string, number> = { transGPer100G: round3(n.transG), ...transFatThresholds }
  if (n.fatG !== null && n.fatG > 0) numbers.transGPer100GFat = round3((n.transG / n.fatG) * 100)
  if (n.energyKcal !== null && n.energyKcal > 0) numbers.transEnergyPct = round3(((n.transG * 9) / n.energyKcal) * 100)
  return { rule: 'trans-fat', kind: 'limit', level: 'high', certainty: 'is', numbers, source: ['WHO-HD', 'EU649'], basis: 'nutrients', matched: [] }
}
