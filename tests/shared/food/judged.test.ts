/**
 * The knowledge layer against the judged reference set (judged.ts): the error rate per tag kind
 * is printed, and the goals of issue 11 hold: no error on allergens, gluten, lactose and diets,
 * at most 1 % on the rest. Errors are answers less safe than the judge's or plainly wrong; an
 * "unknown" where the judge knew the food fits is counted and printed apart (unknown is not safe).
 */
import { describe, expect, it } from 'vitest'
import { foodGroupCodes } from '../../../shared/food/groups'
import { curatedFoods } from '../../../shared/food/curated-foods'
import { testCatalogue } from './catalogue-fixture'
import { codeView, disagreements, judgedFoods, tagKinds, type Disagreement } from './judged'

const judged = judgedFoods()
const catalogue = testCatalogue()
const found = judged.map((j) => ({ judged: j, food: catalogue.byId.get(j.id) }))
const all: Disagreement[] = found.flatMap(({ judged: j, food }) => (food ? disagreements(j, codeView(food)) : []))
const errors = all.filter((d) => d.severity !== 'cautious')
const count = (list: Disagreement[], kind: string) => list.filter((d) => d.kind === kind).length

describe('the judged reference set', () => {
  it('covers at least 300 foods across all 25 groups and every curated food, each judged once with a reason', () => {
    expect(judged.length).toBeGreaterThanOrEqual(300)
    expect(found.filter((f) => !f.food).map((f) => f.judged.id)).toEqual([])
    expect(new Set(judged.map((j) => j.id)).size).toBe(judged.length)
    const groups = new Set(found.map((f) => f.food!.group))
    expect(foodGroupCodes.filter((g) => !groups.has(g))).toEqual([])
    expect(curatedFoods.map((f) => f.id).filter((id) => !judged.some((j) => j.id === id))).toEqual([])
    expect(judged.filter((j) => j.why.trim().length < 10).map((j) => j.id)).toEqual([])
  })

  it('prints the error rate per tag kind: none on allergens, gluten, lactose and diets, at most 1 % on the rest', () => {
    const pct = (n: number) => `${((n / judged.length) * 100).toFixed(1)} %`
    const lines = tagKinds.map((k) => {
      const e = count(errors, k)
      const c = count(all.filter((d) => d.severity === 'cautious'), k)
      return `${k.padEnd(10)} errors ${String(e).padStart(3)} (${pct(e)})   unknown where the judge knew it fits ${String(c).padStart(3)} (${pct(c)})`
    })
    const wrongFoods = new Set(errors.map((d) => d.id)).size
    console.log(`judged set: ${judged.length} foods, ${wrongFoods} with a wrong tag (${pct(wrongFoods)})\n${lines.join('\n')}`)
    expect(errors.filter((d) => ['allergens', 'gluten', 'lactose', 'diet'].includes(d.kind))).toEqual([])
    for (const kind of ['fodmap', 'fiber', 'omega3', 'fermented']) expect(count(errors, kind) / judged.length, kind).toBeLessThanOrEqual(0.01)
  })
})
