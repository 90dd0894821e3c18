/**
 * The avoid list (shared/food/avoid.ts): foods, kinds and words keep out what they name, in
 * either language, with plurals, anywhere in a name; tried on the issue's cases and on words
 * drawn from the whole catalogue's everyday names, and through the planner.
 */
import { describe, expect, it } from 'vitest'
import { assessFood } from '../../../shared/food/assess'
import { avoidEntryFromWord, avoidEntryLabel, avoidKey, avoidSubjectLabel, type AvoidEntry } from '../../../shared/food/avoid'
import { foodFamilies } from '../../../shared/food/families'
import { everydayNamesById } from '../../../shared/food/names'
import type { Food } from '../../../shared/food/types'
import { planWeek } from '../../../shared/planner/engine'
import { mulberry32 } from '../../../shared/planner/rng'
import { defaultProfile, validateProfile, type Profile } from '../../../shared/profile/profile'
import { analyzeRecipe, recipeConflicts } from '../../../shared/recipes/analyze'
import { avoidReach, avoids } from '../../../shared/recipes/avoid-reach'
import { builtInRecipes } from '../../../shared/recipes/library'
import { toPlannerRecipe } from '../../../shared/recipes/plannable'
import { testCatalogue } from './catalogue-fixture'

const catalogue = testCatalogue()
const foods = catalogue.foods
const text = (t: string): AvoidEntry => ({ type: 'text', text: t })
const food = (id: string): Food => catalogue.byId.get(id)!
const keptRecipes = (entry: AvoidEntry) => new Set(avoidReach(entry, foods, builtInRecipes).recipeIds)
const recipesWith = (test: (f: Food) => boolean) =>
  builtInRecipes.filter((r) => r.ingredients.some((i) => catalogue.byId.has(i.foodId) && test(food(i.foodId)))).map((r) => r.id)

describe('the issue’s cases', () => {
  it('"eggs" keeps out every recipe with eggs', () => {
    const withEggs = recipesWith((f) => /^Egg, /.test(f.name))
    expect(withEggs.length).toBeGreaterThan(5)
    const kept = keptRecipes(text('eggs'))
    expect(withEggs.filter((id) => !kept.has(id))).toEqual([])
    // …and "Eier" in German does the same.
    const keptDe = keptRecipes(text('Eier'))
    expect(withEggs.filter((id) => !keptDe.has(id))).toEqual([])
  })

  it('"prawns" keeps out the prawn recipes (SR24 says shrimp)', () => {
    const withShrimp = recipesWith((f) => /shrimp/i.test(f.name))
    expect(withShrimp.length).toBeGreaterThan(0)
    const kept = keptRecipes(text('prawns'))
    expect(withShrimp.filter((id) => !kept.has(id))).toEqual([])
  })

  it('"mint" keeps out spearmint and peppermint; "Minze" too', () => {
    for (const word of ['mint', 'Minze']) {
      for (const id of ['02064', '02065', '02066']) expect(avoids(food(id), [text(word)]), `${word} ${id}`).toBe(true)
    }
  })

  it('"bean" keeps out broad beans', () => {
    for (const id of ['11088', '16052', '16054']) expect(avoids(food(id), [text('bean')]), id).toBe(true)
  })

  it('"Koriander" keeps out every coriander recipe', () => {
    const withCoriander = recipesWith((f) => f.id === '11165')
    expect(withCoriander.length).toBeGreaterThan(10)
    for (const entry of [text('Koriander'), avoidEntryFromWord('Koriander'), text('coriander leaves')]) {
      const kept = keptRecipes(entry)
      expect(withCoriander.filter((id) => !kept.has(id)), JSON.stringify(entry)).toEqual([])
    }
  })

  it('"Pilze" keeps out the mushroom recipes and the catalogue’s mushroom soups', () => {
    const withMushrooms = recipesWith((f) => /mushroom/i.test(f.name))
    expect(withMushrooms.length).toBeGreaterThan(0)
    const kept = keptRecipes(text('Pilze'))
    expect(withMushrooms.filter((id) => !kept.has(id))).toEqual([])
    expect(avoids(food('06043'), [text('Pilze')])).toBe(true)
  })

  it('does not keep out what only looks alike', () => {
    expect(avoids(food('11209'), [text('egg')])).toBe(false) // eggplant (aubergine)
    expect(avoids(food('11282'), [text('ion')])).toBe(false)
    expect(avoids(food('11507'), [{ type: 'family', family: 'nightshades' }])).toBe(false) // sweet potato
    expect(avoids(food('02030'), [{ type: 'family', family: 'nightshades' }])).toBe(false) // black pepper
  })
})

