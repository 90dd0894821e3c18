import { flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import BackupControls from '../../../renderer/components/backup/BackupControls.vue'
import BackupRestoreDialog from '../../../renderer/components/backup/BackupRestoreDialog.vue'
import { restoreBackup } from '../../../renderer/db/backup'
import deBackup from '../../../renderer/i18n/locales/de/backup'
import enBackup from '../../../renderer/i18n/locales/en/backup'
import { useBackupStore } from '../../../renderer/stores/backup'
import { sampleRows, sampleText } from '../../shared/backup/fixtures'
import { freshDb } from '../db/helpers'
import { mountWithApp } from './helpers'

/** Mounts with the app's i18n and the backup messages (until the namespace is part of the app's locales, they are merged here). */
function mountDialog(locale: 'en' | 'de' = 'en') {
  const mounted = mountWithApp(BackupRestoreDialog, { locale })
  mounted.i18n.global.mergeLocaleMessage('en', { backup: enBackup } as never)
  mounted.i18n.global.mergeLocaleMessage('de', { backup: deBackup } as never)
  return { ...mounted, store: useBackupStore() }
}

const hostileName = '<img src=x onerror=alert(1)>.json'

beforeEach(async () => {
  await restoreBackup({ ...sampleRows(), plans: [] }, freshDb())
})

afterEach(() => {
  document.body.innerHTML = ''
  vi.restoreAllMocks()
})

describe('BackupRestoreDialog', () => {
  it('stays closed until there is something to show', () => {
    const { wrapper } = mountDialog()
    expect((wrapper.get('[data-testid="backup-dialog"]').element as HTMLDialogElement).open).toBe(false)
  })

  it('shows what a restore replaces, kind by kind, and restores on confirmation', async () => {
    const { wrapper, store } = mountDialog()
    await store.check('my-backup.json', sampleText())
    await flushPromises()
    const dialog = wrapper.get('[data-testid="backup-dialog"]')
    expect((dialog.element as HTMLDialogElement).open).toBe(true)
    expect(dialog.get('h2').text()).toBe('Restore this backup?')
    expect(dialog.text()).toContain('my-backup.json was made on')
    expect(dialog.text()).toContain('by Gutplan 0.1.0')
    const row = (kind: string) => dialog.get(`[data-testid="backup-count-${kind}"]`).findAll('th, td').map((c) => c.text())
    expect(row('plans')).toEqual(['Weekly plans', '0', '2'])
    expect(row('ownRecipes')).toEqual(['Your own recipes', '2', '2'])
    expect(row('shopping')).toEqual(['Shopping lists', '2', '2'])
    expect(dialog.text()).toContain('What is stored now will be gone.')

    await dialog.findAll('button').find((b) => b.text() === 'Replace my data')!.trigger('click')
    await vi.waitFor(() => expect(dialog.find('[data-testid="backup-restored"]').exists()).toBe(true))
    expect(dialog.get('[data-testid="backup-restored"]').text()).toContain('Your backup is restored')
  })

  it('lists what is wrong with a file, showing the file name as text', async () => {
    const { wrapper, store } = mountDialog()
    const text = sampleText((f) => {
      f.data.plans[0]!.days[2]!.meals = [{ slot: 'lunch', recipeId: 'own-gone', servings: 2, locked: false, byHand: false, reasons: [], recipe: null }]
      f.data.ownRecipes[0]!.recipe.name.en = '<script>alert(1)</script>'.repeat(10)
    })
    await store.check(hostileName, text)
    await flushPromises()
    const invalid = wrapper.get('[data-testid="backup-invalid"]')
    expect(invalid.text()).toContain(`${hostileName} can’t be restored, so nothing was changed.`)
    expect(invalid.findAll('[data-testid="backup-issue"]').map((li) => li.text())).toEqual(['ownRecipes[0].recipe.name.en: too long'])
    expect(document.querySelector('img[src="x"]')).toBeNull()
    expect(document.querySelector('dialog script')).toBeNull()

    await store.check('broken.json', sampleText((f) => void (f.data.plans[0]!.days[2]!.meals = [{ slot: 'lunch', recipeId: 'own-gone', servings: 2, locked: false, byHand: false, reasons: [], recipe: null }])))
    await flushPromises()
    expect(wrapper.findAll('[data-testid="backup-issue"]').map((li) => li.text())).toEqual(['plans[0].days[2].meals[0].recipeId: unknown recipe id'])
    await store.check('x.json', '{"format":')
    await flushPromises()
    expect(wrapper.findAll('[data-testid="backup-issue"]').map((li) => li.text())).toEqual(['The file: it is not a backup file (not valid JSON)'])
  })

  it('counts the problems it does not list', async () => {
    const { wrapper, store } = mountDialog()
    await store.check('many.json', sampleText((f) => {
      for (let i = 0; i < 20; i++) f.data.ownRecipes.push({ ...f.data.ownRecipes[0]!, id: `bad-${i}` })
    }))
    await flushPromises()
    expect(wrapper.findAll('[data-testid="backup-issue"]')).toHaveLength(12)
    expect(wrapper.get('[data-testid="backup-invalid"]').text()).toContain('… and 8 more.')
  })

  it('says in German what went wrong when storage is full', async () => {
    const { wrapper, store } = mountDialog('de')
    store.fail('restore', { kind: 'quota' })
    await flushPromises()
    const failed = wrapper.get('[data-testid="backup-failed"]')
    expect(failed.text()).toContain('Die Sicherung wurde nicht wiederhergestellt. Alles bisher Gespeicherte ist unverändert.')
    expect(failed.text()).toContain('nicht genug Speicherplatz')
    expect(failed.attributes('role')).toBe('alert')
  })

  it('says where the backup went', async () => {
    const { wrapper, store } = mountDialog()
    store.finishBackup({ status: 'saved', path: '/home/me/<b>backup</b>.json' }, 'x.json')
    await flushPromises()
    expect(wrapper.get('[data-testid="backup-done"]').text()).toBe('Backup saved: /home/me/<b>backup</b>.json')
    expect(document.querySelector('dialog b')).toBeNull()
    store.finishBackup({ status: 'handed-to-browser' }, 'gutplan-backup-2026-11-22.json')
    await flushPromises()
    expect(wrapper.get('[data-testid="backup-done"]').text()).toContain('saving the backup as gutplan-backup-2026-11-22.json')
  })
})

describe('BackupControls', () => {
  it('offers Back up… and Restore… where there is no File menu', () => {
    const { wrapper, i18n } = mountWithApp(BackupControls)
    i18n.global.mergeLocaleMessage('en', { backup: enBackup } as never)
    return flushPromises().then(() => {
      expect(wrapper.findAll('button').map((b) => b.text())).toEqual(['Back up…', 'Restore…'])
      expect(wrapper.get('[role="group"]').attributes('aria-label')).toBe('Your data')
    })
  })
})
