/**
 * Words as people type them, made comparable: case and accents folded ("Möhre" = "mohre",
 * "Crème" = "creme", "ß" = "ss"), split into words, and reduced to a light stem per language
 * so singular and plural meet ("apples" = "apple", "Zwiebeln" = "Zwiebel", "Linsen" = "Linse").
 *
 * Used by the food search, the avoid list and the recipe search alike, so a word that finds a
 * food also avoids it.
 */

/** The languages food names are written in. */
export const foodLangs = ['en', 'de'] as const
export type FoodLang = (typeof foodLangs)[number]

export const isFoodLang = (value: unknown): value is FoodLang => value === 'en' || value === 'de'

/** Lower case, accents removed, ß as ss, apostrophes dropped. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]/g, '')
}

/** Folded words of a text: letters and digits, everything else separates. */
export function words(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}%]+/u)
    .filter((w) => w !== '')
}

/** A light English stemmer: plural endings only ("cherries" → "cherry", "tomatoes" → "tomato"). */
export function stemEn(word: string): string {
  if (word.length <= 3 || /(ss|us|is)$/.test(word)) return word
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`
  if (/(oes|ches|shes|sses|xes)$/.test(word)) return word.slice(0, -2)
  if (word.endsWith('s')) return word.slice(0, -1)
  return word
}

/**
 * A light German stemmer on folded words: the plural and case endings -en, -er, -n, -e, -s
 * ("zwiebeln" → "zwiebel", "linsen" → "lins", "linse" → "lins", "pilze" → "pilz"). Umlaut
 * plurals meet through folding ("Äpfel" → "apfel"). Short words are kept whole.
 */
export function stemDe(word: string): string {
  if (word.length <= 4) return word
  for (const ending of ['en', 'er', 'n', 'e', 's']) {
    if (word.endsWith(ending) && word.length - ending.length >= 4) return word.slice(0, -ending.length)
  }
  return word
}

/** The stemmer of a language. */
export const stemmer = (lang: FoodLang): ((word: string) => string) => (lang === 'de' ? stemDe : stemEn)

/** Stemmed words of a text in a language. */
export function stems(text: string, lang: FoodLang): string[] {
  const stem = stemmer(lang)
  return words(text).map(stem)
}

/** The shortest word that may end a compound ("minz" in "pfefferminz", "pilz" in "steinpilz"). */
const minSuffixLength = 4
/**
 * The shortest word that may start a German compound ("knoblauch" in "knoblauchpulver"): five
 * letters, since shorter starts are often other words ("Eier" in "Eierfrucht", the aubergine).
 */
const minPrefixLength = 5

/**
 * Whether the word sequence `phrase` occurs in `text` (both already stemmed). Whole words, except
 * that a phrase's last word of at least four letters may end a longer word ("mint" in
 * "spearmint", "zwiebel" in "frühlingszwiebel") and, in German, its first word of at least five
 * letters may start one ("knoblauch" in "knoblauchpulver"), since compounds are one word.
 */
export function containsPhrase(text: readonly string[], phrase: readonly string[], lang: FoodLang): boolean {
  const n = phrase.length
  if (n === 0 || n > text.length) return false
  const last = n - 1
  outer: for (let i = 0; i + n <= text.length; i++) {
    for (let j = 0; j < n; j++) {
      const t = text[i + j]!
      const p = phrase[j]!
      if (t === p) continue
      if (t.length > p.length) {
        if (j === last && p.length >= minSuffixLength && t.endsWith(p)) continue
        if (j === 0 && lang === 'de' && p.length >= minPrefixLength && t.startsWith(p)) continue
      }
      continue outer
    }
    return true
  }
  return false
}
