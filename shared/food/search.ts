/**
 * Catalogue search over every name a food goes by: its USDA description and its everyday names
 * and aliases in English and German (names.ts). Case- and accent-insensitive, prefix and typo
 * tolerant (MiniSearch), and ranked so that
 * - a hit that matches every query word exactly comes before one that only reaches a word by a
 *   prefix or a typo ("Brot" finds bread before Bratwurst), and
 * - common foods come before obscure entries: foods with everyday names, foods used by recipes,
 *   raw and basic forms ("apple" finds "Apples" before baby food and juice).
 *
 * Ranking within a tier = MiniSearch's BM25 score × a static boost per food (commonness, group,
 * name shape) × a boost when the query word is the food's key word (the head of its name).
 */
import MiniSearch from 'minisearch'
import type { FoodGroupCode } from './groups'
import { everydayNames, foodName } from './names'
import { splitSegments } from './rules/text'
import type { Food, FoodId } from './types'
import { fold, stemDe, stemEn, words, type FoodLang } from './words'

export interface FoodSearchHit {
  readonly id: FoodId
  /** The everyday name in the search language (the USDA description when there is none). */
  readonly name: string
  /** The precise catalogue description (USDA SR24, curated, or the person's own name). */
  readonly description: string
  readonly group: FoodGroupCode
  readonly score: number
  /** False when no food matched every query word and this hit matches only some of them. */
  readonly allWords: boolean
}

export interface FoodSearchOptions {
  /** At most this many hits (default 20). */
  readonly limit?: number
  /** The language hits are named in (default English); both languages are always searched. */
  readonly lang?: FoodLang
}

export interface FoodSearch {
  /** Foods matching all words of the query (or, failing that, any word), best first. */
  search(query: string, options?: FoodSearchOptions): FoodSearchHit[]
}

export interface FoodSearchSetup {
  /** Foods people use most (the built-in recipes' foods, with how many recipes use each): ranked up. */
  readonly common?: ReadonlySet<FoodId> | ReadonlyMap<FoodId, number>
}

/** Group weights: whole-food groups neutral, ready-made and niche groups down. */
const groupBoost: Partial<Record<FoodGroupCode, number>> = {
  '03': 0.25,
  '21': 0.35,
  '36': 0.35,
  '35': 0.45,
  '22': 0.5,
  '06': 0.6,
  '25': 0.6,
  '19': 0.65,
  '07': 0.75,
  '08': 0.75,
  '14': 0.8,
  '18': 0.85,
}

/** UK and other English words mapped to the US words SR24 uses. */
const synonyms: Readonly<Record<string, readonly string[]>> = {
  courgette: ['zucchini'],
  aubergine: ['eggplant'],
  coriander: ['cilantro'],
  rocket: ['arugula'],
  prawn: ['shrimp'],
  porridge: ['oat'],
  swede: ['rutabaga'],
  mangetout: ['edible-podded'],
  capsicum: ['pepper'],
  beetroot: ['beet'],
  yoghurt: ['yogurt'],
  wholemeal: ['whole-wheat'],
  mince: ['ground'],
  minced: ['ground'],
  chickpea: ['garbanzo'],
  garbanzo: ['chickpea'],
  scallion: ['spring'],
  biscuit: ['cookie'],
  crisps: ['chip'],
  sultana: ['raisin'],
  maize: ['corn'],
  soya: ['soy'],
  haricot: ['navy'],
}

/** A light English stemmer (words.ts), kept here for the callers that rank by key words. */
export const stem = stemEn

/** Heads that name a kind; the food's key word is in the next segment. */
const kindHeads = new Set(['fish', 'nuts', 'seeds', 'spices', 'beans', 'crustaceans', 'mollusks', 'cereals', 'beverages', 'peppers', 'squash', 'game meat', 'alcoholic beverage'])

/** The words that say what the food is: the head's words, or the kind's words after "Fish," and the like. */
export function keyWords(name: string): string[] {
  const segments = splitSegments(name.toLowerCase())
  const head = segments[0] ?? ''
  const key = kindHeads.has(head) ? segments.slice(1, 3).join(' ') || head : head
  return words(key.replace(/\([^)]*\)/g, ' ')).map((w) => stemEn(w))
}

