/**
 * The paper a print view is laid out for. While the calling component lives, an `@page` rule sets
 * the page size and orientation (so the browser's print dialog and `printToPDF` with
 * `preferCSSPageSize` get it right), and printing is black on white whatever the screen's theme.
 */
import { computed, onScopeDispose, toValue, watchEffect, type MaybeRefOrGetter } from 'vue'
import type { PageSize } from '../../../shared/ipc'

export type Orientation = 'landscape' | 'portrait'

/** Paper sizes in millimetres, portrait. */
const paper: Readonly<Record<PageSize, { width: number; height: number }>> = {
  A4: { width: 210, height: 297 },
  Letter: { width: 215.9, height: 279.4 },
}

/** The page margin, on every side, in millimetres. */
export const pageMarginMm = 10

export function usePrintPage(size: MaybeRefOrGetter<PageSize>, orientation: Orientation) {
  /** The paper as it lies, and the area inside the margins, in millimetres. */
  const sheet = computed(() => {
    const p = paper[toValue(size)]
    const [width, height] = orientation === 'landscape' ? [p.height, p.width] : [p.width, p.height]
    return { width, height, contentWidth: width - 2 * pageMarginMm, contentHeight: height - 2 * pageMarginMm }
  })

  const style = document.createElement('style')
  style.dataset.printPage = orientation
  watchEffect(() => {
    style.textContent = [
      `@page { size: ${toValue(size)} ${orientation}; margin: ${pageMarginMm}mm; }`,
      '@media print { html, body { background: #fff !important; color: #000 !important; } }',
    ].join('\n')
  })
  document.head.append(style)
  onScopeDispose(() => style.remove())

  /** CSS variables for the sheet: its size on screen and the printable area in print. */
  const sheetStyle = computed(() => ({
    '--paper-width': `${sheet.value.width}mm`,
    '--paper-height': `${sheet.value.height}mm`,
    '--content-width': `${sheet.value.contentWidth}mm`,
    '--content-height': `${sheet.value.contentHeight}mm`,
    '--page-margin': `${pageMarginMm}mm`,
  }))

  return { sheet, sheetStyle }
}
