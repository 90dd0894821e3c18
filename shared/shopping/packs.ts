/**
 * Buying units: how a catalogue food is sold (a 400 g can, a 1 l carton, a bunch, a head, a box
 * of 6 eggs, a piece of fruit) and how many of them a week's grams take. The rules are data in
 * data/packs.json, each with the source or the basis of its size; the first rule that matches a
 * food decides. A food no rule covers, and one a rule says is sold loose (meat at the counter,
 * ginger), is bought by weight: never a guessed pack.
 */
import { foodText } from '../food/rules/text'
import type { Food } from '../food/types'
import { densityGPerMl } from '../recipes/quantity'
import { aisleOf, type Aisle } from './aisles'
import packsFile from './data/packs.json' with { type: 'json' }
import { pieceMeasure } from './shopper-quantity'

export const packsFormat = 'gutplan-packs/1'

/** The units a food is bought in; the UI has a word for each, singular and plural. */
export const buyUnits = [
  'piece',
  'head',
  'bulb',
  'bunch',
  'can',
  'jar',
  'tube',
  'bottle',
  'carton',
  'pot',
  'pack',
  'bag',
  'box',
  'punnet',
  'loaf',
  'bar',
] as const
export type BuyUnit = (typeof buyUnits)[number]

/** What to buy: `count` (a whole number, at least 1) units of `packGrams` each (for a drained can, its drained grams). */
export interface Buy {
  readonly count: number
  readonly unit: BuyUnit
  readonly packGrams: number
}

/** An amount as a shopper reads it on a pack. */
export interface PackAmount {
  readonly amount: number
  readonly unit: 'g' | 'kg' | 'ml' | 'l'
}

/** The rule a food is bought by, as the list needs it. */
export interface PackInfo {
  /** The rule's id in data/packs.json. */
  readonly rule: string
  /** The size printed on the pack ("400 g", "1 l"); null for units counted by the food's own measure (a lemon, a head). */
  readonly size: PackAmount | null
  /** Eggs in a box, when the pack is counted in pieces. */
  readonly pieces: number | null
  /** The pack's `packGrams` is its drained weight (canned pulses and fish). */
  readonly isDrained: boolean
  /** Bought now and then and kept for months (spices, oils, flour): its leftover is stock, not waste. */
  readonly isPantryLike: boolean
  /** Millilitres per gram when the food is sold by volume (used and left are said in ml), else null. */
  readonly mlPerG: number | null
}

interface PackRuleRow {
  readonly id: string
  readonly ids?: readonly string[]
  readonly groups?: readonly string[]
  readonly aisles?: readonly string[]
  readonly name?: string
  readonly notName?: string
  readonly unit: BuyUnit | null
  readonly grams?: number
  readonly ml?: number
  readonly sizesG?: readonly number[]
  readonly pieces?: readonly number[]
  readonly measure?: 'piece'
  readonly drainedG?: number
  readonly pantryLike?: boolean
  readonly perishable?: boolean
  readonly source: string
}

interface PacksFile {
  readonly format: string
  readonly rules: readonly PackRuleRow[]
}

/** A rule of the pack table, compiled. */
export interface PackRule {
  readonly id: string
  /** Null: sold loose, by weight, on purpose. */
  readonly unit: BuyUnit | null
  /** Where the size comes from, or its stated basis. */
  readonly source: string
  /** The rule's own say on perishability (frozen food, garlic), when it overrides the aisle's. */
  readonly perishable: boolean | undefined
  readonly row: PackRuleRow
  matches(food: Food): boolean
}

function compile(row: PackRuleRow): PackRule {
  const ids = row.ids ? new Set(row.ids) : null
  const name = row.name === undefined ? null : new RegExp(row.name)
  const notName = row.notName === undefined ? null : new RegExp(row.notName)
  const groups = row.groups ? new Set(row.groups) : null
  const aisles = row.aisles ? new Set<string>(row.aisles) : null
  return {
    id: row.id,
    unit: row.unit,
    source: row.source,
    perishable: row.perishable,
    row,
    matches(food) {
      if (ids) return ids.has(food.id)
      const lower = foodText(food).lower
      if (groups && !groups.has(food.group)) return false
      if (aisles && !aisles.has(aisleOf(food))) return false
      if (name && !name.test(lower)) return false
      if (notName?.test(lower)) return false
      // A rule counted by the food's own piece measure covers only foods that have one.
      return row.measure !== 'piece' || pieceMeasure(food) !== null
    },
  }
}

const file = packsFile as unknown as PacksFile

/** The pack table, in the order rules are tried. */
export const packRules: readonly PackRule[] = file.rules.map(compile)

const ruleCache = new WeakMap<Food, PackRule | null>()

/** The rule a food is bought by, or null when no rule covers it (then it is bought by weight). */
export function packRuleOf(food: Food): PackRule | null {
  if (ruleCache.has(food)) return ruleCache.get(food) ?? null
  const rule = packRules.find((r) => r.matches(food)) ?? null
  ruleCache.set(food, rule)
  return rule
}

