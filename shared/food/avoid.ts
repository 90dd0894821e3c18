/**
 * The person's avoid list: foods, kinds of food and free words they don't eat.
 *
 * An entry is a food ("Coriander"), a family ("All mushrooms", families.ts) or free text the
 * person keeps ("Pilze"). Matching is by identity and names, never by English prefix alone:
 * - a food keeps out itself and every food whose names (USDA description, everyday names and
 *   aliases, both languages) contain the food's everyday names ("Eggs" keeps out egg noodles,
 *   "Onions" keeps out spring onions and onion soup);
 * - free text keeps out every food whose names contain it, in either language, with plurals and
 *   inside compounds; when the text is a name or alias of foods ("Pilze", "prawns"), those foods'
 *   names count too, so "Pilze" also keeps out "Soup, cream of mushroom";
 * - a family keeps out foods naming one of its terms, and foods the allergen rules find its
 *   allergens in (with their certainty: "may contain" stays "may").
 */
import type { Allergen } from '../profile/profile'
import { familyNamedBy, foodFamily, type FoodFamily } from './families'
import { everydayNames, everydayNamesById, foodName } from './names'
import type { Certainty } from './rules/types'
import type { Food, FoodId } from './types'
import { containsPhrase, fold, foodLangs, stems, type FoodLang } from './words'

export type AvoidEntry =
  | { readonly type: 'food'; readonly foodId: FoodId; /** The name the person picked, for a food the catalogue may not have later. */ readonly label: string }
  | { readonly type: 'family'; readonly family: string }
  | { readonly type: 'text'; readonly text: string }

/** A stable key per entry: what a conflict names as its subject. */
export function avoidKey(entry: AvoidEntry): string {
  switch (entry.type) {
    case 'food':
      return `food:${entry.foodId}`
    case 'family':
      return `family:${entry.family}`
    case 'text':
      return `text:${fold(entry.text.trim())}`
  }
}

/** Whether two entries mean the same thing (the avoid list keeps each once). */
export const sameAvoidEntry = (a: AvoidEntry, b: AvoidEntry): boolean => avoidKey(a) === avoidKey(b)

/**
 * An avoid word as saved before avoid lists held entries (or as written in a profile file):
 * a family when it names one ("shellfish", "Pilze" stays text unless it is a family word), a food
 * when it is exactly one food's everyday name in either language, else the text itself.
 */
export function avoidEntryFromWord(word: string): AvoidEntry {
  const text = word.trim()
  const family = familyNamedBy(text)
  if (family) return { type: 'family', family: family.id }
  const folded = fold(text)
  let found: FoodId | undefined
  let count = 0
  for (const [id, names] of everydayNamesById) {
    if (fold(names.en) === folded || fold(names.de) === folded) {
      found = id
      count++
    }
  }
  if (found !== undefined && count === 1) return { type: 'food', foodId: found, label: text }
  return { type: 'text', text }
}

/**
 * A saved avoid list as read from an older record or file: each word becomes its entry
 * (avoidEntryFromWord); entries and anything else are kept as they are, for the schema to judge.
 */
export function avoidListFromWords(list: unknown): unknown {
  if (!Array.isArray(list)) return list
  return list.map((item: unknown) => (typeof item === 'string' && item.trim() !== '' ? avoidEntryFromWord(item) : item))
}

/** How an entry reads in a language: the food's everyday name, the family's name, or the text. */
export function avoidEntryLabel(entry: AvoidEntry, lang: FoodLang, foods?: ReadonlyMap<FoodId, Food>): string {
  switch (entry.type) {
    case 'food': {
      const food = foods?.get(entry.foodId)
      const names = everydayNames(entry.foodId)
      return names ? names[lang] : food ? foodName(food, lang) : entry.label
    }
    case 'family':
      return foodFamily(entry.family)?.[lang] ?? entry.family
    case 'text':
      return entry.text
  }
}

