import { describe, expect, it } from 'vitest'
import { addMember, removeMember, renameMember, setMemberEats, setMemberEnergy, setMemberLimits } from '../../../shared/profile/member-edits'
import { householdFactor, householdProfile, mealEaters, mealServings, nextMemberName, tableProfile } from '../../../shared/profile/members'
import { defaultProfile, normalizeProfile, validateProfile, type Profile } from '../../../shared/profile/profile'
import { householdMember } from './member-fixture'

const member = householdMember

const child = member('Ben', { intolerances: ['gluten'], targets: { energyKcal: 1400 } })

const family = (): Profile => ({
  ...defaultProfile(),
  avoidFoods: [{ type: 'text', text: 'liver' }],
  householdSize: 2,
  members: [
    member('Anna', { intolerances: ['lactose'], diet: 'pescatarian' }),
    member('Ben', { intolerances: ['gluten'], targets: { energyKcal: 1400 }, away: [{ day: 'mon', slot: 'lunch' }] }),
  ],
})

describe('the people at the table', () => {
  it('a shared meal keeps the union of its eaters’ limits and the profile’s own, with the strictest diet', () => {
    const p = family()
    const both = tableProfile(p, mealEaters(p, 'tue', 'lunch'))
    expect(both.intolerances).toEqual(['gluten', 'lactose'])
    expect(both.diet).toBe('pescatarian')
    expect(both.avoidFoods).toEqual([{ type: 'text', text: 'liver' }])
    expect(both.members).toBeUndefined()
    const annaAlone = tableProfile(p, mealEaters(p, 'mon', 'lunch'))
    expect(annaAlone.intolerances).toEqual(['lactose'])
    expect(householdProfile(p).intolerances).toEqual(['gluten', 'lactose'])
    expect(tableProfile(p, [member('V', { diet: 'vegan' })]).diet).toBe('vegan')
  })

  it('portions follow each eater’s energy; without members, the household size', () => {
    const p = family()
    expect(householdFactor(p, mealEaters(p, 'tue', 'dinner'))).toBeCloseTo(1.7)
    expect(householdFactor(p, mealEaters(p, 'mon', 'lunch'))).toBeCloseTo(1)
    expect(householdFactor({ ...defaultProfile(), householdSize: 3 }, [])).toBe(3)
    expect(mealEaters(defaultProfile(), 'mon', 'lunch')).toEqual([])
    expect(mealServings(p, 'tue', 'dinner')).toBe(1.75)
    expect(mealServings(p, 'tue', 'dinner', 0.5)).toBe(0.75)
    expect(mealServings({ ...defaultProfile(), householdSize: 3 }, 'mon', 'lunch', 0.5)).toBe(1.5)
    expect(mealServings({ ...p, members: [{ ...child, away: [{ day: 'mon', slot: 'lunch' }] }] }, 'mon', 'lunch')).toBe(0)
  })

  it('validates members: names trimmed, unique and 1–40 characters, energy in range, at most 12, strict fields', () => {
    expect(validateProfile(family()).ok).toBe(true)
    const ok = validateProfile({ ...family(), members: [member('  Anna ')] })
    expect(ok.ok && ok.profile.members?.[0]?.name).toBe('Anna')
    expect(ok.ok && ok.profile.householdSize).toBe(1)
    const bad = (members: unknown) => validateProfile({ ...defaultProfile(), members })
    expect(bad([member('Anna'), member('anna ')])).toEqual({ ok: false, issues: [{ path: 'members', code: 'duplicate' }] })
    expect(bad([member('')])).toEqual({ ok: false, issues: [{ path: 'members.0.name', code: 'required' }] })
    expect(bad([member('x'.repeat(41))]).ok).toBe(false)
    expect(bad([member('A', { targets: { energyKcal: 900 } })])).toEqual({ ok: false, issues: [{ path: 'members.0.targets.energyKcal', code: 'range' }] })
    expect(bad(Array.from({ length: 13 }, (_, i) => member(`P${i}`))).ok).toBe(false)
    expect(bad([{ ...member('A'), age: 3 }]).ok).toBe(false)
    expect(bad([member('A', { away: [{ day: 'mon', slot: 'lunch' }, { day: 'mon', slot: 'lunch' }] })]).ok).toBe(false)
  })

  it('normalises stored members member by member, nothing good lost', () => {
    const { profile, repaired } = normalizeProfile({ ...family(), members: [member('Anna', { diet: 'pizza' as never }), member('Anna'), 'junk'] })
    expect(profile.members?.map((m) => m.name)).toEqual(['Anna', 'Anna 2', '3'])
    expect(profile.members?.[0]?.diet).toBe('omnivore')
    expect(profile.householdSize).toBe(3)
    expect(repaired).toEqual(expect.arrayContaining(['members.0.diet', 'members.1.name', 'members.2.name']))
    expect(normalizeProfile(family())).toEqual({ profile: family(), repaired: [] })
    const single = normalizeProfile({ ...defaultProfile(), householdSize: 4 })
    expect(single.profile.members).toBeUndefined()
    expect(single.profile.householdSize).toBe(4)
    expect(normalizeProfile({ ...defaultProfile(), householdSize: 4, members: [] }).profile).toEqual({ ...defaultProfile(), householdSize: 4 })
  })
})

