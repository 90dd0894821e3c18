/**
 * Remembers the window's size, position and maximized state between runs,
 * in `window-state.json` inside the userData folder.
 * Reading validates the file and clamps the bounds onto a display that exists now,
 * so a hand-edited file or an unplugged monitor never leaves the window off-screen.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { z } from 'zod'

/** A rectangle in screen pixels, as Electron's `Rectangle`. */
export interface Bounds {
  x: number
  y: number
  width: number
  height: number
}

/** What is remembered. Without x and y the window is centred by Electron. */
export interface WindowState {
  width: number
  height: number
  x?: number
  y?: number
  isMaximized: boolean
}

export const MIN_WINDOW_WIDTH = 720
export const MIN_WINDOW_HEIGHT = 480

/** The first-run size. */
export const defaultWindowState: WindowState = { width: 1280, height: 840, isMaximized: false }

/** How much of the window must lie on a display (px) for its remembered position to be kept. */
const minVisible = { width: 160, height: 80 }

const coordinate = z.number().int().min(-100_000).max(100_000)
const windowStateSchema = z.object({
  width: z.number().int().min(MIN_WINDOW_WIDTH).max(20_000),
  height: z.number().int().min(MIN_WINDOW_HEIGHT).max(20_000),
  x: coordinate.optional(),
  y: coordinate.optional(),
  isMaximized: z.boolean(),
})

/** The remembered state file in a userData folder. */
export function windowStateFile(userDataPath: string): string {
  return join(userDataPath, 'window-state.json')
}

/** Validates stored JSON: anything that is not a complete, sane state gives null. */
export function parseWindowState(raw: unknown): WindowState | null {
  const result = windowStateSchema.safeParse(raw)
  if (!result.success) return null
  const { x, y, ...rest } = result.data
  // A position needs both coordinates.
  return x !== undefined && y !== undefined ? { ...rest, x, y } : rest
}

/**
 * Fits a state onto the displays that exist now (their work areas).
 * The size shrinks to the largest work area; a position that shows too little of the
 * window on every display is dropped (Electron then centres the window); otherwise the
 * window is moved fully inside the display it overlaps most.
 */
export function clampToDisplays(state: WindowState, workAreas: readonly Bounds[]): WindowState {
  if (workAreas.length === 0) return state
  const widest = Math.max(...workAreas.map((a) => a.width))
  const tallest = Math.max(...workAreas.map((a) => a.height))
  const width = Math.min(state.width, widest)
  const height = Math.min(state.height, tallest)
  const base: WindowState = { width, height, isMaximized: state.isMaximized }
  if (state.x === undefined || state.y === undefined) return base

  const window: Bounds = { x: state.x, y: state.y, width, height }
  const best = workAreas
    .map((area) => ({ area, overlap: intersection(window, area) }))
    .filter(({ overlap }) => overlap.width >= Math.min(minVisible.width, width) && overlap.height >= Math.min(minVisible.height, height))
    .sort((a, b) => b.overlap.width * b.overlap.height - a.overlap.width * a.overlap.height)[0]
  if (!best) return base

  const { area } = best
  const fittedWidth = Math.min(width, area.width)
  const fittedHeight = Math.min(height, area.height)
  return {
    width: fittedWidth,
    height: fittedHeight,
    x: clamp(state.x, area.x, area.x + area.width - fittedWidth),
    y: clamp(state.y, area.y, area.y + area.height - fittedHeight),
    isMaximized: state.isMaximized,
  }
}

/** Reads the remembered state, or the default when there is none or it is unreadable. */
export function readWindowState(file: string, workAreas: readonly Bounds[]): WindowState {
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    return clampToDisplays(defaultWindowState, workAreas)
  }
  return clampToDisplays(parseWindowState(raw) ?? defaultWindowState, workAreas)
}

/** Writes the state atomically (temp file, then rename), so a crash never leaves half a file. */
export function writeWindowState(file: string, state: WindowState): void {
  mkdirSync(dirname(file), { recursive: true })
  const temp = `${file}.tmp`
  writeFileSync(temp, JSON.stringify(state))
  renameSync(temp, file)
}

/** The state to remember from a window's normal (unmaximized) bounds. */
export function stateFromBounds(normalBounds: Bounds, isMaximized: boolean): WindowState {
  return {
    width: Math.max(MIN_WINDOW_WIDTH, Math.round(normalBounds.width)),
    height: Math.max(MIN_WINDOW_HEIGHT, Math.round(normalBounds.height)),
    x: Math.round(normalBounds.x),
    y: Math.round(normalBounds.y),
    isMaximized,
  }
}

function intersection(a: Bounds, b: Bounds): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return { width: Math.max(0, width), height: Math.max(0, height) }
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max))
}
