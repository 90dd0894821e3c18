/**
 * File → Back up… and File → Restore…: the file dialogs (through the platform: save dialog and
 * open dialog in Electron, a download and a file input in a browser) around the backup store.
 */
import { storeToRefs } from 'pinia'
import { computed } from 'vue'
import type { DesktopApi, FileFilter } from '../../../shared/ipc'
import { platform } from '../../platform'
import { useBackupStore } from '../../stores/backup'

export const backupFilters: FileFilter[] = [{ name: 'Gutplan backup', extensions: ['json'] }]

export interface BackupCommandOptions {
  /** Where files are saved and opened; the app's platform unless a test gives another. */
  files?: Pick<DesktopApi, 'saveFile' | 'openFile'>
  appVersion?: string
  /** Starts the app afresh after a restore, so every screen reads the restored data. */
  reload?: () => void
}

export function useBackupCommands(options: BackupCommandOptions = {}) {
  const files = options.files ?? platform
  const appVersion = options.appVersion ?? __APP_VERSION__
  const reload = options.reload ?? (() => window.location.reload())
  const store = useBackupStore()
  const { state } = storeToRefs(store)
  const isOpen = computed(() => state.value.step !== 'idle')

  async function backup(): Promise<void> {
    if (store.isBusy()) return
    const made = await store.prepareBackup(appVersion)
    if (!made) return
    try {
      const result = await files.saveFile({ suggestedName: made.fileName, content: made.text, filters: backupFilters })
      store.finishBackup(result, made.fileName)
    } catch (error) {
      store.fail('backup', { kind: 'file', message: error instanceof Error ? error.message : String(error) })
    }
  }

  async function restore(): Promise<void> {
    if (store.isBusy()) return
    try {
      const result = await files.openFile({ filters: backupFilters })
      if (result.status === 'cancelled') return
      if (result.status === 'error') return void store.fail('restore', { kind: 'file', message: result.message })
      await store.check(result.name, result.content)
    } catch (error) {
      store.fail('restore', { kind: 'file', message: error instanceof Error ? error.message : String(error) })
    }
  }

  /** The person confirmed: everything stored is replaced. */
  async function confirmRestore(): Promise<void> {
    await store.confirm()
  }

  /** Closes the dialog; after a restore the app starts afresh, since every screen still shows the old data. */
  function close(): void {
    if (state.value.step === 'working') return
    const wasRestored = state.value.step === 'restored'
    store.reset()
    if (wasRestored) reload()
  }

  return { state, isOpen, backup, restore, confirmRestore, close }
}
