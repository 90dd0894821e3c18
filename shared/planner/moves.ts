/**
 * The search: a randomized greedy construction, a local search over single-cell replacements and
 * cross-day swaps (both priced incrementally by ScoreState), and a seeded perturbation for
 * iterated local search. Every move keeps the hard rules: only candidates (fit, no conflict) in
 * open cells, no recipe beyond the use limit, oily fish within its limit, and spacing (not the
 * same recipe on the same or the next day). Each meal's portion is chosen with its recipe. Locked
 * and kept cells are never touched.
 */
import type { Instance } from './instance'
import { randomInt, shuffle, type Rng } from './rng'
import { defaultQuarter, type ScoreState } from './score'

/** Improvements smaller than this are rounding noise, not moves. */
const epsilon = 1e-9

function candidatesOf(inst: Instance, cell: number): Int32Array {
  return inst.cellCandidates[cell] ?? new Int32Array(0)
}

/** Empties every open cell. */
export function clearOpen(state: ScoreState): void {
  for (const cell of state.inst.open) state.set(cell, -1)
}

/** Marks a leftover option among a cell's choices (it is not a recipe index). */
const leftoverChoice = -2

/**
 * Fills every empty open cell, in a random order, each with one of the `choices` best candidates
 * for it (chosen at random) given what is already placed.
 */
export function construct(state: ScoreState, rng: Rng, choices: number): void {
  const inst = state.inst
  const order = shuffle(rng, Array.from(inst.open))
  const top = new TopList(choices)
  const { deltas, quarters } = scratch(inst)
  const leftover = { quarters: 4 }
  for (const cell of order) {
    if ((state.assign[cell] ?? -1) >= 0) continue
    const cands = candidatesOf(inst, cell)
    state.scan(cell, cands, inst.useLimit, deltas, quarters)
    top.clear()
    for (let j = 0; j < cands.length; j++) top.insert(deltas[j] ?? -Infinity, cands[j] ?? 0, quarters[j] ?? 4)
    // A lunch after a planned dinner may be its leftovers: one more choice, priced like the others.
    top.insert(state.leftoverDelta(cell, leftover), leftoverChoice, leftover.quarters)
    if (top.count === 0) fillByAugmenting(state, cell)
    else {
      const pick = randomInt(rng, top.count)
      const r = top.r[pick] ?? -1
      if (r === leftoverChoice) makeLeftover(state, cell, (top.q[pick] ?? 4) / 4)
      else state.set(cell, r, (top.q[pick] ?? 4) / 4)
    }
  }
}

/** The k best (delta, recipe, quarters) seen, best first; equal deltas keep the order they came in. */
class TopList {
  readonly d: Float64Array
  readonly r: Int32Array
  readonly q: Int8Array
  count = 0

  constructor(readonly k: number) {
    this.d = new Float64Array(k).fill(-Infinity)
    this.r = new Int32Array(k)
    this.q = new Int8Array(k)
  }

  clear(): void {
    this.count = 0
    this.d.fill(-Infinity)
  }

  insert(delta: number, r: number, q: number): void {
    const k = this.k
    if (delta === -Infinity) return
    let i: number
    if (this.count < k) i = this.count++
    else if (delta > (this.d[k - 1] ?? 0)) i = k - 1
    else return
    while (i > 0 && (this.d[i - 1] ?? 0) < delta) {
      this.d[i] = this.d[i - 1] ?? 0
      this.r[i] = this.r[i - 1] ?? 0
      this.q[i] = this.q[i - 1] ?? 4
      i--
    }
    this.d[i] = delta
    this.r[i] = r
    this.q[i] = q
  }
}

/** Buffers for one cell's candidate deltas and best portions (quarters). */
function scratch(inst: Instance): { deltas: Float64Array; quarters: Int8Array } {
  const n = inst.cellCandidates.reduce((m, c) => Math.max(m, c.length), 0)
  return { deltas: new Float64Array(n), quarters: new Int8Array(n) }
}

/** The portion nearest one serving that a recipe may take, per person. */
function defaultPortion(inst: Instance, r: number): number {
  return defaultQuarter(inst, r) / 4
}

