import { describe, expect, it } from 'vitest'
import {
  defaultProfile,
  normalizeProfile,
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

