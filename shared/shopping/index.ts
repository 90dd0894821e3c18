/** Public API of the shopping list. */
export type * from './types'
export { aisles, aisleOf, isAisle, sortAisles, type Aisle } from './aisles'
export { amountsFromDescribedPlan, amountsFromMeals, parseDescribedPlan, PlanShapeError, type DescribedPlanLike } from './amounts'
export { aggregateShoppingList, buildShoppingList, buyingItems } from './aggregate'
export { isLiquid, isTapWater, pieceMeasure, roundCount, roundGramsUp, roundMlUp, shopperQuantity, type PieceMeasure } from './shopper-quantity'
export { carryTicks, extraKey, foodKey, type TickedItem } from './ticks'
export { csvField, escapeMarkdown, exportExtensions, exportList, toCsv, toMarkdown, toPlainText, type ExportFormat, type ShoppingLabels } from './export'
export { countText, englishAisleNames, englishLabels, englishQuantity } from './english'
