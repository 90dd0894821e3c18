/** assessFood with a profile: conflicts by intolerance, allergen, diet and avoided words. */
import { describe, expect, it } from 'vitest'
import { assessFood } from '../../../shared/food/assess'
import { defaultProfile, type Profile } from '../../../shared/profile/profile'
import { foodById } from './catalogue-fixture'

const profile = (p: Partial<Profile>): Profile => ({ ...defaultProfile(), ...p })
const conflicts = (id: string, p: Partial<Profile>) => assessFood(foodById(id), profile(p)).conflicts

describe('conflicts with a profile', () => {
  it('has none without restrictions, and none when no profile is given', () => {
    expect(conflicts('01077', {})).toEqual([])
    expect(assessFood(foodById('01077')).conflicts).toBeUndefined()
  })

  it.each([
    ['01077', 'lactose', 'lactose', 'is'], // milk, high
    ['01036', 'lactose', 'lactose', 'may'], // ricotta, moderate
    ['11215', 'fructans', 'fodmap', 'is'], // garlic
    ['09003', 'sorbitol', 'fodmap', 'is'], // apple
    ['11098', 'fructans', 'fodmap', 'may'], // Brussels sprouts, M–H ?
    ['16057', 'gos', 'fodmap', 'is'], // boiled chickpeas
    ['18064', 'gluten', 'gluten', 'is'], // wheat bread
    ['08120', 'gluten', 'gluten', 'may'], // oats
  ] as const)('%s conflicts with %s intolerance via %s (%s)', (id, intolerance, rule, certainty) => {
    expect(conflicts(id, { intolerances: [intolerance] })).toContainEqual({ reason: 'intolerance', rule, subject: intolerance, certainty })
  })

  it.each([
    ['01009', 'lactose'], // cheddar: low
    ['16359', 'gos'], // canned rinsed chickpeas: low
    ['gp-sourdough-spelt', 'fructans'],
    ['gp-garlic-infused-oil', 'fructans'],
    ['gp-gluten-free-oats', 'gluten'],
  ] as const)('%s does not conflict with %s intolerance', (id, intolerance) => {
    expect(conflicts(id, { intolerances: [intolerance] })).toEqual([])
  })

  it('conflicts with allergens at the finding certainty', () => {
    expect(conflicts('16098', { allergens: ['peanuts'] })).toEqual([{ reason: 'allergen', rule: 'allergen', subject: 'peanuts', certainty: 'is' }])
    expect(conflicts('09291', { allergens: ['sulphites'] })).toEqual([{ reason: 'allergen', rule: 'allergen', subject: 'sulphites', certainty: 'may' }])
  })

  it('conflicts with diets', () => {
    expect(conflicts('19296', { diet: 'vegan' })).toEqual([{ reason: 'diet', rule: 'diet', subject: 'vegan', certainty: 'is' }])
    expect(conflicts('15076', { diet: 'vegetarian' })).toContainEqual({ reason: 'diet', rule: 'diet', subject: 'vegetarian', certainty: 'is' })
    expect(conflicts('15076', { diet: 'pescatarian' })).toEqual([])
  })

  it('conflicts with avoided words found in the name, naming the entry by its key', () => {
    expect(conflicts('15076', { avoidFoods: [{ type: 'text', text: 'Salmon' }, { type: 'text', text: 'liver' }] })).toEqual([
      { reason: 'avoided', rule: 'avoided', subject: 'text:salmon', certainty: 'is' },
    ])
    expect(conflicts('11282', { avoidFoods: [{ type: 'text', text: 'ion' }] })).toEqual([])
  })
})
