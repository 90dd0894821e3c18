/**
 * The judged reference set: foods drawn from all 25 USDA groups (13 each, seeded), every curated
 * food and the hard cases of issue 11, each with the tags a careful reviewer gave it from
 * REFERENCE and the law (never from this code's output), and the reason. This module compares the
 * knowledge layer's answers with them, per tag kind.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { assessFindings } from '../../../shared/food/assess'
import { knowledgeOf, type FoodKnowledge } from '../../../shared/food/knowledge'
import type { Finding } from '../../../shared/food/rules/types'
import type { Food } from '../../../shared/food/types'
import { allergens as allergenKeys, fodmapSubgroups, type Allergen } from '../../../shared/profile/profile'

export type JudgedGluten = 'contains' | 'may' | 'unknown' | 'free'
export type JudgedLactose = 'free' | 'low' | 'not-low' | 'unknown'
export type JudgedDiet = 'fits' | 'excluded' | 'unknown'

export interface Judged {
  id: string
  name: string
  allergens: Partial<Record<Allergen, 'is' | 'may'>>
  gluten: JudgedGluten
  lactose: JudgedLactose
  diet: { vegan: JudgedDiet; vegetarian: JudgedDiet; pescatarian: JudgedDiet }
  fodmap: 'low' | 'not-low' | 'unknown'
  fiber: 'none' | 'source' | 'high'
  omega3: 'none' | 'source' | 'high'
  fermented: 'live' | 'reduced' | 'none' | 'not-fermented'
  why: string
}

const dir = fileURLToPath(new URL('./judged/', import.meta.url))

/** Every judged food, from the JSON files in ./judged. */
export function judgedFoods(): Judged[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => JSON.parse(readFileSync(dir + f, 'utf8')) as Judged[])
}

/** The code's answers in the judged set's terms. */
export interface CodeView {
  allergens: Partial<Record<Allergen, 'is' | 'may'>>
  gluten: JudgedGluten
  lactose: 'fits' | 'not-low' | 'unknown'
  diet: Judged['diet']
  fodmap: Judged['fodmap']
  fiber: Judged['fiber']
  omega3: Judged['omega3']
  fermented: Judged['fermented']
}

function level<T extends string>(findings: readonly Finding[], rule: Finding['rule'], none: T): T | string {
  return findings.find((f) => f.rule === rule)?.level ?? none
}

/** What the knowledge layer says about a food, as the judged set's classes. */
export function codeView(food: Food): CodeView {
  const findings = assessFindings(food)
  const k: FoodKnowledge = knowledgeOf(food, findings)
  const fodmapLevels = fodmapSubgroups.map((s) => k.fodmap[s].levelAtServe)
  const diet = (s: 'vegan' | 'vegetarian' | 'pescatarian'): JudgedDiet => {
    const d = k.diets[s]
    return d.status === 'free' ? 'fits' : d.status === 'contains' && d.certainty === 'is' ? 'excluded' : 'unknown'
  }
  return {
    allergens: { ...k.allergens },
    gluten: k.gluten.status === 'free' ? 'free' : k.gluten.status === 'unknown' ? 'unknown' : k.gluten.certainty === 'is' ? 'contains' : 'may',
    lactose: k.lactose.levelAtServe === 'low' ? 'fits' : k.lactose.levelAtServe === 'unknown' ? 'unknown' : 'not-low',
    diet: { vegan: diet('vegan'), vegetarian: diet('vegetarian'), pescatarian: diet('pescatarian') },
    fodmap: fodmapLevels.some((l) => l === 'moderate' || l === 'high') ? 'not-low' : fodmapLevels.every((l) => l === 'low') ? 'low' : 'unknown',
    fiber: level(findings, 'fiber', 'none') as Judged['fiber'],
    omega3: level(findings, 'omega-3', 'none') as Judged['omega3'],
    fermented: level(findings, 'fermented', 'not-fermented') as Judged['fermented'],
  }
}

export const tagKinds = ['allergens', 'gluten', 'lactose', 'diet', 'fodmap', 'fiber', 'omega3', 'fermented'] as const
export type TagKind = (typeof tagKinds)[number]

/**
 * One disagreement. `severity`: 'unsafe' when the code lets through what the judge says a person
 * with the limit must not have (or misses an allergen); 'wrong' when the code states something the
 * judge says is false (a false friend, a missed "contains", a wrong level); 'cautious' when the code
 * answers "unknown" or "may" where the judge knew the food fits. Errors are unsafe and wrong ones.
 */
export interface Disagreement {
  id: string
  name: string
  kind: TagKind
  severity: 'unsafe' | 'wrong' | 'cautious'
  judged: string
  code: string
}

/** Where the code disagrees with the judge, and how (see Disagreement). */
export function disagreements(judged: Judged, code: CodeView): Disagreement[] {
  const out: Disagreement[] = []
  const add = (kind: TagKind, severity: Disagreement['severity'], j: unknown, c: unknown) =>
    out.push({ id: judged.id, name: judged.name, kind, severity, judged: JSON.stringify(j), code: JSON.stringify(c) })
  const missed = allergenKeys.filter((a) => judged.allergens[a] && !code.allergens[a])
  const falseIs = allergenKeys.filter((a) => !judged.allergens[a] && code.allergens[a] === 'is')
  const extraMay = allergenKeys.filter((a) => !judged.allergens[a] && code.allergens[a] === 'may')
  const severity = missed.length ? 'unsafe' : falseIs.length ? 'wrong' : extraMay.length ? 'cautious' : null
  if (severity) add('allergens', severity, judged.allergens, code.allergens)
  const jg = judged.gluten
  const cg = code.gluten
  if (cg === 'free' && jg !== 'free') add('gluten', 'unsafe', jg, cg)
  else if ((jg === 'free' && cg === 'contains') || (jg === 'contains' && cg === 'unknown') || (cg === 'contains' && jg === 'unknown')) add('gluten', 'wrong', jg, cg)
  else if (jg === 'free' && cg !== 'free') add('gluten', 'cautious', jg, cg)
  const fit = (kind: TagKind, judgeFits: boolean, codeFits: boolean, codeUnknown: boolean, j: unknown, c: unknown) => {
    if (codeFits && !judgeFits) add(kind, 'unsafe', j, c)
    else if (judgeFits && !codeFits) add(kind, codeUnknown ? 'cautious' : 'wrong', j, c)
  }
  fit('lactose', judged.lactose === 'free' || judged.lactose === 'low', code.lactose === 'fits', code.lactose === 'unknown', judged.lactose, code.lactose)
  const diets = ['vegan', 'vegetarian', 'pescatarian'] as const
  const dietUnsafe = diets.some((d) => code.diet[d] === 'fits' && judged.diet[d] !== 'fits')
  const dietWrong = diets.some((d) => judged.diet[d] === 'fits' && code.diet[d] === 'excluded')
  const dietCautious = diets.some((d) => judged.diet[d] === 'fits' && code.diet[d] === 'unknown')
  if (dietUnsafe || dietWrong || dietCautious) add('diet', dietUnsafe ? 'unsafe' : dietWrong ? 'wrong' : 'cautious', judged.diet, code.diet)
  fit('fodmap', judged.fodmap === 'low', code.fodmap === 'low', code.fodmap === 'unknown', judged.fodmap, code.fodmap)
  if (judged.fiber !== code.fiber) add('fiber', 'wrong', judged.fiber, code.fiber)
  if (judged.omega3 !== code.omega3) add('omega3', 'wrong', judged.omega3, code.omega3)
  if (judged.fermented !== code.fermented) add('fermented', 'wrong', judged.fermented, code.fermented)
  return out
}
