/** Validation issues of a recipe draft as sentences, looked up by field. */
import { computed, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { recipeLimits, type RecipeIssue } from '../../../shared/recipes/validate'

/** The message key and its numbers for an issue: specific where a field has its own wording. */
function keyOf(issue: RecipeIssue): [string, Record<string, number>] {
  const { path, code } = issue
  const field = path.split('.')
  const minutes = { min: recipeLimits.minutes.min, max: recipeLimits.minutes.max }
  if (path === 'name') return code === 'too-long' ? ['tooLong', { max: recipeLimits.nameLength.max }] : ['nameRequired', {}]
  if (path === 'slots') return code === 'required' ? ['slotsRequired', {}] : code === 'duplicate' ? ['duplicate', {}] : ['invalid', {}]
  if (path === 'servings') return ['range', { min: recipeLimits.servings.min, max: recipeLimits.servings.max }]
  if (path === 'prepMinutes' || path === 'cookMinutes') return ['range', minutes]
  if (path === 'ingredients') return code === 'too-many' ? ['tooManyIngredients', { max: recipeLimits.ingredients.max }] : ['ingredientsRequired', {}]
  if (path === 'steps') return ['tooManySteps', { max: recipeLimits.steps.max }]
  if (field[0] === 'steps') return code === 'too-long' ? ['tooLong', { max: recipeLimits.stepLength.max }] : ['stepRequired', {}]
  if (field[0] === 'ingredients') {
    if (code === 'unknown-food') return ['unknownFood', {}]
    if (code === 'unknown-measure') return ['unknownMeasure', {}]
    if (code === 'too-much') return ['tooMuch', { max: recipeLimits.amountMax }]
    if (code === 'positive') return ['positive', {}]
    if (code === 'required' && field[field.length - 1] === 'amount') return ['amountRequired', {}]
    if (code === 'too-long') return ['tooLong', { max: recipeLimits.noteLength.max }]
  }
  return ['invalid', {}]
}

export function useRecipeIssues(issues: Ref<readonly RecipeIssue[]>) {
  const { t } = useI18n()
  const messages = computed(() => {
    const map = new Map<string, string>()
    for (const issue of issues.value) {
      const [key, values] = keyOf(issue)
      map.set(issue.path, t(`recipes.errors.${key}`, values))
    }
    return map
  })

  /**
   * The message for a field path, or with `within`, for the first issue under it too
   * ("ingredients.2" then finds "ingredients.2.quantity.amount"). A list's own message
   * ("steps": too many) is asked for without `within`, so an item's problem is not shown twice.
   */
  function message(path: string, within = false): string | undefined {
    const exact = messages.value.get(path)
    if (exact || !within) return exact
    for (const [p, m] of messages.value) if (p.startsWith(`${path}.`)) return m
    return undefined
  }

  return { messages, message }
}
