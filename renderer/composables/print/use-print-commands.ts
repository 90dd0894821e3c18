/**
 * File → Print… and Export PDF…: print what the current screen is about, from its print view.
 * On the week screen (or its print view) that is the week, landscape; on the shopping list (or its
 * print view) the list, portrait. Everything comes from the route (and the paper size last chosen):
 * printing starts no store and no planner. From a screen, the app goes to the print view, waits until it
 * has rendered, prints, and comes back; elsewhere it prints the screen as it is.
 */
import { shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { useRoute, useRouter, type RouteLocationNormalizedLoaded } from 'vue-router'
import { isIsoWeek, isoWeekOf } from '../../../shared/calendar/iso-week'
import { pageSizes, type DesktopApi, type PageSize, type PrintRequest, type PrintResult, type SaveResult } from '../../../shared/ipc'
import { defaultShoppingPrefs, loadShoppingPrefs } from '../../db/shopping'
import { isDesktop as runsOnDesktop, platform as appPlatform } from '../../platform'

export type PrintKind = 'week' | 'shopping'

export interface PrintTarget {
  kind: PrintKind
  week: string
  /** True when the route is the print view already. */
  isPrintView: boolean
}

/** The print views' root sets this attribute to "true" once everything on it has rendered. */
export const printReadyAttribute = 'data-print-ready'

const weekParam = (route: RouteLocationNormalizedLoaded): string | null => {
  const week = route.params.week
  return typeof week === 'string' && isIsoWeek(week) ? week : null
}

/** What the current route prints, or null for a screen without a print view. */
export function printTargetOf(route: RouteLocationNormalizedLoaded, current: { planWeek: string; shoppingWeek: string }): PrintTarget | null {
  switch (route.name) {
    case 'plan':
      return { kind: 'week', week: weekParam(route) ?? current.planWeek, isPrintView: false }
    case 'print-week':
      return { kind: 'week', week: weekParam(route) ?? current.planWeek, isPrintView: true }
    case 'shopping':
      return { kind: 'shopping', week: weekParam(route) ?? current.shoppingWeek, isPrintView: false }
    case 'print-shopping':
      return { kind: 'shopping', week: weekParam(route) ?? current.shoppingWeek, isPrintView: true }
    default:
      return null
  }
}

/** The paper a route asks for (`?size=Letter`), if it names one. */
export function pageSizeOf(route: RouteLocationNormalizedLoaded): PageSize | null {
  const size = route.query.size
  return pageSizes.find((s) => s === size) ?? null
}

/** Resolves once a print view has marked itself ready, and its fonts and layout have settled. */
export function whenPrintViewReady(timeoutMs: number, root: ParentNode & Node = document.body): Promise<void> {
  const isReady = () => root.querySelector(`[${printReadyAttribute}="true"]`) !== null
  const settled = () => {
    const frame = () => new Promise((next) => requestAnimationFrame(() => next(undefined)))
    return (document.fonts?.ready ?? Promise.resolve()).then(frame).then(frame).then(() => undefined)
  }
  if (isReady()) return settled()
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      observer.disconnect()
      reject(new Error('the print view did not finish loading'))
    }, timeoutMs)
    const observer = new MutationObserver(() => {
      if (!isReady()) return
      observer.disconnect()
      clearTimeout(timer)
      void settled().then(resolve)
    })
    observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: [printReadyAttribute] })
  })
}

export interface PrintCommandOptions {
  platform?: Pick<DesktopApi, 'print' | 'printToPdf'>
  isDesktop?: () => boolean
  readyTimeoutMs?: number
}

export function usePrintCommands(options: PrintCommandOptions = {}) {
  const platform = options.platform ?? appPlatform
  const isDesktop = options.isDesktop ?? runsOnDesktop
  const readyTimeoutMs = options.readyTimeoutMs ?? 20_000
  const route = useRoute()
  const router = useRouter()
  const { t } = useI18n()
  /** How the last print or export ended; null while none has. */
  const result = shallowRef<PrintResult | SaveResult | null>(null)
  let isBusy = false

  async function send(kind: 'print' | 'pdf', request: PrintRequest, suggestedName: string): Promise<PrintResult | SaveResult> {
    // A browser's print dialog may not block: it is done when `afterprint` fires.
    const closed = isDesktop() ? Promise.resolve() : new Promise<void>((resolve) => window.addEventListener('afterprint', () => resolve(), { once: true }))
    const sent = await (kind === 'print' ? platform.print(request) : platform.printToPdf({ ...request, suggestedName }))
    if (sent.status === 'handed-to-browser') await closed
    return sent
  }

  async function run(kind: 'print' | 'pdf'): Promise<void> {
    if (isBusy) return
    isBusy = true
    try {
      // The route says what is printed; the paper is the route's, else the one last chosen.
      const pageSize = pageSizeOf(route) ?? (await loadShoppingPrefs().catch(() => defaultShoppingPrefs())).pageSize
      // A screen without a week in its address shows this week.
      const thisWeek = isoWeekOf(new Date())
      const target = printTargetOf(route, { planWeek: thisWeek, shoppingWeek: thisWeek })
      if (!target) {
        result.value = await send(kind, { landscape: false, pageSize }, 'gutplan.pdf')
        return
      }
      const request = { landscape: target.kind === 'week', pageSize }
      const name = `${t('shopping.print.pdfName', { what: t(`shopping.print.pdfWhat.${target.kind}`), week: target.week })}.pdf`
      if (target.isPrintView) {
        result.value = await send(kind, request, name)
        return
      }
      const back = route.fullPath
      // Replaced, not pushed: coming back leaves history as it was.
      await router.replace({ path: `/print/${target.kind}/${target.week}`, query: { size: pageSize } })
      try {
        await whenPrintViewReady(readyTimeoutMs)
        result.value = await send(kind, request, name)
      } finally {
        await router.replace(back)
      }
    } catch (error) {
      result.value = { status: 'error', message: error instanceof Error ? error.message : String(error) }
    } finally {
      isBusy = false
    }
  }

  return {
    print: () => run('print'),
    exportPdf: () => run('pdf'),
    result,
  }
}
