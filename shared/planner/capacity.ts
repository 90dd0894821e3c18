/**
 * The variety rule "the same recipe at most twice a week" is a hard constraint with one escape:
 * when a person's library is too small to fill every slot with each recipe used at most twice,
 * the limit rises to the smallest number that fills them all (3, 4 …), for every recipe.
 *
 * Whether a limit c fills every open slot is a transportation problem (slot types supply demand,
 * recipes capacity c minus their fixed uses), solved here by augmenting paths: at most one path
 * per open slot, each a breadth-first search over slot types and recipes.
 */

/**
 * The smallest limit c ≥ `floor` such that every open slot can get a recipe with no recipe used
 * more than c times in all (fixed uses included).
 * @param demand open fillable slots per slot type
 * @param candidates per slot type, the recipe indices that may fill it
 * @param fixedUses per recipe index, uses already fixed (locked or kept)
 */
export function minimalUseLimit(
  demand: readonly number[],
  candidates: readonly Int32Array[],
  fixedUses: Int32Array,
  floor = 2,
): number {
  const totalDemand = demand.reduce((a, b) => a + b, 0)
  let maxFixed = 0
  for (const u of fixedUses) maxFixed = Math.max(maxFixed, u)
  // With c = totalDemand + maxFixed every candidate has room for every slot, so the loop ends.
  for (let c = floor; ; c++) {
    if (c >= totalDemand + maxFixed || maxFlow(demand, candidates, fixedUses, c) === totalDemand) return c
  }
}

/** Units of demand that can be routed with recipe capacities max(0, c − fixedUses). */
function maxFlow(demand: readonly number[], candidates: readonly Int32Array[], fixedUses: Int32Array, c: number): number {
  const types = demand.length
  const recipes = fixedUses.length
  const capacity = new Int32Array(recipes)
  for (let r = 0; r < recipes; r++) capacity[r] = Math.max(0, c - (fixedUses[r] ?? 0))
  /** flow[t * recipes + r]: units of type t served by recipe r. */
  const flow = new Int32Array(types * recipes)
  const left = demand.slice()
  let total = 0
  for (let t = 0; t < types; t++) {
    while ((left[t] ?? 0) > 0 && augment(t)) {
      left[t] = (left[t] ?? 0) - 1
      total++
    }
  }
  return total

  /** Finds a path type → recipe (→ type → recipe …) ending at a recipe with spare capacity, and shifts one unit. */
  function augment(start: number): boolean {
    /** The type from which the search first reached each recipe. */
    const parentType = new Int32Array(recipes).fill(-1)
    /** The full recipe through which the search reached each type (−1: the start). */
    const viaRecipe = new Int32Array(types).fill(-2)
    viaRecipe[start] = -1
    const queue: number[] = [start]
    for (let head = 0; head < queue.length; head++) {
      const t = queue[head] as number
      for (const r of candidates[t] ?? []) {
        if (parentType[r] !== -1) continue
        parentType[r] = t
        if ((capacity[r] ?? 0) > 0) {
          shift(r)
          return true
        }
        // r is full: a type it serves could move one of its units to another recipe.
        for (let t2 = 0; t2 < types; t2++) {
          if (viaRecipe[t2] === -2 && (flow[t2 * recipes + r] ?? 0) > 0) {
            viaRecipe[t2] = r
            queue.push(t2)
          }
        }
      }
    }
    return false

    function shift(end: number): void {
      capacity[end] = (capacity[end] ?? 0) - 1
      let r = end
      for (;;) {
        const t = parentType[r] ?? 0
        flow[t * recipes + r] = (flow[t * recipes + r] ?? 0) + 1
        const r2 = viaRecipe[t] ?? -1
        if (r2 < 0) return
        flow[t * recipes + r2] = (flow[t * recipes + r2] ?? 0) - 1
        r = r2
      }
    }
  }
}
