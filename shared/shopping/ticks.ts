/**
 * Ticks: which items the person has already bought. The app stores them per week as a set of item
 * keys; a key names the thing to buy, not its amount, so it survives regenerating the list:
 *
 * - a food line's key is its food id ("11282", "gp-kefir", an own food's id);
 * - an extra item's key is `extra:<id>`, with the extra's stable id.
 *
 * Food ids never start with "extra:", so the two cannot collide.
 */
import type { FoodId } from '../food/types'
import type { ShoppingList } from './types'

export const foodKey = (foodId: FoodId): string => foodId
export const extraKey = (extraId: string): string => `extra:${extraId}`

/** What carryTicks reads of an item: its key, and for a food line its grams. */
export interface TickedItem {
  readonly key: string
  readonly kind?: string
  readonly grams?: number
}

function itemsOf(list: ShoppingList | Iterable<TickedItem>): Iterable<TickedItem> {
  return 'aisles' in list ? list.aisles.flatMap((s) => s.lines) : list
}

/**
 * The ticks to keep after the list was regenerated (meals changed, servings changed, another
 * week added): those whose item is still on the buying list. Pantry foods are not on it, so
 * their ticks go.
 *
 * With `previousList` (the list the ticks were made on), a food whose amount grew is unticked
 * too: the person bought the old amount, and now needs more.
 */
export function carryTicks(
  previousTicks: ReadonlySet<string>,
  newList: ShoppingList | Iterable<TickedItem>,
  previousList?: ShoppingList,
): Set<string> {
  const before = new Map<string, number>()
  if (previousList) for (const item of itemsOf(previousList)) if (item.grams !== undefined) before.set(item.key, item.grams)
  const kept = new Set<string>()
  for (const item of itemsOf(newList)) {
    if (!previousTicks.has(item.key)) continue
    const old = before.get(item.key)
    // Grams are sums of floating-point amounts: allow for rounding noise, not for a real increase.
    if (old !== undefined && item.grams !== undefined && item.grams > old * (1 + 1e-9) + 1e-9) continue
    kept.add(item.key)
  }
  return kept
}