describe('words from the whole catalogue', () => {
  const named = [...everydayNamesById].filter(([id]) => catalogue.byId.has(id))
  const rng = mulberry32(12)
  const sample = Array.from({ length: 400 }, () => named[Math.floor(rng() * named.length)]!)

  it('any everyday name or alias of a food, in either language, keeps that food out', () => {
    const missed: string[] = []
    for (const [id, names] of sample) {
      const words = [names.en, names.de, ...names.enAliases, ...names.deAliases]
      const word = words[Math.floor(rng() * words.length)]!
      if (!avoids(food(id), [text(word)])) missed.push(`${id} "${word}"`)
    }
    expect(missed).toEqual([])
  })

  it('a food picked from the list keeps out itself and the foods named after it', () => {
    for (const [id, names] of sample.slice(0, 100)) {
      const entry: AvoidEntry = { type: 'food', foodId: id, label: names.en }
      expect(avoids(food(id), [entry]), id).toBe(true)
    }
    const onions = avoidReach({ type: 'food', foodId: '11282', label: 'Onions' }, foods, builtInRecipes)
    expect(onions.foodIds).toEqual(expect.arrayContaining(['11282', '11291']))
  })

  it('every recipe with an avoided ingredient conflicts, for words drawn from recipe ingredients', () => {
    const facts = builtInRecipes.map((r) => analyzeRecipe(r, catalogue.byId))
    const ingredientIds = [...new Set(builtInRecipes.flatMap((r) => r.ingredients.map((i) => i.foodId)))].filter((id) => everydayNamesById.has(id))
    const missed: string[] = []
    for (let i = 0; i < 200; i++) {
      const id = ingredientIds[Math.floor(rng() * ingredientIds.length)]!
      const names = everydayNamesById.get(id)!
      const word = [names.en, names.de][Math.floor(rng() * 2)]!
      const profile: Profile = { ...defaultProfile(), avoidFoods: [text(word)] }
      for (const f of facts) {
        if (!f.recipe.ingredients.some((ing) => ing.foodId === id)) continue
        if (!recipeConflicts(f, profile).some((c) => c.conflict.reason === 'avoided')) missed.push(`${word} → ${f.recipe.id}`)
      }
    }
    expect(missed.slice(0, 10)).toEqual([])
  })

  it('random avoid profiles: no planned meal holds a food the person asked to avoid', () => {
    const facts = new Map(builtInRecipes.map((r) => [r.id, analyzeRecipe(r, catalogue.byId)]))
    const ingredientIds = [...new Set(builtInRecipes.flatMap((r) => r.ingredients.map((i) => i.foodId)))].filter((id) => everydayNamesById.has(id))
    const offending: string[] = []
    for (let i = 0; i < 60; i++) {
      const picks = Array.from({ length: 1 + Math.floor(rng() * 3) }, () => ingredientIds[Math.floor(rng() * ingredientIds.length)]!)
      const entries = picks.map((id): AvoidEntry => {
        const names = everydayNamesById.get(id)!
        const r = rng()
        return r < 0.4 ? { type: 'food', foodId: id, label: names.en } : text(r < 0.7 ? names.de : (names.enAliases[0] ?? names.en))
      })
      const profile: Profile = { ...defaultProfile(), avoidFoods: entries.filter((e, n) => entries.findIndex((x) => avoidKey(x) === avoidKey(e)) === n) }
      const plan = planWeek({ profile, recipes: [...facts.values()].map((f) => toPlannerRecipe(f, profile)), week: '2026-W48', locked: [], seed: i })
      for (const day of plan.days) {
        for (const meal of day.meals) {
          if (!meal.recipeId) continue
          const recipe = facts.get(meal.recipeId)!.recipe
          for (const id of picks) if (recipe.ingredients.some((ing) => ing.foodId === id)) offending.push(`${i}: ${recipe.id} has ${id}`)
        }
      }
    }
    expect(offending).toEqual([])
  }, 120_000)
})

