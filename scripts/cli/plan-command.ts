/** `gutplan plan`: a week for a profile, from the built-in library or a recipe file. */
import { parseArgs } from 'node:util'
import { isIsoWeek, isoWeekOf } from '../../shared/calendar/iso-week'
import { planWeek } from '../../shared/planner/engine'
import { analyzeRecipe } from '../../shared/recipes/analyze'
import { describePlan, parseDescribedPlan, PlanShapeError, weekFromDescribedPlan } from '../../shared/week/describe'
import { readFileSync, writeFileSync } from 'node:fs'
import { englishCalendarLabels } from '../../shared/calendar/english'
import { weekCalendar } from '../../shared/calendar/ics'
import { builtInRecipes } from '../../shared/recipes/library'
import { plannableLibrary } from '../../shared/recipes/plannable'
import type { Recipe } from '../../shared/recipes/types'
import type { RecipeFacts } from '../../shared/recipes/analyze'
import type { LockedSlot } from '../../shared/planner/types'
import { mealSlots, planRulesSchema, weekdays, type MealSlot, type PlanRules, type Profile, type Weekday } from '../../shared/profile/profile'
import { mealServings } from '../../shared/profile/members'
import type { FoodLang } from '../../shared/food/words'
import type { Week } from '../../shared/week/schema'
import type { Command } from './command'
import { printJson, readLang, UsageError, type CliContext } from './context'
import { readProfile } from './profile-file'
import { readRecipes } from './recipe-file'

export const planCommand: Command = {
  path: ['plan'],
  usage: 'plan --profile <profile.json> [--week 2026-W48] [--seed <n>] [--recipes <recipes.json>] [--lock <day>:<slot>=<recipeId> …] [--recent-fiber <g a day>] [--rules rules.json] [--previous week.json] [--ics week.ics] [--lang en|de]',
  summary:
    'plan a week; prints every day with its energy per person and every slot with recipe, servings (and per person), minutes, ingredients (food id, everyday name, description, grams), reasons, the scores and unmet targets',
  run(args: string[], ctx: CliContext): number {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        profile: { type: 'string' },
        week: { type: 'string' },
        seed: { type: 'string' },
        recipes: { type: 'string' },
        lang: { type: 'string' },
        lock: { type: 'string', multiple: true },
        'recent-fiber': { type: 'string' },
        rules: { type: 'string' },
        previous: { type: 'string' },
        ics: { type: 'string' },
      },
    })
    if (positionals.length) throw new UsageError(`unexpected argument: ${positionals[0]}`)
    if (!values.profile) throw new UsageError('plan needs --profile <profile.json>')
    const week = values.week ?? isoWeekOf(new Date())
    if (!isIsoWeek(week)) throw new UsageError(`--week must be an ISO week like 2026-W48, not "${week}"`)
    const seed = values.seed === undefined ? 1 : Number(values.seed)
    if (!Number.isInteger(seed) || seed < 0 || seed > 2 ** 32 - 1) throw new UsageError('--seed must be a whole number from 0 to 4294967295')
    const lang = readLang(values.lang)
    const profile = readProfile(values.profile)
    const foods = ctx.catalogue().byId
    const recipes: readonly Recipe[] = values.recipes ? readRecipes(values.recipes, foods) : builtInRecipes
    const facts = new Map(recipes.map((r) => [r.id, analyzeRecipe(r, foods)]))
    const locked = (values.lock ?? []).map((text) => parseLock(text, profile, facts))
    // Conflicting recipes with a standard swap come along in their adapted version (shared/recipes/adapt.ts).
    const library = plannableLibrary([...facts.values()], profile, foods)
    const recent = values['recent-fiber']
    const recentFiberG = recent === undefined ? undefined : Number(recent)
    if (recentFiberG !== undefined && !(Number.isFinite(recentFiberG) && recentFiberG >= 0 && recentFiberG <= 200)) throw new UsageError('--recent-fiber must be grams of fibre a day from 0 to 200')
    const rules = values.rules ? readRules(values.rules) : undefined
    const previousWeek = values.previous ? readPreviousWeek(values.previous) : undefined
    const result = planWeek({
      profile,
      recipes: library.recipes,
      week,
      locked,
      seed,
      ...(recentFiberG === undefined ? {} : { recentFiberG }),
      ...(rules ? { rules } : {}),
      ...(previousWeek ? { previousWeek } : {}),
    })
    for (const [id, adaptation] of library.adaptations) facts.set(id, adaptation.facts)
    const described = describePlan(result, facts, lang, library.adaptations)
    if (values.ics) writeCalendar(values.ics, weekFromDescribedPlan(parseDescribedPlan(described)), profile, lang)
    printJson(ctx, described)
    return 0
  },
}