/** Makes a lunch the leftover of the previous day's dinner (the caller checked `mayBeLeftover`). */
function makeLeftover(state: ScoreState, cell: number, portion: number): void {
  const source = state.inst.leftoverSource[cell] ?? -1
  const r = source >= 0 ? (state.assign[source] ?? -1) : -1
  state.set(cell, -1)
  state.set(cell, r, portion, true)
}

/**
 * Fills an empty open cell whose candidates are all at the use limit by shifting other cells along
 * an augmenting path (cell takes r1, a cell holding r1's group takes r2 …, ending at a recipe with
 * room). The use limit was chosen so that such a path exists; the path is undone when it would
 * break the oily-fish limit or spacing, and the cell then stays empty.
 */
export function fillByAugmenting(state: ScoreState, cell: number): boolean {
  const inst = state.inst
  const parentCell = new Int32Array(inst.recipes.length).fill(-1)
  const queue: number[] = []
  const groupOf = (r: number): number => inst.groupOf[r] ?? r
  const reach = (r: number, from: number): boolean => {
    if ((parentCell[r] ?? -1) !== -1) return false
    parentCell[r] = from
    if ((state.uses[groupOf(r)] ?? 0) < inst.useLimit) return true
    queue.push(r)
    return false
  }
  let end = -1
  for (const r of candidatesOf(inst, cell)) if (end < 0 && reach(r, cell)) end = r
  for (let head = 0; end < 0 && head < queue.length; head++) {
    const full = groupOf(queue[head] ?? 0)
    for (const other of inst.open) {
      if (end >= 0) break
      const held = state.assign[other] ?? -1
      // Leftovers and the dinners they come from move together: never along a path.
      if (other === cell || held < 0 || groupOf(held) !== full || !state.single(other)) continue
      for (const r of candidatesOf(inst, other)) if (end < 0 && reach(r, other)) end = r
    }
  }
  if (end < 0) return false
  const changed: { cell: number; r: number; portion: number }[] = []
  for (let r = end; ; ) {
    const c = parentCell[r] ?? -1
    const previous = state.assign[c] ?? -1
    changed.push({ cell: c, r: previous, portion: state.portion[c] ?? 0 })
    state.set(c, -1)
    state.set(c, r, defaultPortion(inst, r))
    if (c === cell) break
    r = previous
  }
  // The shifts respect the use limit by construction; check the other rules on the result.
  const ok = changed.every(({ cell: c }) => {
    const r = state.assign[c] ?? -1
    state.set(c, -1)
    const allowed = state.allows(c, r)
    state.set(c, r, defaultPortion(inst, r))
    return allowed
  })
  if (ok) return true
  for (const { cell: c } of changed) state.set(c, -1)
  for (const { cell: c, r, portion } of changed.reverse()) if (r >= 0) state.set(c, r, portion)
  return false
}

/**
 * Local search to a local optimum: sweeps replacing each open cell's recipe by its best improving
 * candidate, then swapping recipes between cells of different days where both fit. Stops when a
 * sweep improves nothing or after `maxSweeps`.
 */
