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
import { assessFindings, conflictsWith } from '../../../shared/food/assess'
import type { Conflict, Finding } from '../../../shared/food/rules/types'
import type { Food } from '../../../shared/food/types'
import { allergens, fodmapSubgroups, type Allergen, type FodmapSubgroup, type Profile } from '../../../shared/profile/profile'

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
    case 'prebiotic':
    case 'plant':
    case 'gluten':
      return findings.some((f) => f.rule === tag)
    case 'to-limit':
      return findings.some((f) => f.kind === 'limit')
    case 'lactose':
      return findings.some((f) => f.rule === 'lactose' && f.level !== 'low')
    default:
      if (tag.startsWith('fodmap:')) return findings.some((f) => f.rule === 'fodmap' && `fodmap:${f.subject}` === tag && f.level !== 'low')
      return findings.some((f) => f.rule === 'allergen' && `allergen:${f.subject}` === tag)
  }
}

/** Up to four findings worth showing in a list: the gut benefits, gluten, lactose, and a limit. */
export function keyFindings(findings: readonly Finding[]): Finding[] {
  const tests: ((f: Finding) => boolean)[] = [
    (f) => f.rule === 'fermented',
    (f) => f.rule === 'fiber',
    (f) => f.rule === 'omega-3' || f.rule === 'oily-fish',
    (f) => f.rule === 'prebiotic',
    (f) => f.rule === 'gluten',
    (f) => f.rule === 'lactose' && f.level !== 'low',
    (f) => f.kind === 'limit',
  ]
  const picked: Finding[] = []
  for (const test of tests) {
    const found = findings.find(test)
    if (found) picked.push(found)
  }
  return picked.slice(0, 4)
}

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

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })
const sortedCache = new WeakMap<readonly Food[], readonly Food[]>()

/** Without a query: the person's own foods first, then the catalogue by name. */
function browseOrder(foods: readonly Food[]): readonly Food[] {
  let sorted = sortedCache.get(foods)
  if (!sorted) {
    const isOwn = (f: Food) => Number(f.id.startsWith('own-'))
    sorted = [...foods].sort((a, b) => isOwn(b) - isOwn(a) || collator.compare(a.name, b.name))
    sortedCache.set(foods, sorted)
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
    const candidates = q.trim() ? source.search(q).flatMap((foodId) => byId.get(foodId) ?? []) : browseOrder(foods)
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

  watch([settledQuery, () => tags.value.join(), source.foods], ([q, , foods]) => void run(q, tags.value, foods), { immediate: true })

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