/**
 * One `--lock <day>:<slot>=<recipeId>`: the day as 0–6 (Monday first) or a weekday (mon, Tuesday …),
 * a slot of the profile, and a recipe of the library; the meal is kept there at the household's servings
 * (with members, those of the people who eat it).
 */
export function parseLock(text: string, profile: Profile, facts: ReadonlyMap<string, RecipeFacts>): LockedSlot {
  const match = /^([^:=]+):([^:=]+)=(.+)$/.exec(text.trim())
  if (!match) throw new UsageError(`--lock must look like <day>:<slot>=<recipeId>, e.g. mon:dinner=d-dal, not "${text}"`)
  const [, dayText = '', slotText = '', recipeId = ''] = match
  const dayWord = dayText.trim().toLowerCase()
  const day = /^\d+$/.test(dayWord) ? Number(dayWord) : weekdays.indexOf(dayWord.slice(0, 3) as Weekday)
  if (!Number.isInteger(day) || day < 0 || day > 6) {
    throw new UsageError(`--lock day must be 0–6 or a weekday (mon … sun), not "${dayText}"`)
  }
  const slot = slotText.trim().toLowerCase() as MealSlot
  if (!mealSlots.includes(slot)) throw new UsageError(`--lock slot must be one of ${mealSlots.join(', ')}, not "${slotText}"`)
  if (!profile.slots.includes(slot)) throw new UsageError(`--lock slot "${slot}" is not one of the profile's meals (${profile.slots.join(', ')})`)
  const id = recipeId.trim()
  if (!facts.has(id)) throw new UsageError(`--lock recipe "${id}" is not in the recipes`)
  return { day, slot, recipeId: id, servings: mealServings(profile, weekdays[day] ?? 'mon', slot) || 1 }
}

/** `--ics <file>`: the planned week as iCalendar, at the profile's slot times (English words, recipe names in --lang). */
function writeCalendar(path: string, week: Week, profile: Profile, lang: FoodLang): void {
  const text = weekCalendar({ plan: week, ...(profile.slotTimes ? { slotTimes: profile.slotTimes } : {}), labels: englishCalendarLabels, lang, now: new Date() })
  try {
    writeFileSync(path, text, 'utf8')
  } catch (error) {
    throw new UsageError(`cannot write the calendar ${path}: ${(error as Error).message}`)
  }
}

/** A rules file: the profile's `rules` shape (README); a bad one names its bad fields. */
function readRules(path: string): PlanRules {
  const parsed = planRulesSchema.safeParse(readJson(path, 'rules'))
  if (!parsed.success) throw new UsageError(`invalid rules ${path}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'} ${i.message}`).join(', ')}`)
  return parsed.data
}

/** The recipe ids of a week `plan` printed, for "not the same as last week". */
function readPreviousWeek(path: string): string[] {
  try {
    return parseDescribedPlan(readJson(path, 'previous week')).days.flatMap((d) => d.meals.flatMap((m) => (m.recipeId ? [m.recipeId] : [])))
  } catch (error) {
    if (error instanceof PlanShapeError) throw new UsageError(`invalid previous week ${path}: ${error.message}`)
    throw error
  }
}

function readJson(path: string, what: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown
  } catch (error) {
    throw new UsageError(`cannot read ${what} ${path}: ${(error as Error).message}`)
  }
}
