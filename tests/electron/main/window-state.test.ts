import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  clampToDisplays,
  defaultWindowState,
  parseWindowState,
  readWindowState,
  stateFromBounds,
  windowStateFile,
  writeWindowState,
  type Bounds,
} from '../../../electron/main/window-state'

const laptop: Bounds = { x: 0, y: 0, width: 1440, height: 870 }
const rightMonitor: Bounds = { x: 1440, y: 0, width: 2560, height: 1400 }

describe('parseWindowState', () => {
  it('accepts a complete state', () => {
    expect(parseWindowState({ width: 1200, height: 800, x: 5, y: 6, isMaximized: true })).toEqual({
      width: 1200,
      height: 800,
      x: 5,
      y: 6,
      isMaximized: true,
    })
  })

  it('accepts a state without a position', () => {
    expect(parseWindowState({ width: 1200, height: 800, isMaximized: false })).toEqual({
      width: 1200,
      height: 800,
      isMaximized: false,
    })
  })

  it('drops a half position', () => {
    expect(parseWindowState({ width: 1200, height: 800, x: 10, isMaximized: false })).toEqual({
      width: 1200,
      height: 800,
      isMaximized: false,
    })
  })

  it.each([
    null,
    'window',
    42,
    [],
    {},
    { width: '1200', height: 800, isMaximized: false },
    { width: 1200, height: 800 },
    { width: 10, height: 800, isMaximized: false },
    { width: 1200, height: 1e9, isMaximized: false },
    { width: 1200.5, height: 800, isMaximized: false },
    { width: Number.NaN, height: 800, isMaximized: false },
    { width: 1200, height: 800, x: 1e12, y: 0, isMaximized: false },
    { width: 1200, height: 800, isMaximized: 'yes' },
  ])('rejects garbage: %j', (raw) => {
    expect(parseWindowState(raw)).toBeNull()
  })
})

describe('clampToDisplays', () => {
  it('keeps a window that is on a display', () => {
    const state = { width: 1000, height: 700, x: 100, y: 50, isMaximized: false }
    expect(clampToDisplays(state, [laptop])).toEqual(state)
  })

  it('drops the position of a window on a monitor that is gone, so it is centred', () => {
    const state = { width: 1000, height: 700, x: 2000, y: 100, isMaximized: false }
    expect(clampToDisplays(state, [laptop])).toEqual({ width: 1000, height: 700, isMaximized: false })
  })

  it('drops a position far off-screen in negative space', () => {
    expect(clampToDisplays({ width: 1000, height: 700, x: -5000, y: -5000, isMaximized: false }, [laptop])).toEqual({
      width: 1000,
      height: 700,
      isMaximized: false,
    })
  })

  it('pulls a window that hangs over an edge fully onto the display it mostly covers', () => {
    const state = { width: 1000, height: 700, x: 1000, y: 500, isMaximized: false }
    expect(clampToDisplays(state, [laptop])).toEqual({ width: 1000, height: 700, x: 440, y: 170, isMaximized: false })
  })

  it('shrinks a window larger than every display', () => {
    const state = { width: 5000, height: 3000, x: 0, y: 0, isMaximized: false }
    expect(clampToDisplays(state, [laptop])).toEqual({ width: 1440, height: 870, x: 0, y: 0, isMaximized: false })
  })

  it('picks the display the window overlaps most', () => {
    const state = { width: 1000, height: 700, x: 1300, y: 100, isMaximized: true }
    expect(clampToDisplays(state, [laptop, rightMonitor])).toEqual({ width: 1000, height: 700, x: 1440, y: 100, isMaximized: true })
  })

  it('leaves the state alone when no display is known', () => {
    const state = { width: 1000, height: 700, x: 99_999, y: 0, isMaximized: false }
    expect(clampToDisplays(state, [])).toEqual(state)
  })
})

describe('reading and writing the state file', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'gutplan-window-state-'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('gives the default when there is no file', () => {
    expect(readWindowState(windowStateFile(dir), [rightMonitor])).toEqual(defaultWindowState)
  })

  it('gives the default for a file that is not JSON or not a state', () => {
    const file = windowStateFile(dir)
    writeFileSync(file, '{"width": 1200, "he')
    expect(readWindowState(file, [rightMonitor])).toEqual(defaultWindowState)
    writeFileSync(file, JSON.stringify({ width: -1, height: 'tall' }))
    expect(readWindowState(file, [rightMonitor])).toEqual(defaultWindowState)
  })

  it('round-trips a state and clamps it on reading', () => {
    const file = windowStateFile(join(dir, 'new-folder'))
    writeWindowState(file, { width: 1100, height: 750, x: 2800, y: 40, isMaximized: false })
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ width: 1100, height: 750, x: 2800, y: 40, isMaximized: false })
    expect(readWindowState(file, [laptop, rightMonitor])).toEqual({ width: 1100, height: 750, x: 2800, y: 40, isMaximized: false })
    expect(readWindowState(file, [laptop])).toEqual({ width: 1100, height: 750, isMaximized: false })
  })
})

describe('stateFromBounds', () => {
  it('rounds and keeps at least the minimum size', () => {
    expect(stateFromBounds({ x: 10.4, y: 20.6, width: 300, height: 200 }, true)).toEqual({
      x: 10,
      y: 21,
      width: 720,
      height: 480,
      isMaximized: true,
    })
  })
})
