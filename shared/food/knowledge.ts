/**
 * The ingredient-knowledge layer: for each food, what it is known to contain for every limit a
 * person can set (gluten, lactose, each FODMAP subgroup, the EU-14 allergens, the diets), each
 * answer with a certainty, the rule and sources behind it, and, where the data can't say, the
 * answer "unknown" with the reason. Unknown is not safe: a person with the limit is never told an
 * unknown food fits.
 *
 * It reads the rule findings (shared/food/rules) and the food's kind (rules/kinds.ts), and adds the
 * dose for lactose and FODMAPs: the grams at which this food reaches its low cut-off, so a portion
 * is rated by its grams and portions stack within a meal (REFERENCE §2d).
 */
import { fodmapSubgroups, type Allergen, type FodmapSubgroup } from '../profile/profile'
import type { SourceKey } from './sources'
import { fodmapEntryFor } from './rules/fodmap'
import { foodKind, type FoodKind } from './rules/kinds'
import { lactoseThresholds } from './rules/lactose'
import type { Certainty, DietSubject, Finding, FodmapLevel, GlutenCereal, AnimalOrigin } from './rules/types'
import type { Food } from './types'

/** contains: the food has it ('is') or may have it ('may'); free: known not to; unknown: the data can't say. */
export type Status = 'contains' | 'free' | 'unknown'

/**
 * Why an answer is "unknown": a mixed food whose name doesn't tell; a food no FODMAP source rates;
 * a portion larger than the largest serve a source rates low; dairy with no lactose estimate.
 */
export type UnknownReason = 'composite' | 'not-rated' | 'above-rated-serve' | 'no-estimate' | 'unknown-food'

/** How an answer was reached: a rule's finding, the food's kind, its total carbohydrate, or what the person declared. */
export type KnowledgeBasis = 'rule' | 'kind' | 'carbohydrate' | 'declared'

export interface Fact {
  readonly status: Status
  /** Of 'contains': 'is' or 'may'. 'free' is always 'is'; 'unknown' carries 'may'. */
  readonly certainty: Certainty
  readonly basis: KnowledgeBasis
  readonly source: readonly SourceKey[]
  /** The rule terms behind the answer ("name:salmon", "group:15", "kind:plant", "id:gp-kimchi"). */
  readonly matched: readonly string[]
  readonly reason?: UnknownReason
}

export interface GlutenFact extends Fact {
  readonly cereals: readonly GlutenCereal[]
}

export interface DietFact extends Fact {
  readonly origins: readonly AnimalOrigin[]
}

/**
 * One FODMAP subgroup of one food, with its dose. `levelAtServe` is the rating at the serve a
 * source rates (`serveG`). `lowUpToG` is the largest portion known to be low: null when the food is
 * not low at any amount known, 'any' when it carries none of this subgroup.
 */
export interface FodmapDose extends Fact {
  readonly subgroup: FodmapSubgroup
  readonly serveG: number | null
  readonly levelAtServe: FodmapLevel | 'unknown'
  readonly lowUpToG: number | 'any' | null
}

/** Lactose of one food: g per 100 g where there is an estimate, or a level at any amount (ice cream). */
export interface LactoseFact extends Fact {
  readonly gPer100G: number | null
  readonly serveG: number | null
  readonly levelAtServe: FodmapLevel | 'unknown'
  /** A level REFERENCE gives at any amount, without a g value. */
  readonly fixedLevel: FodmapLevel | null
}

export interface FoodKnowledge {
  readonly foodId: string
  readonly kind: FoodKind
  readonly gluten: GlutenFact
  readonly lactose: LactoseFact
  readonly fodmap: Readonly<Record<FodmapSubgroup, FodmapDose>>
  /** Only the allergens found, with their certainty; allergens are flagged by group, name and composite rules. */
  readonly allergens: Readonly<Partial<Record<Allergen, Certainty>>>
  readonly diets: Readonly<Record<DietSubject, DietFact>>
}

/**
 * VAR17 low cut-offs per serve (REFERENCE §2a), g of the subgroup. The lowest applies where a
 * food's class is not known (0.20 g rather than 0.30 g for oligosaccharides).
 */
export const fodmapCutoffG: Readonly<Record<FodmapSubgroup, number>> = {
  fructans: 0.2,
  gos: 0.2,
  'excess-fructose': 0.15,
  sorbitol: 0.2,
  mannitol: 0.2,
}

