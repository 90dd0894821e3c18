import { describe, expect, it } from 'vitest'
import { systemLocale } from '../../../renderer/i18n'
import de from '../../../renderer/i18n/locales/de'
import en from '../../../renderer/i18n/locales/en'

type Tree = { [key: string]: string | Tree }
const keys = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)))
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('locales', () => {
  it('German has exactly the English keys, none empty, with the same placeholders', () => {
    expect(keys(de as unknown as Tree).sort()).toEqual(keys(en as unknown as Tree).sort())
    const flat = (tree: Tree) => new Map(keys(tree).map((k) => [k, k.split('.').reduce<unknown>((n, p) => (n as Tree)[p], tree) as string]))
    const enFlat = flat(en as unknown as Tree)
    for (const [key, text] of flat(de as unknown as Tree)) {
      expect(text.trim(), key).not.toBe('')
      expect(placeholders(text), key).toEqual(placeholders(enFlat.get(key)!))
    }
  })

  it.each([
    [['de-AT', 'en-US'], 'de'],
    [['fr-FR', 'de-DE'], 'de'],
    [['en-GB'], 'en'],
    [['fr-FR'], 'en'],
    [[], 'en'],
  ])('system languages %j give %s', (preferred, expected) => {
    expect(systemLocale(preferred)).toBe(expected)
  })
})
