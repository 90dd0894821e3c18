/**
 * Planner benchmark: generation time (median and p95 over 20 seeds) and quality against the exact
 * optimum of the same score, found by HiGHS on the MILP of shared/planner/lp-model.ts.
 *
 * Libraries: the built-in library (shared/recipes/library) analysed against the catalogue and
 * derived for each profile by shared/recipes/plannable.ts, and a 500-recipe library made by
 * recombining it. PLANNER_BENCH_SYNTHETIC=1 adds the synthetic libraries of planner-library.ts
 * (150 recipes and 500 recombined), which stood in before the built-in library existed.
 * Environment: PLANNER_BENCH_TIME_LIMIT (seconds per HiGHS solve, default 20),
 * PLANNER_BENCH_RUNS (seeds per case, default 20).
 */
import { cpus, loadavg } from 'node:os'
import { parseCatalogue } from '../../../shared/food/catalogue'
import { buildLpModel, planWeek, type PlannerInput, type PlannerRecipe, type PlanResult } from '../../../shared/planner'
import { defaultProfile, type Profile } from '../../../shared/profile/profile'
import { analyzeRecipe } from '../../../shared/recipes/analyze'
import { builtInRecipes } from '../../../shared/recipes/library'
import { plannableLibrary } from '../../../shared/recipes/plannable'
import { readCatalogueText } from '../catalogue-file'
import { solveExact } from '../planner-exact'
import { deriveFor, recombinedLibrary, recombinePlannerRecipes, syntheticLibrary } from '../planner-library'
import { formatTiming, quantile, summarise, type Timing } from '../timing'

export const name = 'planner'

const profiles: Record<string, Profile> = {
  'omnivore, 4 slots': defaultProfile(),
  'vegetarian IBS (lactose, fructans), 3 slots': {
    ...defaultProfile(),
    diet: 'vegetarian',
    intolerances: ['lactose', 'fructans'],
    slots: ['breakfast', 'lunch', 'dinner'],
  },
  'vegan, gluten allergy, ALA omega-3, 4 slots': { ...defaultProfile(), diet: 'vegan', allergens: ['gluten-cereals'], householdSize: 2 },
  'pescatarian, lactose + nuts, 35 g fiber, 2400 kcal': {
    ...defaultProfile(),
    diet: 'pescatarian',
    intolerances: ['lactose'],
    allergens: ['tree-nuts'],
    targets: { fiberG: 35, energyKcal: 2400 },
  },
  // 60 g of fiber in 1300 kcal cannot be met: no plan reaches 100, so every run searches to its
  // full budget (the other cases often stop early on a perfect plan).
  'stress: omnivore, 60 g fiber in 1300 kcal': { ...defaultProfile(), targets: { fiberG: 60, energyKcal: 1300 } },
}

/** One library × profile: our timings and scores, and the exact optimum or bound. */
export interface PlannerBenchRow {
  library: string
  profile: string
  candidates: number
  /** Wall-clock time per plan. */
  timing: Timing
  /** CPU time per plan (steadier than wall-clock on a loaded machine). */
  cpu: Timing
  worstScore: number
  medianScore: number
  exact: { status: string; objective: number; bound: number; seconds: number; binaries: number }
  /** worstScore / optimum (when optimal) or a lower bound on it, worstScore / bound (when not). */
  ratio: number
}

/** Each library as a function of the profile it is derived for. */
function plannerLibraries(withSynthetic: boolean): Record<string, (profile: Profile) => PlannerRecipe[]> {
  const catalogue = parseCatalogue(readCatalogueText())
  const facts = builtInRecipes.map((recipe) => analyzeRecipe(recipe, catalogue.byId))
  // Each profile's library with the adapted versions of its conflicting recipes (shared/recipes/adapt.ts).
  const builtIn = (profile: Profile) => plannableLibrary(facts, profile, catalogue.byId).recipes
  const libraries: Record<string, (profile: Profile) => PlannerRecipe[]> = {
    [`built-in ${facts.length}`]: builtIn,
    'built-in recombined to 500': (profile) => recombinePlannerRecipes(builtIn(profile), 500),
  }
  if (withSynthetic) {
    const synthetic = syntheticLibrary(150)
    const synthetic500 = recombinedLibrary(synthetic, 500)
    libraries['synthetic 150'] = (profile) => deriveFor(synthetic, profile)
    libraries['synthetic recombined to 500'] = (profile) => deriveFor(synthetic500, profile)
  }
  return libraries
}

/** Runs the benchmark and prints a table; returns the rows. */
export async function run(): Promise<PlannerBenchRow[]> {
  const timeLimit = Number(process.env.PLANNER_BENCH_TIME_LIMIT ?? 20)
  const runs = Number(process.env.PLANNER_BENCH_RUNS ?? 20)
  const libraries = plannerLibraries(process.env.PLANNER_BENCH_SYNTHETIC === '1')
  const rows: PlannerBenchRow[] = []
  console.log(`planner: ${runs} seeds per case, HiGHS time limit ${timeLimit} s per solve; load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} CPUs`)
  for (const [library, derive] of Object.entries(libraries)) {
    for (const [profileName, profile] of Object.entries(profiles)) {
      const recipes = derive(profile)
      const input = (seed: number): PlannerInput => ({ profile, recipes, week: '2026-W48', locked: [], seed })
      for (let seed = 1000; seed < 1003; seed++) planWeek(input(seed)) // warm-up
      const times: number[] = []
      const cpuTimes: number[] = []
      const results: PlanResult[] = []
      for (let seed = 1; seed <= runs; seed++) {
        const cpuStart = process.cpuUsage()
        const started = performance.now()
        results.push(planWeek(input(seed)))
        times.push(performance.now() - started)
        const cpu = process.cpuUsage(cpuStart)
        cpuTimes.push((cpu.user + cpu.system) / 1000)
      }
      const scores = results.map((r) => r.scores.total).sort((a, b) => a - b)
      const best = results.reduce((a, b) => (b.scores.total > a.scores.total ? b : a))
      const model = buildLpModel(input(1))
      const exact = await solveExact(model, timeLimit, best.days)
      const worst = scores[0] ?? 0
      const row: PlannerBenchRow = {
        library,
        profile: profileName,
        candidates: recipes.filter((r) => r.conflicts.length === 0).length,
        timing: summarise(times),
        cpu: summarise(cpuTimes),
        worstScore: worst,
        medianScore: quantile(scores, 0.5),
        exact: { ...exact, binaries: model.size.binaries },
        ratio: worst / exact.bound,
      }
      rows.push(row)
      printRow(row)
    }
  }
  return rows
}

function printRow(row: PlannerBenchRow): void {
  const { exact } = row
  const proof = exact.status === 'optimal' ? `optimum ${exact.objective.toFixed(3)}` : `not proven in time: best ${exact.objective.toFixed(3)}, bound ${exact.bound.toFixed(3)}`
  console.log(
    [
      `${row.library} | ${row.profile} (${row.candidates} plannable recipes, ${exact.binaries} binaries)`,
      formatTiming('  planWeek, wall clock', row.timing),
      formatTiming('  planWeek, CPU time', row.cpu),
      `  score over the seeds: worst ${row.worstScore.toFixed(3)}, median ${row.medianScore.toFixed(3)}`,
      `  HiGHS: ${proof} in ${exact.seconds.toFixed(1)} s`,
      `  ratio worst/${exact.status === 'optimal' ? 'optimum' : 'bound (a lower bound on the true ratio)'}: ${row.ratio.toFixed(4)}`,
    ].join('\n'),
  )
}
