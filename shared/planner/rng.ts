/**
 * A small seeded PRNG (mulberry32): same seed, same sequence, on every JavaScript engine.
 * The planner never reads Math.random or the clock.
 */

/** A source of uniform numbers in [0, 1). */
export type Rng = () => number

/** mulberry32: 32 bits of state, period 2^32, good enough for shuffles and restarts. */
export function mulberry32(seed: number): Rng {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A whole number in [0, n). */
export function randomInt(rng: Rng, n: number): number {
  return Math.floor(rng() * n)
}

/** Shuffles in place (Fisher–Yates) and returns the same array. */
export function shuffle<T extends Int32Array | number[]>(rng: Rng, items: T): T {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randomInt(rng, i + 1)
    const tmp = items[i] as number
    items[i] = items[j] as number
    items[j] = tmp
  }
  return items
}
