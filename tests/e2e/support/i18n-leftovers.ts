import de from '../../../renderer/i18n/locales/de'
import en from '../../../renderer/i18n/locales/en'

type Tree = { [key: string]: string | Tree }

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') out.set(path, value)
    else for (const [p, v] of leaves(value, path)) out.set(p, v)
  }
  return out
}

/**
 * English text fragments that must not appear on a German screen: every English message that
 * differs from its German one, split at placeholders, keeping fragments long enough to be telling.
 */
export function englishFragments(): string[] {
  const german = leaves(de as unknown as Tree)
  const fragments = new Set<string>()
  for (const [path, text] of leaves(en as unknown as Tree)) {
    if (german.get(path) === text) continue
    for (const part of text.split(/\{[^}]*\}/)) {
      const trimmed = part.trim()
      if (trimmed.length >= 4) fragments.add(trimmed)
    }
  }
  return [...fragments]
}

/** Fragments found in a text as whole words (so "Lupin" is not found inside "Lupinen"). */
export function englishLeftovers(text: string): string[] {
  return englishFragments().filter((fragment) => {
    const escaped = fragment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    return new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'u').test(text)
  })
}
