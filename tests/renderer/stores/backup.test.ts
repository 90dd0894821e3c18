import { createPinia, setActivePinia } from 'pinia'
import { effectScope } from 'vue'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { readBackup } from '../../../shared/backup/read'
import type { OpenResult, SaveFileRequest, SaveResult } from '../../../shared/ipc'
import { useBackupCommands } from '../../../renderer/composables/backup/use-backup-commands'
import { readAllRows, restoreBackup } from '../../../renderer/db/backup'
import type { GutplanDb } from '../../../renderer/db/db'
import { backupFileName, useBackupStore } from '../../../renderer/stores/backup'
import { sampleRows, sampleText } from '../../shared/backup/fixtures'
import { freshDb } from '../db/helpers'

let db: GutplanDb

/** The commands with fake file dialogs: `saved` collects what was saved, `opens` answers the open dialog. */
function setup(answers: { save?: SaveResult; open?: OpenResult } = {}) {
  const saved: SaveFileRequest[] = []
  const files = {
    saveFile: vi.fn(async (request: SaveFileRequest) => {
      saved.push(request)
      return answers.save ?? ({ status: 'saved', path: '/home/me/gutplan-backup.json' } as SaveResult)
    }),
    openFile: vi.fn(async () => answers.open ?? ({ status: 'cancelled' } as OpenResult)),
  }
  const reload = vi.fn()
  const scope = effectScope()
  const commands = scope.run(() => useBackupCommands({ files, appVersion: '9.9.9', reload }))!
  return { commands, files, saved, reload, store: useBackupStore() }
}

const opened = (content: string, name = 'backup.json'): OpenResult => ({ status: 'opened', name, content })

beforeEach(async () => {
  setActivePinia(createPinia())
  db = freshDb()
  await restoreBackup({ ...sampleRows(), plans: [], shopping: [] }, db)
})

afterEach(() => {
  vi.restoreAllMocks()
})

describe('backup', () => {
  it('saves everything stored as a backup that reads back the same', async () => {
    const { commands, saved, store } = setup()
    await commands.backup()
    expect(saved).toHaveLength(1)
    expect(saved[0]!.suggestedName).toMatch(/^gutplan-backup-\d{4}-\d{2}-\d{2}\.json$/)
    expect(saved[0]!.filters).toEqual([{ name: 'Gutplan backup', extensions: ['json'] }])
    const reading = readBackup(saved[0]!.content)
    expect(reading.ok && reading.backup.appVersion).toBe('9.9.9')
    expect(reading.ok && reading.backup.data).toEqual(await readAllRows(db))
    expect(store.state).toEqual({ step: 'backed-up', path: '/home/me/gutplan-backup.json', fileName: saved[0]!.suggestedName })
  })

  it.each([
    [{ status: 'handed-to-browser' } as const, 'backed-up'],
    [{ status: 'cancelled' } as const, 'idle'],
    [{ status: 'error', message: 'Disk not writable' } as const, 'failed'],
  ])('after the save dialog answers %j the dialog shows %s', async (answer, step) => {
    const { commands, store } = setup({ save: answer })
    await commands.backup()
    expect(store.state.step).toBe(step)
    if (store.state.step === 'failed') expect(store.state.failure).toEqual({ kind: 'file', message: 'Disk not writable' })
  })

  it('refuses to save a backup that would not restore, and says what is wrong', async () => {
    // A record no repository would write, put straight into storage.
    await db.table('plans').put({ week: '2026-W10', days: 'broken', seed: null, scores: null, unmet: [], createdAt: 'x', updatedAt: 'x' })
    const { commands, files, store } = setup()
    await commands.backup()
    expect(files.saveFile).not.toHaveBeenCalled()
    expect(store.state.step === 'failed' && store.state.failure.kind).toBe('unrestorable')
  })

  it('names the file after the local date', () => {
    expect(backupFileName(new Date(2026, 0, 5, 23, 59))).toBe('gutplan-backup-2026-01-05.json')
  })
})

