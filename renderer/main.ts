import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { createAppI18n } from './i18n'
import { holdCloseWhileSaving } from './db/save-queue'
import { platform } from './platform'
import { createAppRouter } from './router'
import { useProfileStore } from './stores/profile'
import { useSettingsStore } from './stores/settings'
import { useStorageStatusStore } from './stores/storage-status'
import './styles/main.css'

async function start(): Promise<void> {
  const app = createApp(App)
  const pinia = createPinia()
  app.use(pinia).use(createAppI18n()).use(createAppRouter())
  // Settings first, so the first paint is already in the person's language.
  try {
    await Promise.all([useSettingsStore(pinia).load(), useProfileStore(pinia).load()])
  } catch (error) {
    // The app still opens, saying what went wrong, rather than showing a blank window.
    useStorageStatusStore(pinia).report(error)
  }
  app.mount('#app')
  holdCloseWhileSaving()
  // The menu handlers (App.vue) are listening now: menu commands chosen during start-up arrive.
  void platform.rendererReady().catch(() => undefined)
}

void start()
