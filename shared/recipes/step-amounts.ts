/**
 * Amounts named in a recipe's steps ("Cook the rice in 250 ml of the water", "2–3 EL Öl") scaled
 * with the recipe. Only amounts with a unit of weight, volume or a kitchen spoon or cup are
 * scaled: times ("20 minutes"), temperatures ("200 °C"), sizes and counts stay as written, since
 * a pan still takes 20 minutes and "2 eggs" in a step may be the eggs of one stage, not all.
 */
import { measureFraction, roundAmount } from './scale'

export type StepLang = 'en' | 'de'

/** Units scaled in steps, by what they measure: metric amounts read on a scale, spoons and cups in kitchen fractions. */
const metricUnits = ['kg', 'g', 'ml', 'l'] as const
const spoonUnits = ['tbsp', 'tsp', 'EL', 'TL', 'cups', 'cup', 'Tassen', 'Tasse'] as const
const fractionChars: Record<string, number> = { '½': 0.5, '¼': 0.25, '¾': 0.75, '⅓': 1 / 3, '⅔': 2 / 3 }

const number = String.raw`(?:\d+(?:[.,]\d+)?(?:\s?[½¼¾⅓⅔])?|[½¼¾⅓⅔])`
const units = [...metricUnits, ...spoonUnits].join('|')
/** An amount, or a range of two ("2–3"), then a unit as a whole word. Not inside a longer number or word. */
const amountPattern = new RegExp(String.raw`(?<![\w.,])(${number})(?:\s?[–-]\s?(${number}))?(\s?)(${units})(?![\p{L}\p{N}])`, 'gu')

/** A written amount as a number: "250", "1,5", "1.5", "1 ½", "½". */
export function parseStepNumber(text: string): number | null {
  const trimmed = text.trim()
  const tail = trimmed.slice(-1)
  const fraction = fractionChars[tail]
  if (fraction !== undefined) {
    const whole = trimmed.slice(0, -1).trim()
    return (whole === '' ? 0 : Number(whole.replace(',', '.'))) + fraction
  }
  const n = Number(trimmed.replace(',', '.'))
  return Number.isFinite(n) ? n : null
}

function formatMetric(amount: number, unit: string, lang: StepLang): string {
  // Past 1000 g or ml a kitchen reads kilograms and litres; below, the scale's rounding.
  const value = unit === 'kg' || unit === 'l' ? Math.round(amount * 10) / 10 : roundAmount(amount)
  const text = String(value)
  return lang === 'de' ? text.replace('.', ',') : text
}

function formatSpoon(amount: number, lang: StepLang): string {
  const f = measureFraction(amount)
  if (!f) return lang === 'de' ? String(Math.round(amount * 100) / 100).replace('.', ',') : String(Math.round(amount * 100) / 100)
  return f.whole === 0 ? f.fraction : `${f.whole}${f.fraction}`
}

/** The step's text with every amount of weight, volume, spoons or cups multiplied by `factor`. */
export function scaleStepAmounts(text: string, factor: number, lang: StepLang): string {
  if (!Number.isFinite(factor) || factor <= 0 || factor === 1) return text
  return text.replace(amountPattern, (whole, first: string, second: string | undefined, space: string, unit: string) => {
    const a = parseStepNumber(first)
    const b = second === undefined ? null : parseStepNumber(second)
    if (a === null || (second !== undefined && b === null)) return whole
    const metric = (metricUnits as readonly string[]).includes(unit)
    const format = (n: number) => (metric ? formatMetric(n * factor, unit, lang) : formatSpoon(n * factor, lang))
    return `${format(a)}${b === null ? '' : `–${format(b)}`}${space}${unit}`
  })
}
