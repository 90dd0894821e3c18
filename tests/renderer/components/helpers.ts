import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import type { Component } from 'vue'
import { createAppI18n, type Locale } from '../../../renderer/i18n'

/** Mounts a component with a real Pinia and the app's i18n, as the app does. */
export function mountWithApp(component: Component, options: { locale?: Locale; pinia?: Pinia } = {}) {
  const pinia = options.pinia ?? createPinia()
  setActivePinia(pinia)
  const i18n = createAppI18n(options.locale ?? 'en')
  const wrapper = mount(component, { global: { plugins: [pinia, i18n], stubs: { RouterLink: true, RouterView: true } }, attachTo: document.body })
  return { wrapper, pinia, i18n }
}
