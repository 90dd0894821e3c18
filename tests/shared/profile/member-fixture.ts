import type { HouseholdMember } from '../../../shared/profile/profile'

/** A household member with no limits at 2000 kcal who eats every meal, with `over` on top. */
export const householdMember = (name: string, over: Partial<HouseholdMember> = {}): HouseholdMember => ({
  name,
  intolerances: [],
  allergens: [],
  diet: 'omnivore',
  avoidFoods: [],
  targets: { energyKcal: 2000 },
  ...over,
})
