import { defineStore } from 'pinia'
import { shallowRef } from 'vue'
import type { BackupFile } from '../../shared/backup/format'
import { utf8Length } from '../../shared/backup/guard'
import type { BackupIssue } from '../../shared/backup/issues'
import { countsOf, type BackupCounts } from '../../shared/backup/kinds'
import { MAX_FILE_BYTES, type SaveResult } from '../../shared/ipc'
import { readAllRows, restoreBackup, storedCounts } from '../db/backup'
import { classifyStorageError, type StorageFailure } from '../db/errors'
import { allSaved } from '../db/save-queue'

/** Why a backup or restore did not happen; the dialog words each. */
export type BackupFailure =
  | StorageFailure
  /** The file could not be saved or opened (the platform said why). */
  | { kind: 'file'; message: string }
  /** The backup just made would not pass its own check on restore: it is not saved. */
  | { kind: 'unrestorable'; issues: BackupIssue[] }
  | { kind: 'too-large' }

/** Where the backup and restore flow stands; the dialog shows one step at a time. */
export type BackupStep =
  | { step: 'idle' }
  | { step: 'working'; task: 'backup' | 'read' | 'restore' }
  /** `path` is null when the browser took the file (a download). */
  | { step: 'backed-up'; path: string | null; fileName: string }
  | { step: 'invalid'; fileName: string; issues: BackupIssue[] }
  | { step: 'confirm'; fileName: string; appVersion: string; exportedAt: string; incoming: BackupCounts; current: BackupCounts }
  | { step: 'restored'; counts: BackupCounts }
  | { step: 'failed'; task: 'backup' | 'restore'; failure: BackupFailure }

/** A backup file name with the local date: gutplan-backup-2026-11-22.json. */
export function backupFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `gutplan-backup-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`
}

/** The reader and its schemas (zod, the recipe library's ids) load on first use, not with the app. */
const reader = () => import('../../shared/backup/read')

/** Backup and restore: what the dialog shows, and the reads and writes behind it. */
export const useBackupStore = defineStore('backup', () => {
  const state = shallowRef<BackupStep>({ step: 'idle' })
  /** The checked backup waiting for the person's confirmation; never reactive, it can be large. */
  let pending: BackupFile | null = null

  const isBusy = () => state.value.step === 'working' || state.value.step === 'confirm'

  /** Reads everything and checks that the file would restore; returns its text, or null after saying why not. */
  async function prepareBackup(appVersion: string, now: Date = new Date()): Promise<{ text: string; fileName: string } | null> {
    state.value = { step: 'working', task: 'backup' }
    try {
      const { readBackup, writeBackup } = await reader()
      // The backup holds the last edit: saves still being written land first.
      await allSaved()
      const text = writeBackup(await readAllRows(), appVersion, now)
      if (utf8Length(text, MAX_FILE_BYTES) > MAX_FILE_BYTES) return fail('backup', { kind: 'too-large' })
      // A backup that would be refused on restore is worse than none: the person would trust it.
      const check = readBackup(text)
      if (!check.ok) return fail('backup', { kind: 'unrestorable', issues: check.issues })
      return { text, fileName: backupFileName(now) }
    } catch (error) {
      return fail('backup', classifyStorageError(error))
    }
  }

  function finishBackup(result: SaveResult, fileName: string): void {
    if (result.status === 'saved') state.value = { step: 'backed-up', path: result.path, fileName }
    else if (result.status === 'handed-to-browser') state.value = { step: 'backed-up', path: null, fileName }
    else if (result.status === 'cancelled') state.value = { step: 'idle' }
    else fail('backup', { kind: 'file', message: result.message })
  }

  /** Checks a file completely; a valid one waits for confirmation with the counts it would replace. */
  async function check(fileName: string, text: string): Promise<void> {
    state.value = { step: 'working', task: 'read' }
    pending = null
    const { readBackup } = await reader()
    // Let the dialog show that it is reading before a large file blocks the thread.
    await new Promise((resolve) => setTimeout(resolve, 0))
    const reading = readBackup(text)
    if (!reading.ok) {
      state.value = { step: 'invalid', fileName, issues: reading.issues }
      return
    }
    try {
      const current = await storedCounts()
      pending = reading.backup
      const { appVersion, exportedAt, data } = reading.backup
      state.value = { step: 'confirm', fileName, appVersion, exportedAt, incoming: countsOf(data), current }
    } catch (error) {
      fail('restore', classifyStorageError(error))
    }
  }

  /** Replaces everything stored with the confirmed backup, in one transaction. */
  async function confirm(): Promise<boolean> {
    const backup = pending
    if (state.value.step !== 'confirm' || !backup) return false
    state.value = { step: 'working', task: 'restore' }
    try {
      // A save already queued (a week, a tick, the profile) must not land on top of the restored data.
      await allSaved()
      const counts = await restoreBackup(backup.data)
      state.value = { step: 'restored', counts }
      return true
    } catch (error) {
      fail('restore', classifyStorageError(error))
      return false
    } finally {
      pending = null
    }
  }

  function fail(task: 'backup' | 'restore', failure: BackupFailure): null {
    state.value = { step: 'failed', task, failure }
    return null
  }

  function reset(): void {
    pending = null
    state.value = { step: 'idle' }
  }

  return { state, isBusy, prepareBackup, finishBackup, check, confirm, fail, reset }
})
