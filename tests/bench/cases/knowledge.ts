/**
 * The ingredient-knowledge layer (issue 11): the judged reference set's error rate per tag kind,
 * how many built-in recipes are known to fit common limits (and how many are "unknown"), how many
 * GOS-intolerant plans serve a legume above its rated serve, and the time to analyse the library.
 */
import { readFileSync } from 'node:fs'
import { parseCatalogue } from '../../../shared/food/catalogue'
import { planWeek } from '../../../shared/planner/engine'
import { mulberry32 } from '../../../shared/planner/rng'
import { defaultProfile, diets, fodmapSubgroups, type Profile } from '../../../shared/profile/profile'
import { analyzeRecipe } from '../../../shared/recipes/analyze'
import { builtInRecipes } from '../../../shared/recipes/library'
import { fitKeys } from '../../../shared/recipes/meal-knowledge'
import { toPlannerRecipe } from '../../../shared/recipes/plannable'
import { catalogueFile } from '../../shared/food/catalogue-fixture'
import { codeView, disagreements, judgedFoods, tagKinds } from '../../shared/food/judged'
import { formatTiming, time } from '../timing'

export const name = 'knowledge'

export function run(): void {
  const catalogue = parseCatalogue(readFileSync(catalogueFile, 'utf8'))
  const judged = judgedFoods()
  const all = judged.flatMap((j) => {
    const food = catalogue.byId.get(j.id)
    return food ? disagreements(j, codeView(food)) : []
  })
  const errors = all.filter((d) => d.severity !== 'cautious')
  console.log(`judged set: ${judged.length} foods, ${new Set(errors.map((d) => d.id)).size} with a wrong tag`)
  for (const k of tagKinds) {
    const e = errors.filter((d) => d.kind === k).length
    const c = all.filter((d) => d.kind === k && d.severity === 'cautious').length
    console.log(`  ${k.padEnd(10)} errors ${e} (${((e / judged.length) * 100).toFixed(1)} %), unknown where the judge knew it fits ${c}`)
  }

  const facts = builtInRecipes.map((r) => analyzeRecipe(r, catalogue.byId))
  console.log(`built-in recipes (${facts.length}), known to fit / unknown / not:`)
  for (const key of fitKeys) {
    const n = (v: unknown) => facts.filter((f) => f.fits[key] === v).length
    console.log(`  ${key.padEnd(13)} ${n(true)} / ${n('unknown')} / ${n(false)}`)
  }

  // GOS-intolerant plans: portions of rated legumes above their low serve (the issue found 56 of 168).
  const rng = mulberry32(11)
  let gosPlans = 0
  let over = 0
  for (let i = 0; i < 168; i++) {
    const profile: Profile = { ...defaultProfile(), diet: diets[Math.floor(rng() * diets.length)]!, intolerances: ['gos', ...fodmapSubgroups.filter((s) => s !== 'gos' && rng() < 0.2)] }
    const plan = planWeek({ profile, recipes: facts.map((f) => toPlannerRecipe(f, profile)), week: '2026-W48', locked: [], seed: i })
    gosPlans++
    const ids = plan.days.flatMap((d) => d.meals.map((m) => m.recipeId)).filter((id): id is string => id !== null)
    if (ids.some((id) => facts.find((f) => f.recipe.id === id)!.knowledge.fodmap.gos.level !== 'low')) over++
  }
  console.log(`GOS-intolerant plans serving a meal not low in GOS: ${over} of ${gosPlans}`)
  console.log(formatTiming(`analyse ${builtInRecipes.length} recipes (fresh foods)`, time(() => {
    const fresh = parseCatalogue(readFileSync(catalogueFile, 'utf8'))
    return builtInRecipes.map((r) => analyzeRecipe(r, fresh.byId))
  }, 5, 1)))
}
