/** The gutplan command line, run as a process. */
import { everydayNames } from '../../shared/food/names'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultProfile } from '../../shared/profile/profile'
import { runScript } from './run-script'

const gutplan = (...args: string[]) => runScript('scripts/gutplan.ts', args)

describe('gutplan CLI', { timeout: 60_000 }, () => {
  it('foods search prints JSON hits', () => {
    const r = gutplan('foods', 'search', 'apple', '--limit', '3')
    expect(r.status).toBe(0)
    const out = JSON.parse(r.stdout) as { query: string; lang: string; hits: { id: string; name: string; description: string }[] }
    expect(out.query).toBe('apple')
    expect(out.lang).toBe('en')
    expect(out.hits).toHaveLength(3)
    expect(out.hits[0]).toMatchObject({ id: '09003', name: everydayNames('09003')!.en, description: 'Apples, raw, with skin' })
  })

  it('foods search finds German words and names hits in --lang', () => {
    const r = gutplan('foods', 'search', 'Lachs', '--lang', 'de', '--limit', '2')
    expect(r.status).toBe(0)
    const out = JSON.parse(r.stdout) as { lang: string; hits: { id: string; name: string; description: string }[] }
    expect(out.lang).toBe('de')
    expect(out.hits[0]!.name).toMatch(/Lachs/)
    expect(out.hits[0]!.description).toMatch(/^Fish, salmon/)
  })

  it('food prints nutrients, measures and the assessment, with conflicts for a profile', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gutplan-'))
    const profileFile = join(dir, 'profile.json')
    writeFileSync(profileFile, JSON.stringify({ ...defaultProfile(), intolerances: ['lactose'] }))
    const r = gutplan('food', 'gp-kefir', '--profile', profileFile)
    expect(r.status).toBe(0)
    const out = JSON.parse(r.stdout)
    expect(out.food).toMatchObject({ id: 'gp-kefir', nutrients: { energyKcal: 61, transG: null } })
    expect(out.food.measures[0]).toEqual({ amount: 1, name: 'cup', grams: 244 })
    expect(out.assessment.findings).toContainEqual(expect.objectContaining({ rule: 'fermented', level: 'live', source: ['ISAPP-FF', 'MARCO-T1'] }))
    expect(out.assessment.conflicts).toEqual([{ reason: 'intolerance', rule: 'lactose', subject: 'lactose', certainty: 'is' }])
    expect(out.knowledge).toMatchObject({ foodId: 'gp-kefir', kind: 'dairy', gluten: { status: 'free' }, lactose: { status: 'contains', gPer100G: 6 }, allergens: { milk: 'is' } })
    expect(out.knowledge.fodmap.fructans).toMatchObject({ status: 'free', lowUpToG: 'any' })
  })

  it.each([
    [[]],
    [['foods']],
    [['foods', 'search']],
    [['foods', 'search', 'apple', '--limit', 'many']],
    [['foods', 'search', 'apple', '--lang', 'fr']],
    [['food']],
    [['food', '09003', '15076']],
    [['food', '09003', '--colour']],
    [['plan']],
  ])('exits 2 with usage on stderr for %j', (args) => {
    const r = gutplan(...args)
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/usage/)
    expect(r.stdout).toBe('')
  })

  it('exits 1 for an unknown food', () => {
    const r = gutplan('food', '00000')
    expect(r.status).toBe(1)
    expect(JSON.parse(r.stderr)).toEqual({ error: 'not-found', id: '00000' })
  })
})
