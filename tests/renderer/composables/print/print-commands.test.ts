import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { h, onMounted, ref, type Component } from 'vue'
import { createMemoryHistory, createRouter, RouterView, type RouteLocationNormalizedLoaded } from 'vue-router'
import { pageSizeOf, printTargetOf, usePrintCommands } from '../../../../renderer/composables/print/use-print-commands'
import { saveShoppingPrefs } from '../../../../renderer/db/shopping'
import { createAppI18n } from '../../../../renderer/i18n'
import type { PdfRequest, PrintRequest } from '../../../../shared/ipc'
import { freshDb } from '../../db/helpers'

const Blank: Component = { render: () => h('p', 'screen') }
/** A print view that takes a moment to load, as the real ones do. */
const SlowPrintView: Component = {
  setup() {
    const isReady = ref(false)
    onMounted(() => setTimeout(() => (isReady.value = true), 20))
    return () => h('div', { 'data-print-ready': isReady.value ? 'true' : 'false' }, 'print view')
  },
}
const NeverReady: Component = { render: () => h('div', { 'data-print-ready': 'false' }) }

function makeRouter(printView = SlowPrintView) {
  return createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/plan/:week?', name: 'plan', component: Blank },
      { path: '/shopping/:week?', name: 'shopping', component: Blank },
      { path: '/print/week/:week', name: 'print-week', component: printView, meta: { bare: true } },
      { path: '/print/shopping/:week', name: 'print-shopping', component: printView, meta: { bare: true } },
      { path: '/profile', name: 'profile', component: Blank },
    ],
  })
}

async function harness(path: string, options: { isDesktop?: boolean; printView?: Component; readyTimeoutMs?: number } = {}) {
  const router = makeRouter(options.printView)
  await router.push(path)
  await router.isReady()
  const seen: { kind: string; route: string; request: PrintRequest | PdfRequest }[] = []
  const platform = {
    print: vi.fn((request: PrintRequest) => {
      seen.push({ kind: 'print', route: router.currentRoute.value.fullPath, request })
      return Promise.resolve(options.isDesktop === false ? ({ status: 'handed-to-browser' } as const) : ({ status: 'printed' } as const))
    }),
    printToPdf: vi.fn((request: PdfRequest) => {
      seen.push({ kind: 'pdf', route: router.currentRoute.value.fullPath, request })
      return Promise.resolve({ status: 'saved', path: `/home/me/${request.suggestedName}` } as const)
    }),
  }
  let commands: ReturnType<typeof usePrintCommands> | undefined
  const App: Component = {
    setup() {
      commands = usePrintCommands({ platform, isDesktop: () => options.isDesktop ?? true, readyTimeoutMs: options.readyTimeoutMs ?? 2000 })
      return () => h(RouterView)
    },
  }
  const pinia = createPinia()
  setActivePinia(pinia)
  mount(App, { global: { plugins: [pinia, createAppI18n('en'), router] }, attachTo: document.body })
  return { router, platform, seen, commands: commands! }
}

describe('what a route prints', () => {
  const route = (name: string, week?: string, query: Record<string, string> = {}) =>
    ({ name, params: week ? { week } : {}, query }) as unknown as RouteLocationNormalizedLoaded
  const current = { planWeek: '2026-W30', shoppingWeek: '2026-W31' }

  it.each([
    ['plan', '2026-W20', { kind: 'week', week: '2026-W20', isPrintView: false }],
    ['plan', undefined, { kind: 'week', week: '2026-W30', isPrintView: false }],
    ['print-week', '2026-W20', { kind: 'week', week: '2026-W20', isPrintView: true }],
    ['shopping', undefined, { kind: 'shopping', week: '2026-W31', isPrintView: false }],
    ['shopping', 'nonsense', { kind: 'shopping', week: '2026-W31', isPrintView: false }],
    ['print-shopping', '2026-W22', { kind: 'shopping', week: '2026-W22', isPrintView: true }],
    ['profile', undefined, null],
    ['recipes', undefined, null],
  ])('%s %s', (name, week, expected) => {
    expect(printTargetOf(route(name, week), current)).toEqual(expected)
  })

  it('reads the paper from the query', () => {
    expect(pageSizeOf(route('print-week', '2026-W20', { size: 'Letter' }))).toBe('Letter')
    expect(pageSizeOf(route('print-week', '2026-W20', { size: 'A3' }))).toBeNull()
    expect(pageSizeOf(route('print-week', '2026-W20'))).toBeNull()
  })
})

