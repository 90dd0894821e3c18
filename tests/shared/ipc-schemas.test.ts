import { describe, expect, it } from 'vitest'
import { MAX_FILE_BYTES } from '../../shared/ipc'
import { parseInvokeArgs } from '../../shared/ipc-schemas'
import { utf8Length } from '../../shared/utf8'

describe('file size limit', () => {
  it('counts bytes as written in UTF-8, not characters', () => {
    expect(utf8Length('a€😀')).toBe(1 + 3 + 4)
    const euros = '€'.repeat(Math.ceil(MAX_FILE_BYTES / 3) + 1)
    expect(euros.length).toBeLessThan(MAX_FILE_BYTES)
    expect(() => parseInvokeArgs('saveFile', [{ suggestedName: 'list.txt', content: euros, filters: [] }])).toThrow(/too large/)
    expect(parseInvokeArgs('saveFile', [{ suggestedName: 'list.txt', content: '€'.repeat(1000), filters: [] }])[0].content).toHaveLength(1000)
  })
})