/** Kinds with no FODMAP other than lactose: FODMAPs are fermentable carbohydrates of plants and milk (REFERENCE §2a). */
const fodmapFreeKinds: ReadonlySet<FoodKind> = new Set(['animal', 'egg', 'fat', 'water-salt', 'dairy'])
/** Kinds with no milk in them. */
const milkFreeKinds: ReadonlySet<FoodKind> = new Set(['plant', 'animal', 'egg', 'fat', 'water-salt', 'sweetener'])

const free = (basis: KnowledgeBasis, source: readonly SourceKey[], matched: readonly string[]): Fact => ({ status: 'free', certainty: 'is', basis, source, matched })
const unknown = (reason: UnknownReason, matched: readonly string[] = []): Fact => ({ status: 'unknown', certainty: 'may', basis: 'rule', source: [], matched, reason })
const fromFinding = (f: Finding): Fact => ({
  status: 'contains',
  certainty: f.certainty,
  basis: f.basis === 'declared' ? 'declared' : 'rule',
  source: f.source,
  matched: f.matched,
})

function glutenFact(findings: readonly Finding[], kind: FoodKind): GlutenFact {
  const gluten = findings.find((f) => f.rule === 'gluten')
  if (gluten) return { ...fromFinding(gluten), cereals: gluten.cereals }
  const safe = findings.find((f) => f.rule === 'gluten-free-safe')
  if (safe) return { ...free(safe.basis === 'declared' ? 'declared' : 'rule', safe.source, safe.matched), cereals: [] }
  return { ...unknown('composite', [`kind:${kind}`]), cereals: [] }
}

function lactoseFact(food: Food, findings: readonly Finding[], kind: FoodKind): LactoseFact {
  const lactose = findings.find((f) => f.rule === 'lactose')
  const milk = findings.find((f) => f.rule === 'allergen' && f.subject === 'milk')
  const none = { gPer100G: null, serveG: null, fixedLevel: null } as const
  if (lactose) {
    const g = lactose.numbers.lactoseGPer100G
    const serveG = lactose.numbers.serveG ?? null
    const basis: KnowledgeBasis = lactose.basis === 'declared' ? 'declared' : 'rule'
    if (lactose.level === 'unknown') return { ...unknown('no-estimate', lactose.matched), ...none, serveG, levelAtServe: 'unknown' }
    if (basis === 'declared') {
      // A person's own declaration holds at any amount they eat.
      const status: Status = lactose.matched.includes('declared:lactose-none') ? 'free' : 'contains'
      return { status, certainty: 'is', basis, source: lactose.source, matched: lactose.matched, gPer100G: status === 'free' ? 0 : null, serveG: null, levelAtServe: lactose.level, fixedLevel: lactose.level }
    }
    const fixed = g === undefined ? lactose.level : null
    return {
      ...fromFinding(lactose),
      gPer100G: g ?? null,
      serveG,
      levelAtServe: lactose.level,
      fixedLevel: fixed,
    }
  }
  if (milk) return { ...unknown('no-estimate', milk.matched), ...none, levelAtServe: 'unknown' }
  if (milkFreeKinds.has(kind) && food.declared === undefined) return { ...free('kind', ['1169-II'], [`kind:${kind}`]), gPer100G: 0, serveG: null, levelAtServe: 'low', fixedLevel: null }
  if (food.declared?.allergens && !food.declared.allergens.includes('milk') && food.declared.diets?.includes('vegan')) {
    return { ...free('declared', ['1169-II'], ['declared:vegan']), gPer100G: 0, serveG: null, levelAtServe: 'low', fixedLevel: null }
  }
  return { ...unknown('composite', [`kind:${kind}`]), ...none, levelAtServe: 'unknown' }
}

function fodmapFacts(food: Food, findings: readonly Finding[], kind: FoodKind): Record<FodmapSubgroup, FodmapDose> {
  const entry = fodmapEntryFor(food)
  const out = {} as Record<FodmapSubgroup, FodmapDose>
  for (const subgroup of fodmapSubgroups) {
    const finding = findings.find((f) => f.rule === 'fodmap' && f.subject === subgroup)
    out[subgroup] = fodmapDose(food, subgroup, finding?.rule === 'fodmap' ? finding : undefined, entry, kind)
  }
  return out
}

