/**
 * What the screens show of a food's findings, decided once: the food tags a search filters by,
 * the few key findings a results list shows, each finding's tone, which low FODMAP findings share
 * one line, and which of a rule's criteria a finding met. The UI only puts these in words.
 */
import { allergens, fodmapSubgroups, isFodmapSubgroup, type Allergen, type FodmapSubgroup } from '../profile/profile'
import { assessFindings } from './assess'
import type { Conflict, Finding } from './rules/types'
import type { Food } from './types'

export const benefitTags = ['fiber-rich', 'fermented', 'prebiotic', 'omega-3', 'plant'] as const
export const limitTags = ['to-limit', 'gluten', 'lactose'] as const
export type FodmapTag = `fodmap:${FodmapSubgroup}`
export type AllergenTag = `allergen:${Allergen}`
export const fodmapTags: readonly FodmapTag[] = fodmapSubgroups.map((s) => `fodmap:${s}` as const)
export const allergenTags: readonly AllergenTag[] = allergens.map((a) => `allergen:${a}` as const)
export type FoodTag = (typeof benefitTags)[number] | (typeof limitTags)[number] | FodmapTag | AllergenTag
export const foodTags: readonly FoodTag[] = [...benefitTags, ...limitTags, ...fodmapTags, ...allergenTags]

export function isFoodTag(value: string): value is FoodTag {
  return (foodTags as readonly string[]).includes(value)
}

const findingsCache = new WeakMap<Food, readonly Finding[]>()

/** The findings of a food, assessed once per food object (own foods get a new object when edited). */
export function findingsOf(food: Food): readonly Finding[] {
  let findings = findingsCache.get(food)
  if (!findings) {
    findings = assessFindings(food)
    findingsCache.set(food, findings)
  }
  return findings
}

/** Lactose or a FODMAP group above a low level: what counts as "contains" for a tag and a conflict. */
const isAboveLow = (f: Finding): boolean => f.level !== 'low'

/**
 * Whether findings carry a tag. Lactose and FODMAP groups count from moderate up (as for
 * conflicts with a profile); gluten and allergens at any certainty.
 */
export function hasTag(findings: readonly Finding[], tag: FoodTag): boolean {
  switch (tag) {
    case 'fiber-rich':
      return findings.some((f) => f.rule === 'fiber')
    case 'omega-3':
      return findings.some((f) => f.rule === 'omega-3' || f.rule === 'oily-fish')
    case 'fermented':
      // The gut benefit: live (or cooked-down) cultures. Baked, roasted and filtered ferments don't count.
      return findings.some((f) => f.rule === 'fermented' && f.level !== 'none')
    case 'prebiotic':
    case 'plant':
    case 'gluten':
      return findings.some((f) => f.rule === tag)
    case 'to-limit':
      return findings.some((f) => f.kind === 'limit')
    case 'lactose':
      return findings.some((f) => f.rule === 'lactose' && isAboveLow(f))
    default:
      if (tag.startsWith('fodmap:')) return findings.some((f) => f.rule === 'fodmap' && `fodmap:${f.subject}` === tag && isAboveLow(f))
      return findings.some((f) => f.rule === 'allergen' && `allergen:${f.subject}` === tag)
  }
}

/** Up to four findings worth showing in a list: the gut benefits, gluten, lactose, and a limit. */
export function keyFindings(findings: readonly Finding[]): Finding[] {
  const tests: ((f: Finding) => boolean)[] = [
    (f) => f.rule === 'fermented' && f.level !== 'none',
    (f) => f.rule === 'fiber',
    (f) => f.rule === 'omega-3' || f.rule === 'oily-fish',
    (f) => f.rule === 'prebiotic',
    (f) => f.rule === 'gluten',
    (f) => f.rule === 'lactose' && isAboveLow(f),
    (f) => f.kind === 'limit',
  ]
  const picked: Finding[] = []
  for (const test of tests) {
    const found = findings.find(test)
    if (found) picked.push(found)
  }
  return picked.slice(0, 4)
}

/** How a badge looks: good (benefits), warn (to limit), alert (restrictions that bite), neutral (the rest). */
export type FindingTone = 'good' | 'warn' | 'alert' | 'neutral'

/** The colour of a finding: restrictions at a low level (lactose, FODMAP) are not a warning. */
export function findingTone(finding: Finding): FindingTone {
  if (finding.kind === 'benefit') return 'good'
  if (finding.kind === 'limit') return 'warn'
  if (finding.kind === 'restriction') return isAboveLow(finding) ? 'alert' : 'neutral'
  return 'neutral'
}

