import { describe, expect, it } from 'vitest'
import { minimalUseLimit } from '../../../shared/planner/capacity'

const list = (...xs: number[]) => Int32Array.from(xs)

describe('minimalUseLimit', () => {
  it.each([
    ['plenty of recipes', [7], [list(0, 1, 2, 3, 4)], [0, 0, 0, 0, 0], 2],
    ['exactly enough at 2', [7], [list(0, 1, 2, 3)], [0, 0, 0, 0], 2],
    ['two recipes for seven slots', [7], [list(0, 1)], [0, 0], 4],
    ['one recipe for seven slots', [7], [list(0)], [0], 7],
    ['shared recipe, enough when routed well', [7, 7], [list(0, 1, 2, 3), list(3, 4, 5, 6)], [0, 0, 0, 0, 0, 0, 0], 2],
    ['shared recipes only', [7, 7], [list(0, 1), list(0, 1)], [0, 0], 7],
    ['fixed uses take room', [3], [list(0, 1)], [2, 0], 3],
    ['no demand', [0, 0], [list(), list()], [], 2],
  ])('%s', (_, demand, candidates, fixed, expected) => {
    expect(minimalUseLimit(demand, candidates, Int32Array.from(fixed))).toBe(expected)
  })
})
