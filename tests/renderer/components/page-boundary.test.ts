/** One screen failing stays on that screen: the app says what failed, and the rest keeps working. */
import { DOMWrapper, flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { h, type Component } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import App from '../../../renderer/App.vue'
import { createAppI18n } from '../../../renderer/i18n'
import { useSettingsStore } from '../../../renderer/stores/settings'
import { freshDb } from '../db/helpers'

let renders = 0
let chunkFails = true
/** Fails on its first render only, as a page whose data was briefly unreadable. */
const FlakyPage: Component = {
  render() {
    renders++
    if (renders === 1) throw new Error('cannot read the week')
    return h('p', { 'data-testid': 'flaky' }, 'the week')
  },
}
const Fine: Component = { render: () => h('p', { 'data-testid': 'fine' }, 'profile') }

async function start(path: string, locale: 'en' | 'de' = 'en') {
  const pinia = createPinia()
  setActivePinia(pinia)
  const settings = useSettingsStore(pinia)
  await settings.load()
  await settings.acknowledgeHealthNotice()
  if (locale === 'de') await settings.setLocale('de')
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/plan', component: FlakyPage },
      { path: '/profile', component: Fine },
      { path: '/foods', component: () => (chunkFails ? Promise.reject(new Error('Failed to fetch dynamically imported module')) : Promise.resolve(Fine)) },
    ],
  })
  await router.push(path).catch(() => undefined)
  mount(App, { global: { plugins: [pinia, createAppI18n(locale), router] }, attachTo: document.body })
  await flushPromises()
  return { wrapper: new DOMWrapper(document.body), router }
}

describe('a screen that fails', () => {
  beforeEach(() => {
    freshDb()
    renders = 0
    chunkFails = true
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    vi.spyOn(console, 'warn').mockImplementation(() => undefined)
  })
  afterEach(() => {
    document.body.innerHTML = ''
    vi.restoreAllMocks()
  })

  it('says what failed, keeps the header, and shows the page again on retry', async () => {
    const { wrapper } = await start('/plan')
    const failed = wrapper.get('[data-testid="page-failed"]')
    expect(failed.text()).toContain('This screen ran into a problem')
    expect(failed.text()).toContain('cannot read the week')
    expect(wrapper.find('[data-testid="language"]').exists()).toBe(true)
    await wrapper.get('[data-testid="page-retry"]').trigger('click')
    await flushPromises()
    expect(wrapper.find('[data-testid="page-failed"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="flaky"]').text()).toBe('the week')
  })

  it('lets the person go on to another screen, which works', async () => {
    const { wrapper, router } = await start('/plan', 'de')
    expect(wrapper.get('[data-testid="page-failed"]').text()).toContain('Bei dieser Ansicht ist ein Problem aufgetreten')
    await router.push('/profile')
    await flushPromises()
    expect(wrapper.find('[data-testid="page-failed"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="fine"]').text()).toBe('profile')
  })

  it('says so when a screen’s code cannot be loaded, and loads it on retry', async () => {
    const { wrapper, router } = await start('/profile')
    await router.push('/foods').catch(() => undefined)
    await flushPromises()
    expect(wrapper.get('[data-testid="page-failed"]').text()).toContain('Failed to fetch dynamically imported module')
    // Back online: "Try again" goes to the screen that could not be loaded.
    chunkFails = false
    await wrapper.get('[data-testid="page-retry"]').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.path).toBe('/foods')
    expect(wrapper.find('[data-testid="page-failed"]').exists()).toBe(false)
  })
})
