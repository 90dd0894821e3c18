import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { loadCatalogue, type Catalogue } from '../../shared/food/catalogue'
import { createFoodSearch, type FoodSearch } from '../../shared/food/search'
import type { Food } from '../../shared/food/types'
import { deleteOwnFood, listOwnFoods, saveOwnFood } from '../db/foods'
import { builtInFoodUses } from '../../shared/recipes/library'
import { useSettingsStore } from './settings'
import { useStorageStatusStore } from './storage-status'

/**
 * The food catalogue (USDA SR24 + curated foods, shipped with the app) and the person's own
 * foods (IndexedDB), as one set of foods every screen and rule reads.
 */
export const useCatalogueStore = defineStore('catalogue', () => {
  const status = ref<'idle' | 'loading' | 'ready' | 'error'>('idle')
  const catalogue = shallowRef<Catalogue | null>(null)
  const ownFoods = shallowRef<Food[]>([])
  const storage = useStorageStatusStore()
  let loading: Promise<void> | null = null
  let searchIndex: { foods: readonly Food[]; search: FoodSearch } | null = null

  /** Every food, catalogue first, then the person's own. */
  const foods = computed<readonly Food[]>(() => [...(catalogue.value?.foods ?? []), ...ownFoods.value])
  const byId = computed<ReadonlyMap<string, Food>>(() => {
    const map = new Map(catalogue.value?.byId ?? [])
    for (const food of ownFoods.value) map.set(food.id, food)
    return map
  })

  /** Loads the catalogue once (it is a separate chunk, parsed on first use) and the own foods. */
  function load(): Promise<void> {
    loading ??= (async () => {
      status.value = 'loading'
      try {
        const [module, own] = await Promise.all([import('../../shared/food/data/catalogue.json'), listOwnFoods()])
        catalogue.value = loadCatalogue(module.default)
        ownFoods.value = own
        status.value = 'ready'
      } catch (error) {
        status.value = 'error'
        loading = null
        throw error
      }
    })()
    return loading
  }

  const settings = useSettingsStore()

  /**
   * Searches every food in both languages, hits named in the interface language; the index is
   * built on first use and rebuilt when own foods change.
   */
  function search(query: string, limit = 50) {
    if (!searchIndex || searchIndex.foods !== foods.value) {
      searchIndex = { foods: foods.value, search: createFoodSearch(foods.value, { common: builtInFoodUses }) }
    }
    return searchIndex.search.search(query, { limit, lang: settings.locale === 'de' ? 'de' : 'en' })
  }

  async function saveFood(food: Food): Promise<boolean> {
    try {
      await saveOwnFood(food)
      ownFoods.value = await listOwnFoods()
      return true
    } catch (error) {
      storage.report(error)
      return false
    }
  }

  async function deleteFood(id: string): Promise<boolean> {
    try {
      await deleteOwnFood(id)
      ownFoods.value = await listOwnFoods()
      return true
    } catch (error) {
      storage.report(error)
      return false
    }
  }

  return { status, catalogue, ownFoods, foods, byId, load, search, saveFood, deleteFood }
})