/** The FODMAP group a conflict is about, when it is about one (for its words). */
export const conflictFodmap = (conflict: Conflict): FodmapSubgroup | undefined =>
  conflict.reason === 'intolerance' && conflict.rule === 'fodmap' && isFodmapSubgroup(conflict.subject) ? conflict.subject : undefined

/** A finding the rules are not sure of ("may contain"): its words keep the doubt. */
export const isUncertain = (finding: Pick<Finding | Conflict, 'certainty'>): boolean => finding.certainty === 'may'

/** A conflict because the data can't show the food fits (unknown is not safe): its words say so. */
export const isUnknownConflict = (conflict: Pick<Conflict, 'certainty'>): boolean => conflict.certainty === 'unknown'

/** The flag's number: trans fat per 100 g, else the nutrient per 100 g (or 100 ml); undefined without one. */
export function flagValue(finding: Finding): number | undefined {
  return finding.rule === 'trans-fat' ? finding.numbers.transGPer100G : (finding.numbers.valueGPer100G ?? finding.numbers.valueGPer100Ml)
}

/** The lactose level a label declared ("declared:lactose-free" → "free"), for a declared lactose finding. */
export function declaredLactose(finding: Finding): string | undefined {
  if (finding.rule !== 'lactose') return undefined
  return finding.matched.find((m) => m.startsWith('declared:lactose-'))?.slice('declared:lactose-'.length)
}

/**
 * Which criterion a fibre finding met: grams per 100 g, or (only when that falls short and the
 * per-kcal figure is known) grams per 100 kcal. `level` is the claim level's key in `numbers`.
 */
export function fiberCriterion(finding: Finding): 'per100G' | 'per100Kcal' {
  const n = finding.numbers
  const minG = n[`${claimLevel(finding)}MinGPer100G`]
  return (n.fiberGPer100G ?? 0) >= (minG ?? 0) || typeof n.fiberGPer100Kcal !== 'number' ? 'per100G' : 'per100Kcal'
}

/** A fibre or omega-3 finding's claim: "high" or "source" (the key its thresholds have in `numbers`). */
export const claimLevel = (finding: Finding): 'high' | 'source' => (finding.level === 'high' ? 'high' : 'source')

/** Items of a finding list; `foodIds` are the ingredients behind a recipe's finding (none for one food). */
export interface FindingGroupItem {
  readonly finding: Finding
  readonly foodIds?: readonly string[]
}

/** Low FODMAP findings of one food shown as one line: where the line sits and what it says. */
export interface LowFodmapGroup {
  /** Index in the items of the first finding of the group; the others are not shown. */
  readonly first: number
  readonly members: readonly number[]
  readonly findings: readonly Finding[]
  /** The FODMAP groups the line names, in the order of the findings. */
  readonly subjects: readonly FodmapSubgroup[]
  /** Every FODMAP group is low, and lactose too: the food is low FODMAP at this serve. */
  readonly isAllLow: boolean
  /** Lactose is above low, so the other groups being low does not make the food low FODMAP. */
  readonly isLactoseAboveLow: boolean
}

/**
 * The low FODMAP findings of one food (not a recipe's, not declared) that share serve, sources
 * and certainty, two or more to a group. Lactose is a FODMAP too: with lactose above low, the
 * other groups being low is not "low FODMAP".
 */
export function lowFodmapGroups(items: readonly FindingGroupItem[]): LowFodmapGroup[] {
  const groups = new Map<string, number[]>()
  items.forEach(({ finding, foodIds = [] }, i) => {
    if (finding.rule !== 'fodmap' || isAboveLow(finding) || finding.basis === 'declared' || foodIds.length > 0) return
    if (typeof finding.numbers.serveG !== 'number') return
    const key = `${finding.certainty}|${finding.numbers.serveG}|${finding.source.join()}`
    groups.set(key, [...(groups.get(key) ?? []), i])
  })
  const isLactoseAboveLow = items.some(({ finding }) => finding.rule === 'lactose' && isAboveLow(finding))
  return [...groups.values()]
    .filter((members) => members.length >= 2)
    .map((members) => ({
      first: members[0]!,
      members,
      findings: members.map((i) => items[i]!.finding),
      subjects: members.flatMap((i) => {
        const f = items[i]!.finding
        return f.rule === 'fodmap' ? [f.subject] : []
      }),
      isAllLow: members.length === fodmapSubgroups.length && !isLactoseAboveLow,
      isLactoseAboveLow,
    }))
}
