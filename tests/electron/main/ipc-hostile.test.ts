/**
 * Hostile arguments on every invoke channel, through `handle` as main registers it: bad paths,
 * sizes and types, prototype-pollution objects, huge strings, extra arguments. Whatever a
 * compromised page sends, it is refused before any handler (and so any dialog or file) is
 * reached, or it reaches the handler as exactly the contract's shape and nothing more.
 */
import { pathToFileURL } from 'node:url'
import fc from 'fast-check'
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { channels, MAX_FILE_BYTES, type InvokeKey } from '../../../shared/ipc'
import { invokeArgs } from '../../../shared/ipc-schemas'
import { resolveAppLocation } from '../../../electron/main/app-location'
import { setupFiles } from '../../../electron/main/handlers/files'
import { handle } from '../../../electron/main/ipc'
import { dialog, FakeWebContents, ipcMain, resetFakeElectron } from '../fake-electron'

vi.mock('electron', () => import('../fake-electron'))

const indexPath = '/app/out/renderer/index.html'
const location = resolveAppLocation(undefined, indexPath, true)
const appFrame = { url: `${pathToFileURL(indexPath).href}#/plan`, parent: null }
const keys = Object.keys(invokeArgs) as InvokeKey[]
let tried = 0

beforeEach(resetFakeElectron)
afterAll(() => console.log(`IPC: ${tried} hostile argument lists tried`))

/** Registers recording handlers on every channel; returns the calls per channel. */
function registerAll(): Record<InvokeKey, unknown[][]> {
  const calls = Object.fromEntries(keys.map((k) => [k, [] as unknown[][]])) as Record<InvokeKey, unknown[][]>
  for (const key of keys) {
    handle(location, key, ((_context: unknown, ...args: unknown[]) => {
      calls[key].push(args)
      return Promise.resolve({ status: 'cancelled' })
    }) as never) // One recording stub stands in for every handler signature.
  }
  return calls
}

const invoke = (key: InvokeKey, ...args: unknown[]) => {
  tried++
  return ipcMain.invoke(channels[key], { sender: new FakeWebContents(), frame: appFrame }, ...args)
}

/** An object with an own property `key`, as structured clone or JSON.parse would deliver it. */
const own = (key: string, value: unknown, rest: Record<string, unknown> = {}) =>
  Object.assign(JSON.parse(`{${JSON.stringify(key)}:${JSON.stringify(value)}}`) as Record<string, unknown>, rest)

const filters = [{ name: 'Gutplan backup', extensions: ['json'] }]
const save = { suggestedName: 'gutplan-backup.json', content: '{}', filters }

const hostile: [string, InvokeKey, unknown[]][] = [
  ['a parent-folder path', 'saveFile', [{ ...save, suggestedName: '../../.ssh/authorized_keys' }]],
  ['a path with a folder', 'saveFile', [{ ...save, suggestedName: 'sub/backup.json' }]],
  ['a UNC path', 'saveFile', [{ ...save, suggestedName: '\\\\server\\share\\x.json' }]],
  ['a drive path', 'saveFile', [{ ...save, suggestedName: 'C:backup.json' }]],
  ['a NUL byte in the name', 'saveFile', [{ ...save, suggestedName: 'backup.json\u0000.exe' }]],
  ['a newline in the name', 'saveFile', [{ ...save, suggestedName: 'backup\n.json' }]],
  ['an empty name', 'saveFile', [{ ...save, suggestedName: '' }]],
  ['a 10 000 character name', 'saveFile', [{ ...save, suggestedName: `${'a'.repeat(10_000)}.json` }]],
  ['content one character over the limit', 'saveFile', [{ ...save, content: 'x'.repeat(MAX_FILE_BYTES + 1) }]],
  ['content as bytes', 'saveFile', [{ ...save, content: new Uint8Array(8) }]],
  ['content as an object', 'saveFile', [{ ...save, content: { toString: 'x' } }]],
  ['no content', 'saveFile', [{ suggestedName: save.suggestedName, filters }]],
  ['a filter with a wildcard', 'saveFile', [{ ...save, filters: [{ name: 'All', extensions: ['*'] }] }]],
  ['a filter with a dotted extension', 'saveFile', [{ ...save, filters: [{ name: 'JSON', extensions: ['.json'] }] }]],
  ['eleven filters', 'saveFile', [{ ...save, filters: Array.from({ length: 11 }, () => filters[0]) }]],
  ['a huge filter name', 'openFile', [{ filters: [{ name: 'x'.repeat(1_000_000), extensions: ['json'] }] }]],
  ['filters as a string', 'openFile', [{ filters: 'json' }]],
  ['a null request', 'openFile', [null]],
  ['an array as the request', 'openFile', [[filters]]],
  ['a second argument', 'openFile', [{ filters }, { filters }]],
  ['a prototype-polluting request', 'openFile', [own('__proto__', { filters })]],
  ['a constructor key instead of fields', 'print', [own('constructor', { prototype: { polluted: true } })]],
  ['a landscape string', 'print', [{ landscape: 'true', pageSize: 'A4' }]],
  ['a page size of another case', 'print', [{ landscape: false, pageSize: 'a4' }]],
  ['a path as the PDF name', 'printToPdf', [{ landscape: false, pageSize: 'A4', suggestedName: '/tmp/x.pdf' }]],
  ['an argument for appInfo', 'appInfo', ['--inspect']],
  ['many arguments', 'appInfo', Array.from({ length: 1000 }, (_, i) => i)],
]

