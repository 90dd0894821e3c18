/**
 * Leftovers benchmark (cook once, eat twice): households of 1, 2 and 4 with leftovers on and off,
 * side by side, on the built-in library: the share of meals eaten as leftovers, cooking minutes a
 * week (every cooked meal's preparation and cooking time; a leftover is none), shopping lines, and
 * the score (median over the seeds). With leftovers on, HiGHS solves the same MILP with the
 * leftover term for one seed per household: the planner's worst score over the seeds against that
 * optimum (or HiGHS's bound).
 * Environment: LEFTOVERS_BENCH_RUNS (seeds per case, default 10), PLANNER_BENCH_TIME_LIMIT (s, default 20).
 */
import { parseCatalogue } from '../../../shared/food/catalogue'
import { buildLpModel, planWeek, type PlannerInput, type PlanResult } from '../../../shared/planner'
import { defaultProfile, weekdays, type HouseholdMember, type Profile } from '../../../shared/profile/profile'
import { analyzeRecipe } from '../../../shared/recipes/analyze'
import { builtInRecipes } from '../../../shared/recipes/library'
import { plannableLibrary } from '../../../shared/recipes/plannable'
import { buyingItems } from '../../../shared/shopping/aggregate'
import { shoppingListOfWeeks } from '../../../shared/shopping/weeks'
import { describePlan, weekFromDescribedPlan } from '../../../shared/week/describe'
import { readCatalogueText } from '../catalogue-file'
import { solveExact } from '../planner-exact'
import { quantile } from '../timing'

export const name = 'leftovers'

const profiles: Record<string, Profile> = {
  'omnivore, 4 slots': defaultProfile(),
  'vegetarian IBS (lactose, fructans), 3 slots': { ...defaultProfile(), diet: 'vegetarian', intolerances: ['lactose', 'fructans'], slots: ['breakfast', 'lunch', 'dinner'] },
}

const person = (name: string, over: Partial<HouseholdMember> = {}): HouseholdMember => ({ name, intolerances: [], allergens: [], diet: 'omnivore', avoidFoods: [], targets: { energyKcal: 2000 }, ...over })
const weekdayLunches = weekdays.slice(0, 5).map((day) => ({ day, slot: 'lunch' as const }))
/** A family of four at the table: a lactose-intolerant adult, an adult, a coeliac child and a child, both children out for weekday lunches. */
const family: Profile = {
  ...defaultProfile(),
  householdSize: 4,
  members: [
    person('Anna', { intolerances: ['lactose'] }),
    person('Ben', { targets: { energyKcal: 2500 } }),
    person('Clara', { intolerances: ['gluten'], targets: { energyKcal: 1600 }, away: weekdayLunches }),
    person('David', { targets: { energyKcal: 1900 }, away: weekdayLunches }),
  ],
}

interface Figures {
  leftoverShare: number
  cookingMinutes: number
  shoppingLines: number
  score: number
}

export async function run(): Promise<void> {
  const runs = Number(process.env.LEFTOVERS_BENCH_RUNS ?? 10)
  const timeLimit = Number(process.env.PLANNER_BENCH_TIME_LIMIT ?? 20)
  const catalogue = parseCatalogue(readCatalogueText())
  const facts = builtInRecipes.map((recipe) => analyzeRecipe(recipe, catalogue.byId))
  console.log(`leftovers: ${runs} seeds per case, medians; HiGHS time limit ${timeLimit} s`)
  const cases: [string, Profile][] = [
    ...Object.entries(profiles).flatMap(([name, base]) => [1, 2, 4].map((n): [string, Profile] => [`${name}, household of ${n}`, { ...base, householdSize: n }])),
    ['family of four at the table (lactose adult, coeliac child; children out for weekday lunches), 4 slots', family],
  ]
  for (const [caseName, profile] of cases) {
    {
      const library = plannableLibrary(facts, profile, catalogue.byId)
      const factsById = new Map(facts.map((f) => [f.recipe.id, f]))
      for (const [id, adaptation] of library.adaptations) factsById.set(id, adaptation.facts)
      const input = (seed: number, leftovers: boolean): PlannerInput => ({ profile, recipes: library.recipes, week: '2026-W48', locked: [], seed, leftovers })
      const figuresOf = (result: PlanResult): Figures => {
        const meals = result.days.flatMap((d) => d.meals).filter((m) => m.recipeId !== null)
        const cookingMinutes = meals.reduce((sum, m) => {
          const recipe = factsById.get(m.recipeId ?? '')?.recipe
          return sum + (m.leftover === true || !recipe ? 0 : recipe.prepMinutes + recipe.cookMinutes)
        }, 0)
        const week = weekFromDescribedPlan(describePlan(result, factsById))
        const lines = buyingItems(shoppingListOfWeeks([{ week: week.week, plan: week }], catalogue.byId)).length
        return { leftoverShare: meals.filter((m) => m.leftover === true).length / Math.max(1, meals.length), cookingMinutes, shoppingLines: lines, score: result.scores.total }
      }
      const side = (leftovers: boolean) => {
        const results = Array.from({ length: runs }, (_, i) => planWeek(input(i + 1, leftovers)))
        const all = results.map(figuresOf)
        const median = (pick: (f: Figures) => number) => quantile([...all.map(pick)].sort((a, b) => a - b), 0.5)
        return {
          results,
          leftoverShare: median((f) => f.leftoverShare),
          cookingMinutes: median((f) => f.cookingMinutes),
          shoppingLines: median((f) => f.shoppingLines),
          score: median((f) => f.score),
          worst: Math.min(...all.map((f) => f.score)),
        }
      }
      const on = side(true)
      const off = side(false)
      const best = on.results.reduce((a, b) => (b.scores.total > a.scores.total ? b : a))
      const model = buildLpModel(input(1, true))
      const exact = await solveExact(model, timeLimit, best.days)
      const proof = exact.status === 'optimal' ? 'optimum' : 'bound'
      console.log(
        [
          `${caseName} (${model.leftovers.length} leftover variables)`,
          `  leftovers on : leftover meals ${(100 * on.leftoverShare).toFixed(1)} %, cooking ${on.cookingMinutes.toFixed(0)} min a week, ${on.shoppingLines.toFixed(0)} shopping lines, score ${on.score.toFixed(2)}`,
          `  leftovers off: leftover meals ${(100 * off.leftoverShare).toFixed(1)} %, cooking ${off.cookingMinutes.toFixed(0)} min a week, ${off.shoppingLines.toFixed(0)} shopping lines, score ${off.score.toFixed(2)}`,
          `  HiGHS with the leftover term: ${proof} ${exact.bound.toFixed(3)} in ${exact.seconds.toFixed(1)} s; ratio worst/${proof} ${(on.worst / exact.bound).toFixed(4)}`,
        ].join('\n'),
      )
    }
  }
}
