/**
 * Words for what the food rules say, in the current language: badge labels, reason sentences
 * built from each finding's `numbers`, full source names (REFERENCE §8) and conflict sentences.
 * FindingBadge, FindingList and ConflictBanner use it; other screens may too.
 *
 * Nothing here computes a value: every number shown comes from `finding.numbers`. A reason whose
 * numbers are missing is left empty rather than filled with a guess.
 */
import { useI18n } from 'vue-i18n'
import { avoidSubjectLabel } from '../../../shared/food/avoid'
import { claimLevel, conflictFodmap, declaredLactose, fiberCriterion, findingTone, isUncertain, isUnknownConflict, lowFodmapGroups, type FindingTone } from '../../../shared/food/badges'
import type { Conflict, Finding } from '../../../shared/food/rules/types'
import type { SourceKey } from '../../../shared/food/sources'
import { useCatalogueStore } from '../../stores/catalogue'
import { useProfileStore } from '../../stores/profile'

/** A finding to show, with the foods that bring it (a recipe's ingredients; absent for one food). */
export interface FindingItem {
  readonly finding: Finding
  readonly foodIds?: readonly string[]
}

/** A conflict to show, with the foods that cause it (a recipe's ingredients; absent for one food). */
export interface ConflictItem {
  readonly conflict: Conflict
  readonly foodIds?: readonly string[]
}

/** One line of a finding list: several low FODMAP findings of one food are shown as one line. */
export interface FindingRow {
  readonly key: string
  readonly finding: Finding
  readonly label: string
  readonly reason: string
  readonly sources: readonly SourceKey[]
  readonly foodIds: readonly string[]
  readonly tone: FindingTone
}

const formatters = new Map<string, Intl.NumberFormat>()

/** Cereal words that explain themselves: "wheat" needs no "its name mentions “wheat”". */
const cerealWords = /^(wheat|rye|barley|oats?)$/

