import { describe, expect, it } from 'vitest'
import {
  defaultProfile,
  normalizeProfile,
  parseSlotTime,
  profileLimits,
  validateProfile,
  type Profile,
} from '../../../shared/profile/profile'

const withChange = (change: Partial<Profile>): unknown => ({ ...defaultProfile(), ...change })

describe('validateProfile', () => {
  it('accepts the defaults', () => {
    expect(validateProfile(defaultProfile())).toEqual({ ok: true, profile: defaultProfile() })
  })

  it.each([
    ['householdSize', { householdSize: 0 }, 'range'],
    ['householdSize', { householdSize: -2 }, 'range'],
    ['householdSize', { householdSize: 2.5 }, 'whole'],
    ['householdSize', { householdSize: Number.NaN }, 'required'],
    ['householdSize', { householdSize: profileLimits.householdSize.max + 1 }, 'range'],
    ['targets.fiberG', { targets: { fiberG: 300, energyKcal: 2000 } }, 'range'],
    ['targets.fiberG', { targets: { fiberG: -1, energyKcal: 2000 } }, 'range'],
    ['targets.energyKcal', { targets: { fiberG: 30, energyKcal: 99999 } }, 'range'],
    ['targets.energyKcal', { targets: { fiberG: 30, energyKcal: Number.POSITIVE_INFINITY } }, 'required'],
    ['slots', { slots: [] }, 'required'],
    ['slots', { slots: ['lunch', 'lunch'] }, 'duplicate'],
    ['intolerances', { intolerances: ['gluten', 'gluten'] }, 'duplicate'],
    ['avoidFoods.0.text', { avoidFoods: ['   '] }, 'required'],
    ['avoidFoods.0.text', { avoidFoods: ['x'.repeat(61)] }, 'too-long'],
  ] as const)('refuses a bad %s (%j) with code %s', (path, change, code) => {
    const result = validateProfile(withChange(change as Partial<Profile>))
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.issues).toContainEqual({ path, code })
  })

  it('refuses unknown values and extra fields', () => {
    expect(validateProfile(withChange({ diet: 'carnivore' as never })).ok).toBe(false)
    expect(validateProfile(withChange({ allergens: ['gluten'] as never })).ok).toBe(false)
    expect(validateProfile({ ...defaultProfile(), isAdmin: true }).ok).toBe(false)
    expect(validateProfile(null).ok).toBe(false)
  })

  it('puts meal slots in day order', () => {
    const result = validateProfile(withChange({ slots: ['snack', 'breakfast', 'dinner'] }))
    expect(result.ok && result.profile.slots).toEqual(['breakfast', 'dinner', 'snack'])
  })
})

describe('normalizeProfile', () => {
  it('keeps every valid field and repairs only the broken ones', () => {
    const stored = { ...defaultProfile(), diet: 'vegan', householdSize: 'three', targets: { fiberG: 40, energyKcal: -5 } }
    const { profile, repaired } = normalizeProfile(stored)
    expect(profile.diet).toBe('vegan')
    expect(profile.householdSize).toBe(1)
    expect(profile.targets).toEqual({ fiberG: 40, energyKcal: 2000 })
    expect(repaired.sort()).toEqual(['householdSize', 'targets.energyKcal'])
  })

  it('returns the defaults for something that is not a profile', () => {
    expect(normalizeProfile('nonsense').profile).toEqual(defaultProfile())
  })
})


describe('slot times', () => {
  it('keeps valid HH:MM times for some slots', () => {
    const slotTimes = { breakfast: '07:30', dinner: '19:00', snack: '00:00' }
    expect(validateProfile(withChange({ slotTimes }))).toEqual({ ok: true, profile: { ...defaultProfile(), slotTimes } })
    expect(parseSlotTime('23:59')).toEqual({ hours: 23, minutes: 59 })
  })

  it.each(['7:30', '24:00', '12:60', '12:30:00', ' 12:30', '', 'noon'])('refuses %j instead of rounding it', (time) => {
    const result = validateProfile(withChange({ slotTimes: { lunch: time } }))
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.issues).toContainEqual({ path: 'slotTimes.lunch', code: 'invalid' })
    expect(parseSlotTime(time)).toBeUndefined()
  })

  it('refuses a slot that is not a meal slot', () => {
    expect(validateProfile(withChange({ slotTimes: { brunch: '10:00' } as never })).ok).toBe(false)
  })

  it('normalizing keeps good times and drops bad ones without touching members', () => {
    const members = [{ name: 'Ana', intolerances: [], allergens: [], diet: 'omnivore', avoidFoods: [], targets: { energyKcal: 1800 } }]
    const kept = normalizeProfile(withChange({ slotTimes: { lunch: '12:15' }, members: members as never }))
    expect(kept.profile.slotTimes).toEqual({ lunch: '12:15' })
    expect(kept.profile.members).toEqual(members)
    expect(kept.repaired).toEqual([])
    const dropped = normalizeProfile(withChange({ slotTimes: { lunch: '25:00' } }))
    expect(dropped.profile.slotTimes).toBeUndefined()
    expect(dropped.repaired).toEqual(['slotTimes'])
  })
})
