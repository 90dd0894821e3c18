/** What went wrong with storage, in terms the UI can explain. */
export type StorageFailure = { kind: 'quota' } | { kind: 'other'; reason: string }

export class StorageError extends Error {
  constructor(readonly failure: StorageFailure, options?: { cause?: unknown }) {
    super(failure.kind === 'quota' ? 'Storage quota exceeded' : failure.reason, options)
    this.name = 'StorageError'
  }
}

function isQuota(error: unknown, depth = 0): boolean {
  if (depth > 4 || typeof error !== 'object' || error === null) return false
  const e = error as { name?: unknown; inner?: unknown; cause?: unknown }
  if (e.name === 'QuotaExceededError') return true
  return isQuota(e.inner, depth + 1) || isQuota(e.cause, depth + 1)
}

export function classifyStorageError(error: unknown): StorageFailure {
  if (isQuota(error)) return { kind: 'quota' }
  return { kind: 'other', reason: error instanceof Error ? error.message : String(error) }
}

/** Runs a write; any failure becomes a StorageError that says whether the disk was full. */
export async function guardWrite<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write()
  } catch (error) {
    throw new StorageError(classifyStorageError(error), { cause: error })
  }
}
