import { foodAliases, foodName } from '../../shared/food/names'
import { fold } from '../../shared/food/words'
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import type { DietSubject } from '../../shared/food/rules/types'
import type { Food } from '../../shared/food/types'
import type { MealSlot, Profile } from '../../shared/profile/profile'
import { analyzeRecipe, recipeConflicts, type RecipeConflict, type RecipeFacts } from '../../shared/recipes/analyze'
import { fitsProfile } from '../../shared/recipes/fit'
import { builtInRecipes } from '../../shared/recipes/library'
import { hasRestrictions } from '../../shared/profile/profile'
import { hasMembers, householdProfile, mealEaterNames, mealProfile } from '../../shared/profile/members'
import { tagsOf, type RecipeTag } from '../../shared/recipes/tags'
import type { Recipe } from '../../shared/recipes/types'
import { ownRecipeIdPrefix, validateRecipe, type RecipeValidation } from '../../shared/recipes/validate'
import { deleteOwnRecipe, listOwnRecipes, saveOwnRecipe } from '../db/recipes'
import { useCatalogueStore } from './catalogue'
import { useProfileStore } from './profile'
import { useSettingsStore } from './settings'
import { useStorageStatusStore } from './storage-status'

export interface RecipeFilters {
  query: string
  slot: MealSlot | null
  /** Every chosen tag must apply. */
  tags: RecipeTag[]
  diet: DietSubject | null
  /** Null: follow the profile (on when it restricts anything). */
  fitsProfile: boolean | null
  maxMinutes: number | null
}

export { recipeTags, tagsOf, type RecipeTag } from '../../shared/recipes/tags'
export { hasRestrictions } from '../../shared/profile/profile'

export const defaultFilters = (): RecipeFilters => ({ query: '', slot: null, tags: [], diet: null, fitsProfile: null, maxMinutes: null })

const chunkSize = 24

