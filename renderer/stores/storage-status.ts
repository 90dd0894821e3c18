import { defineStore } from 'pinia'
import { ref } from 'vue'
import { classifyStorageError, StorageError, type StorageFailure } from '../db/errors'

/** The last storage failure the person should hear about, and whether storage is persistent. */
export const useStorageStatusStore = defineStore('storage-status', () => {
  const failure = ref<StorageFailure | null>(null)
  const isPersistent = ref<boolean | null>(null)

  function report(error: unknown): void {
    failure.value = error instanceof StorageError ? error.failure : classifyStorageError(error)
  }
  function dismiss(): void {
    failure.value = null
  }
  return { failure, isPersistent, report, dismiss }
})
