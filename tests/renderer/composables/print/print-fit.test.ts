import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { h, ref, type Component } from 'vue'
import { useFitToPage } from '../../../../renderer/composables/print/use-fit-to-page'

/** A sheet whose content is `contentPx` tall at full size and shrinks with `--fit` (happy-dom lays nothing out). */
function sheet(contentPx: number, clientPx: number): Component {
  return {
    setup() {
      const root = ref<HTMLElement | null>(null)
      useFitToPage(root, [])
      return () =>
        h('div', {
          ref: (el) => {
            const node = el as HTMLElement | null
            if (!node || root.value === node) return
            const fit = () => Number(node.style.getPropertyValue('--fit') || '1')
            Object.defineProperty(node, 'clientHeight', { get: () => clientPx })
            Object.defineProperty(node, 'scrollHeight', { get: () => Math.max(clientPx, Math.round(contentPx * fit())) })
            root.value = node
          },
        })
    },
  }
}

describe('useFitToPage', () => {
  it('leaves a sheet that fits at full size', () => {
    const wrapper = mount(sheet(500, 700))
    expect(wrapper.element.dataset.fit).toBe('1')
  })

  it('shrinks the text of a sheet that does not fit until it does', () => {
    const wrapper = mount(sheet(1000, 700))
    expect(wrapper.element.dataset.fit).toBe('0.7')
    expect((wrapper.element as HTMLElement).style.getPropertyValue('--fit')).toBe('0.7')
  })

  it('stops at the smallest size still readable', () => {
    const wrapper = mount(sheet(5000, 700))
    expect(wrapper.element.dataset.fit).toBe('0.55')
  })
})
