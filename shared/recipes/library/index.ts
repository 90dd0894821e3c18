/** The built-in recipe library: our own recipes, written from catalogue foods. */
import type { Recipe } from '../types'
import { breakfasts } from './breakfasts'
import { dinners } from './dinners'
import { lunches } from './lunches'
import { snacks } from './snacks'

export const builtInRecipes: readonly Recipe[] = [...breakfasts, ...lunches, ...dinners, ...snacks]