/** The label of a conflict subject (an entry key) among the person's entries. */
export function avoidSubjectLabel(key: string, entries: readonly AvoidEntry[], lang: FoodLang, foods?: ReadonlyMap<FoodId, Food>): string {
  const entry = entries.find((e) => avoidKey(e) === key)
  if (entry) return avoidEntryLabel(entry, lang, foods)
  const colon = key.indexOf(':')
  return colon >= 0 ? key.slice(colon + 1) : key
}

/**
 * A food's names, stemmed per language: what avoid entries are matched against. `names` are the
 * catalogue description and the everyday name; `aliases` the other words people use for it.
 */
interface FoodWords {
  readonly names: Readonly<Record<FoodLang, readonly (readonly string[])[]>>
  readonly aliases: Readonly<Record<FoodLang, readonly (readonly string[])[]>>
}

const wordsCache = new WeakMap<Food, FoodWords>()

function foodWords(food: Food): FoodWords {
  let cached = wordsCache.get(food)
  if (!cached) {
    const names = everydayNames(food.id)
    const en = (list: readonly string[]) => list.map((t) => stems(t, 'en'))
    const de = (list: readonly string[]) => list.map((t) => stems(t, 'de'))
    // A food without German names (SR24 without names, a person's own food) may be named in
    // either language: its own name is read as German too.
    cached = names
      ? { names: { en: en([food.name, names.en]), de: de([names.de]) }, aliases: { en: en(names.enAliases), de: de(names.deAliases) } }
      : { names: { en: en([food.name]), de: de([food.name]) }, aliases: { en: [], de: [] } }
    wordsCache.set(food, cached)
  }
  return cached
}

/** Phrases per language, each a list of stems. */
type Phrases = Readonly<Record<FoodLang, readonly (readonly string[])[]>>

interface CompiledEntry {
  readonly key: string
  readonly ids: ReadonlySet<FoodId>
  readonly phrases: Phrases
  readonly exclude: Phrases
  readonly allergens: readonly Allergen[]
}

const phrasesOf = (texts: Readonly<Record<FoodLang, readonly string[]>>): Phrases => ({
  en: texts.en.map((t) => stems(t, 'en')).filter((p) => p.length > 0),
  de: texts.de.map((t) => stems(t, 'de')).filter((p) => p.length > 0),
})

/** A name and the part before its first comma ("Chickpeas, canned" → "Chickpeas"). */
const nameAndHead = (name: string): string[] => {
  const head = name.split(',')[0]!.trim()
  return head && head !== name ? [name, head] : [name]
}

function namePhrases(id: FoodId, fallback: string): Record<FoodLang, string[]> {
  const names = everydayNames(id)
  if (!names) return { en: [fallback], de: [fallback] }
  return { en: nameAndHead(names.en), de: nameAndHead(names.de) }
}

/** Every everyday name and alias, folded, with the foods that go by it (built on first use). */
let nameIndex: Map<string, FoodId[]> | null = null

/** The foods a text names exactly through their everyday names or aliases. */
function foodsNamedBy(text: string): readonly FoodId[] {
  if (!nameIndex) {
    nameIndex = new Map()
    for (const [id, names] of everydayNamesById) {
      for (const name of new Set([names.en, names.de, ...names.enAliases, ...names.deAliases].map(fold))) {
        const ids = nameIndex.get(name)
        if (ids) ids.push(id)
        else nameIndex.set(name, [id])
      }
    }
  }
  return nameIndex.get(fold(text.trim())) ?? []
}

function compileFamily(key: string, family: FoodFamily): CompiledEntry {
  return { key, ids: new Set(), phrases: phrasesOf(family.terms), exclude: phrasesOf(family.exclude), allergens: family.allergens ?? [] }
}

const noPhrases: Phrases = { en: [], de: [] }

