import { describe, expect, it } from 'vitest'
import { defaultProfile, validateProfile } from '../../../shared/profile/profile'
import { isOnList, parseMaxMinutes, toggleOnList, withDayRule, withMaxMinutes, withNotSameAsLastWeek, withoutDayRule } from '../../../shared/profile/rules'

describe('planning rules', () => {
  it('sets and removes a weekday time cap, leaving no empty record', () => {
    const capped = withMaxMinutes({}, 'mon', 30)
    expect(capped).toEqual({ maxMinutes: { mon: 30 } })
    expect(withMaxMinutes(capped, 'mon', null)).toEqual({})
  })

  it('keeps a recipe on one list at a time', () => {
    const fav = toggleOnList({}, 'favourites', 'd-dal')
    expect(isOnList(fav, 'favourites', 'd-dal')).toBe(true)
    const disliked = toggleOnList(fav, 'disliked', 'd-dal')
    expect(disliked).toEqual({ disliked: ['d-dal'] })
    expect(toggleOnList(disliked, 'disliked', 'd-dal')).toEqual({})
  })

  it('adds a day rule once and removes it by position', () => {
    const fish = withDayRule({}, { day: 'fri', slot: 'dinner', require: 'fish' })
    expect(withDayRule(fish, { day: 'fri', slot: 'dinner', require: 'fish' })).toBe(fish)
    const two = withDayRule(fish, { day: 'mon', require: 'vegetarian' })
    expect(withoutDayRule(two, 0)).toEqual({ dayRules: [{ day: 'mon', require: 'vegetarian' }] })
  })

  it('stores rules in the profile, and refuses a cap outside 5–240 minutes or an unknown rule', () => {
    const rules = withNotSameAsLastWeek(withMaxMinutes({}, 'tue', 45), true)
    expect(validateProfile({ ...defaultProfile(), rules }).ok).toBe(true)
    expect(validateProfile({ ...defaultProfile(), rules: { maxMinutes: { tue: 2 } } }).ok).toBe(false)
    expect(validateProfile({ ...defaultProfile(), rules: { dayRules: [{ day: 'fri', require: 'pizza' }] } }).ok).toBe(false)
    expect(validateProfile({ ...defaultProfile(), rules: { sometimes: true } }).ok).toBe(false)
  })
})

describe('a typed time cap', () => {
  it.each([
    ['30', 30],
    [' 45 ', 45],
    ['', null],
    ['4', 'invalid'],
    ['241', 'invalid'],
    ['20.5', 'invalid'],
    ['soon', 'invalid'],
  ] as const)('%j reads as %j', (text, expected) => {
    expect(parseMaxMinutes(text)).toBe(expected)
  })
})
