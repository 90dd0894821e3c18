/** Formatting of recipe amounts and texts in the person's language. */
import { useI18n } from 'vue-i18n'
import type { Food } from '../../../shared/food/types'
import { findMeasure, quantityToGrams } from '../../../shared/recipes/quantity'
import { measureFraction, roundAmount } from '../../../shared/recipes/scale'
import { scaleStepAmounts } from '../../../shared/recipes/step-amounts'
import type { LocalizedText, Quantity } from '../../../shared/recipes/types'

/** Kitchen words in USDA measure names that have a German word; the rest of a name stays source text, like food names. */
const measureWords =
  /\b(cups?|tbsps?|tablespoons?|tsps?|teaspoons?|slices?|pieces?|servings?|extra large|extra small|large|medium|small|packages?|cans?|jars?|fillets?|leaf|leaves|cloves?|stalks?|sprigs?|heads?)\b/gi
const singular: Record<string, string> = {
  cups: 'cup', tbsps: 'tbsp', tablespoon: 'tbsp', tablespoons: 'tbsp', tsps: 'tsp', teaspoon: 'tsp', teaspoons: 'tsp',
  slices: 'slice', pieces: 'piece', servings: 'serving', packages: 'package', cans: 'can', jars: 'jar', fillets: 'fillet',
  leaves: 'leaf', cloves: 'clove', stalks: 'stalk', sprigs: 'sprig', heads: 'head',
}

export function useRecipeFormat() {
  const { t, locale } = useI18n()

  function number(value: number, maxDigits = 1): string {
    return new Intl.NumberFormat(locale.value, { maximumFractionDigits: maxDigits }).format(value)
  }

  /** A USDA measure name with its kitchen words translated ("cup, chopped" → "Tasse, chopped"). */
  function measureName(name: string): string {
    return name.trim().replace(measureWords, (word) => {
      const lower = word.toLowerCase()
      return t(`recipes.measures.${(singular[lower] ?? lower).replace(' ', '-')}`)
    })
  }

  function measureAmount(amount: number): string {
    const fraction = measureFraction(amount)
    if (!fraction) return number(amount, 2)
    if (fraction.whole === 0) return fraction.fraction
    return fraction.fraction ? `${fraction.whole} ${fraction.fraction}` : String(fraction.whole)
  }

  /** "150 g", "200 ml", "1 ½ cup (120 g)": grams and millilitres rounded the way a cook reads them. */
  function quantity(q: Quantity, food: Food | undefined): string {
    if (q.unit !== 'measure') return `${number(roundAmount(q.amount))} ${q.unit}`
    const measure = food ? findMeasure(food, q.measure) : undefined
    const text = `${measureAmount(q.amount)} ${measureName(measure?.name ?? q.measure)}`
    const grams = food ? quantityToGrams(q, food) : null
    return grams === null ? text : `${text} (${number(roundAmount(grams))} g)`
  }

  const text = (value: LocalizedText | undefined): string => (value ? value[locale.value === 'de' ? 'de' : 'en'] : '')
  /** A step in the person's language, its amounts scaled by `factor` (servings shown ÷ servings written). */
  const step = (value: LocalizedText, factor = 1): string => scaleStepAmounts(text(value), factor, locale.value === 'de' ? 'de' : 'en')

  function minutes(value: number): string {
    return t('recipes.minutes', { minutes: number(value, 0) })
  }

  return { number, measureName, quantity, text, step, minutes }
}
