import { describe, expect, it } from 'vitest'
import { builtInRecipes } from '../../../shared/recipes/library'
import { aisleOf, aisles, isAisle, sortAisles } from '../../../shared/shopping/aisles'
import { foodById } from '../food/catalogue-fixture'
import { syntheticFood } from './helpers'

describe('aisleOf', () => {
  it.each([
    ['11282', 'produce'], // onions
    ['09003', 'produce'], // apples
    ['09152', 'produce'], // lemon juice, raw
    ['01077', 'fermented-dairy'], // milk
    ['01123', 'fermented-dairy'], // eggs
    ['01009', 'fermented-dairy'], // cheddar
    ['gp-kefir', 'fermented-dairy'],
    ['gp-kimchi', 'fermented-dairy'], // group 11, but fermented
    ['gp-sauerkraut-raw', 'fermented-dairy'],
    ['gp-kombucha', 'fermented-dairy'], // group 14, but fermented
    ['16112', 'fermented-dairy'], // miso
    ['16114', 'fermented-dairy'], // tempeh
    ['16222', 'fermented-dairy'], // soymilk: plant milks stand with milk
    ['14639', 'fermented-dairy'], // rice drink
    ['15236', 'fish-meat'],
    ['15088', 'fish-meat'], // canned sardines
    ['05062', 'fish-meat'],
    ['13970', 'fish-meat'],
    ['17059', 'fish-meat'],
    ['08120', 'grains-bakery'],
    ['18060', 'grains-bakery'],
    ['gp-sourdough-wheat', 'grains-bakery'], // fermented, but no live cultures: bread
    ['20036', 'grains-bakery'],
    ['16069', 'legumes'],
    ['16359', 'legumes'], // canned chickpeas
    ['16426', 'legumes'], // tofu: not fermented
    ['16398', 'nuts-seeds'], // peanut butter
    ['16087', 'nuts-seeds'], // peanuts
    ['12061', 'nuts-seeds'],
    ['12220', 'nuts-seeds'],
    ['09298', 'nuts-seeds'], // raisins: dried fruit stands with nuts
    ['02030', 'herbs-spices'],
    ['02044', 'herbs-spices'], // fresh basil
    ['11297', 'herbs-spices'], // fresh parsley (group 11)
    ['11165', 'herbs-spices'], // coriander leaves
    ['11156', 'herbs-spices'], // chives
    ['02047', 'herbs-spices'], // salt
    ['04053', 'oils'],
    ['gp-garlic-infused-oil', 'oils'],
    ['11312', 'frozen'], // frozen peas
    ['09054', 'frozen'], // frozen blueberries
    ['11211', 'frozen'], // frozen edamame
    ['11531', 'other'], // canned tomatoes
    ['11546', 'other'], // tomato paste
    ['12118', 'other'], // canned coconut milk
    ['16124', 'other'], // soy sauce
    ['02048', 'other'], // vinegar
    ['02046', 'other'], // mustard
    ['11270', 'produce'], // mustard greens: not the condiment
    ['02055', 'other'], // horseradish, prepared
    ['06172', 'other'], // stock
    ['19353', 'other'], // maple syrup
  ])('%s → %s', (id, aisle) => {
    expect(aisleOf(foodById(id))).toBe(aisle)
  })

  it('puts an own food the person declared live-fermented with the fermented foods', () => {
    const own = { ...syntheticFood('own-kvass', 'Kvass, home-made', '14'), declared: { fermentedLive: true } }
    expect(aisleOf(own)).toBe('fermented-dairy')
  })

  it('gives every food of the built-in library an aisle, using more than half of them', () => {
    const used = new Set(builtInRecipes.flatMap((r) => r.ingredients.map((i) => aisleOf(foodById(i.foodId)))))
    expect([...used].every(isAisle)).toBe(true)
    expect(used.size).toBe(aisles.length)
  })
})

describe('sortAisles', () => {
  it.each<[string[] | undefined, string[]]>([
    [undefined, [...aisles]],
    [[], [...aisles]],
    [
      ['frozen', 'produce'],
      ['frozen', 'produce', 'fermented-dairy', 'fish-meat', 'grains-bakery', 'legumes', 'nuts-seeds', 'herbs-spices', 'oils', 'other'],
    ],
    [
      ['other', 'bakery', 'other', 'oils', ''],
      ['other', 'oils', 'produce', 'fermented-dairy', 'fish-meat', 'grains-bakery', 'legumes', 'nuts-seeds', 'herbs-spices', 'frozen'],
    ],
    [[...aisles].reverse(), [...aisles].reverse()],
  ])('%j → %j', (order, expected) => {
    expect(sortAisles(order)).toEqual(expected)
  })

  it('is a permutation of every aisle', () => {
    expect([...sortAisles(['oils', 'x'])].sort()).toEqual([...aisles].sort())
  })
})
