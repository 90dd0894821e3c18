/** How the last print or PDF export ended, in words for the print view's toolbar. */
import { computed, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import type { PrintResult, SaveResult } from '../../../shared/ipc'

export function usePrintMessage(result: Readonly<Ref<PrintResult | SaveResult | null>>) {
  const { t } = useI18n()
  return computed(() => {
    const r = result.value
    switch (r?.status) {
      case 'printed':
        return t('shopping.print.printed')
      case 'saved':
        return t('shopping.print.pdfSaved', { path: r.path })
      case 'cancelled':
        return t('shopping.print.cancelled')
      case 'error':
        return t('shopping.print.failed', { message: r.message })
      default:
        // Nothing to say: nothing happened yet, or the browser's own dialog took over.
        return ''
    }
  })
}
