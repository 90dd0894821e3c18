/**
 * USDA SR food groups (the first two digits of the 4-digit FdGrp_Cd), as listed in
 * ../shared/data/README.md. Ids are stable slugs the UI translates.
 */
export const foodGroups = {
  '01': 'dairy-and-egg',
  '02': 'spices-and-herbs',
  '03': 'baby-foods',
  '04': 'fats-and-oils',
  '05': 'poultry',
  '06': 'soups-and-sauces',
  '07': 'sausages-and-luncheon-meats',
  '08': 'breakfast-cereals',
  '09': 'fruits',
  '10': 'pork',
  '11': 'vegetables',
  '12': 'nuts-and-seeds',
  '13': 'beef',
  '14': 'beverages',
  '15': 'fish-and-shellfish',
  '16': 'legumes',
  '17': 'lamb-veal-and-game',
  '18': 'baked-products',
  '19': 'sweets',
  '20': 'cereal-grains-and-pasta',
  '21': 'fast-foods',
  '22': 'meals-and-entrees',
  '25': 'snacks',
  '35': 'american-indian-alaska-native',
  '36': 'restaurant-foods',
} as const

export type FoodGroupCode = keyof typeof foodGroups
export type FoodGroupId = (typeof foodGroups)[FoodGroupCode]

export const foodGroupCodes = Object.keys(foodGroups) as FoodGroupCode[]

export function isFoodGroupCode(value: unknown): value is FoodGroupCode {
  return typeof value === 'string' && Object.hasOwn(foodGroups, value)
}

/** Groups whose foods are meat (not fish). */
export const meatGroups: ReadonlySet<FoodGroupCode> = new Set(['05', '07', '10', '13', '17'])

/** Groups of plant foods as they grow or are milled: the base for plant counting and "whole food" checks. */
export const plantGroups: ReadonlySet<FoodGroupCode> = new Set(['02', '09', '11', '12', '16', '20'])

/** Groups of mixed, assembled dishes whose ingredients the name only partly reveals. */
export const compositeGroups: ReadonlySet<FoodGroupCode> = new Set(['03', '06', '21', '22', '36'])
