/**
 * The planner on a grid of 40 profiles × 5 seeds (issue 13): empty slots, the share of days that
 * meet fibre, fermented and prebiotic, oily-fish meals against their limit, the most uses of one
 * recipe, mean absolute energy deviation, and time. One line per profile, then the totals.
 * Environment: PLANNER_GRID_SEEDS (seeds per profile, default 5).
 */
import { parseCatalogue } from '../../../shared/food/catalogue'
import { analyzeRecipe } from '../../../shared/recipes/analyze'
import { builtInRecipes } from '../../../shared/recipes/library'
import { plannableLibrary } from '../../../shared/recipes/plannable'
import { readCatalogueText } from '../catalogue-file'
import { gridProfiles, planGridWeek, type GridWeek } from '../planner-grid'
import { formatTiming, quantile, summarise } from '../timing'

export const name = 'planner-grid'

const pct = (x: number) => `${(100 * x).toFixed(1)} %`

export function run(): GridWeek[] {
  const seeds = Number(process.env.PLANNER_GRID_SEEDS ?? 5)
  const catalogue = parseCatalogue(readCatalogueText())
  const facts = builtInRecipes.map((r) => analyzeRecipe(r, catalogue.byId))
  const profiles = gridProfiles()
  console.log(`planner grid: ${profiles.length} profiles × ${seeds} seeds on the built-in library (${facts.length} recipes)`)
  const weeks: GridWeek[] = []
  for (const grid of profiles) {
    const derived = plannableLibrary(facts, grid.profile, catalogue.byId).recipes
    planGridWeek(grid, facts, catalogue.byId, 999, derived) // warm-up
    const rows = Array.from({ length: seeds }, (_, i) => planGridWeek(grid, facts, catalogue.byId, i + 1, derived))
    weeks.push(...rows)
    const sum = (f: (w: GridWeek) => number) => rows.reduce((s, w) => s + f(w), 0)
    const days = sum((w) => w.days)
    console.log(
      `  ${grid.name} (${derived.filter((r) => r.conflicts.length === 0).length} plannable, ${derived.filter((r) => r.adaptedFrom !== undefined).length} of them adapted): ` +
        `empty ${sum((w) => w.emptySlots)} (avoidable ${sum((w) => w.avoidableEmpty)}), ` +
        `fibre ${pct(sum((w) => w.fiberDays) / days)}, fermented ${pct(sum((w) => w.fermentedDays) / days)}, prebiotic ${pct(sum((w) => w.prebioticDays) / days)}, ` +
        `oily fish max ${Math.max(...rows.map((w) => w.oilyFishMeals))}, most uses ${Math.max(...rows.map((w) => w.maxRepeats))}, ` +
        `energy deviation ${pct(sum((w) => w.energyDeviation) / rows.length)}, flexible ${sum((w) => w.flexibleMeals)}, adapted ${sum((w) => w.adaptedMeals)}, score median ${quantile(rows.map((w) => w.score).sort((a, b) => a - b), 0.5).toFixed(1)}`,
    )
  }
  const all = (f: (w: GridWeek) => number) => weeks.reduce((s, w) => s + f(w), 0)
  const days = all((w) => w.days)
  const fish = weeks.filter((w) => w.fishEater)
  const deviations = weeks.map((w) => w.energyDeviation).sort((a, b) => a - b)
  console.log(`grid totals over ${weeks.length} weeks (${all((w) => w.slots)} slots):`)
  console.log(`  empty slots ${all((w) => w.emptySlots)}, of which avoidable (a fitting recipe existed for the slot kind) ${all((w) => w.avoidableEmpty)}; conflicting meals ${all((w) => w.conflicting)}`)
  console.log(`  days meeting fibre ${pct(all((w) => w.fiberDays) / days)}, fermented ${pct(all((w) => w.fermentedDays) / days)}, prebiotic ${pct(all((w) => w.prebioticDays) / days)}`)
  const maxFiber = weeks.map((w) => w.maxFiberG).sort((a, b) => a - b)
  console.log(`  days above about 50 g of fibre ${all((w) => w.highFiberDays)} of ${days}; most fibre in a day (planned slots): median over weeks ${quantile(maxFiber, 0.5).toFixed(1)} g, max ${(maxFiber[maxFiber.length - 1] ?? 0).toFixed(1)} g`)
  console.log(
    `  oily-fish meals (fish eaters, ${fish.length} weeks): median ${quantile(fish.map((w) => w.oilyFishMeals).sort((a, b) => a - b), 0.5)}, max ${Math.max(0, ...fish.map((w) => w.oilyFishMeals))} (limit ${fish[0]?.oilyFishLimit ?? 4}); weeks over the limit ${fish.filter((w) => w.oilyFishMeals > w.oilyFishLimit).length}`,
  )
  console.log(`  most uses of one recipe ${Math.max(...weeks.map((w) => w.maxRepeats))}; repeats on neighbouring days ${all((w) => w.neighbourRepeats)}; meals in a flexible slot ${all((w) => w.flexibleMeals)}; adapted meals ${all((w) => w.adaptedMeals)}; leftover meals ${all((w) => w.leftoverMeals)}`)
  console.log(`  energy deviation per day (mean |E − target| / target): mean ${pct(all((w) => w.energyDeviation) / weeks.length)}, median ${pct(quantile(deviations, 0.5))}, p95 ${pct(quantile(deviations, 0.95))}, max ${pct(deviations[deviations.length - 1] ?? 0)}`)
  const scores = weeks.map((w) => w.score).sort((a, b) => a - b)
  console.log(`  week score: min ${scores[0]?.toFixed(1)}, median ${quantile(scores, 0.5).toFixed(1)}, max ${scores[scores.length - 1]?.toFixed(1)}`)
  console.log(formatTiming('  planWeek per week', summarise(weeks.map((w) => w.ms))))
  return weeks
}