function fodmapDose(
  food: Food,
  subgroup: FodmapSubgroup,
  finding: Extract<Finding, { rule: 'fodmap' }> | undefined,
  entry: ReturnType<typeof fodmapEntryFor>,
  kind: FoodKind,
): FodmapDose {
  const base = { subgroup, serveG: entry?.serveG ?? null }
  const declaredLow = food.declared?.fodmapLow?.includes(subgroup)
  if (finding && finding.basis !== 'declared' && declaredLow) {
    // The person's own "low" wins over a name rule for their own food.
    return { ...free('declared', ['VAR17'], [`declared:${subgroup}-low`]), ...base, levelAtServe: 'low', lowUpToG: 'any' }
  }
  if (finding && finding.level !== 'low') {
    const limitedHere = entry && entry.lowUpToG !== undefined && (entry.limited ?? Object.keys(entry.ratings)).includes(subgroup)
    return { ...fromFinding(finding), ...base, levelAtServe: finding.level, lowUpToG: limitedHere ? entry.lowUpToG! : null }
  }
  if (declaredLow) return { ...free('declared', ['VAR17'], [`declared:${subgroup}-low`]), ...base, levelAtServe: 'low', lowUpToG: 'any' }
  if (finding && entry) {
    // Rated low at the serve: low up to the serve (or the stated limit) for the subgroups it is limited by, at any amount for the rest.
    const limited = (entry.limited ?? []).includes(subgroup)
    return {
      ...free('rule', finding.source, finding.matched),
      ...base,
      levelAtServe: 'low',
      lowUpToG: limited ? (entry.lowUpToG ?? entry.serveG) : 'any',
    }
  }
  if (finding) return { ...free('rule', finding.source, finding.matched), ...base, levelAtServe: 'low', lowUpToG: 'any' }
  if (fodmapFreeKinds.has(kind)) return { ...free('kind', ['VAR17'], [`kind:${kind}`]), ...base, levelAtServe: 'low', lowUpToG: 'any' }
  // FODMAPs are carbohydrates, so total carbohydrate bounds them, and excess fructose (a sugar) is
  // bounded by total sugars too: a portion with less than the cut-off of either is low.
  const { carbsG, sugarsG } = food.nutrients
  const carbs = subgroup === 'excess-fructose' && sugarsG !== null && (carbsG === null || sugarsG < carbsG) ? sugarsG : carbsG
  if (carbs !== null && food.declared === undefined) {
    const lowUpToG = carbs <= 0 ? 'any' : Math.round(((fodmapCutoffG[subgroup] * 100) / carbs) * 1000) / 1000
    const atHundred = lowUpToG === 'any' || lowUpToG >= 100
    return {
      status: atHundred ? 'free' : 'unknown',
      certainty: atHundred ? 'is' : 'may',
      basis: 'carbohydrate',
      source: ['VAR17'],
      matched: [`${carbs === carbsG ? 'carbohydrate' : 'sugars'}:${carbs}`],
      ...(atHundred ? {} : { reason: 'not-rated' as const }),
      ...base,
      levelAtServe: atHundred ? 'low' : 'unknown',
      lowUpToG,
    }
  }
  return { ...unknown('not-rated'), ...base, levelAtServe: 'unknown', lowUpToG: null }
}

function dietFacts(findings: readonly Finding[], kind: FoodKind): Record<DietSubject, DietFact> {
  const out = {} as Record<DietSubject, DietFact>
  for (const subject of ['vegan', 'vegetarian', 'pescatarian'] as const) {
    const f = findings.find((x) => x.rule === 'diet' && x.subject === subject)
    if (!f || f.rule !== 'diet') {
      out[subject] = { ...unknown('composite'), origins: [] }
    } else if (f.level === 'excluded') {
      out[subject] = { ...fromFinding(f), origins: f.origins }
    } else if (f.certainty === 'is' || f.basis === 'declared') {
      out[subject] = { ...free(f.basis === 'declared' ? 'declared' : 'rule', f.source, f.matched.length ? f.matched : [`kind:${kind}`]), origins: f.origins }
    } else {
      out[subject] = { ...unknown('composite', [`kind:${kind}`]), origins: f.origins }
    }
  }
  return out
}

const cache = new WeakMap<readonly Finding[], FoodKnowledge>()

/**
 * Everything the knowledge layer says about a food, from its findings as `assessFindings` gives
 * them (memoised per findings array).
 */
export function knowledgeOf(food: Food, findings: readonly Finding[]): FoodKnowledge {
  let k = cache.get(findings)
  if (!k || k.foodId !== food.id) {
    const fs = findings
    const kind = foodKind(food)
    const allergens: Partial<Record<Allergen, Certainty>> = {}
    for (const f of fs) if (f.rule === 'allergen') allergens[f.subject] = f.certainty
    k = {
      foodId: food.id,
      kind,
      gluten: glutenFact(fs, kind),
      lactose: lactoseFact(food, fs, kind),
      fodmap: fodmapFacts(food, fs, kind),
      allergens,
      diets: dietFacts(fs, kind),
    }
    cache.set(findings, k)
  }
  return k
}