/** One pack size of a rule for a food: its grams of the food, and what its label says. */
interface PackSize {
  readonly unit: BuyUnit
  readonly grams: number
  readonly size: PackAmount | null
  readonly pieces: number | null
}

const massAmount = (grams: number): PackAmount => (grams >= 1000 ? { amount: grams / 1000, unit: 'kg' } : { amount: grams, unit: 'g' })
const volumeAmount = (ml: number): PackAmount => (ml >= 1000 ? { amount: ml / 1000, unit: 'l' } : { amount: ml, unit: 'ml' })

/** What the catalogue's piece units are bought as: a stalk or a clove is part of something sold whole, a piece. */
const measureUnits: Readonly<Record<string, BuyUnit>> = { piece: 'piece', head: 'head', bulb: 'bulb', bunch: 'bunch' }

function packSizes(rule: PackRule, food: Food): PackSize[] {
  const row = rule.row
  const unit = rule.unit
  if (!unit) return []
  const piece = row.measure === 'piece' ? pieceMeasure(food) : null
  if (row.measure === 'piece' && !piece) return []
  if (piece && row.pieces) return row.pieces.map((n) => ({ unit, grams: n * piece.gramsEach, size: null, pieces: n }))
  if (piece) return [{ unit: measureUnits[piece.unit] ?? unit, grams: piece.gramsEach, size: null, pieces: null }]
  if (row.ml !== undefined) return [{ unit, grams: row.ml * densityGPerMl(food), size: volumeAmount(row.ml), pieces: null }]
  const grams = row.sizesG ?? (row.grams === undefined ? [] : [row.grams])
  return grams.map((g) => ({ unit, grams: row.drainedG ?? g, size: massAmount(g), pieces: null }))
}

/** The smallest whole number of packs of `packGrams` that covers `grams` (at least 1), floating-point noise aside. */
export function packCount(grams: number, packGrams: number): number {
  return Math.max(1, Math.ceil(grams / packGrams - 1e-9))
}

/** How a week's grams of a food are bought: the units, what the week uses, and what is left. */
export interface Buying {
  /** Null: bought by weight (no rule, or a rule that sells it loose). */
  readonly buy: Buy | null
  /** Null: no rule covers the food. */
  readonly pack: PackInfo | null
  readonly usedG: number
  /** count × packGrams − usedG; 0 when bought by weight. */
  readonly leftoverG: number
}

/**
 * How to buy `grams` of a food: of the rule's sizes, the one that leaves least over (ties: the
 * bigger, fewer packs), bought in the smallest whole count that covers the grams.
 */
export function buying(food: Food, grams: number): Buying {
  const rule = packRuleOf(food)
  const usedG = grams
  if (!rule) return { buy: null, pack: null, usedG, leftoverG: 0 }
  let best: { size: PackSize; count: number; left: number } | null = null
  for (const size of packSizes(rule, food)) {
    if (!(size.grams > 0)) continue
    const count = packCount(grams, size.grams)
    const left = count * size.grams - grams
    if (!best || left < best.left - 1e-9 || (Math.abs(left - best.left) <= 1e-9 && size.grams > best.size.grams)) best = { size, count, left }
  }
  const info: PackInfo = {
    rule: rule.id,
    size: best?.size.size ?? null,
    pieces: best?.size.pieces ?? null,
    isDrained: rule.row.drainedG !== undefined,
    isPantryLike: rule.row.pantryLike === true,
    mlPerG: rule.row.ml === undefined ? null : 1 / densityGPerMl(food),
  }
  if (!best) return { buy: null, pack: info, usedG, leftoverG: 0 }
  return { buy: { count: best.count, unit: best.size.unit, packGrams: best.size.grams }, pack: info, usedG, leftoverG: Math.max(0, best.left) }
}

/** Aisles of foods that spoil within about a week of buying or opening. */
const perishableAisles: ReadonlySet<Aisle> = new Set(['produce', 'fermented-dairy', 'fish-meat'])
const keeps = /\b(canned|bottled|dried|dry|dehydrated|powder|frozen|smoked|salted|pickled)\b/

/**
 * Perishable: fresh produce and fresh herbs, dairy and chilled fermented foods, fresh meat and
 * fish, tofu and tempeh: foods kept in the fridge or the fruit bowl that spoil within days to
 * about a week once bought or opened (UK Food Standards Agency: "use by" foods and fresh
 * produce; WRAP's household food waste studies find these make up most of what is thrown
 * away). Not perishable: canned, dried, frozen, smoked or pickled foods, and what a rule says
 * keeps (garlic bulbs, frozen bags).
 */
export function isPerishable(food: Food): boolean {
  const rule = packRuleOf(food)
  if (rule?.perishable !== undefined) return rule.perishable
  if (rule?.row.pantryLike) return false
  const lower = foodText(food).lower
  if (keeps.test(lower)) return false
  const aisle = aisleOf(food)
  if (perishableAisles.has(aisle)) return true
  if (aisle === 'herbs-spices') return /\b(fresh|raw)\b/.test(lower)
  return /^(tofu|tempeh)\b/.test(lower)
}
