/** Small helpers to read findings in tests. */
import { assessFindings } from '../../../shared/food/assess'
import type { Finding, RuleId } from '../../../shared/food/rules/types'
import type { Food, Nutrients } from '../../../shared/food/types'
import { foodById } from './catalogue-fixture'

export type FindingOf<R extends RuleId> = Extract<Finding, { rule: R }>

/** The findings of one rule for a food (by id or object), optionally for one subject. */
export function findingsOf<R extends RuleId>(food: string | Food, rule: R, subject?: string): FindingOf<R>[] {
  const f = typeof food === 'string' ? foodById(food) : food
  return assessFindings(f).filter(
    (x): x is FindingOf<R> => x.rule === rule && (subject === undefined || ('subject' in x && x.subject === subject)),
  )
}

/** The single finding of a rule (and subject), or undefined. */
export function findingOf<R extends RuleId>(food: string | Food, rule: R, subject?: string): FindingOf<R> | undefined {
  return findingsOf(food, rule, subject)[0]
}

/** A made-up food for threshold tests; nutrients default to null (not measured). */
export function syntheticFood(partial: Partial<Omit<Food, 'nutrients'>> & { nutrients?: Partial<Nutrients> }): Food {
  return {
    id: partial.id ?? '99999',
    name: partial.name ?? 'Test food, raw',
    group: partial.group ?? '11',
    measures: partial.measures ?? [],
    nutrients: {
      energyKcal: null,
      proteinG: null,
      carbsG: null,
      fiberG: null,
      sugarsG: null,
      fatG: null,
      saturatedG: null,
      transG: null,
      omega3G: null,
      sodiumMg: null,
      ...partial.nutrients,
    },
  }
}