describe('restore', () => {
  it('checks the file, shows what it replaces, writes it on confirmation, then starts the app afresh', async () => {
    const { commands, reload, store } = setup({ open: opened(sampleText(), 'my-backup.json') })
    await commands.restore()
    expect(store.state).toEqual({
      step: 'confirm',
      fileName: 'my-backup.json',
      appVersion: '0.1.0',
      exportedAt: '2026-11-02T08:30:00.000Z',
      current: { profile: 1, settings: 1, ownFoods: 2, ownRecipes: 2, plans: 0, shopping: 0 },
      incoming: { profile: 1, settings: 1, ownFoods: 2, ownRecipes: 2, plans: 2, shopping: 2 },
    })
    expect((await readAllRows(db)).plans).toEqual([]) // nothing written before the confirmation
    await commands.confirmRestore()
    expect(store.state.step).toBe('restored')
    expect((await readAllRows(db)).plans.map((p) => p.week)).toEqual(['2026-W46', '2026-W53'])
    expect(reload).not.toHaveBeenCalled()
    commands.close()
    expect(reload).toHaveBeenCalledOnce()
    expect(store.state.step).toBe('idle')
  })

  it('cancelling at the confirmation changes nothing', async () => {
    const before = await readAllRows(db)
    const { commands, reload, store } = setup({ open: opened(sampleText()) })
    await commands.restore()
    commands.close()
    expect(store.state.step).toBe('idle')
    expect(await store.confirm()).toBe(false)
    expect(await readAllRows(db)).toEqual(before)
    expect(reload).not.toHaveBeenCalled()
  })

  it('refuses an invalid file with its problems and leaves storage alone', async () => {
    const before = await readAllRows(db)
    const text = sampleText((f) => void (f.data.plans[0]!.days[0]!.meals[1]!.recipe = null, f.data.ownRecipes.splice(0, 1)))
    const { commands, store } = setup({ open: opened(text, '<img src=x onerror=alert(1)>.json') })
    await commands.restore()
    expect(store.state).toEqual({
      step: 'invalid',
      fileName: '<img src=x onerror=alert(1)>.json',
      issues: [{ path: 'plans[0].days[0].meals[1].recipeId', code: 'unknown-recipe' }],
    })
    await commands.confirmRestore()
    expect(await readAllRows(db)).toEqual(before)
  })

  it('keeps everything when storage runs out during the restore, and says so', async () => {
    const before = await readAllRows(db)
    const { commands, reload, store } = setup({ open: opened(sampleText()) })
    await commands.restore()
    vi.spyOn(db.table('shopping'), 'bulkAdd').mockImplementation(
      () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) as never,
    )
    await commands.confirmRestore()
    expect(store.state).toEqual({ step: 'failed', task: 'restore', failure: { kind: 'quota' } })
    vi.restoreAllMocks()
    expect(await readAllRows(db)).toEqual(before)
    commands.close()
    expect(reload).not.toHaveBeenCalled()
  })

  it.each([
    [{ status: 'cancelled' } as const, 'idle'],
    [{ status: 'error', message: 'backup.json is too large (over 50 MB).' } as const, 'failed'],
  ])('after the open dialog answers %j the dialog shows %s', async (answer, step) => {
    const { commands, store } = setup({ open: answer })
    await commands.restore()
    expect(store.state.step).toBe(step)
  })

  it('ignores new commands while a restore waits for confirmation', async () => {
    const { commands, files, store } = setup({ open: opened(sampleText()) })
    await commands.restore()
    await commands.backup()
    await commands.restore()
    expect(files.saveFile).not.toHaveBeenCalled()
    expect(files.openFile).toHaveBeenCalledOnce()
    expect(store.state.step).toBe('confirm')
  })

  it('lets a queued save (a week, a tick, the profile) land before the restore, not after it', async () => {
    const { createSaveQueue } = await import('../../../renderer/db/save-queue')
    const queue = createSaveQueue(() => undefined)
    let release: () => void = () => {}
    const pending = new Promise<void>((resolve) => (release = resolve))
    const order: string[] = []
    void queue.run(async () => {
      await pending
      order.push('week saved')
    })
    const { commands, store } = setup({ open: opened(sampleText()) })
    await commands.restore()
    const confirming = commands.confirmRestore().then(() => order.push('restored'))
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(store.state).toEqual({ step: 'working', task: 'restore' })
    release()
    await confirming
    expect(store.state.step).toBe('restored')
    expect(order).toEqual(['week saved', 'restored'])
  })
})
