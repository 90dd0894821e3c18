/**
 * Shopping list benchmark: four weeks of plans (the built-in library, 4 slots × 7 days × 4 weeks,
 * household of 2) to a list. The weeks are planned once, outside the timed loop; each run then
 * aggregates every meal (recipe quantities × servings through grams), classifies and groups.
 * Target: under 5 ms (median and p95). Also timed: the same weeks from described plans (what the
 * command line reads), and the three text exports.
 */
import { cpus, loadavg } from 'node:os'
import { createCatalogue, decodeCatalogueFile } from '../../../shared/food/catalogue'
import { planWeek } from '../../../shared/planner/engine'
import { defaultProfile } from '../../../shared/profile/profile'
import { analyzeRecipe } from '../../../shared/recipes/analyze'
import { shoppingListOfWeeks } from '../../../shared/shopping/weeks'
import { describePlan, weekFromDescribedPlan } from '../../../shared/week/describe'
import { builtInRecipes } from '../../../shared/recipes/library'
import { toPlannerRecipe } from '../../../shared/recipes/plannable'
import { aggregateShoppingList, buyingItems } from '../../../shared/shopping/aggregate'
import { isPerishable, packRuleOf } from '../../../shared/shopping/packs'
import { wholeOf } from '../../../shared/shopping/parts'
import type { Food, FoodId } from '../../../shared/food/types'
import { englishLabels } from '../../../shared/shopping/english'
import { toCsv, toMarkdown, toPlainText } from '../../../shared/shopping/export'
import type { ListMeal } from '../../../shared/shopping/types'
import { readCatalogueText } from '../catalogue-file'
import { formatTiming, summarise, time, type Timing } from '../timing'

export const name = 'shopping'

const weeks = ['2026-W45', '2026-W46', '2026-W47', '2026-W48']
const runs = 200
const targetMs = 5

/**
 * CPU time of `fn` (user + system, per run): what the code costs whatever else the machine runs.
 * On a busy machine the wall-clock p95 mostly measures waiting for a CPU.
 */
function cpuTime(fn: () => unknown, runs: number, warmup = 3): Timing {
  for (let i = 0; i < warmup; i++) fn()
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = process.cpuUsage()
    fn()
    const used = process.cpuUsage(started)
    samples.push((used.user + used.system) / 1000)
  }
  return summarise(samples)
}

/** The share of built-in recipe foods bought by a pack unit (not by weight), and how many a rule buys by weight or none covers. */
function packCoverage(foods: ReadonlyMap<FoodId, Food>): string {
  const ids = [...new Set(builtInRecipes.flatMap((r) => r.ingredients.map((i) => i.foodId)))].filter((id) => foods.has(id) && !/^water, tap\b/i.test(foods.get(id)?.name ?? ''))
  let withUnit = 0
  let looseByRule = 0
  let noRule = 0
  for (const id of ids) {
    const food = foods.get(id) as Food
    const rule = packRuleOf(wholeOf(food, foods)?.whole ?? food)
    if (!rule) noRule++
    else if (rule.unit === null) looseByRule++
    else withUnit++
  }
  return `pack coverage: ${withUnit} of ${ids.length} built-in recipe foods (${((100 * withUnit) / ids.length).toFixed(1)} %) have a pack unit; ${looseByRule} bought by weight by a rule (meat, fish, loose produce), ${noRule} covered by no rule`
}

/**
 * The "before" figures for a waste term in the planner: the default profile (1 person, its 4
 * slots), seeds 1–3, one week each: shopping lines, and bought-but-unused perishables as a share
 * of their bought weight (bought = count × packGrams, or the grams when bought by weight).
 */