function compile(entry: AvoidEntry): CompiledEntry {
  const key = avoidKey(entry)
  switch (entry.type) {
    case 'food': {
      const texts = namePhrases(entry.foodId, entry.label)
      return { key, ids: new Set([entry.foodId]), phrases: phrasesOf(texts), exclude: noPhrases, allergens: [] }
    }
    case 'family': {
      const family = foodFamily(entry.family)
      return family ? compileFamily(key, family) : { key, ids: new Set(), phrases: noPhrases, exclude: noPhrases, allergens: [] }
    }
    case 'text': {
      const family = familyNamedBy(entry.text)
      if (family) return compileFamily(key, family)
      const texts: Record<FoodLang, string[]> = { en: [entry.text], de: [entry.text] }
      for (const id of foodsNamedBy(entry.text)) {
        const named = namePhrases(id, entry.text)
        for (const lang of foodLangs) texts[lang].push(...named[lang])
      }
      return { key, ids: new Set(), phrases: phrasesOf(texts), exclude: noPhrases, allergens: [] }
    }
  }
}

/** The words of a text with the excluded phrases blanked out. */
function without(text: readonly string[], exclude: readonly (readonly string[])[], lang: FoodLang): readonly string[] {
  if (exclude.length === 0) return text
  let out: string[] | null = null
  for (const phrase of exclude) {
    for (let i = 0; i + phrase.length <= text.length; i++) {
      if (containsPhrase(text.slice(i, i + phrase.length), phrase, lang)) {
        out ??= [...text]
        for (let j = 0; j < phrase.length; j++) out[i + j] = ''
      }
    }
  }
  return out ?? text
}

/**
 * Whether a food's names contain one of the entry's phrases. Phrases the entry excludes are
 * blanked out first ("sweet potato" for nightshades); a food whose own names hold an excluded
 * phrase is judged by its names alone, since its aliases ("pepper" for black pepper) would
 * bring the false friend back.
 */
function namesMatch(food: Food, entry: CompiledEntry): boolean {
  const fw = foodWords(food)
  for (const lang of foodLangs) {
    const phrases = entry.phrases[lang]
    if (phrases.length === 0) continue
    const exclude = entry.exclude[lang]
    let excluded = false
    for (const text of fw.names[lang]) {
      const masked = without(text, exclude, lang)
      if (masked !== text) excluded = true
      if (phrases.some((p) => containsPhrase(masked, p, lang))) return true
    }
    if (excluded || entry.exclude.en.some((p) => fw.names.en.some((t) => without(t, [p], 'en') !== t))) continue
    for (const text of fw.aliases[lang]) if (phrases.some((p) => containsPhrase(without(text, exclude, lang), p, lang))) return true
  }
  return false
}

// Entries are compiled once per entry (a profile's list is a new array on every change).
const compiledCache = new Map<string, CompiledEntry>()

function compiled(entries: readonly AvoidEntry[]): readonly CompiledEntry[] {
  return entries.map((entry) => {
    const cacheKey = entry.type === 'food' ? `${avoidKey(entry)}|${entry.label}` : avoidKey(entry)
    let c = compiledCache.get(cacheKey)
    if (!c) {
      c = compile(entry)
      compiledCache.set(cacheKey, c)
    }
    return c
  })
}

/** One avoid entry a food falls under, with how sure that is. */
export interface AvoidHit {
  /** The entry's key (avoidKey). */
  readonly key: string
  readonly certainty: Certainty
}

/**
 * The person's avoid entries a food falls under. `allergens` are the allergen rules' findings
 * for the food (knowledge.ts), which family entries with allergens read.
 */
export function avoidHits(food: Food, entries: readonly AvoidEntry[], allergens: Partial<Record<Allergen, Certainty>> = {}): AvoidHit[] {
  if (entries.length === 0) return []
  const hits: AvoidHit[] = []
  for (const entry of compiled(entries)) {
    if (entry.ids.has(food.id) || namesMatch(food, entry)) {
      hits.push({ key: entry.key, certainty: 'is' })
      continue
    }
    const found = entry.allergens.map((a) => allergens[a]).filter((c): c is Certainty => c !== undefined)
    if (found.length > 0) hits.push({ key: entry.key, certainty: found.includes('is') ? 'is' : 'may' })
  }
  return hits
}
