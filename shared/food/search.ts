/**
 * Catalogue search: prefix and typo tolerant (MiniSearch), ranked so common whole foods come
 * before obscure entries. "apple" should find "Apples, raw, with skin" before baby food and juice.
 *
 * Ranking = MiniSearch's BM25 score × a static boost per food (group and name shape) × a boost
 * when the query word is the food's key word (the head, or the kind after "Fish,", "Nuts," …).
 */
import MiniSearch from 'minisearch'
import type { FoodGroupCode } from './groups'
import { splitSegments } from './rules/text'
import type { Food, FoodId } from './types'

export interface FoodSearchHit {
  readonly id: FoodId
  readonly name: string
  readonly group: FoodGroupCode
  readonly score: number
}

export interface FoodSearchOptions {
  /** At most this many hits (default 20). */
  readonly limit?: number
}

export interface FoodSearch {
  /** Foods matching all words of the query (or, failing that, any word), best first. */
  search(query: string, options?: FoodSearchOptions): FoodSearchHit[]
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

/** A light English stemmer applied to index and query alike, so "apples" and "apple" meet. */
export function stem(term: string): string {
  if (term.length <= 3 || /(ss|us|is)$/.test(term)) return term
  if (term.endsWith('ies') && term.length > 4) return `${term.slice(0, -3)}y`
  if (/(oes|ches|shes|sses|xes)$/.test(term)) return term.slice(0, -2)
  if (term.endsWith('s')) return term.slice(0, -1)
  return term
}

function processTerm(term: string): string | null {
  const t = term.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
  return t.length === 0 ? null : stem(t)
}

const tokenize = (text: string) => text.split(/[^\p{L}\p{N}%]+/u).filter((t) => t !== '')

/** Heads that name a kind; the food's key word is in the next segment. */
const kindHeads = new Set(['fish', 'nuts', 'seeds', 'spices', 'beans', 'crustaceans', 'mollusks', 'cereals', 'beverages', 'peppers', 'squash', 'game meat', 'alcoholic beverage'])

/** The words that say what the food is: the head's words, or the kind's words after "Fish," and the like. */
export function keyWords(name: string): string[] {
  const segments = splitSegments(name.toLowerCase())
  const head = segments[0] ?? ''
  const key = kindHeads.has(head) ? segments.slice(1, 3).join(' ') || head : head
  return tokenize(key.replace(/\([^)]*\)/g, ' ')).map((w) => stem(w))
}

/**
 * How strongly the query names what the food is: 3 when a query word is the food's only key
 * word, 2 when it is one of several, 1.4 when a typo or prefix of the query reaches a key word
 * ("brocoli", "sauerk"), 1 otherwise.
 */
function keyBoost(keys: ReadonlySet<string>, queryTerms: readonly string[], matchedTerms: readonly string[]): number {
  if (queryTerms.some((q) => keys.has(q))) return keys.size === 1 ? 3 : 2
  return matchedTerms.some((t) => keys.has(t)) ? 1.4 : 1
}

/** The query-independent boost: group, shortness, commas, "raw", brands. */
export function staticBoost(food: Food): number {
  const name = food.name
  const commas = (name.match(/[,;]/g) ?? []).length
  let boost = groupBoost[food.group] ?? 1
  boost *= 1 / (1 + 0.12 * commas)
  boost *= 1 / (1 + name.length / 150)
  if (/\braw\b/i.test(name)) boost *= 1.25
  if (/\b[A-Z]{3,}\b/.test(name.replace(/\b(NFS|USDA|NLEA)\b/g, ''))) boost *= 0.6
  if (/\bbabyfood\b|\binfant formula\b/i.test(name)) boost *= 0.5
  if (food.provenance) boost *= 1.1
  return boost
}

interface Stored {
  name: string
  group: FoodGroupCode
}

/** Builds the search index over the given foods (SR24 plus curated). */
export function createFoodSearch(foods: readonly Food[]): FoodSearch {
  const byId = new Map(foods.map((f) => [f.id, f]))
  // Boosts and key words are computed on first use: building them for all foods up front would
  // double the index build time, and a query only ever touches the foods it matches.
  const boosts = new Map<FoodId, number>()
  const keys = new Map<FoodId, ReadonlySet<string>>()
  const boostOf = (id: FoodId): number => {
    let boost = boosts.get(id)
    if (boost === undefined) {
      const food = byId.get(id)
      boost = food ? staticBoost(food) : 1
      boosts.set(id, boost)
    }
    return boost
  }
  const keysOf = (id: FoodId): ReadonlySet<string> => {
    let set = keys.get(id)
    if (!set) {
      set = new Set(keyWords(byId.get(id)?.name ?? ''))
      keys.set(id, set)
    }
    return set
  }
  const index = new MiniSearch<Food>({
    fields: ['name'],
    storeFields: ['name', 'group'],
    tokenize,
    processTerm,
    searchOptions: {
      prefix: (term, i, terms) => i === terms.length - 1 || term.length > 3,
      fuzzy: (term) => (term.length >= 5 ? 0.2 : term.length === 4 ? 1 : false),
      maxFuzzy: 2,
      weights: { fuzzy: 0.6, prefix: 0.8 },
      boostDocument: (id: FoodId) => boostOf(id),
    },
  })
  index.addAll(foods as Food[])

  function expand(query: string) {
    const words = tokenize(query)
      .map((w) => w.toLowerCase())
      .filter((w) => w !== '')
    return words.map((w) => {
      const alternatives = synonyms[w]
      return alternatives ? { queries: [w, ...alternatives], combineWith: 'OR' as const } : w
    })
  }

  return {
    search(query, options = {}) {
      const limit = options.limit ?? 20
      const parts = expand(query)
      if (parts.length === 0) return []
      const run = (combineWith: 'AND' | 'OR') =>
        index.search({ queries: parts.map((p) => (typeof p === 'string' ? p : { ...p })), combineWith } as unknown as string)
      let results = run('AND')
      if (results.length === 0 && parts.length > 1) results = run('OR')
      const queryTerms = parts.flatMap((p) => (typeof p === 'string' ? [p] : p.queries)).map((w) => processTerm(w) ?? w)
      return results
        .map((r) => {
          const stored = r as unknown as Stored & { id: FoodId; score: number; terms: string[] }
          const score = stored.score * keyBoost(keysOf(stored.id), queryTerms, stored.terms)
          return { id: stored.id, name: stored.name, group: stored.group, score: Math.round(score * 1000) / 1000 }
        })
        .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
        .slice(0, limit)
    },
  }
}
