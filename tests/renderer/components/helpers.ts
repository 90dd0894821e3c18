import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { defineComponent, type Component } from 'vue'
import { createMemoryHistory, createRouter, type Router } from 'vue-router'
import { createAppI18n, type Locale } from '../../../renderer/i18n'

const Blank = defineComponent({ render: () => null })

/** A router over memory history that accepts any path, for components that read the route. */
export function testRouter(): Router {
  return createRouter({ history: createMemoryHistory(), routes: [{ path: '/:any(.*)*', component: Blank }] })
}

/** Mounts a component with a real Pinia, the app's i18n and a router, as the app does. */
export function mountWithApp(component: Component, options: { locale?: Locale; pinia?: Pinia; router?: Router } = {}) {
  const pinia = options.pinia ?? createPinia()
  setActivePinia(pinia)
  const i18n = createAppI18n(options.locale ?? 'en')
  const router = options.router ?? testRouter()
  const wrapper = mount(component, {
    global: { plugins: [pinia, i18n, router], stubs: { RouterLink: true, RouterView: true } },
    attachTo: document.body,
  })
  return { wrapper, pinia, i18n, router }
}