describe('usePrintCommands', () => {
  beforeEach(() => {
    freshDb()
  })
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('prints the week from the week screen: to the print view, landscape, and back', async () => {
    const { router, seen, commands } = await harness('/plan/2026-W20')
    await commands.print()
    expect(seen).toEqual([{ kind: 'print', route: '/print/week/2026-W20?size=A4', request: { landscape: true, pageSize: 'A4' } }])
    expect(router.currentRoute.value.fullPath).toBe('/plan/2026-W20')
    expect(commands.result.value).toEqual({ status: 'printed' })
  })

  it('exports the list from the shopping screen as a portrait PDF on the remembered paper', async () => {
    await saveShoppingPrefs({ pantry: [], aisleOrder: [], pageSize: 'Letter' })
    const { router, seen, commands } = await harness('/shopping/2026-W20')
    await commands.exportPdf()
    expect(seen).toEqual([
      { kind: 'pdf', route: '/print/shopping/2026-W20?size=Letter', request: { landscape: false, pageSize: 'Letter', suggestedName: 'gutplan-shopping-list-2026-W20.pdf' } },
    ])
    expect(router.currentRoute.value.fullPath).toBe('/shopping/2026-W20')
    expect(commands.result.value).toEqual({ status: 'saved', path: '/home/me/gutplan-shopping-list-2026-W20.pdf' })
  })

  it('prints a print view where it is, on the paper its query names', async () => {
    const { router, seen, commands } = await harness('/print/week/2026-W21?size=Letter')
    await commands.exportPdf()
    expect(seen).toEqual([{ kind: 'pdf', route: '/print/week/2026-W21?size=Letter', request: { landscape: true, pageSize: 'Letter', suggestedName: 'gutplan-week-2026-W21.pdf' } }])
    expect(router.currentRoute.value.fullPath).toBe('/print/week/2026-W21?size=Letter')
  })

  it('prints any other screen as it is', async () => {
    const { router, seen, commands } = await harness('/profile')
    await commands.print()
    expect(seen).toEqual([{ kind: 'print', route: '/profile', request: { landscape: false, pageSize: 'A4' } }])
    expect(router.currentRoute.value.fullPath).toBe('/profile')
  })

  it('in a browser, stays on the print view until the print dialog has closed', async () => {
    const { router, platform, commands } = await harness('/plan/2026-W20', { isDesktop: false })
    const done = commands.print()
    await vi.waitFor(() => expect(platform.print).toHaveBeenCalled())
    await flushPromises()
    expect(router.currentRoute.value.path).toBe('/print/week/2026-W20')
    window.dispatchEvent(new Event('afterprint'))
    await done
    expect(router.currentRoute.value.fullPath).toBe('/plan/2026-W20')
  })

  it('gives up on a print view that never loads, says why and comes back', async () => {
    const { router, platform, commands } = await harness('/shopping/2026-W20', { printView: NeverReady, readyTimeoutMs: 50 })
    await commands.print()
    expect(platform.print).not.toHaveBeenCalled()
    expect(commands.result.value).toEqual({ status: 'error', message: 'the print view did not finish loading' })
    expect(router.currentRoute.value.fullPath).toBe('/shopping/2026-W20')
  })

  it('runs one command at a time', async () => {
    const { platform, commands } = await harness('/plan/2026-W20')
    await Promise.all([commands.print(), commands.print()])
    expect(platform.print).toHaveBeenCalledTimes(1)
  })
})
