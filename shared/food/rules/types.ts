/**
 * The assessment data model: what the rules say about a food, as data the UI translates.
 * No finding carries a sentence; `rule`, `level` and `subject` are translation keys and
 * `numbers` holds every value and threshold the rule used.
 */
import type { Allergen, Diet, FodmapSubgroup, Intolerance } from '../../profile/profile'
import type { SourceKey } from '../sources'

/** 'is': the source supports the statement for this food. 'may': a heuristic, or REFERENCE marks the value uncertain (?). */
export type Certainty = 'is' | 'may'

/** What a finding means for a plan: something to aim for, to limit, to avoid for some people, or plain information. */
export type FindingKind = 'benefit' | 'limit' | 'restriction' | 'info'

export const ruleIds = [
  'fiber',
  'omega-3',
  'oily-fish',
  'fermented',
  'prebiotic',
  'plant',
  'traffic-light',
  'trans-fat',
  'ultra-processed',
  'gluten',
  'gluten-free-safe',
  'lactose',
  'fodmap',
  'allergen',
  'diet',
  'avoided',
] as const
export type RuleId = (typeof ruleIds)[number]

/**
 * How a rule reached its result: from measured nutrients, the USDA group, the name, a curated id
 * list, or what the person declared about their own food.
 */
export type Basis = 'nutrients' | 'group' | 'name' | 'curated' | 'declared'

/** Numbers a rule used: values and thresholds, units in the keys (e.g. `fiberGPer100G`, `highMinGPer100G`). */
export type Numbers = Readonly<Record<string, number>>

interface FindingBase<R extends RuleId, K extends FindingKind, L extends string> {
  readonly rule: R
  readonly kind: K
  readonly level: L
  readonly certainty: Certainty
  readonly numbers: Numbers
  /** REFERENCE §8 keys. Empty only where REFERENCE has no source for a product definition (diet). */
  readonly source: readonly SourceKey[]
  readonly basis: Basis
  /** The name terms, groups or ids that triggered a name, group or curated rule ("name:salmon", "group:21", "id:gp-kimchi"). */
  readonly matched: readonly string[]
}