describe('editing the people at the table', () => {
  const ok = (edit: ReturnType<typeof addMember>): Profile => {
    if (!edit.ok) throw new Error(JSON.stringify(edit.issue))
    return edit.profile
  }

  it('the first person added brings the profile’s own one along; household size follows the count', () => {
    const me = { ...defaultProfile(), intolerances: ['lactose' as const], targets: { fiberG: 30, energyKcal: 2200 } }
    const two = ok(addMember(me, 'Ben', 'Me'))
    expect(two.members?.map((m) => [m.name, m.intolerances, m.targets.energyKcal])).toEqual([
      ['Me', ['lactose'], 2200],
      ['Ben', [], 2200],
    ])
    expect(two.householdSize).toBe(2)
    expect(two.intolerances).toEqual(['lactose'])
    const three = ok(addMember(two, 'Cleo', 'Me'))
    expect(three.householdSize).toBe(3)
    expect(addMember(two, ' ben', 'Me')).toEqual({ ok: false, issue: { path: 'members.2.name', code: 'duplicate' } })
  })

  it('renames, sets limits, energy and meals eaten, refusing bad input', () => {
    const p = family()
    expect(ok(renameMember(p, 1, ' Bea ')).members?.[1]?.name).toBe('Bea')
    expect(renameMember(p, 1, 'Anna')).toEqual({ ok: false, issue: { path: 'members.1.name', code: 'duplicate' } })
    expect(renameMember(p, 1, ' ')).toEqual({ ok: false, issue: { path: 'members.1.name', code: 'required' } })
    expect(renameMember(p, 5, 'X')).toEqual({ ok: false, issue: { path: 'members.5', code: 'invalid' } })
    expect(ok(setMemberLimits(p, 0, { allergens: ['eggs'], diet: 'vegan' })).members?.[0]).toMatchObject({ allergens: ['eggs'], diet: 'vegan', intolerances: ['lactose'] })
    expect(ok(setMemberEnergy(p, 1, 1600)).members?.[1]?.targets.energyKcal).toBe(1600)
    expect(setMemberEnergy(p, 1, 6000)).toEqual({ ok: false, issue: { path: 'members.1.targets.energyKcal', code: 'range' } })
    expect(setMemberEnergy(p, 1, 1500.5)).toEqual({ ok: false, issue: { path: 'members.1.targets.energyKcal', code: 'whole' } })
    const away = ok(setMemberEats(p, 0, 'sat', 'breakfast', false))
    expect(away.members?.[0]?.away).toEqual([{ day: 'sat', slot: 'breakfast' }])
    expect(ok(setMemberEats(away, 0, 'sat', 'breakfast', true)).members?.[0]?.away).toBeUndefined()
    expect(ok(setMemberEats(p, 1, 'mon', 'lunch', true)).members?.[1]).not.toHaveProperty('away')
  })

  it('names the next person by the first free place at the table', () => {
    const nameFor = (n: number) => `Person ${n}`
    expect(nextMemberName(defaultProfile(), nameFor)).toBe('Person 2')
    expect(nextMemberName(family(), nameFor)).toBe('Person 3')
    expect(nextMemberName({ ...family(), members: [member('Person 3'), member('x')] }, nameFor)).toBe('Person 4')
  })

  it('removing people down to none is one person again', () => {
    const one = ok(removeMember(family(), 0))
    expect(one.members?.map((m) => m.name)).toEqual(['Ben'])
    expect(one.householdSize).toBe(1)
    const none = ok(removeMember(one, 0))
    expect(none.members).toBeUndefined()
    expect(none.householdSize).toBe(1)
    expect(removeMember(none, 0).ok).toBe(false)
  })
})
