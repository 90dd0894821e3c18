/**
 * The week planner: pure functions over plain data (see README.md in this folder).
 */
export { defaultEffort, planWeek, suggestSwaps, type SearchEffort } from './engine'
export { buildLpModel, type LpModel, type LpModelOptions } from './lp-model'
export { scoreParams } from './params'
export { explainPlan, scorePlan } from './evaluate'
export * from './types'