describe('kinds of food', () => {
  const family = (id: string): AvoidEntry => ({ type: 'family', family: id })

  it('has names in both languages for every kind', () => {
    for (const f of foodFamilies) {
      expect(f.en.trim(), f.id).not.toBe('')
      expect(f.de.trim(), f.id).not.toBe('')
    }
  })

  it('"all mushrooms" keeps out every food whose description names mushrooms', () => {
    const mushroomy = foods.filter((f) => /mushroom/i.test(f.name))
    expect(mushroomy.length).toBeGreaterThan(20)
    expect(mushroomy.filter((f) => !avoids(f, [family('mushrooms')])).map((f) => f.name)).toEqual([])
  })

  it('"all shellfish" keeps out every food the allergen rules find crustaceans or molluscs in', () => {
    const shellfish = foods.filter((f) => {
      const conflicts = assessFood(f, { ...defaultProfile(), allergens: ['crustaceans', 'molluscs'] }).conflicts ?? []
      return conflicts.length > 0
    })
    expect(shellfish.length).toBeGreaterThan(50)
    expect(shellfish.filter((f) => !avoids(f, [family('shellfish')])).map((f) => f.name)).toEqual([])
  })

  it('"the onion family" keeps out onions, garlic, leeks, chives and spring onions', () => {
    for (const id of ['11282', '11215', '11246', '11156', '11291', '11677']) expect(avoids(food(id), [family('onion-family')]), id).toBe(true)
    expect(avoids(food('11124'), [family('onion-family')])).toBe(false)
  })

  it('says "may" when the allergen rules only say a food may contain it', () => {
    const profile: Profile = { ...defaultProfile(), avoidFoods: [family('nuts')] }
    const certainties = new Set(foods.slice(0, 3000).flatMap((f) => (assessFood(f, profile).conflicts ?? []).map((c) => c.certainty)))
    expect(certainties).toEqual(new Set(['is', 'may']))
  })
})

describe('entries', () => {
  it('reads old words as the entries they name', () => {
    expect(avoidEntryFromWord('shellfish')).toEqual({ type: 'family', family: 'shellfish' })
    expect(avoidEntryFromWord('Alle Pilze')).toEqual({ type: 'family', family: 'mushrooms' })
    expect(avoidEntryFromWord('Koriander')).toEqual({ type: 'food', foodId: '11165', label: 'Koriander' })
    expect(avoidEntryFromWord('  Grandma’s jam ')).toEqual({ type: 'text', text: 'Grandma’s jam' })
  })

  it('labels entries in the language asked for; conflicts name the entry', () => {
    const coriander: AvoidEntry = { type: 'food', foodId: '11165', label: 'Koriander' }
    expect(avoidEntryLabel(coriander, 'en')).toBe(everydayNamesById.get('11165')!.en)
    expect(avoidEntryLabel(coriander, 'de')).toBe(everydayNamesById.get('11165')!.de)
    expect(avoidEntryLabel({ type: 'family', family: 'mushrooms' }, 'de')).toBe('Alle Pilze')
    const profile: Profile = { ...defaultProfile(), avoidFoods: [coriander] }
    const [conflict] = assessFood(food('11165'), profile).conflicts ?? []
    expect(conflict).toEqual({ reason: 'avoided', rule: 'avoided', subject: 'food:11165', certainty: 'is' })
    expect(avoidSubjectLabel(conflict!.subject, profile.avoidFoods, 'de')).toBe(everydayNamesById.get('11165')!.de)
  })

  it('a profile file may list words in either language and kinds; duplicates and unknown kinds are refused', () => {
    const checked = validateProfile({ ...defaultProfile(), avoidFoods: ['Pilze', 'Koriander', { type: 'family', family: 'shellfish' }, 'liver pâté'] })
    expect(checked.ok && checked.profile.avoidFoods).toEqual([
      { type: 'family', family: 'mushrooms' },
      { type: 'food', foodId: '11165', label: 'Koriander' },
      { type: 'family', family: 'shellfish' },
      { type: 'text', text: 'liver pâté' },
    ])
    const twice = validateProfile({ ...defaultProfile(), avoidFoods: ['mushrooms', 'Pilze'] })
    expect(twice.ok ? [] : twice.issues).toEqual([{ path: 'avoidFoods', code: 'duplicate' }])
    const unknown = validateProfile({ ...defaultProfile(), avoidFoods: [{ type: 'family', family: 'dragons' }] })
    expect(unknown.ok).toBe(false)
  })
})
