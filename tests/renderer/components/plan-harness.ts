/**
 * The week screen mounted as the app mounts it, for the PlanPage test files: one loaded catalogue
 * and library analysis per file (seconds in happy-dom), a fresh database per test.
 */
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { afterEach, beforeAll, beforeEach, expect, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { createAppI18n } from '../../../renderer/i18n'
import PlanPage from '../../../renderer/pages/PlanPage.vue'
import { usePlanStore } from '../../../renderer/stores/plan'
import { useProfileStore } from '../../../renderer/stores/profile'
import { useRecipesStore } from '../../../renderer/stores/recipes'
import { defaultProfile } from '../../../shared/profile/profile'
import { freshDb } from '../db/helpers'

const stubs = { PlanFiberChart: true }
const Other = { render: () => null }

/** Registers the file's setup; call at the top level of a test file. */
export function planPageHarness() {
  let pinia!: Pinia
  beforeAll(async () => {
    freshDb()
    pinia = createPinia()
    setActivePinia(pinia)
    await useRecipesStore(pinia).load()
  }, 60_000)
  beforeEach(() => {
    freshDb()
    useProfileStore(pinia).profile = defaultProfile()
  })
  afterEach(() => {
    document.body.innerHTML = ''
  })

  async function mountPage(week: string, locale: 'en' | 'de' = 'en') {
    setActivePinia(pinia)
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [
        { path: '/plan/:week?', component: PlanPage },
        { path: '/recipes/:id', component: { template: '<p>recipe</p>' } },
        { path: '/:any(.*)*', component: Other },
      ],
    })
    await router.push(`/plan/${week}`)
    await router.isReady()
    const wrapper = mount(PlanPage, { global: { plugins: [pinia, createAppI18n(locale), router], stubs }, attachTo: document.body })
    const store = usePlanStore(pinia)
    await vi.waitFor(() => expect(store.status === 'ready' && store.week === week).toBe(true), { timeout: 10_000 })
    await flushPromises()
    return { wrapper, store, router }
  }

  return { mountPage, pinia: () => pinia }
}