/** Built-in and own recipes, their derived facts (computed lazily, cached per recipe object), and the browse filters. */
export const useRecipesStore = defineStore('recipes', () => {
  const catalogue = useCatalogueStore()
  const profileStore = useProfileStore()
  const settings = useSettingsStore()
  const storage = useStorageStatusStore()
  const ownRecipes = shallowRef<Recipe[]>([])
  const isLoaded = ref(false)
  const filters = ref<RecipeFilters>(defaultFilters())
  /** Facts of every recipe analysed so far, by id; filled in chunks so the screen stays responsive. */
  const analysed = shallowRef<ReadonlyMap<string, RecipeFacts>>(new Map())

  const all = computed<readonly Recipe[]>(() => [...ownRecipes.value, ...builtInRecipes])
  const byId = computed(() => new Map(all.value.map((r) => [r.id, r])))
  const isAnalysing = computed(() => analysed.value.size < all.value.length)
  const isFitFilterOn = computed(() => filters.value.fitsProfile ?? hasRestrictions(profileStore.profile))

  let cache = { foods: null as ReadonlyMap<string, Food> | null, facts: new WeakMap<Recipe, RecipeFacts>() }
  /** A recipe's facts; null until the catalogue has loaded. */
  function factsOf(recipe: Recipe): RecipeFacts | null {
    const foods = catalogue.status === 'ready' ? catalogue.byId : null
    if (!foods) return null
    if (cache.foods !== foods) cache = { foods, facts: new WeakMap() }
    let facts = cache.facts.get(recipe)
    if (!facts) cache.facts.set(recipe, (facts = analyzeRecipe(recipe, foods)))
    return facts
  }

  const conflictCache = new WeakMap<RecipeFacts, { profile: Profile; conflicts: RecipeConflict[]; byMeal: Map<string, RecipeConflict[]> }>()
  function cached(facts: RecipeFacts) {
    const profile = profileStore.profile
    let hit = conflictCache.get(facts)
    if (hit?.profile !== profile) conflictCache.set(facts, (hit = { profile, conflicts: recipeConflicts(facts, householdProfile(profile)), byMeal: new Map() }))
    return hit
  }
  /** Where a recipe conflicts with the person's profile (with members: anyone's at the table); an unknown ingredient can never be shown safe. */
  function conflictsOf(facts: RecipeFacts): RecipeConflict[] {
    return cached(facts).conflicts
  }
  /** Where a recipe conflicts with the limits of those who eat one meal of the week (conflictsOf without members). */
  function mealConflictsOf(facts: RecipeFacts, day: number, slot: MealSlot): RecipeConflict[] {
    const hit = cached(facts)
    if (!hasMembers(hit.profile)) return hit.conflicts
    const key = (mealEaterNames(hit.profile, day, slot) ?? []).join('\n')
    let conflicts = hit.byMeal.get(key)
    if (!conflicts) hit.byMeal.set(key, (conflicts = recipeConflicts(facts, mealProfile(hit.profile, day, slot))))
    return conflicts
  }
  /** The one definition of fitting the profile (shared/recipes/fit); an unknown ingredient never fits. */
  const fits = (facts: RecipeFacts) => fitsProfile(facts, profileStore.profile)

  let run = 0
  async function analyseAll(): Promise<void> {
    const id = ++run
    const recipes = all.value
    const next = new Map<string, RecipeFacts>()
    for (let i = 0; i < recipes.length; i += chunkSize) {
      for (const recipe of recipes.slice(i, i + chunkSize)) {
        const facts = factsOf(recipe)
        if (facts) next.set(recipe.id, facts)
      }
      analysed.value = new Map(next)
      if (i + chunkSize < recipes.length) await new Promise((resolve) => setTimeout(resolve, 0))
      if (id !== run) return
    }
  }
  watch([all, () => catalogue.byId, () => catalogue.status], () => void analyseAll())

  const haystacks = computed(() => {
    const lang = settings.locale
    // Ingredients by their name in the interface language, their aliases and the catalogue
    // description: "Zwiebel" finds the onion recipes in German, "onion" in English.
    const ingredientWords = (foodId: string): string[] => {
      const food = catalogue.byId.get(foodId)
      if (!food) return []
      return [foodName(food, lang), ...foodAliases(foodId, lang), food.name]
    }
    return new Map(all.value.map((r) => [r.id, fold([r.name[lang], ...r.ingredients.flatMap((i) => ingredientWords(i.foodId))].join('\n'))]))
  })

  /** Recipes that pass every filter (recipes still being analysed wait until their facts are known). */
  const results = computed(() => {
    const f = filters.value
    const words = fold(f.query).split(/\s+/).filter(Boolean)
    return all.value.flatMap((recipe) => {
      const facts = analysed.value.get(recipe.id)
      if (!facts) return []
      if (f.slot && !recipe.slots.includes(f.slot)) return []
      if (f.maxMinutes !== null && recipe.prepMinutes + recipe.cookMinutes > f.maxMinutes) return []
      if (f.diet && !facts.diets[f.diet]) return []
      const hay = haystacks.value.get(recipe.id) ?? ''
      if (!words.every((w) => hay.includes(w))) return []
      const tags = tagsOf(facts)
      if (!f.tags.every((t) => tags.includes(t))) return []
      if (isFitFilterOn.value && !fits(facts)) return []
      return [{ recipe, facts, tags }]
    })
  })

  /** Whether recipe facts can be known: the catalogue they are computed from has arrived. */
  const hasFacts = computed(() => catalogue.status === 'ready')

  /** The own recipes only: what the week needs to show itself before the catalogue has arrived. */
  async function loadOwn(): Promise<void> {
    if (isLoaded.value) return
    ownRecipes.value = await listOwnRecipes()
    isLoaded.value = true
  }

  async function load(): Promise<void> {
    await Promise.all([catalogue.load(), loadOwn()])
    if (analysed.value.size === 0) await analyseAll()
  }

  /** Validates and stores an own recipe; an invalid one changes nothing and comes back with its issues. */
  async function save(recipe: Recipe): Promise<RecipeValidation | { ok: false; issues: []; failed: true }> {
    const checked = validateRecipe(recipe, catalogue.byId)
    if (!checked.ok) return checked
    try {
      await saveOwnRecipe(checked.recipe)
      ownRecipes.value = await listOwnRecipes()
      return checked
    } catch (error) {
      storage.report(error)
      return { ok: false, issues: [], failed: true }
    }
  }

  async function remove(id: string): Promise<boolean> {
    try {
      await deleteOwnRecipe(id)
      ownRecipes.value = ownRecipes.value.filter((r) => r.id !== id)
      return true
    } catch (error) {
      storage.report(error)
      return false
    }
  }

  const newId = () => `${ownRecipeIdPrefix}${crypto.randomUUID()}`

  return { ownRecipes, isLoaded, filters, analysed, all, byId, isAnalysing, isFitFilterOn, results, factsOf, conflictsOf, mealConflictsOf, fits, hasFacts, loadOwn, load, save, remove, newId }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useRecipesStore, import.meta.hot))
