/**
 * The one entry point to the food rules: everything the rules say about a food, and, given a
 * profile, where the food conflicts with it.
 */
import { avoidedWordsIn, type Profile } from '../profile/profile'
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
import { ruleIds, type Assessment, type Certainty, type Conflict, type Finding } from './rules/types'
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
 * Where the findings conflict with a profile. Intolerances: gluten at any certainty; lactose and
 * FODMAP subgroups when high (with the finding's certainty) or moderate/unknown ('may'). Allergens
 * and diets with the finding's certainty; avoided words as 'is'.
 */
export function conflictsWith(food: Food, findings: readonly Finding[], profile: Profile): Conflict[] {
  const conflicts: Conflict[] = []
  const intolerances = new Set(profile.intolerances)
  for (const f of findings) {
    if (f.rule === 'gluten' && intolerances.has('gluten')) {
      conflicts.push({ reason: 'intolerance', rule: 'gluten', subject: 'gluten', certainty: f.certainty })
    } else if (f.rule === 'lactose' && intolerances.has('lactose') && f.level !== 'low') {
      conflicts.push({ reason: 'intolerance', rule: 'lactose', subject: 'lactose', certainty: f.level === 'high' ? f.certainty : 'may' })
    } else if (f.rule === 'fodmap' && intolerances.has(f.subject) && f.level !== 'low') {
      conflicts.push({ reason: 'intolerance', rule: 'fodmap', subject: f.subject, certainty: f.level === 'high' ? f.certainty : weaker(f.certainty, 'may') })
    } else if (f.rule === 'allergen' && profile.allergens.includes(f.subject)) {
      conflicts.push({ reason: 'allergen', rule: 'allergen', subject: f.subject, certainty: f.certainty })
    } else if (f.rule === 'diet' && f.subject === profile.diet && f.level === 'excluded') {
      conflicts.push({ reason: 'diet', rule: 'diet', subject: profile.diet, certainty: f.certainty })
    }
  }
  for (const word of avoidedWordsIn(food.name, profile.avoidFoods)) {
    conflicts.push({ reason: 'avoided', rule: 'avoided', subject: word, certainty: 'is' })
  }
  return conflicts
}

/**
 * Assesses a food: every tag and flag the rules give it, each with its rule id, level,
 * certainty, the numbers used and REFERENCE source keys; with a profile, also the conflicts.
 */
export function assessFood(food: Food, profile?: Profile): Assessment {
  const findings = assessFindings(food)
  return profile ? { foodId: food.id, findings, conflicts: conflictsWith(food, findings, profile) } : { foodId: food.id, findings }
}
