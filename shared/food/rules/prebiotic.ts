/**
 * Prebiotic-rich foods of REFERENCE §4 (ISAPP-PRE definition), with their prebiotic kind and,
 * where REFERENCE gives it, the approximate content per 100 g fresh weight.
 */
import type { SourceKey } from '../sources'
import type { Food } from '../types'
import { foodText } from './text'
import type { Certainty, PrebioticFinding, PrebioticKind } from './types'

interface PrebioticRule {
  readonly key: string
  readonly pattern: RegExp
  readonly subject: PrebioticKind
  readonly certainty: Certainty
  readonly source: readonly SourceKey[]
  /** Approximate content range, g per 100 g (REFERENCE §4 table). */
  readonly minGPer100G?: number
  readonly maxGPer100G?: number
  readonly groups?: readonly string[]
}

const pre = (rule: PrebioticRule) => rule

/**
 * Inulin-type fructans are generally well tolerated up to about 10 g a day; wind, bloating and
 * loose stools rise with larger doses (REFERENCE §4, GRAB09). A dish above it gets the dose note.
 */
export const inulinToleranceGPerDay = 10

/** Each rule adds one finding; a food can carry several kinds (barley: β-glucan and fructans). */
const prebioticRules: readonly PrebioticRule[] = [
  pre({ key: 'added-inulin-fos', pattern: /(?<!without (added )?)\b(inulin|fructooligosaccharides?|oligofructose|fos)\b/, subject: 'inulin-fos', certainty: 'is', source: ['ISAPP-PRE', 'MON-LBL'] }),
  pre({ key: 'added-gos', pattern: /\bgalactooligosaccharides?\b/, subject: 'gos', certainty: 'is', source: ['ISAPP-PRE', 'MON-LBL'] }),
  pre({ key: 'chicory-root', pattern: /^chicory roots?\b/, subject: 'inulin-fos', certainty: 'is', source: ['ISAPP-PRE', 'VANLOO'], minGPer100G: 35.7, maxGPer100G: 47.6 }),
  pre({ key: 'jerusalem-artichoke', pattern: /^jerusalem[- ]artichokes?\b/, subject: 'inulin-fos', certainty: 'is', source: ['ISAPP-PRE', 'VANLOO', 'MUIR07'], minGPer100G: 12.2, maxGPer100G: 20 }),
  pre({ key: 'dandelion-greens', pattern: /^dandelion greens\b/, subject: 'inulin-fos', certainty: 'is', source: ['ISAPP-PRE', 'VANLOO'], minGPer100G: 12, maxGPer100G: 15 }),
  pre({ key: 'garlic', pattern: /^garlic\b|^spices, garlic\b/, subject: 'inulin-fos', certainty: 'is', source: ['ISAPP-PRE', 'VANLOO', 'MUIR07'], minGPer100G: 9, maxGPer100G: 17.4 }),
  pre({ key: 'shallot', pattern: /^shallots?\b/, subject: 'inulin-fos', certainty: 'is', source: ['ISAPP-PRE', 'MUIR07'], minGPer100G: 8.9, maxGPer100G: 8.9 }),
  pre({ key: 'leek', pattern: /^leeks?\b/, subject: 'inulin-fos', certainty: 'is', source: ['ISAPP-PRE', 'MUIR07'], minGPer100G: 7.1, maxGPer100G: 7.1 }),
  pre({ key: 'onion', pattern: /^onions?, (?!young green)/, subject: 'inulin-fos', certainty: 'is', source: ['ISAPP-PRE', 'MUIR07', 'VAR17'], minGPer100G: 1.8, maxGPer100G: 2.1 }),
  pre({ key: 'asparagus', pattern: /^asparagus\b/, subject: 'inulin-fos', certainty: 'may', source: ['ISAPP-PRE', 'MUIR09'] }),
  pre({ key: 'barley-fructans', pattern: /^barley\b/, subject: 'inulin-fos', certainty: 'may', source: ['ISAPP-PRE', 'MOSH99'] }),
  pre({ key: 'barley', pattern: /^barley\b/, subject: 'beta-glucan', certainty: 'is', source: ['ISAPP-PRE', 'EFSA-BG1236', 'PW27'], minGPer100G: 7, maxGPer100G: 7 }),
  pre({ key: 'oat-bran', pattern: /^oat bran\b|^cereals, oat bran\b/, subject: 'beta-glucan', certainty: 'is', source: ['ISAPP-PRE', 'EFSA-BG1236', 'PW27'] }),
  pre({ key: 'oats', pattern: /^(cereals, )?oats?\b(?!.*\b(cooked|prepared)\b)|^oat flour\b/, subject: 'beta-glucan', certainty: 'is', source: ['ISAPP-PRE', 'EFSA-BG1236', 'PW27'], minGPer100G: 5, maxGPer100G: 5 }),
  pre({ key: 'oats-cooked', pattern: /^(cereals, )?oats?\b.*\b(cooked|prepared)\b/, subject: 'beta-glucan', certainty: 'is', source: ['ISAPP-PRE', 'EFSA-BG1236', 'PW27'] }),
  pre({ key: 'green-banana-flour', pattern: /^banana flour, green\b|\bgreen banana flour\b/, subject: 'resistant-starch', certainty: 'is', source: ['ISAPP-PRE', 'GB-RS'] }),
  pre({ key: 'lentils-canned', pattern: /^lentils, canned\b/, subject: 'gos', certainty: 'may', source: ['ISAPP-PRE', 'TUCK18'] }),
  pre({ key: 'chickpeas-canned', pattern: /^chickpeas?\b.*\bcanned\b/, subject: 'gos', certainty: 'may', source: ['ISAPP-PRE', 'TUCK18'] }),
  pre({ key: 'lentils', pattern: /^lentils, (?!sprouted)/, subject: 'gos', certainty: 'is', source: ['ISAPP-PRE', 'TUCK18'] }),
  pre({ key: 'chickpeas', pattern: /^chickpeas?\b|^chickpea flour\b/, subject: 'gos', certainty: 'is', source: ['ISAPP-PRE', 'ITA25'], minGPer100G: 2.1, maxGPer100G: 2.1 }),
  pre({ key: 'haricot', pattern: /^beans, navy\b/, subject: 'gos', certainty: 'is', source: ['ISAPP-PRE', 'VAR17'], minGPer100G: 1.1, maxGPer100G: 1.1 }),
  pre({ key: 'adzuki', pattern: /^beans, adzuki\b/, subject: 'gos', certainty: 'is', source: ['ISAPP-PRE', 'ITA25'], minGPer100G: 2.8, maxGPer100G: 2.8 }),
  pre({ key: 'mung', pattern: /^mung beans, mature seeds, raw\b/, subject: 'gos', certainty: 'is', source: ['ISAPP-PRE', 'ITA25'], minGPer100G: 1.9, maxGPer100G: 1.9 }),
  pre({ key: 'soybeans', pattern: /^soybeans, mature\b/, subject: 'gos', certainty: 'is', source: ['ISAPP-PRE', 'ITA25'], minGPer100G: 3.3, maxGPer100G: 3.3 }),
  pre({ key: 'pulses', pattern: /^beans, .*\bmature seeds\b|^(cowpeas|peas, split|pigeon ?peas|broadbeans|lima beans|mung beans|mungo beans)\b.*\bmature seeds\b/, subject: 'gos', certainty: 'may', source: ['ISAPP-PRE', 'TUCK18'], groups: ['16'] }),
]

/** The prebiotic findings for a food (possibly several kinds), or none. */
export function assessPrebiotic(food: Food): PrebioticFinding[] {
  const t = foodText(food)
  const findings: PrebioticFinding[] = []
  for (const rule of prebioticRules) {
    if (rule.groups && !rule.groups.includes(t.group)) continue
    if (!rule.pattern.test(t.lower) || findings.some((f) => f.subject === rule.subject)) continue
    const numbers: Record<string, number> = {}
    if (rule.minGPer100G !== undefined) numbers.approxMinGPer100G = rule.minGPer100G
    if (rule.maxGPer100G !== undefined) numbers.approxMaxGPer100G = rule.maxGPer100G
    findings.push({
      rule: 'prebiotic',
      kind: 'benefit',
      level: 'rich',
      subject: rule.subject,
      certainty: rule.certainty,
      numbers,
      source: rule.source,
      basis: food.provenance ? 'curated' : 'name',
      matched: [`name:${rule.key}`],
    })
  }
  return findings
}