export function useFindingText() {
  const { t, locale } = useI18n()
  const profiles = useProfileStore()
  const catalogue = useCatalogueStore()

  /** A number in the current language, with as many decimals as its size needs (7.3, 0.075, 250). */
  function formatNumber(value: number): string {
    const size = Math.abs(value)
    const digits = size >= 100 ? 0 : size >= 10 ? 1 : size >= 1 ? 2 : 3
    const key = `${locale.value}|${digits}`
    let format = formatters.get(key)
    if (!format) {
      format = new Intl.NumberFormat(locale.value, { maximumFractionDigits: digits })
      formatters.set(key, format)
    }
    return format.format(value)
  }

  /** "wheat and rye" / "Weizen und Roggen". */
  function formatList(items: readonly string[]): string {
    return new Intl.ListFormat(locale.value, { type: 'conjunction' }).format(items)
  }

  function upperFirst(text: string): string {
    return text.charAt(0).toLocaleUpperCase(locale.value) + text.slice(1)
  }

  function label(f: Finding): string {
    const base = isUncertain(f) ? 'findings.labelMay' : 'findings.label'
    switch (f.rule) {
      case 'prebiotic':
        return t(`${base}.prebiotic.rich`, { subject: t(`findings.subject.prebiotic.${f.subject}`) })
      case 'traffic-light':
        return t(`${base}.traffic-light.${f.subject}`)
      case 'fodmap':
        return upperFirst(t(`${base}.fodmap.${f.level}`, { subject: t(`findings.subject.fodmap.${f.subject}`) }))
      case 'allergen':
        return t(`${base}.allergen.contains`, { subject: t(`findings.subject.allergen.${f.subject}`) })
      case 'diet':
        return t(`${base}.diet.${f.level}.${f.subject}`)
      default:
        return t(`${base}.${f.rule}.${f.level}`)
    }
  }

  /** The term a name rule matched ("name:cookies" → "cookies"), or ''. */
  function nameTerm(f: Finding): string {
    const m = f.matched.find((x) => x.startsWith('name:'))
    return m ? m.slice('name:'.length).replace(/-/g, ' ') : ''
  }

  function reason(f: Finding): string {
    if (f.basis === 'declared') {
      const lactose = declaredLactose(f)
      return lactose ? t(`findings.declaredLactose.${lactose}`) : t('findings.declared')
    }
    const n = f.numbers
    const has = (...keys: string[]) => keys.every((k) => typeof n[k] === 'number')
    const v = (key: string) => formatNumber(n[key] ?? 0)
    switch (f.rule) {
      case 'fiber': {
        const level = claimLevel(f)
        const [minG, minKcal] = [`${level}MinGPer100G`, `${level}MinGPer100Kcal`]
        if (!has('fiberGPer100G', minG, minKcal)) return ''
        return t(`findings.reason.fiber.${fiberCriterion(f)}`, {
          value: v('fiberGPer100G'),
          perKcal: v('fiberGPer100Kcal'),
          minG: v(minG),
          minKcal: v(minKcal),
        })
      }
      case 'omega-3': {
        const level = claimLevel(f)
        const [minG, minKcal] = [`${level}MinGPer100G`, `${level}MinGPer100Kcal`]
        if (!has('omega3GPer100G', 'omega3GPer100Kcal', minG, minKcal)) return ''
        return t('findings.reason.omega3', { value: v('omega3GPer100G'), perKcal: v('omega3GPer100Kcal'), minG: v(minG), minKcal: v(minKcal) })
      }
      case 'oily-fish':
        return has('omega3GPer100G') ? t('findings.reason.oilyFishValue', { value: v('omega3GPer100G') }) : t('findings.reason.oilyFish')
      case 'fermented':
        return t(`findings.reason.fermented.${f.level}`)
      case 'prebiotic':
        if (has('approxMinGPer100G', 'approxMaxGPer100G') && n.approxMinGPer100G !== n.approxMaxGPer100G) {
          return t('findings.reason.prebiotic.range', { min: v('approxMinGPer100G'), max: v('approxMaxGPer100G') })
        }
        if (has('approxMaxGPer100G')) return t('findings.reason.prebiotic.value', { value: v('approxMaxGPer100G') })
        return t('findings.reason.prebiotic.listed')
      case 'plant':
        return has('points') ? t('findings.reason.plant', { points: v('points'), plant: f.subject.replace(/-/g, ' ') }) : ''
      case 'traffic-light': {
        const unit = has('valueGPer100Ml') ? 'Ml' : 'G'
        if (!has(`valueGPer100${unit}`, `highAboveGPer100${unit}`)) return ''
        const salt = f.subject === 'salt' && has('sodiumMgPer100G')
        return t(`findings.reason.trafficLight.${salt ? 'salt' : ''}${salt ? unit : unit.toLowerCase()}`, {
          value: v(`valueGPer100${unit}`),
          max: v(`highAboveGPer100${unit}`),
          sodium: v('sodiumMgPer100G'),
        })
      }
      case 'trans-fat': {
        const parts: string[] = []
        if (has('transGPer100G', 'flagAboveGPer100G')) parts.push(t('findings.reason.transFat.value', { value: v('transGPer100G'), flag: v('flagAboveGPer100G') }))
        if (has('transEnergyPct', 'whoMaxEnergyPct')) parts.push(t('findings.reason.transFat.energy', { value: v('transEnergyPct'), max: v('whoMaxEnergyPct') }))
        if (has('transGPer100GFat', 'euIndustrialMaxGPer100GFat')) {
          parts.push(t('findings.reason.transFat.fat', { value: v('transGPer100GFat'), max: v('euIndustrialMaxGPer100GFat') }))
        }
        return parts.join('; ')
      }
      case 'ultra-processed': {
        const term = nameTerm(f)
        return f.basis === 'name' && term ? t('findings.reason.ultraProcessed.name', { term }) : t('findings.reason.ultraProcessed.group')
      }
      case 'gluten': {
        const named = f.cereals.filter((c) => c !== 'unspecified')
        if (named.length === 0) return t('findings.reason.gluten.unspecified')
        const cereals = formatList(named.map((c) => t(`findings.reason.cereal.${c}`)))
        if (named.includes('oats') && isUncertain(f)) return t('findings.reason.gluten.oats', { cereals })
        const term = nameTerm(f)
        return term && !cerealWords.test(term) ? t('findings.reason.gluten.named', { cereals, term }) : t('findings.reason.gluten.cereals', { cereals })
      }
      case 'gluten-free-safe':
        if (f.level === 'labelled') return has('glutenMaxMgPerKg') ? t('findings.reason.glutenFree.labelled', { max: v('glutenMaxMgPerKg') }) : ''
        return t('findings.reason.glutenFree.wholeFood')
      case 'lactose':
        if (has('lactoseGPerServing', 'lowBelowGPerServe')) return t('findings.reason.lactose.serving', { value: v('lactoseGPerServing'), low: v('lowBelowGPerServe') })
        if (has('lactoseGPerServe', 'serveG', 'lowBelowGPerServe', 'highFromGPerServe')) {
          return t('findings.reason.lactose.serve', { value: v('lactoseGPerServe'), serve: v('serveG'), low: v('lowBelowGPerServe'), high: v('highFromGPerServe') })
        }
        if (f.level === 'unknown') return t('findings.reason.lactose.unknown')
        return has('serveG') ? t('findings.reason.lactose.rated', { serve: v('serveG') }) : ''
      case 'fodmap': {
        const low = has('lowUpToG') ? 'LowUpTo' : ''
        if (has('gramsPerServing')) return t(`findings.reason.fodmap.serving${low}`, { grams: v('gramsPerServing'), low: v('lowUpToG') })
        if (has('serveG')) return t(`findings.reason.fodmap.serve${low}`, { serve: v('serveG'), low: v('lowUpToG') })
        return t(`findings.reason.fodmap.${f.certainty === 'is' ? 'labelled' : 'ingredient'}`)
      }
      case 'allergen': {
        const term = nameTerm(f)
        return f.basis === 'name' && term ? t('findings.reason.allergen.name', { term }) : t('findings.reason.allergen.group')
      }
      case 'diet': {
        const origins = formatList(f.origins.map((o) => t(`findings.reason.origin.${o}`)))
        if (f.level === 'excluded') return t(`findings.reason.diet.${f.certainty === 'may' ? 'excludedMay' : 'excluded'}`, { origins })
        if (f.origins.length) return t('findings.reason.diet.fitting', { origins })
        return t(`findings.reason.diet.${f.certainty === 'may' ? 'noneMay' : 'none'}`)
      }
    }
  }

  function sourceName(key: SourceKey): string {
    return t(`findings.sources.${key}`)
  }

  /** The lines of a finding list. Low FODMAP findings that share serve, sources and certainty become one line. */
  function rows(items: readonly FindingItem[]): FindingRow[] {
    const groups = lowFodmapGroups(items)
    const hidden = new Set(groups.flatMap((g) => g.members.slice(1)))
    const grouped = new Map(groups.map((g) => [g.first, g]))
    return items.flatMap(({ finding, foodIds = [] }, i): FindingRow[] => {
      if (hidden.has(i)) return []
      const row: FindingRow = { key: `${i}`, finding, label: label(finding), reason: reason(finding), sources: finding.source, foodIds, tone: findingTone(finding) }
      const group = grouped.get(i)
      if (!group) return [row]
      const base = isUncertain(finding) ? 'findings.labelMay' : 'findings.label'
      const subjects = formatList(group.subjects.map((subject) => t(`findings.subject.fodmap.${subject}`)))
      return [
        {
          ...row,
          label: t(`${base}.fodmap.${group.isLactoseAboveLow ? 'lowOthers' : 'lowAll'}`),
          reason: t(`findings.reason.fodmap.${group.isAllLow ? 'lowAll' : 'lowSome'}`, { subjects: upperFirst(subjects), serve: formatNumber(finding.numbers.serveG ?? 0) }),
        },
      ]
    })
  }

  function conflictText(c: Conflict): string {
    const may = isUnknownConflict(c) ? 'Unknown' : isUncertain(c) ? 'May' : ''
    switch (c.reason) {
      case 'intolerance': {
        const fodmap = conflictFodmap(c)
        if (fodmap) return t(`findings.conflict.intolerance.fodmap${may}`, { subject: t(`findings.subject.fodmap.${fodmap}`) })
        return t(`findings.conflict.intolerance.${c.rule}${may}`)
      }
      case 'allergen':
        return t(`findings.conflict.allergen${may}`, { subject: t(`findings.subject.allergen.${c.subject}`) })
      case 'diet':
        return t(`findings.conflict.diet${may}`, { subject: t(`findings.subject.diet.${c.subject}`) })
      case 'avoided':
        return t('findings.conflict.avoided', {
          subject: avoidSubjectLabel(c.subject, profiles.profile.avoidFoods, locale.value === 'de' ? 'de' : 'en', catalogue.byId),
        })
    }
  }

  return { formatNumber, formatList, upperFirst, label, reason, sourceName, rows, conflictText }
}
