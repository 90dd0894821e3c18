import { describe, expect, it } from 'vitest'
import { aggregateShoppingList } from '../../../shared/shopping/aggregate'
import { carryTicks, extraKey, foodKey } from '../../../shared/shopping/ticks'
import { testCatalogue } from '../food/catalogue-fixture'
import { g, meal, recipe } from './helpers'

const foods = testCatalogue().byId
const porridge = recipe('porridge', 1, [['08120', g(60)], ['09003', g(100)], ['12061', g(10)]])
const curry = recipe('curry', 2, [['11282', g(150)], ['16069', g(200)], ['09003', g(50)]])
const extras = [{ id: 'a', name: 'Kitchen roll' }, { id: 'b', name: 'Tea lights' }]

describe('item keys', () => {
  it('are the food id for foods and extra:<id> for extras', () => {
    expect(foodKey('11282')).toBe('11282')
    expect(extraKey('a')).toBe('extra:a')
  })
})

describe('carryTicks across a regenerated list', () => {
  const before = aggregateShoppingList([meal(porridge), meal(curry)], foods, { extras })
  const ticked = new Set(['08120', '11282', '16069', 'extra:a', 'extra:b', '09003'])

  it('keeps ticks of items still needed and drops the rest', () => {
    // The curry is swapped out and one extra removed.
    const after = aggregateShoppingList([meal(porridge), meal(porridge)], foods, { extras: [extras[0]!] })
    expect([...carryTicks(ticked, after)].sort()).toEqual(['08120', '09003', 'extra:a'])
  })

  it('drops the tick of a food moved to the pantry', () => {
    const after = aggregateShoppingList([meal(porridge), meal(curry)], foods, { extras, pantry: new Set(['08120']) })
    expect(carryTicks(ticked, after).has('08120')).toBe(false)
    expect(carryTicks(ticked, after).size).toBe(ticked.size - 1)
  })

  it('with the previous list, unticks foods whose amount grew and keeps those that shrank', () => {
    // Apples: 150 g before; now 100 g (curry gone) in one case and 200 g (curry twice) in the other.
    const less = aggregateShoppingList([meal(porridge)], foods)
    expect(carryTicks(ticked, less, before).has('09003')).toBe(true)
    const more = aggregateShoppingList([meal(porridge), meal(curry, 4)], foods, { extras })
    const kept = carryTicks(ticked, more, before)
    expect(kept.has('09003')).toBe(false)
    expect(kept.has('11282')).toBe(false)
    expect([...kept].sort()).toEqual(['08120', 'extra:a', 'extra:b'])
    // Unchanged amounts stay ticked, whatever floating-point order the sum was made in.
    expect(carryTicks(ticked, aggregateShoppingList([meal(curry), meal(porridge)], foods, { extras }), before)).toEqual(ticked)
  })

  it('accepts plain lines and ignores ticks for keys it has never seen', () => {
    expect(carryTicks(new Set(['x', '1']), [{ key: '1' }, { key: '2' }])).toEqual(new Set(['1']))
    expect(carryTicks(new Set(), before)).toEqual(new Set())
  })
})