/** A portion's rating for one subgroup, and its load: grams ÷ grams at the low cut-off (REFERENCE §2d). */
export interface PortionFodmap {
  readonly level: FodmapLevel | 'unknown'
  readonly certainty: Certainty
  /** null when the load can't be given: unknown, or not low at any amount known. */
  readonly load: number | null
  readonly reason?: UnknownReason
  /** True when the load is an upper bound from the food's carbohydrate, not a rating. */
  readonly bound?: boolean
}

/** Rates `grams` of a food for one subgroup. */
export function fodmapPortion(dose: FodmapDose, grams: number): PortionFodmap {
  const { lowUpToG } = dose
  if (lowUpToG === 'any') return { level: 'low', certainty: dose.certainty, load: 0 }
  if (typeof lowUpToG === 'number' && grams <= lowUpToG) {
    return { level: 'low', certainty: dose.certainty, load: lowUpToG > 0 ? grams / lowUpToG : 0, ...(dose.basis === 'carbohydrate' ? { bound: true } : {}) }
  }
  if (dose.status === 'contains') return { level: dose.levelAtServe === 'unknown' ? 'high' : dose.levelAtServe, certainty: dose.certainty, load: null }
  if (dose.status === 'unknown' || dose.basis === 'carbohydrate') return { level: 'unknown', certainty: 'may', load: null, reason: dose.reason ?? 'not-rated' }
  // Rated low only up to a serve, and this portion is larger: above the low cut-off (moderate or more).
  return { level: 'moderate', certainty: 'may', load: typeof lowUpToG === 'number' && lowUpToG > 0 ? grams / lowUpToG : null, reason: 'above-rated-serve' }
}

/** A portion's lactose in grams, or its level where only a level is known. */
export interface PortionLactose {
  readonly grams: number | null
  readonly level: FodmapLevel | 'unknown'
  readonly certainty: Certainty
  readonly reason?: UnknownReason
}

/** Rates `grams` of a food for lactose (VAR17: low below 1 g per serve). */
export function lactosePortion(fact: LactoseFact, grams: number): PortionLactose {
  if (fact.status === 'free') return { grams: 0, level: 'low', certainty: 'is' }
  if (fact.status === 'unknown') return { grams: null, level: 'unknown', certainty: 'may', reason: fact.reason ?? 'no-estimate' }
  if (fact.gPer100G === null) return { grams: null, level: fact.fixedLevel ?? 'high', certainty: fact.certainty }
  const g = (fact.gPer100G * grams) / 100
  const fixed = fact.fixedLevel
  return { grams: g, level: fixed ?? lactoseLevel(g), certainty: fact.certainty }
}

/** The lactose level of an amount in grams. */
export function lactoseLevel(grams: number): FodmapLevel {
  const t = lactoseThresholds
  return grams < t.lowBelowGPerServe ? 'low' : grams < t.highFromGPerServe ? 'moderate' : 'high'
}

/** A limit's answer as a person reads it: contains, may contain, fits, or not known. */
export type LimitAnswer = 'contains' | 'may' | 'free' | 'unknown'

export interface LimitRow {
  readonly limit: 'gluten' | 'lactose' | FodmapSubgroup | DietSubject
  readonly answer: LimitAnswer
  /** Why it is not known. */
  readonly reason?: UnknownReason
  /** For a FODMAP group that fits only up to an amount: that amount in grams. */
  readonly lowUpToG?: number
}

const answerOf = (f: Fact): LimitAnswer => (f.status === 'free' ? 'free' : f.status === 'unknown' ? 'unknown' : f.certainty === 'is' ? 'contains' : 'may')

/** Every limit's answer for a food at a typical serve, in the order the food page lists them. */
export function limitAnswers(k: FoodKnowledge): LimitRow[] {
  const row = (limit: LimitRow['limit'], f: Fact): LimitRow => ({ limit, answer: answerOf(f), ...(f.status === 'unknown' && f.reason ? { reason: f.reason } : {}) })
  const fodmap = fodmapSubgroups.map((s): LimitRow => {
    const dose = k.fodmap[s]
    if (dose.status === 'unknown') return { limit: s, answer: 'unknown', reason: dose.reason ?? 'not-rated' }
    const answer: LimitAnswer = dose.levelAtServe === 'low' ? 'free' : dose.certainty === 'is' ? 'contains' : 'may'
    return { limit: s, answer, ...(answer === 'free' && typeof dose.lowUpToG === 'number' ? { lowUpToG: Math.round(dose.lowUpToG) } : {}) }
  })
  return [row('gluten', k.gluten), row('lactose', k.lactose), ...fodmap, ...(['vegan', 'vegetarian', 'pescatarian'] as const).map((d) => row(d, k.diets[d]))]
}
