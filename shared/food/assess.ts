/**
 * The one entry point to the food rules: everything the rules say about a food, and, given a
 * profile, where the food conflicts with it.
 */
import { fodmapSubgroups, type Profile } from '../profile/profile'
import { avoidHits } from './avoid'
import { knowledgeOf, type UnknownReason } from './knowledge'
import { assessAllergens } from './rules/allergens'
import { assessDeclared, withDeclared } from './rules/declared'
import { assessDiet } from './rules/diet'
import { assessFermented } from './rules/fermented'
import { assessFiber } from './rules/fiber'
import { assessFodmap } from './rules/fodmap'
import { assessGluten, assessGlutenFreeSafe } from './rules/gluten'
import { assessLactose } from './rules/lactose'
import { assessTrafficLights, assessTransFat } from './rules/limits'
import { assessOilyFish, assessOmega3 } from './rules/omega3'
import { assessPlant } from './rules/plants'
import { assessPrebiotic } from './rules/prebiotic'
import { assessUltraProcessed } from './rules/processing'
import { ruleIds, type Assessment, type Certainty, type Conflict, type ConflictCertainty, type Finding, type FodmapLevel } from './rules/types'
import type { Food } from './types'

/**
 * All findings for a food, in a stable order: benefits, limits, restrictions, diet. For a
 * person's own food, what they declared (basis 'declared') replaces the rule finding of the
 * same rule and subject.
 */
export function assessFindings(food: Food): Finding[] {
  const gluten = assessGluten(food)
  const allergens = assessAllergens(food)
  const milk = allergens.find((a) => a.subject === 'milk')
  const findings: (Finding | null)[] = [
    assessFiber(food.nutrients),
    assessOmega3(food),
    assessOilyFish(food),
    assessFermented(food),
    ...assessPrebiotic(food),
    assessPlant(food),
    ...assessTrafficLights(food),
    assessTransFat(food.nutrients),
    assessUltraProcessed(food),
    gluten,
    assessGlutenFreeSafe(food, gluten),
    assessLactose(food, milk ? milk.certainty : null),
    ...assessFodmap(food),
    ...allergens,
    ...assessDiet(food, allergens),
  ]
  const fromRules = findings.filter((f): f is Finding => f !== null)
  return food.declared ? withDeclared(fromRules, assessDeclared(food), ruleIds) : fromRules
}

const weaker = (a: Certainty, b: Certainty): Certainty => (a === 'may' || b === 'may' ? 'may' : 'is')

/**
 * Where a food, at a typical serve, conflicts with a profile, by the knowledge layer
 * (knowledge.ts). Gluten (the intolerance or the allergen "cereals containing gluten") at any
 * certainty; lactose and FODMAP subgroups when high (with the finding's certainty) or moderate
 * ('may'); allergens and diets with the finding's certainty; avoided words as 'is'. Where the data
 * can't say whether the food fits a limit the person has, the conflict is 'unknown': unknown is not
 * safe.
 */
export function conflictsWith(food: Food, findings: readonly Finding[], profile: Profile): Conflict[] {
  const k = knowledgeOf(food, findings)
  const conflicts: Conflict[] = []
  const intolerances = new Set(profile.intolerances)
  const gluten = k.gluten.status === 'free' ? null : k.gluten.status === 'unknown' ? 'unknown' : k.gluten.certainty
  if (gluten && intolerances.has('gluten')) conflicts.push({ reason: 'intolerance', rule: 'gluten', subject: 'gluten', certainty: gluten })
  if (intolerances.has('lactose')) {
    const certainty = levelConflict(k.lactose.levelAtServe, k.lactose.certainty, k.lactose.reason)
    if (certainty) conflicts.push({ reason: 'intolerance', rule: 'lactose', subject: 'lactose', certainty })
  }
  for (const subgroup of fodmapSubgroups) {
    if (!intolerances.has(subgroup)) continue
    const dose = k.fodmap[subgroup]
    const certainty = levelConflict(dose.levelAtServe, dose.certainty, dose.reason)
    if (certainty) conflicts.push({ reason: 'intolerance', rule: 'fodmap', subject: subgroup, certainty })
  }
  for (const allergen of profile.allergens) {
    const found = k.allergens[allergen]
    const certainty = found ?? (allergen === 'gluten-cereals' && gluten === 'unknown' ? 'unknown' : null)
    if (certainty) conflicts.push({ reason: 'allergen', rule: 'allergen', subject: allergen, certainty })
  }
  if (profile.diet !== 'omnivore') {
    const diet = k.diets[profile.diet]
    if (diet.status !== 'free') conflicts.push({ reason: 'diet', rule: 'diet', subject: profile.diet, certainty: diet.status === 'unknown' ? 'unknown' : diet.certainty })
  }
  for (const hit of avoidHits(food, profile.avoidFoods, k.allergens)) {
    conflicts.push({ reason: 'avoided', rule: 'avoided', subject: hit.key, certainty: hit.certainty })
  }
  return conflicts
}

/**
 * The conflict a lactose or FODMAP level gives a person with the intolerance: none when low;
 * 'may' when moderate, or when a dairy food has no lactose estimate; the certainty when high;
 * 'unknown' when the data can't say.
 */
export function levelConflict(level: FodmapLevel | 'unknown', certainty: Certainty, reason?: UnknownReason): ConflictCertainty | null {
  if (level === 'low') return null
  if (level === 'high') return certainty
  if (level === 'moderate') return weaker(certainty, 'may')
  return reason === 'no-estimate' ? 'may' : 'unknown'
}

/**
 * Assesses a food: every tag and flag the rules give it, each with its rule id, level,
 * certainty, the numbers used and REFERENCE source keys; with a profile, also the conflicts.
 */
export function assessFood(food: Food, profile?: Profile): Assessment {
  const findings = assessFindings(food)
  return profile ? { foodId: food.id, findings, conflicts: conflictsWith(food, findings, profile) } : { foodId: food.id, findings }
}