describe('hostile IPC arguments', () => {
  it.each(hostile)('%s on %s: refused, no handler called', async (_name, key, args) => {
    const calls = registerAll()
    await expect(invoke(key, ...args)).rejects.toThrow(/Invalid arguments/)
    for (const k of keys) expect(calls[k], k).toHaveLength(0)
  })

  it('strips polluting keys from an accepted request, so the handler sees only the contract', async () => {
    const calls = registerAll()
    const request = own('__proto__', { polluted: true }, { landscape: true, pageSize: 'A4', constructor: { prototype: { polluted: true } } })
    await invoke('print', request)
    const received = calls.print[0]?.[0] as Record<string, unknown>
    expect(Object.keys(received).sort()).toEqual(['landscape', 'pageSize'])
    expect(Object.getPrototypeOf(received)).toBe(Object.prototype)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('never opens a dialog for a refused save or open (the real file handlers)', async () => {
    setupFiles(location)
    await expect(invoke('saveFile', { ...save, suggestedName: '../escape.json' })).rejects.toThrow(/Invalid arguments/)
    await expect(invoke('openFile', { filters: [{ name: 'x', extensions: ['../'] }] })).rejects.toThrow(/Invalid arguments/)
    expect(dialog.showSaveDialog).not.toHaveBeenCalled()
    expect(dialog.showOpenDialog).not.toHaveBeenCalled()
  })

  it('generated arguments: refused, or handed over exactly in the contract shape', async () => {
    const anything = fc.oneof(
      fc.anything({ maxDepth: 3, withNullPrototype: true, withObjectString: true, withBigInt: true, withDate: true, withTypedArray: true, withSparseArray: true }),
      fc.record({ suggestedName: fc.string({ maxLength: 300 }), content: fc.string(), filters: fc.constant(filters) }),
      fc.record({ landscape: fc.boolean(), pageSize: fc.constantFrom('A4', 'Letter', 'A0', ''), suggestedName: fc.string({ maxLength: 20 }) }),
      fc.record({ filters: fc.array(fc.record({ name: fc.string({ maxLength: 90 }), extensions: fc.array(fc.string({ maxLength: 12 }), { maxLength: 3 }) }), { maxLength: 3 }) }),
    )
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...keys), fc.array(anything, { maxLength: 3 }), async (key, args) => {
        resetFakeElectron()
        const calls = registerAll()
        const outcome = await invoke(key, ...args).then(
          () => 'accepted',
          (error: unknown) => (error instanceof Error && /Invalid arguments/.test(error.message) ? 'refused' : 'crashed'),
        )
        expect(outcome).not.toBe('crashed')
        const reached = keys.flatMap((k) => calls[k])
        if (outcome === 'refused') {
          expect(reached).toHaveLength(0)
          return
        }
        expect(calls[key]).toHaveLength(1)
        // What reached the handler is what the schema makes of it, and nothing else.
        expect(calls[key][0]).toEqual(invokeArgs[key].parse(args))
        expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      }),
      { numRuns: 2000 },
    )
  }, 60_000)
})
