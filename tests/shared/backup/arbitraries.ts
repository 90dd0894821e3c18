/**
 * Generators of malformed and hostile backup files for the property tests: valid files broken at
 * one random place, with wrong types, missing fields, huge strings, deep nesting,
 * prototype-pollution keys, duplicate ids and dangling references; and files that are not
 * backups at all.
 */
import fc from 'fast-check'
import type { BackupFile } from '../../../shared/backup/format'
import { sampleFile } from './fixtures'

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type Path = (string | number)[]

/** Every path to a value in the sample file, the root excluded. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return []
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value)
  return entries.flatMap(([key, child]) => [[...prefix, key], ...pathsOf(child, [...prefix, key])])
}

const samplePaths = pathsOf(sampleFile())
const objectPaths = [[] as Path, ...samplePaths].filter((path) => {
  const node = path.reduce<unknown>((n, k) => (n as Record<string | number, unknown>)[k], sampleFile())
  return typeof node === 'object' && node !== null && !Array.isArray(node)
})

const nested = (depth: number): Json => (depth === 0 ? 'bottom' : [nested(depth - 1)])

/** An object with an own property named `key` (a literal `{ __proto__: … }` would set the prototype instead). */
const withOwnKey = (key: string, value: Json): Json => JSON.parse(`{${JSON.stringify(key)}:${JSON.stringify(value)}}`) as Json

/** A value that does not belong where it is put (or, by chance, does). */
export const hostileValue: fc.Arbitrary<Json | undefined> = fc.oneof(
  fc.constantFrom<Json | undefined>(
    undefined, // the field is removed
    null,
    true,
    0,
    -1,
    1e308,
    -1e-308,
    '',
    ' ',
    '<img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    '"><script>alert(1)</script>',
    '__proto__',
    'own-',
    '2026-W99',
    '2026-13-45T99:00:00Z',
    [],
    {},
    [null],
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
  fc.integer({ min: 50, max: 80 }).map(nested),
  fc.constantFrom(100_001, 200_000).map((n) => 'x'.repeat(n)),
  fc.constantFrom('__proto__', 'constructor', 'prototype').map((key) => withOwnKey(key, { polluted: true })),
)

export interface Mutation {
  path: Path
  value: Json | undefined
}

/** The sample file with the value at `path` replaced (or removed when `value` is undefined). */
export function mutate(m: Mutation): unknown {
  const file = JSON.parse(JSON.stringify(sampleFile())) as Record<string | number, unknown>
  const parent = m.path.slice(0, -1).reduce<Record<string | number, unknown>>((n, k) => n[k] as Record<string | number, unknown>, file)
  const key = m.path[m.path.length - 1]!
  if (m.value === undefined) {
    if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1)
    else delete parent[key]
  } else parent[key] = m.value
  return file
}

/** One place in the sample broken with a hostile value. */
export const mutation: fc.Arbitrary<Mutation> = fc.record({ path: fc.constantFrom(...samplePaths), value: hostileValue })

/** A forbidden key added to one object of the sample, as JSON text (JSON.parse makes it an own property). */
export const pollutedText: fc.Arbitrary<{ text: string; key: string }> = fc
  .record({ path: fc.constantFrom(...objectPaths), key: fc.constantFrom('__proto__', 'constructor', 'prototype'), value: fc.jsonValue({ maxDepth: 2 }) })
  .map(({ path, key, value }) => {
    const file = JSON.parse(JSON.stringify(sampleFile())) as Record<string | number, unknown>
    const target = path.reduce<Record<string | number, unknown>>((n, k) => n[k] as Record<string | number, unknown>, file)
    const marker = 'zz-forbidden-key-goes-here-zz'
    target[marker] = value
    return { text: JSON.stringify(file).replace(JSON.stringify(marker), JSON.stringify(key)), key }
  })

type Kind = 'ownFoods' | 'ownRecipes' | 'plans' | 'shopping'

/** A record of a list kind copied over another (a duplicate id), or a planned meal pointed at a recipe nobody has. */
export const brokenReference: fc.Arbitrary<{ file: BackupFile; expected: 'duplicate-id' | 'unknown-recipe' | 'id-mismatch' | 'recipe-mismatch' }> = fc.oneof(
  fc.record({ kind: fc.constantFrom<Kind>('ownFoods', 'ownRecipes', 'plans', 'shopping'), copies: fc.integer({ min: 1, max: 4 }) }).map(({ kind, copies }) => {
    const file = sampleFile()
    const list = file.data[kind] as unknown[]
    for (let i = 0; i < copies; i++) list.push(structuredClone(list[0]))
    return { file, expected: 'duplicate-id' as const }
  }),
  fc.record({ id: fc.string({ minLength: 1, maxLength: 30 }), day: fc.integer({ min: 1, max: 6 }) }).map(({ id, day }) => {
    const file = sampleFile()
    const recipeId = `own-missing-${id}`
    file.data.plans[0]!.days[day]!.meals = [{ slot: 'lunch', recipeId, servings: 2, locked: false, byHand: true, reasons: [], recipe: null }]
    return { file, expected: 'unknown-recipe' as const }
  }),
  fc.string({ minLength: 1, maxLength: 30 }).map((suffix) => {
    const file = sampleFile()
    file.data.ownRecipes[1]!.id = `own-x${suffix}`
    return { file, expected: 'id-mismatch' as const }
  }),
  fc.constantFrom(0, 1).map((meal) => {
    const file = sampleFile()
    file.data.plans[0]!.days[0]!.meals[meal]!.recipeId = 'b-some-other-recipe'
    return { file, expected: 'recipe-mismatch' as const }
  }),
)
