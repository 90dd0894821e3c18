import { flushPromises } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import App from '../../../renderer/App.vue'
import { loadSettings } from '../../../renderer/db/settings'
import { useSettingsStore } from '../../../renderer/stores/settings'
import { freshDb } from '../db/helpers'
import { mountWithApp } from './helpers'

describe('App shell', () => {
  beforeEach(() => {
    freshDb()
  })
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('shows the health notice on first run only, and remembers it was seen', async () => {
    const pinia = createPinia()
    setActivePinia(pinia)
    await useSettingsStore(pinia).load()
    const { wrapper } = mountWithApp(App, { pinia })
    await flushPromises()
    const dialog = wrapper.get('[data-testid="health-notice"]')
    expect((dialog.element as HTMLDialogElement).open).toBe(true)
    expect(dialog.text()).toContain('not medical advice')
    await dialog.findAll('button').find((b) => b.text() === 'I understand')!.trigger('click')
    await flushPromises()
    expect((dialog.element as HTMLDialogElement).open).toBe(false)
    expect((await loadSettings()).healthNoticeSeenAt).not.toBeNull()

    const again = createPinia()
    setActivePinia(again)
    await useSettingsStore(again).load()
    const second = mountWithApp(App, { pinia: again }).wrapper
    await flushPromises()
    const notice = second.findAll('[data-testid="health-notice"]').at(-1)!
    expect((notice.element as HTMLDialogElement).open).toBe(false)
  })

  it('starts no week, shopping list or planner of its own: each screen starts what it needs', async () => {
    const pinia = createPinia()
    setActivePinia(pinia)
    await useSettingsStore(pinia).load()
    const workers = vi.fn()
    const globals = globalThis as { Worker?: unknown }
    const real = globals.Worker
    globals.Worker = workers
    try {
      mountWithApp(App, { pinia })
      await flushPromises()
      expect(Object.keys(pinia.state.value)).not.toContain('plan')
      expect(Object.keys(pinia.state.value)).not.toContain('shopping')
      expect(workers).not.toHaveBeenCalled()
    } finally {
      globals.Worker = real
    }
  })

  it('switches language and keeps the choice', async () => {
    const pinia = createPinia()
    setActivePinia(pinia)
    await useSettingsStore(pinia).load()
    const { wrapper, i18n } = mountWithApp(App, { pinia })
    await wrapper.get('[data-testid="language"]').setValue('de')
    await flushPromises()
    expect(i18n.global.locale.value).toBe('de')
    expect(document.documentElement.lang).toBe('de')
    expect(wrapper.text()).toContain('Gesundheitshinweis')
    expect((await loadSettings()).locale).toBe('de')
  })
})
