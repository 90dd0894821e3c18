/**
 * Findings from what a person declared about their own food (`Food.declared`). They are 'is'
 * with basis 'declared': the person knows their food better than a name rule does. Sources are
 * the REFERENCE definitions the declared tag means (what a gluten cereal, an EU allergen, a
 * FODMAP subgroup or a live fermented food is), not evidence about this food.
 */
import type { Food } from '../types'
import type { DietSubject, Finding } from './types'

/** The diets a declared diet fits: vegan food is also vegetarian and pescatarian. */
const dietsFitting: Readonly<Record<'vegan' | 'vegetarian', readonly DietSubject[]>> = {
  vegan: ['vegan', 'vegetarian', 'pescatarian'],
  vegetarian: ['vegetarian', 'pescatarian'],
}

const base = { certainty: 'is', numbers: {}, basis: 'declared' } as const

/**
 * The findings a food's declared tags give, or none. Declaring "contains gluten" and declaring the
 * allergen "cereals containing gluten" mean the same under 1169-II, so either gives both findings.
 */
export function assessDeclared(food: Food): Finding[] {
  const d = food.declared
  if (!d) return []
  const findings: Finding[] = []
  if (d.fermentedLive) {
    findings.push({ ...base, rule: 'fermented', kind: 'benefit', level: 'live', source: ['ISAPP-FF', 'MARCO-T1'], matched: ['declared:fermented-live'] })
  }
  const allergens = new Set(d.allergens ?? [])
  if (d.containsGluten || allergens.has('gluten-cereals')) {
    allergens.add('gluten-cereals')
    findings.push({
      ...base,
      rule: 'gluten',
      kind: 'restriction',
      level: 'contains',
      cereals: ['unspecified'],
      source: ['EU828', 'CODEX118', '1169-II'],
      matched: ['declared:gluten'],
    })
  }
  if (d.glutenFree && !d.containsGluten && !allergens.has('gluten-cereals')) {
    findings.push({ ...base, rule: 'gluten-free-safe', kind: 'info', level: 'labelled', numbers: { glutenMaxMgPerKg: 20 }, source: ['EU828', 'CODEX118'], matched: ['declared:gluten-free'] })
  }
  if (d.lactose) {
    findings.push({
      ...base,
      rule: 'lactose',
      kind: 'restriction',
      level: d.lactose === 'high' ? 'high' : 'low',
      source: ['VAR17'],
      matched: [`declared:lactose-${d.lactose}`],
    })
  }
  for (const subject of d.fodmapHigh ?? []) {
    findings.push({ ...base, rule: 'fodmap', kind: 'restriction', level: 'high', subject, source: ['VAR17'], matched: [`declared:${subject}`] })
  }
  for (const subject of d.fodmapLow ?? []) {
    if (d.fodmapHigh?.includes(subject)) continue
    findings.push({ ...base, rule: 'fodmap', kind: 'restriction', level: 'low', subject, source: ['VAR17'], matched: [`declared:${subject}-low`] })
  }
  for (const subject of allergens) {
    findings.push({ ...base, rule: 'allergen', kind: 'restriction', level: 'contains', subject, source: ['1169-II', 'FARRP'], matched: [`declared:${subject}`] })
  }
  const fits = new Set((d.diets ?? []).flatMap((diet) => dietsFitting[diet]))
  for (const subject of ['vegan', 'vegetarian', 'pescatarian'] as const) {
    if (fits.has(subject)) {
      findings.push({ ...base, rule: 'diet', kind: 'info', level: 'fits', subject, origins: [], source: [], matched: [`declared:${subject}`] })
    }
  }
  return findings
}

const keyOf = (f: Finding): string => `${f.rule}|${'subject' in f ? f.subject : ''}`

/**
 * The rule findings with the declared ones put in: a declared finding replaces any rule finding
 * of the same rule and subject, declared gluten removes "gluten-free safe", and declared
 * gluten-free removes the rules' gluten and gluten-cereal findings. The result keeps
 * the order of `ruleOrder`.
 */
export function withDeclared(findings: readonly Finding[], declared: readonly Finding[], ruleOrder: readonly string[]): Finding[] {
  if (declared.length === 0) return [...findings]
  const replaced = new Set(declared.map(keyOf))
  const hasGluten = declared.some((f) => f.rule === 'gluten')
  // Declared gluten-free (labelled): the name rules' gluten, and the gluten-cereal allergen they imply, give way.
  const glutenFree = declared.some((f) => f.rule === 'gluten-free-safe')
  const kept = findings.filter(
    (f) =>
      !replaced.has(keyOf(f)) &&
      !(hasGluten && f.rule === 'gluten-free-safe') &&
      !(glutenFree && (f.rule === 'gluten' || (f.rule === 'allergen' && f.subject === 'gluten-cereals'))),
  )
  const rank = (f: Finding) => ruleOrder.indexOf(f.rule)
  // Array.prototype.sort is stable, so findings of one rule keep their relative order.
  return [...kept, ...declared].sort((a, b) => rank(a) - rank(b))
}
