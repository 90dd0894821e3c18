/**
 * Sheets that must stay on one page: their sizes are in `em` of a `--fit` factor, which shrinks
 * (from `max`, 1 unless a sheet should grow to fill its page, down to `min`, in steps of 0.05) until the content fits the element's height (which
 * should leave a little of the page spare: the printed area is a hair shorter than the sheet on
 * screen, see PrintPaper). It runs
 * after each render, synchronously, so the page is fitted before it is first painted or printed.
 */
import { onMounted, watch, type Ref, type WatchSource } from 'vue'

export function useFitToPage(element: Readonly<Ref<HTMLElement | null>>, sources: WatchSource[], min = 0.55, max = 1): void {
  function fit(): void {
    const el = element.value
    if (!el) return
    // From the largest allowed size down: a short sheet stays large and fills its page.
    let factor = max
    el.style.setProperty('--fit', String(max))
    while (el.scrollHeight > el.clientHeight && factor > min) {
      factor = Math.round((factor - 0.05) * 100) / 100
      el.style.setProperty('--fit', String(factor))
    }
    el.dataset.fit = String(factor)
  }
  onMounted(fit)
  watch(sources, fit, { flush: 'post' })
}
