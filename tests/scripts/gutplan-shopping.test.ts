import { everydayNames } from '../../shared/food/names'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { defaultProfile } from '../../shared/profile/profile'
import type { DescribedPlan } from '../../shared/week/describe'
import { aisles } from '../../shared/shopping/aisles'
import type { FoodLine, OmittedIngredient, ShoppingSection } from '../../shared/shopping/types'
import { runScript } from './run-script'

const dir = mkdtempSync(join(tmpdir(), 'gutplan-shopping-'))
function file(name: string, value: unknown): string {
  const path = join(dir, name)
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value))
  return path
}

interface ShoppingOutput {
  week: string
  aisles: ShoppingSection[]
  pantry: FoodLine[]
  omitted: OmittedIngredient[]
}

describe('gutplan shopping', { timeout: 60_000 }, () => {
  const profile = file('profile.json', { ...defaultProfile(), householdSize: 2 })
  const week = join(dir, 'week.json')
  let plan: DescribedPlan
  let first: ShoppingOutput

  beforeAll(() => {
    const run = runScript('scripts/gutplan.ts', ['plan', '--profile', profile, '--week', '2026-W48', '--seed', '2'])
    expect(run.status, run.stderr).toBe(0)
    writeFileSync(week, run.stdout)
    plan = JSON.parse(run.stdout) as DescribedPlan
    const shopping = runScript('scripts/gutplan.ts', ['shopping', '--plan', week])
    expect(shopping.status, shopping.stderr).toBe(0)
    first = JSON.parse(shopping.stdout) as ShoppingOutput
  }, 120_000)

  it('turns the week `gutplan plan` prints into a list by aisle', () => {
    expect(first.week).toBe('2026-W48')
    expect(first.pantry).toEqual([])
    const order = first.aisles.map((s) => aisles.indexOf(s.aisle))
    expect(order).toEqual([...order].sort((a, b) => a - b))
    const lines = first.aisles.flatMap((s) => s.lines) as FoodLine[]
    expect(lines.length).toBeGreaterThan(20)
    for (const line of lines) {
      expect(line.kind).toBe('food')
      expect(line.key).toBe(line.foodId)
      expect(line.grams).toBeGreaterThan(0)
      expect(['count', 'volume', 'mass']).toContain(line.display.kind)
      expect(line.from.length).toBeGreaterThan(0)
      // What to buy: whole packs covering the week, what is left; or by weight.
      expect(line.usedG).toBeCloseTo(line.grams, 6)
      if (line.buy) {
        expect(Number.isInteger(line.buy.count) && line.buy.count >= 1).toBe(true)
        expect(line.leftoverG).toBeCloseTo(line.buy.count * line.buy.packGrams - line.usedG, 6)
        expect(line.leftoverG).toBeLessThan(line.buy.packGrams)
      } else expect(line.leftoverG).toBe(0)
    }
    expect(lines.some((l) => l.buy !== null)).toBe(true)
    // Every planned ingredient is on the list (a part, like lemon juice, in the whole it is bought as), or reported as left out (tap water).
    const planned = new Set(plan.days.flatMap((d) => d.meals.flatMap((m) => m.ingredients.map((i) => i.foodId))))
    const listed = new Set([...lines.flatMap((l) => (l.fromParts.length && !planned.has(l.foodId) ? l.fromParts : [l.foodId, ...l.fromParts])), ...first.omitted.map((o) => o.foodId)])
    expect(listed).toEqual(planned)
    expect(first.omitted.every((o) => o.reason === 'water')).toBe(true)
  })

  it('moves pantry foods apart and follows an aisle order', () => {
    const chosen = first.aisles.map((s) => s.lines[0]!.key).slice(0, 2)
    const run = runScript('scripts/gutplan.ts', ['shopping', '--plan', week, '--pantry', chosen.join(','), '--aisles', 'other,oils'])
    expect(run.status, run.stderr).toBe(0)
    const list = JSON.parse(run.stdout) as ShoppingOutput
    expect(list.pantry.map((l) => l.foodId).sort()).toEqual([...chosen].sort())
    expect(list.aisles.flatMap((s) => s.lines).some((l) => chosen.includes(l.key))).toBe(false)
    expect(list.aisles.slice(0, 2).map((s) => s.aisle)).toEqual(['other', 'oils'])
  })

  it('names foods by their everyday names, in German with --lang de, and keeps the description', () => {
    const lines = first.aisles.flatMap((s) => s.lines) as FoodLine[]
    for (const line of lines) {
      expect(line.name).toBe(everydayNames(line.foodId)?.en ?? line.description)
      expect(line.description.length).toBeGreaterThan(0)
    }
    const run = runScript('scripts/gutplan.ts', ['shopping', '--plan', week, '--lang', 'de'])
    expect(run.status, run.stderr).toBe(0)
    const german = (JSON.parse(run.stdout) as ShoppingOutput).aisles.flatMap((s) => s.lines) as FoodLine[]
    expect(german.map((l) => l.foodId).sort()).toEqual(lines.map((l) => l.foodId).sort())
    for (const line of german) expect(line.name).toBe(everydayNames(line.foodId)?.de ?? line.description)
  })

  it.each([
    ['csv', /^Aisle,Item,Quantity,Grams,Ticked\r\nProduce,/],
    ['markdown', /^## Produce\n\n- \[ \] /],
  ])('prints --format %s from the same list', (format, start) => {
    const run = runScript('scripts/gutplan.ts', ['shopping', '--plan', week, '--format', format])
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toMatch(start)
  })

  it.each([
    [['shopping'], /needs --plan/],
    [['shopping', '--plan', 'WEEK', '--pantry', '04053,nope'], /unknown food id in --pantry: nope/],
    [['shopping', '--plan', 'WEEK', '--aisles', 'produce,bakery'], /unknown aisle "bakery"/],
    [['shopping', '--plan', 'WEEK', '--format', 'pdf'], /--format must be one of/],
    [['shopping', '--plan', 'WEEK', '--lang', 'fr'], /--lang must be one of en, de/],
    [['shopping', '--plan', 'MISSING'], /cannot read plan .*missing\.json/],
    [['shopping', '--plan', 'BROKEN'], /cannot read plan .*broken\.json/],
    [['shopping', '--plan', 'PROFILE'], /invalid plan .*: week: /],
  ])('refuses %j with a message, the usage and exit code 2', (args, message) => {
    const paths: Record<string, string> = {
      WEEK: week,
      MISSING: join(dir, 'missing.json'),
      BROKEN: file('broken.json', '{ "week": '),
      PROFILE: profile,
    }
    const run = runScript('scripts/gutplan.ts', args.map((a) => paths[a] ?? a))
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(message)
    expect(run.stderr).toMatch(/usage: gutplan shopping --plan/)
  })
})
