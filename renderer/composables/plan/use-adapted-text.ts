/**
 * What an adapted meal swapped, in words: "garlic → garlic-infused oil; onion, shallot → chives",
 * food names in the interface language. The swaps themselves are the planner's (shared/recipes/adapt.ts).
 */
import { useI18n } from 'vue-i18n'
import { useCatalogueStore } from '../../stores/catalogue'
import { useFoodName } from '../foods/use-food-name'

export function useAdaptedText() {
  const { t } = useI18n()
  const catalogue = useCatalogueStore()
  const { nameOfId } = useFoodName()
  const name = (id: string) => nameOfId(catalogue.byId, id) ?? id
  /** The swaps of an adapted meal (or recipe), or '' for one as written. */
  return (meal: { adaptedFrom?: { swaps: readonly { from: readonly string[]; to: string }[] } | undefined }): string =>
    meal.adaptedFrom ? meal.adaptedFrom.swaps.map((s) => t('plan.meal.swapPair', { from: [...new Set(s.from.map(name))].join(', '), to: name(s.to) })).join('; ') : ''
}