export function localSearch(state: ScoreState, maxSweeps: number): void {
  const inst = state.inst
  const { deltas, quarters } = scratch(inst)
  const leftover = { quarters: 4 }
  for (let sweep = 0; sweep < maxSweeps; sweep++) {
    let improved = false
    for (const cell of inst.open) {
      const cands = candidatesOf(inst, cell)
      // A dinner whose leftovers are eaten changes with its leftover lunch.
      const linked = state.linkedLunch(cell) >= 0
      if (linked) state.scanLinked(cell, cands, deltas, quarters)
      else state.scan(cell, cands, inst.useLimit, deltas, quarters)
      let best = epsilon
      let bestR = -1
      let bestQ = 4
      for (let j = 0; j < cands.length; j++) {
        const d = deltas[j] ?? -Infinity
        if (d > best) {
          best = d
          bestR = cands[j] ?? -1
          bestQ = quarters[j] ?? 4
        }
      }
      const asLeftover = linked ? -Infinity : state.leftoverDelta(cell, leftover)
      if (asLeftover > best) {
        makeLeftover(state, cell, leftover.quarters / 4)
        improved = true
      } else if (bestR >= 0) {
        if (linked) state.setLinked(cell, bestR, bestQ / 4)
        else state.set(cell, bestR, bestQ / 4)
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
    const dayA = (cellA / S) | 0
    for (let j = i + 1; j < open.length; j++) {
      const cellB = open[j] ?? 0
      if (((cellB / S) | 0) === dayA) continue
      // A swap check prices two days: about as much work as four replacement candidates.
      state.evaluations += 4
      const a = state.assign[cellA] ?? -1
      const b = state.assign[cellB] ?? -1
      if (a === b || a < 0 || b < 0 || !state.single(cellA) || !state.single(cellB)) continue
      // Each recipe must be a candidate of the other cell: its slot, and that day's rules (time cap, day rules).
      if (!isCandidate(inst, cellB, a) || !isCandidate(inst, cellA, b)) continue
      if (inst.spacing && !swapKeepsSpacing(state, cellA, cellB)) continue
      if (state.swapDelta(cellA, cellB) > epsilon) {
        const pa = state.portion[cellA] ?? 1
        const pb = state.portion[cellB] ?? 1
        state.set(cellA, -1)
        state.set(cellB, a, pa)
        state.set(cellA, b, pb)
        improved = true
      }
    }
  }
  return improved
}

/** Whether recipe r is among a cell's candidates (they are in library order: a binary search). */
export function isCandidate(inst: Instance, cell: number, r: number): boolean {
  const list = inst.cellCandidates[cell]
  if (!list) return false
  let lo = 0
  let hi = list.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const v = list[mid] ?? 0
    if (v === r) return true
    if (v < r) lo = mid + 1
    else hi = mid - 1
  }
  return false
}

/** Whether exchanging the recipes of two cells keeps every recipe off adjacent days. */
function swapKeepsSpacing(state: ScoreState, cellA: number, cellB: number): boolean {
  const a = state.assign[cellA] ?? -1
  const b = state.assign[cellB] ?? -1
  const pa = state.portion[cellA] ?? 1
  const pb = state.portion[cellB] ?? 1
  state.set(cellA, -1)
  state.set(cellB, -1)
  const ok = state.allows(cellB, a) && (state.set(cellB, a, pa), state.allows(cellA, b))
  state.set(cellB, -1)
  state.set(cellA, a, pa)
  state.set(cellB, b, pb)
  return ok
}

/** Puts random allowed candidates into `count` random open cells. */
export function perturb(state: ScoreState, rng: Rng, count: number): void {
  const inst = state.inst
  const first = inst.open[randomInt(rng, inst.open.length)] ?? 0
  const S = inst.slots.length
  const day = (first / S) | 0
  for (let n = 0; n < count; n++) {
    // Half the kicks stay within one day (its fiber and energy move together), half roam the week.
    let cell = n === 0 ? first : (inst.open[randomInt(rng, inst.open.length)] ?? 0)
    if (n > 0 && rng() < 0.5) cell = day * S + randomInt(rng, S)
    if (inst.cells[cell]?.kind !== 'open' || (inst.cellCandidates[cell]?.length ?? 0) === 0) continue
    const cands = candidatesOf(inst, cell)
    const linked = state.linkedLunch(cell) >= 0
    // A lunch that may be a leftover becomes one a quarter of the time.
    if (!linked && state.leftover[cell] !== 1 && inst.pairCell[cell] && rng() < 0.25) {
      const source = inst.leftoverSource[cell] ?? -1
      const r = state.assign[source] ?? -1
      if (state.mayBeLeftover(cell, r)) {
        makeLeftover(state, cell, defaultPortion(inst, r))
        continue
      }
    }
    for (let tries = 0; tries < 8; tries++) {
      const r = cands[randomInt(rng, cands.length)] ?? -1
      if (r < 0 || r === state.assign[cell]) continue
      if (linked ? state.allowsLinked(cell, r) : state.allows(cell, r)) {
        if (linked) state.setLinked(cell, r, defaultPortion(inst, r))
        else state.set(cell, r, defaultPortion(inst, r))
        break
      }
    }
  }
}

/** The open cells' recipes and portions, copied out of a state. */
export interface Snapshot {
  recipes: Int32Array
  portions: Float64Array
  /** 1 where the open cell's meal is a leftover. */
  leftovers: Uint8Array
}

/** Copies the open cells' recipes and portions out of a state. */
export function snapshot(state: ScoreState): Snapshot {
  const open = state.inst.open
  return {
    recipes: Int32Array.from(open, (cell) => state.assign[cell] ?? -1),
    portions: Float64Array.from(open, (cell) => state.portion[cell] ?? 0),
    leftovers: Uint8Array.from(open, (cell) => state.leftover[cell] ?? 0),
  }
}

/** Puts a snapshot back (emptying first, so the use counts never pass through an invalid state). */
export function restore(state: ScoreState, saved: Snapshot): void {
  clearOpen(state)
  // Open cells are in day order: a dinner is back before the lunch that is its leftover.
  state.inst.open.forEach((cell, i) => state.set(cell, saved.recipes[i] ?? -1, saved.portions[i] ?? 1, saved.leftovers[i] === 1))
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
  const { deltas, quarters } = scratch(inst)
  const topA = new Int32Array(k)
  const topB = new Int32Array(k)
  const topQA = new Int8Array(k)
  const topQB = new Int8Array(k)
  const pairDeltas = new Float64Array(k)
  const pairQ = new Int8Array(k)
  let improved = false
  for (let i = 0; i < inst.open.length; i++) {
    const cellA = inst.open[i] ?? 0
    if (!state.single(cellA)) continue
    for (let j = i + 1; j < inst.open.length; j++) {
      const cellB = inst.open[j] ?? 0
      if (((cellB / S) | 0) !== ((cellA / S) | 0) || !state.single(cellB) || !state.single(cellA)) continue
      const nA = bestCandidates(state, cellA, deltas, quarters, topA, topQA)
      const nB = bestCandidates(state, cellB, deltas, quarters, topB, topQB)
      const a0 = state.assign[cellA] ?? -1
      const p0 = state.portion[cellA] ?? 0
      let best = epsilon
      let bestA = -1
      let bestQA = 4
      let bestB = -1
      let bestQB = 4
      for (let x = 0; x < nA; x++) {
        const ra = topA[x] ?? 0
        const qa = topQA[x] ?? 4
        if (ra !== a0 && !state.allows(cellA, ra)) continue
        const first = state.delta(cellA, ra, qa / 4)
        state.set(cellA, ra, qa / 4)
        const sub = topB.subarray(0, nB)
        state.scan(cellB, sub, inst.useLimit, pairDeltas, pairQ)
        for (let y = 0; y < nB; y++) {
          const d = first + (pairDeltas[y] ?? -Infinity)
          if (d > best) {
            best = d
            bestA = ra
            bestQA = qa
            bestB = sub[y] ?? -1
            bestQB = pairQ[y] ?? 4
          }
        }
        state.set(cellA, a0, p0)
      }
      // Two sets and a delta per first candidate: about ten candidates' worth of work.
      state.evaluations += 10 * nA
      if (bestA >= 0 && bestB >= 0) {
        state.set(cellA, bestA, bestQA / 4)
        state.set(cellB, bestB, bestQB / 4)
        improved = true
      }
    }
  }
  return improved
}

/** The (up to) k candidates of a cell with the best single-move deltas, into `top` (portions into `topQ`); returns how many. */
function bestCandidates(state: ScoreState, cell: number, deltas: Float64Array, quarters: Int8Array, top: Int32Array, topQ: Int8Array): number {
  const inst = state.inst
  const cands = candidatesOf(inst, cell)
  state.scan(cell, cands, inst.useLimit, deltas, quarters)
  const best = new TopList(top.length)
  for (let j = 0; j < cands.length; j++) best.insert(deltas[j] ?? -Infinity, cands[j] ?? 0, quarters[j] ?? 4)
  top.set(best.r)
  topQ.set(best.q)
  return best.count
}
