/**
 * Finding foods by words and by tags (what the food rules found), over the whole catalogue,
 * without freezing the screen.
 *
 * Assessing one food takes about 0.1 ms, so the ~8,900 foods take about a second the first time.
 * Findings are cached per food object, and the catalogue is filtered in chunks that yield to the
 * event loop between them; a newer query cancels an older run. The list is capped, and the
 * total count is kept for "showing the first 100 of N".
 */
import { onScopeDispose, ref, shallowRef, watch, type Ref } from 'vue'
import { conflictsWith } from '../../../shared/food/assess'
import { findingsOf, hasTag, keyFindings, type FoodTag } from '../../../shared/food/badges'
import type { Conflict, Finding } from '../../../shared/food/rules/types'
import { foodName, hasEverydayName } from '../../../shared/food/names'
import type { Food } from '../../../shared/food/types'
import type { FoodLang } from '../../../shared/food/words'
import type { Profile } from '../../../shared/profile/profile'

/** One food in a results list, with what the list shows about it. */
export interface FoodResult {
  readonly food: Food
  readonly badges: readonly Finding[]
  readonly conflicts: readonly Conflict[]
}

export interface FoodFinderSource {
  /** Every food: the catalogue and the person's own foods. */
  readonly foods: () => readonly Food[]
  readonly byId: () => ReadonlyMap<string, Food>
  /** Ids matching a query, best first. */
  readonly search: (query: string) => readonly string[]
  readonly profile: () => Profile
  /** The language foods are named and sorted in (default English). */
  readonly lang?: () => FoodLang
}

export interface FoodFinderOptions {
  /** Most results listed (default 100). */
  cap?: number
  /** Most foods checked before yielding to the event loop (default 500)… */
  chunk?: number
  /** …or fewer, once this many milliseconds have passed (default 12). */
  sliceMs?: number
  /** Pause after typing before searching (default 250 ms). */
  debounceMs?: number
}

const collators: Record<FoodLang, Intl.Collator> = {
  en: new Intl.Collator('en', { sensitivity: 'base', numeric: true }),
  de: new Intl.Collator('de', { sensitivity: 'base', numeric: true }),
}
const sortedCache: Record<FoodLang, WeakMap<readonly Food[], readonly Food[]>> = { en: new WeakMap(), de: new WeakMap() }

/**
 * Without a query: the person's own foods first, then the foods with everyday names (the ones
 * people look for), then the rest of the catalogue; each by the name shown in the language.
 */
function browseOrder(foods: readonly Food[], lang: FoodLang): readonly Food[] {
  let sorted = sortedCache[lang].get(foods)
  if (!sorted) {
    const rank = (f: Food) => (f.id.startsWith('own-') ? 0 : hasEverydayName(f.id) ? 1 : 2)
    const collator = collators[lang]
    const named = new Map(foods.map((f) => [f, foodName(f, lang)]))
    sorted = [...foods].sort((a, b) => rank(a) - rank(b) || collator.compare(named.get(a)!, named.get(b)!))
    sortedCache[lang].set(foods, sorted)
  }
  return sorted
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve))

export function useFoodFinder(source: FoodFinderSource, query: Ref<string>, tags: Ref<readonly FoodTag[]>, options: FoodFinderOptions = {}) {
  const { cap = 100, chunk = 500, sliceMs = 12, debounceMs = 250 } = options
  const matches = shallowRef<readonly Food[]>([])
  const total = ref(0)
  const isSearching = ref(false)
  /** Share of the candidates checked so far, 0 to 1. */
  const progress = ref(0)
  const settledQuery = ref(query.value)
  let timer: ReturnType<typeof setTimeout> | undefined
  let latestRun = 0

  watch(query, (q) => {
    clearTimeout(timer)
    timer = setTimeout(() => (settledQuery.value = q), debounceMs)
  })

  /** Applies the typed query now (Enter in the search box). */
  function flush(): void {
    clearTimeout(timer)
    settledQuery.value = query.value
  }

  async function run(q: string, tagList: readonly FoodTag[], foods: readonly Food[]): Promise<void> {
    const id = ++latestRun
    const byId = source.byId()
    const candidates = q.trim() ? source.search(q).flatMap((foodId) => byId.get(foodId) ?? []) : browseOrder(foods, source.lang?.() ?? 'en')
    if (tagList.length === 0) {
      isSearching.value = false
      matches.value = candidates.slice(0, cap)
      total.value = candidates.length
      return
    }
    progress.value = 0
    const found: Food[] = []
    let index = 0
    while (index < candidates.length) {
      // A slice of work, then the event loop gets its turn: typing and clicks stay responsive.
      const sliceStart = performance.now()
      const sliceEnd = Math.min(candidates.length, index + chunk)
      while (index < sliceEnd && performance.now() - sliceStart < sliceMs) {
        const food = candidates[index++]!
        const findings = findingsOf(food)
        if (tagList.every((tag) => hasTag(findings, tag))) found.push(food)
      }
      if (index >= candidates.length) break
      // Only a run that needs more than one slice shows "searching" (cached findings rarely do).
      isSearching.value = true
      progress.value = index / candidates.length
      await nextTask()
      if (id !== latestRun) return
    }
    matches.value = found.slice(0, cap)
    total.value = found.length
    isSearching.value = false
  }

  watch([settledQuery, () => tags.value.join(), source.foods, () => source.lang?.()], ([q, , foods]) => void run(q, tags.value, foods), { immediate: true })

  onScopeDispose(() => {
    clearTimeout(timer)
    latestRun++
  })

  /** The capped results with their key badges and conflicts with the profile. */
  function results(): FoodResult[] {
    const profile = source.profile()
    return matches.value.map((food) => {
      const findings = findingsOf(food)
      return { food, badges: keyFindings(findings), conflicts: conflictsWith(food, findings, profile) }
    })
  }

  return { matches, total, isSearching, progress, flush, results }
}