/** The key words of each name a food goes by: its USDA head, and the heads of its everyday names. */
function keySetsOf(food: Food): ReadonlySet<string>[] {
  const sets = [new Set(keyWords(food.name))]
  const names = everydayNames(food.id)
  if (names) {
    sets.push(new Set(words(splitSegments(names.en.toLowerCase())[0] ?? '').map(stemEn)))
    sets.push(new Set(words(splitSegments(names.de.toLowerCase())[0] ?? '').map(stemDe)))
  }
  return sets
}

/**
 * How strongly the query names what the food is: 3 when a query word is the only key word of
 * one of the food's names, 2 when it is one of several, 1.4 when a typo or prefix of the query
 * reaches a key word ("brocoli", "sauerk"), 1 otherwise.
 */
function keyBoost(keySets: readonly ReadonlySet<string>[], queryTerms: readonly string[], matchedTerms: readonly string[]): number {
  let best = 1
  for (const keys of keySets) {
    if (queryTerms.some((q) => keys.has(q))) best = Math.max(best, keys.size === 1 ? 3 : 2)
    else if (matchedTerms.some((t) => keys.has(t))) best = Math.max(best, 1.4)
  }
  return best
}

/** The query-independent boost: group, shortness, commas, "raw", brands. */
export function staticBoost(food: Food): number {
  // A named food's shape is its everyday name's ("Whole milk"), not its description's.
  const name = everydayNames(food.id)?.en ?? food.name
  const commas = (name.match(/[,;]/g) ?? []).length
  let boost = groupBoost[food.group] ?? 1
  boost *= 1 / (1 + 0.12 * commas)
  boost *= 1 / (1 + name.length / 150)
  if (/\braw\b/i.test(food.name)) boost *= 1.25
  if (/\b[A-Z]{3,}\b/.test(name.replace(/\b(NFS|USDA|NLEA)\b/g, ''))) boost *= 0.6
  if (/\bbabyfood\b|\binfant formula\b/i.test(name)) boost *= 0.5
  if (food.provenance) boost *= 1.1
  return boost
}

/** Commonness: foods we named are ones people look for; recipe foods are the ones they cook. */
const namedBoost = 2.5
/** An alias given to more foods than this is a generic word, not a name of one of them. */
const maxSharedAlias = 2
const commonBoost = 1.5
/** The food more recipes use is the one a generic word means ("Reis" → the rice recipes use). */
const usesBoost = (uses: number): number => 1 + Math.log2(Math.max(1, uses)) / 5

interface Doc {
  readonly id: FoodId
  readonly name: string
  readonly en: string
  readonly de: string
}

interface Result {
  readonly id: FoodId
  readonly score: number
  readonly terms: readonly string[]
}

/** A query word as searched: its English and German stems (the index holds both languages). */
interface QueryWord {
  readonly forms: readonly string[]
  /** Prefixes complete the word being typed (the last) and any word longer than three letters. */
  readonly prefix: boolean
}

function queryWords(query: string): QueryWord[] {
  const list = words(query)
  return list.map((w, i) => {
    // German typed without umlauts ("Moehren", "Walnuesse") meets the folded umlaut ("mohren").
    const plain = w.replace(/([aou])e/g, '$1')
    const variants = plain === w ? [w] : [w, plain]
    const forms = new Set([...variants.flatMap((v) => [stemEn(v), stemDe(v)]), ...(synonyms[w] ?? []).map(stemEn)])
    return { forms: [...forms], prefix: i === list.length - 1 || w.length > 3 }
  })
}

