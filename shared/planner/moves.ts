/**
 * The search: a randomized greedy construction, a local search over single-cell replacements and
 * cross-day swaps (both priced incrementally by ScoreState), and a seeded perturbation for
 * iterated local search. Every move keeps the hard rules: only candidates (fit, no conflict) in
 * open cells, and no recipe beyond the use limit. Locked and kept cells are never touched.
 */
import type { Instance } from './instance'
import { randomInt, shuffle, type Rng } from './rng'
import type { ScoreState } from './score'

/** Improvements smaller than this are rounding noise, not moves. */
const epsilon = 1e-9

function slotOf(inst: Instance, cell: number): number {
  return cell % inst.slots.length
}

function candidatesOf(inst: Instance, cell: number): Int32Array {
  return inst.candidates[slotOf(inst, cell)] ?? new Int32Array(0)
}

/** Empties every open cell. */
export function clearOpen(state: ScoreState): void {
  for (const cell of state.inst.open) state.set(cell, -1)
}

/**
 * Fills every empty open cell, in a random order, each with one of the `choices` best candidates
 * for it (chosen at random) given what is already placed.
 */
export function construct(state: ScoreState, rng: Rng, choices: number): void {
  const inst = state.inst
  const order = shuffle(rng, Array.from(inst.open))
  const topR = new Int32Array(choices)
  const topD = new Float64Array(choices)
  const deltas = scratch(inst)
  for (const cell of order) {
    if ((state.assign[cell] ?? -1) >= 0) continue
    const cands = candidatesOf(inst, cell)
    state.scan(cell, cands, inst.useLimit, deltas)
    let count = 0
    for (let j = 0; j < cands.length; j++) {
      const d = deltas[j] ?? -Infinity
      if (d === -Infinity) continue
      // Insert into the sorted top list (best first); equal deltas keep library order.
      let i: number
      if (count < choices) i = count++
      else if (d > (topD[choices - 1] ?? 0)) i = choices - 1
      else continue
      while (i > 0 && (topD[i - 1] ?? 0) < d) {
        topD[i] = topD[i - 1] ?? 0
        topR[i] = topR[i - 1] ?? 0
        i--
      }
      topD[i] = d
      topR[i] = cands[j] ?? 0
    }
    if (count === 0) fillByAugmenting(state, cell)
    else state.set(cell, topR[randomInt(rng, count)] ?? -1)
  }
}

/** A buffer for one cell's candidate deltas. */
function scratch(inst: Instance): Float64Array {
  return new Float64Array(inst.candidates.reduce((m, c) => Math.max(m, c.length), 0))
}

/**
 * Fills an empty open cell whose candidates are all at the use limit by shifting other cells along
 * an augmenting path (cell takes r1, a cell holding r1 takes r2 …, ending at a recipe with room).
 * The use limit was chosen so that such a path always exists.
 */
export function fillByAugmenting(state: ScoreState, cell: number): boolean {
  const inst = state.inst
  const parentCell = new Int32Array(inst.recipes.length).fill(-1)
  const queue: number[] = []
  const reach = (r: number, from: number): boolean => {
    if ((parentCell[r] ?? -1) !== -1) return false
    parentCell[r] = from
    if ((state.uses[r] ?? 0) < inst.useLimit) return true
    queue.push(r)
    return false
  }
  let end = -1
  for (const r of candidatesOf(inst, cell)) if (end < 0 && reach(r, cell)) end = r
  for (let head = 0; end < 0 && head < queue.length; head++) {
    const full = queue[head] ?? 0
    for (const other of inst.open) {
      if (end >= 0) break
      if (other === cell || state.assign[other] !== full) continue
      for (const r of candidatesOf(inst, other)) if (end < 0 && reach(r, other)) end = r
    }
  }
  if (end < 0) return false
  for (let r = end; ; ) {
    const c = parentCell[r] ?? -1
    const previous = state.assign[c] ?? -1
    state.set(c, r)
    if (c === cell) return true
    r = previous
  }
}

/**
 * Local search to a local optimum: sweeps replacing each open cell's recipe by its best improving
 * candidate, then swapping recipes between cells of different days where both fit. Stops when a
 * sweep improves nothing or after `maxSweeps`.
 */
export function localSearch(state: ScoreState, maxSweeps: number): void {
  const inst = state.inst
  const deltas = scratch(inst)
  for (let sweep = 0; sweep < maxSweeps; sweep++) {
    let improved = false
    for (const cell of inst.open) {
      const cands = candidatesOf(inst, cell)
      state.scan(cell, cands, inst.useLimit, deltas)
      let best = epsilon
      let bestR = -1
      for (let j = 0; j < cands.length; j++) {
        const d = deltas[j] ?? -Infinity
        if (d > best) {
          best = d
          bestR = cands[j] ?? -1
        }
      }
      if (bestR >= 0) {
        state.set(cell, bestR)
        improved = true
      }
    }
    if (swapPass(state)) improved = true
    if (!improved) return
  }
}