function wasteBaseline(foods: ReadonlyMap<FoodId, Food>): void {
  const profile = defaultProfile()
  const facts = new Map(builtInRecipes.map((r) => [r.id, analyzeRecipe(r, foods)]))
  const recipes = [...facts.values()].map((f) => toPlannerRecipe(f, profile))
  for (const seed of [1, 2, 3]) {
    const result = planWeek({ profile, recipes, week: '2026-W48', locked: [], seed })
    const list = shoppingListOfWeeks([{ week: result.week, plan: weekFromDescribedPlan(describePlan(result, facts)) }], foods)
    let bought = 0
    let unused = 0
    for (const line of buyingItems(list)) {
      const food = line.kind === 'food' ? foods.get(line.foodId) : undefined
      if (line.kind !== 'food' || !food || !isPerishable(food)) continue
      bought += line.buy ? line.buy.count * line.buy.packGrams : line.usedG
      unused += line.leftoverG
    }
    console.log(
      `before (no waste term), default profile (${profile.householdSize} person, ${profile.slots.length} slots), seed ${seed}: ${buyingItems(list).length} shopping lines; perishables bought ${Math.round(bought)} g, unused ${Math.round(unused)} g = ${((100 * unused) / Math.max(1, bought)).toFixed(1)} % of their bought weight`,
    )
  }
}

export function run(): void {
  const foods = createCatalogue(decodeCatalogueFile(JSON.parse(readCatalogueText()))).byId
  const profile = { ...defaultProfile(), householdSize: 2 }
  const facts = new Map(builtInRecipes.map((r) => [r.id, analyzeRecipe(r, foods)]))
  const recipes = [...facts.values()].map((f) => toPlannerRecipe(f, profile))
  const byId = new Map(builtInRecipes.map((r) => [r.id, r]))
  const results = weeks.map((week, i) => planWeek({ profile, recipes, week, locked: [], seed: i + 1 }))
  const meals: ListMeal[] = results.flatMap((result) =>
    result.days.flatMap((day) =>
      day.meals.flatMap((m) => {
        const recipe = m.recipeId ? byId.get(m.recipeId) : undefined
        return recipe ? [{ recipe, servings: m.servings, week: result.week, day: day.day, slot: m.slot }] : []
      }),
    ),
  )
  const described = results.map((r) => describePlan(r, facts))
  const options = { pantry: new Set(['04053', '02047', '02030']), extras: [{ id: 'x', name: 'Kitchen roll' }] }

  // The first list fills the per-food caches (aisle, piece measure): report it on its own.
  const started = performance.now()
  const list = aggregateShoppingList(meals, foods, options)
  const coldMs = performance.now() - started
  const ingredients = meals.reduce((n, m) => n + m.recipe.ingredients.length, 0)
  console.log(
    `${weeks.length} weeks: ${meals.length} meals, ${ingredients} ingredient amounts → ${buyingItems(list).length} lines in ${list.aisles.length} aisles, ${list.pantry.length} in the pantry`,
  )
  console.log(`first list (cold caches) ${coldMs.toFixed(2)} ms`)
  console.log(packCoverage(foods))
  wasteBaseline(foods)

  const fromMeals = time(() => aggregateShoppingList(meals, foods, options), runs)
  console.log(formatTiming('planned meals → list', fromMeals))
  const fromMealsCpu = cpuTime(() => aggregateShoppingList(meals, foods, options), runs)
  console.log(formatTiming('planned meals → list (CPU time)', fromMealsCpu))
  const fromDescribed = time(() => shoppingListOfWeeks(described.map((d) => ({ week: d.week, plan: weekFromDescribedPlan(d) })), foods, options), runs)
  console.log(formatTiming('described plans → list', fromDescribed))
  console.log(formatTiming('list → plain text + Markdown + CSV', time(() => [toPlainText(list, englishLabels), toMarkdown(list, englishLabels), toCsv(list, englishLabels)], runs)))

  const ok = fromMeals.p95Ms < targetMs && fromDescribed.p95Ms < targetMs
  // p95 on a busy machine measures the scheduler more than the code: say how busy it was.
  const load = loadavg()[0] ?? 0
  console.log(
    `target: 4 weeks to a list under ${targetMs} ms (wall-clock p95): ${ok ? 'met' : 'NOT MET'}; CPU-time p95 ${fromMealsCpu.p95Ms.toFixed(2)} ms (load average ${load.toFixed(1)} on ${cpus().length} CPUs)`,
  )
}
