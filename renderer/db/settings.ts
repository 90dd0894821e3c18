/** The settings repository: language and the health notice acknowledgement. */
import { getDb } from './db'
import { guardWrite } from './errors'
import type { SettingsRow } from './rows'

export type AppSettings = Omit<SettingsRow, 'key'>

const defaults: AppSettings = { locale: null, healthNoticeSeenAt: null }

export async function loadSettings(): Promise<AppSettings> {
  const row = await getDb().settings.get('app')
  if (!row) return { ...defaults }
  return {
    locale: row.locale === 'en' || row.locale === 'de' ? row.locale : null,
    healthNoticeSeenAt: typeof row.healthNoticeSeenAt === 'string' ? row.healthNoticeSeenAt : null,
  }
}

export async function saveSettings(patch: Partial<AppSettings>): Promise<AppSettings> {
  const db = getDb()
  return guardWrite(() =>
    db.transaction('rw', db.settings, async () => {
      const next: AppSettings = { ...(await loadSettings()), ...patch }
      await db.settings.put({ key: 'app', ...next })
      return next
    }),
  )
}

/** Asks the browser to keep the app's storage even when space runs low. Returns whether it will. */
export async function requestPersistentStorage(storage: StorageManager | undefined = navigator.storage): Promise<boolean> {
  if (!storage?.persist) return false
  try {
    if (await storage.persisted()) return true
    return await storage.persist()
  } catch {
    return false
  }
}