/** One pass of improving cross-day swaps; true if any was made. */
function swapPass(state: ScoreState): boolean {
  const inst = state.inst
  const open = inst.open
  const S = inst.slots.length
  let improved = false
  for (let i = 0; i < open.length; i++) {
    const cellA = open[i] ?? 0
    const slotA = 1 << cellA % S
    const dayA = (cellA / S) | 0
    for (let j = i + 1; j < open.length; j++) {
      const cellB = open[j] ?? 0
      if (((cellB / S) | 0) === dayA) continue
      // A swap check prices two days: about as much work as four replacement candidates.
      state.evaluations += 4
      const a = state.assign[cellA] ?? -1
      const b = state.assign[cellB] ?? -1
      if (a === b || a < 0 || b < 0) continue
      if (!((inst.plannable[a] ?? 0) & (1 << cellB % S)) || !((inst.plannable[b] ?? 0) & slotA)) continue
      if (state.swapDelta(cellA, cellB) > epsilon) {
        state.set(cellA, b)
        state.set(cellB, a)
        improved = true
      }
    }
  }
  return improved
}

/** Puts random candidates (within the use limit) into `count` random open cells. */
export function perturb(state: ScoreState, rng: Rng, count: number): void {
  const inst = state.inst
  const first = inst.open[randomInt(rng, inst.open.length)] ?? 0
  const S = inst.slots.length
  const day = (first / S) | 0
  for (let n = 0; n < count; n++) {
    // Half the kicks stay within one day (its fiber and energy move together), half roam the week.
    let cell = n === 0 ? first : (inst.open[randomInt(rng, inst.open.length)] ?? 0)
    if (n > 0 && rng() < 0.5) cell = day * S + randomInt(rng, S)
    if (inst.cells[cell]?.kind !== 'open' || (inst.candidates[cell % S]?.length ?? 0) === 0) continue
    const cands = candidatesOf(inst, cell)
    for (let tries = 0; tries < 8; tries++) {
      const r = cands[randomInt(rng, cands.length)] ?? -1
      if (r >= 0 && r !== state.assign[cell] && (state.uses[r] ?? 0) < inst.useLimit) {
        state.set(cell, r)
        break
      }
    }
  }
}

/** Copies the open cells' recipes out of a state. */
export function snapshot(state: ScoreState): Int32Array {
  return Int32Array.from(state.inst.open, (cell) => state.assign[cell] ?? -1)
}

/** Puts a snapshot back (emptying first, so the use counts never pass through an invalid state). */
export function restore(state: ScoreState, saved: Int32Array): void {
  clearOpen(state)
  state.inst.open.forEach((cell, i) => state.set(cell, saved[i] ?? -1))
}

/**
 * Pair moves: for every two open cells of the same day, the best joint replacement among each
 * cell's `k` best single candidates. It finds what single moves cannot, such as giving up a
 * repeated recipe in one slot while another slot of the day makes up its fiber or energy.
 * Applies each improving pair at once; true if any was applied.
 */
export function pairPass(state: ScoreState, k: number): boolean {
  const inst = state.inst
  const S = inst.slots.length
  const deltas = scratch(inst)
  const topA = new Int32Array(k)
  const topB = new Int32Array(k)
  const pairDeltas = new Float64Array(k)
  let improved = false
  for (let i = 0; i < inst.open.length; i++) {
    const cellA = inst.open[i] ?? 0
    for (let j = i + 1; j < inst.open.length; j++) {
      const cellB = inst.open[j] ?? 0
      if (((cellB / S) | 0) !== ((cellA / S) | 0)) continue
      const nA = bestCandidates(state, cellA, deltas, topA)
      const nB = bestCandidates(state, cellB, deltas, topB)
      const a0 = state.assign[cellA] ?? -1
      let best = epsilon
      let bestA = -1
      let bestB = -1
      for (let x = 0; x < nA; x++) {
        const ra = topA[x] ?? 0
        const first = state.delta(cellA, ra)
        state.set(cellA, ra)
        const sub = topB.subarray(0, nB)
        state.scan(cellB, sub, inst.useLimit, pairDeltas)
        for (let y = 0; y < nB; y++) {
          const d = first + (pairDeltas[y] ?? -Infinity)
          if (d > best) {
            best = d
            bestA = ra
            bestB = sub[y] ?? -1
          }
        }
        state.set(cellA, a0)
      }
      // Two sets and a delta per first candidate: about ten candidates' worth of work.
      state.evaluations += 10 * nA
      if (bestA >= 0 && bestB >= 0) {
        state.set(cellA, bestA)
        state.set(cellB, bestB)
        improved = true
      }
    }
  }
  return improved
}

/** The (up to) k candidates of a cell with the best single-move deltas, into `top`; returns how many. */
function bestCandidates(state: ScoreState, cell: number, deltas: Float64Array, top: Int32Array): number {
  const inst = state.inst
  const cands = candidatesOf(inst, cell)
  state.scan(cell, cands, inst.useLimit, deltas)
  const k = top.length
  const topD = new Float64Array(k).fill(-Infinity)
  let count = 0
  for (let j = 0; j < cands.length; j++) {
    const d = deltas[j] ?? -Infinity
    if (d === -Infinity) continue
    let i: number
    if (count < k) i = count++
    else if (d > (topD[k - 1] ?? 0)) i = k - 1
    else continue
    while (i > 0 && (topD[i - 1] ?? 0) < d) {
      topD[i] = topD[i - 1] ?? 0
      top[i] = top[i - 1] ?? 0
      i--
    }
    topD[i] = d
    top[i] = cands[j] ?? 0
  }
  return count
}
