import { defineStore } from 'pinia'
import { ref } from 'vue'
import { loadSettings, requestPersistentStorage, saveSettings } from '../db/settings'
import { systemLocale, type Locale } from '../i18n'
import { useStorageStatusStore } from './storage-status'

/** Language, the health notice, and storage persistence. */
export const useSettingsStore = defineStore('settings', () => {
  const locale = ref<Locale>(systemLocale())
  /** Null until settings have loaded; then whether the person has seen the health notice. */
  const hasSeenHealthNotice = ref<boolean | null>(null)
  const storage = useStorageStatusStore()

  async function load(): Promise<void> {
    const settings = await loadSettings()
    if (settings.locale) locale.value = settings.locale
    hasSeenHealthNotice.value = settings.healthNoticeSeenAt !== null
    storage.isPersistent = await requestPersistentStorage()
  }

  async function setLocale(next: Locale): Promise<void> {
    locale.value = next
    try {
      await saveSettings({ locale: next })
    } catch (error) {
      storage.report(error)
    }
  }

  async function acknowledgeHealthNotice(now: Date = new Date()): Promise<void> {
    hasSeenHealthNotice.value = true
    try {
      await saveSettings({ healthNoticeSeenAt: now.toISOString() })
    } catch (error) {
      storage.report(error)
    }
  }

  return { locale, hasSeenHealthNotice, load, setLocale, acknowledgeHealthNotice }
})