/** Builds the search index over the given foods (SR24, curated, and the person's own). */
export function createFoodSearch(foods: readonly Food[], setup: FoodSearchSetup = {}): FoodSearch {
  const byId = new Map(foods.map((f) => [f.id, f]))
  const common = setup.common ?? new Set<FoodId>()
  const usesOf = (id: FoodId): number => (common instanceof Map ? (common.get(id) ?? 0) : common.has(id) ? 1 : 0)
  // Boosts and key words are computed on first use: a query only ever touches the foods it matches.
  const boosts = new Map<FoodId, number>()
  const keys = new Map<FoodId, ReadonlySet<string>[]>()
  const boostOf = (id: FoodId): number => {
    let boost = boosts.get(id)
    if (boost === undefined) {
      const food = byId.get(id)
      boost = food ? staticBoost(food) * (everydayNames(id) ? namedBoost : 1) * (common.has(id) ? commonBoost * usesBoost(usesOf(id)) : 1) : 1
      boosts.set(id, boost)
    }
    return boost
  }
  const keysOf = (id: FoodId): ReadonlySet<string>[] => {
    let sets = keys.get(id)
    if (!sets) {
      const food = byId.get(id)
      sets = food ? keySetsOf(food) : []
      keys.set(id, sets)
    }
    return sets
  }
  // How many foods each alias is given to: an alias many foods share ("salmon" on salmon oil
  // and smoked salmon, "Milch" on every milk) names none of them as a whole.
  const aliasCounts = new Map<string, number>()
  for (const food of foods) {
    const names = everydayNames(food.id)
    if (!names) continue
    for (const alias of new Set([...names.enAliases, ...names.deAliases].map((n) => words(n).join(' ')))) aliasCounts.set(alias, (aliasCounts.get(alias) ?? 0) + 1)
  }
  // How well the whole query names a food: 2 when it is one of the food's names or specific
  // aliases, 1 when it is an alias the food shares with many ("Reis" on every rice), 0 otherwise.
  const fullNames = new Map<FoodId, ReadonlyMap<string, number>>()
  const namesOf = (id: FoodId): ReadonlyMap<string, number> => {
    let map = fullNames.get(id)
    if (!map) {
      const names = everydayNames(id)
      const key = (n: string) => words(n).join(' ')
      const levels = new Map<string, number>()
      if (names) {
        for (const alias of [...names.enAliases, ...names.deAliases].map(key)) levels.set(alias, (aliasCounts.get(alias) ?? 0) <= maxSharedAlias ? 2 : 1)
        levels.set(key(names.en), 2)
        levels.set(key(names.de), 2)
      }
      map = levels
      fullNames.set(id, map)
    }
    return map
  }
  const index = new MiniSearch<Doc>({
    fields: ['name', 'en', 'de'],
    tokenize: (text) => text.split(/[^\p{L}\p{N}%]+/u).filter((t) => t !== ''),
    processTerm: (term, field) => {
      const folded = fold(term)
      if (folded === '') return null
      return field === 'de' ? stemDe(folded) : stemEn(folded)
    },
    searchOptions: {
      processTerm: (term) => term,
      fuzzy: (term) => (term.length >= 6 ? 0.34 : term.length === 5 ? 0.2 : term.length === 4 ? 1 : false),
      maxFuzzy: 2,
      weights: { fuzzy: 0.6, prefix: 0.8 },
      boost: { name: 1, en: 1.5, de: 1.5 },
      boostDocument: (id: FoodId) => boostOf(id),
    },
  })
  index.addAll(
    foods.map((food): Doc => {
      const names = everydayNames(food.id)
      return {
        id: food.id,
        name: food.name,
        en: names ? [names.en, ...names.enAliases].join(' | ') : '',
        de: names ? [names.de, ...names.deAliases].join(' | ') : '',
      }
    }),
  )

  return {
    search(query, options = {}) {
      const limit = options.limit ?? 20
      const lang = options.lang ?? 'en'
      const parts = queryWords(query)
      if (parts.length === 0) return []
      const run = (combineWith: 'AND' | 'OR') =>
        index.search({ combineWith, queries: parts.map((p) => ({ queries: [...p.forms], combineWith: 'OR', prefix: p.prefix })) } as never) as unknown as Result[]
      let results = run('AND')
      const allWords = results.length > 0 || parts.length === 1
      if (results.length === 0 && parts.length > 1) results = run('OR')
      const queryTerms = parts.flatMap((p) => p.forms)
      const folded = words(query).join(' ')
      return results
        .map((r) => {
          const matched = new Set(r.terms)
          // How many query words the food matches exactly (not only through a prefix or a typo).
          const exact = parts.filter((p) => p.forms.some((f) => matched.has(f))).length
          // The whole query is one of the food's names or aliases ("Lachs" for salmon, "Milch" for
          // whole milk): those foods come first, the most common of them first (term counts say
          // nothing here); a name or specific alias before an alias many foods share.
          const whole = namesOf(r.id).get(folded) ?? 0
          const score = r.score * keyBoost(keysOf(r.id), queryTerms, r.terms)
          return { r, exact, whole, rank: whole > 0 ? boostOf(r.id) : score, score }
        })
        .sort((a, b) => b.exact - a.exact || b.whole - a.whole || b.rank - a.rank || b.score - a.score || (a.r.id < b.r.id ? -1 : 1))
        .slice(0, limit)
        .map(({ r, score }) => {
          const food = byId.get(r.id)!
          return { id: r.id, name: foodName(food, lang), description: food.name, group: food.group, score: Math.round(score * 1000) / 1000, allWords }
        })
    },
  }
}