/** EU1924: source of fibre (≥3 g/100 g or ≥1.5 g/100 kcal) or high fibre (≥6 g/100 g or ≥3 g/100 kcal). */
export type FiberFinding = FindingBase<'fiber', 'benefit', 'source' | 'high'>
/** EU116 thresholds (per 100 g and per 100 kcal) applied to SR24 total n-3 fatty acids. */
export type Omega3Finding = FindingBase<'omega-3', 'benefit', 'source' | 'high'>
/** An oily fish by name: a source of the long-chain omega-3s EPA and DHA. */
export type OilyFishFinding = FindingBase<'oily-fish', 'benefit', 'epa-dha'>
/** A fermented food (ISAPP-FF) and whether live microbes usually survive to the plate (MARCO-T1). */
export type FermentedFinding = FindingBase<'fermented', 'benefit', 'live' | 'reduced' | 'none'>
export type PrebioticKind = 'inulin-fos' | 'gos' | 'beta-glucan' | 'resistant-starch'
/** A prebiotic-rich food of REFERENCE §4. */
export type PrebioticFinding = FindingBase<'prebiotic', 'benefit', 'rich'> & { readonly subject: PrebioticKind }
/** A plant for the "30 plants a week" count: `subject` is the plant key, `numbers.points` 1 or 0.25. */
export type PlantFinding = FindingBase<'plant', 'benefit', 'whole' | 'quarter'> & { readonly subject: string }
export type TrafficLightNutrient = 'fat' | 'saturates' | 'sugars' | 'salt'
/** UK front-of-pack red ("high") per 100 g (per 100 ml for drinks, marked 'may'). */
export type TrafficLightFinding = FindingBase<'traffic-light', 'limit', 'high'> & { readonly subject: TrafficLightNutrient }
/** Measured trans fat above the flag threshold. */
export type TransFatFinding = FindingBase<'trans-fat', 'limit', 'high'>
/** NOVA group 4 by USDA group or name rules. */
export type UltraProcessedFinding = FindingBase<'ultra-processed', 'limit', 'nova-4'>
export type GlutenCereal = 'wheat' | 'rye' | 'barley' | 'oats' | 'unspecified'
/** Contains a gluten cereal ('may' for oats and where a name only suggests one). */
export type GlutenFinding = FindingBase<'gluten', 'restriction', 'contains'> & { readonly cereals: readonly GlutenCereal[] }
/** Clearly free of gluten: a whole, unprocessed food of a gluten-free kind, or labelled gluten-free (≤20 mg/kg). */
export type GlutenFreeSafeFinding = FindingBase<'gluten-free-safe', 'info', 'whole-food' | 'labelled'>
export type FodmapLevel = 'low' | 'moderate' | 'high'
/** Lactose at a typical serve against the VAR17 low cut-off (1.0 g/serve); 'unknown' where dairy but no estimate. */
export type LactoseFinding = FindingBase<'lactose', 'restriction', FodmapLevel | 'unknown'>
/** One FODMAP subgroup at a typical serve (REFERENCE §2). */
export type FodmapFinding = FindingBase<'fodmap', 'restriction', FodmapLevel> & { readonly subject: FodmapSubgroup }
/** Contains one of the EU 14 allergens. */
export type AllergenFinding = FindingBase<'allergen', 'restriction', 'contains'> & { readonly subject: Allergen }
export type AnimalOrigin = 'meat' | 'poultry' | 'fish' | 'shellfish' | 'seafood' | 'dairy' | 'egg' | 'honey' | 'gelatin' | 'animal-fat' | 'rennet'
export type DietSubject = Exclude<Diet, 'omnivore'>
/** Whether the food fits a diet; `origins` lists the animal ingredients found. */
export type DietFinding = FindingBase<'diet', 'info', 'fits' | 'excluded'> & {
  readonly subject: DietSubject
  readonly origins: readonly AnimalOrigin[]
}

export type Finding =
  | FiberFinding
  | Omega3Finding
  | OilyFishFinding
  | FermentedFinding
  | PrebioticFinding
  | PlantFinding
  | TrafficLightFinding
  | TransFatFinding
  | UltraProcessedFinding
  | GlutenFinding
  | GlutenFreeSafeFinding
  | LactoseFinding
  | FodmapFinding
  | AllergenFinding
  | DietFinding

/** Why a food conflicts with a profile. */
export type ConflictReason = 'intolerance' | 'allergen' | 'diet' | 'avoided'

/**
 * How sure a conflict is: the food has it ('is'), may have it ('may'), or the data can't say
 * whether it fits ('unknown'; unknown is not safe, so it conflicts too).
 */
export type ConflictCertainty = Certainty | 'unknown'

/** A conflict between a food and a profile: the rule behind it, the profile entry it hits, and how sure it is. */
export type Conflict =
  | { readonly reason: 'intolerance'; readonly rule: 'gluten' | 'lactose' | 'fodmap'; readonly subject: Intolerance; readonly certainty: ConflictCertainty }
  | { readonly reason: 'allergen'; readonly rule: 'allergen'; readonly subject: Allergen; readonly certainty: ConflictCertainty }
  | { readonly reason: 'diet'; readonly rule: 'diet'; readonly subject: Diet; readonly certainty: ConflictCertainty }
  | { readonly reason: 'avoided'; readonly rule: 'avoided'; readonly subject: string; readonly certainty: ConflictCertainty }

/** Everything the rules say about one food. `conflicts` is present when a profile was given. */
export interface Assessment {
  readonly foodId: string
  readonly findings: readonly Finding[]
  readonly conflicts?: readonly Conflict[]
}

/** Rounds a number for `numbers` so outputs stay readable and stable (3 decimals). */
export function round3(value: number): number {
  const r = Math.round(value * 1000) / 1000
  return Object.is(r, -0) ? 0 : r
}
