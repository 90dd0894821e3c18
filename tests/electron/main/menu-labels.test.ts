import { describe, expect, it } from 'vitest'
import { menuLabels, menuLocaleFor } from '../../../electron/main/menu-labels'

describe('menu labels', () => {
  it.each([
    ['de', 'de'],
    ['de-AT', 'de'],
    ['de_CH', 'de'],
    ['en-GB', 'en'],
    ['fr-FR', 'en'],
    ['', 'en'],
  ])('locale %s → %s', (appLocale, expected) => {
    expect(menuLocaleFor(appLocale)).toBe(expected)
  })

  it('has the same keys and no empty label in every locale', () => {
    expect(Object.keys(menuLabels.de).sort()).toEqual(Object.keys(menuLabels.en).sort())
    for (const labels of Object.values(menuLabels)) {
      for (const label of Object.values(labels)) expect(label.trim()).not.toBe('')
    }
  })
})
