/**
 * Finds food and planner rules written into UI code: the renderer shows what shared/ decides and
 * holds no rule of its own. Each hit names the rule it breaks, the line and the text.
 */
import { allergens, diets, fodmapSubgroups, intolerances } from '../../shared/profile/profile'
import { recipeTags } from '../../shared/recipes/tags'

export interface DomainHit {
  rule: 'classification' | 'level-threshold' | 'profile-name' | 'number-threshold' | 'planner-internals' | 'rule-internals'
  line: number
  text: string
}

/** Names a person's limits are made of: used in a comparison, they are a rule. */
const limitNames = [...new Set<string>([...intolerances, ...fodmapSubgroups, ...allergens, ...diets, ...recipeTags])]
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const names = limitNames.map(escape).join('|')
const quoted = `['"\`](?:${names})['"\`]`

const patterns: readonly { rule: DomainHit['rule']; re: RegExp }[] = [
  // A finding's rule or kind tested in UI code: classification belongs in shared/food or shared/recipes.
  { rule: 'classification', re: /\.rule\s*[!=]==?\s*['"`]|['"`][\w-]+['"`]\s*[!=]==?\s*[\w$.?!]*\.rule\b|\.kind\s*[!=]==?\s*['"`](?:benefit|limit|restriction|info)['"`]/ },
  // Where a level starts to count (low, moderate, high) is a threshold.
  { rule: 'level-threshold', re: /\.level\s*[!=]==?\s*['"`](?:none|low|moderate|high)['"`]|['"`](?:none|low|moderate|high)['"`]\s*[!=]==?\s*[\w$.?!]*\.level\b/ },
  // An intolerance, allergen, diet or recipe tag named in a test.
  { rule: 'profile-name', re: new RegExp(`[!=]==?\\s*${quoted}|${quoted}\\s*[!=]==?|\\.(?:includes|has|indexOf)\\(\\s*${quoted}\\s*\\)`) },
  // A fractional number (or an exponent) in a comparison: a tolerance or a cut-off.
  { rule: 'number-threshold', re: /[<>]=?\s*-?(?:\d*\.\d+|\d+(?:\.\d+)?e-?\d+)\b|\b(?:\d*\.\d+|\d+e-?\d+)\s*[<>]/ },
  // A score, goal, nutrient or points figure compared with a number other than 0.
  { rule: 'number-threshold', re: /\.(?:satisfaction|achieved|goal|points|kcal|grams|fiber\w*|omega3\w*|lactose\w*|totalDelta)\s*[<>]=?\s*(?:[1-9]|0\.)/ },
  { rule: 'planner-internals', re: /from\s+['"][./]*shared\/planner\/(?:instance|score|explain|evaluate|moves|capacity|lp-model|rng|params|index)['"]/ },
  { rule: 'rule-internals', re: /from\s+['"][./]*shared\/food\/rules\/(?!types['"])[\w-]+['"]/ },
]

/** The source with comments blanked (line numbers kept). */
function withoutComments(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '))
    .replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '))
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1')
}

export function domainHits(source: string): DomainHit[] {
  const hits: DomainHit[] = []
  withoutComments(source)
    .split('\n')
    .forEach((text, i) => {
      for (const { rule, re } of patterns) if (re.test(text)) hits.push({ rule, line: i + 1, text: text.trim() })
    })
  return hits
}
