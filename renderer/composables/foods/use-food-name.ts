/**
 * Food names in the interface language: every place a person reads a food shows its everyday
 * name (shared/food/names.ts) in the language the app speaks, not the USDA description.
 */
import { computed, type ComputedRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { foodName } from '../../../shared/food/names'
import type { Food, FoodId } from '../../../shared/food/types'
import type { FoodLang } from '../../../shared/food/words'

/** The language food names are shown in: the interface language. */
export function useFoodLang(): ComputedRef<FoodLang> {
  const { locale } = useI18n()
  return computed(() => (locale.value === 'de' ? 'de' : 'en'))
}

export function useFoodName() {
  const lang = useFoodLang()
  /** The name of a food as the person reads it. */
  const nameOf = (food: Pick<Food, 'id' | 'name'>): string => foodName(food, lang.value)
  /** The name of a food by id, or undefined when no food has that id. */
  const nameOfId = (foods: ReadonlyMap<FoodId, Food>, id: FoodId): string | undefined => {
    const food = foods.get(id)
    return food ? foodName(food, lang.value) : undefined
  }
  return { lang, nameOf, nameOfId }
}
