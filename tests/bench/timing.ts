/** Timing helpers shared by the bench cases. */

export interface Timing {
  readonly runs: number
  readonly medianMs: number
  readonly p95Ms: number
  readonly maxMs: number
}

/** The q-quantile (nearest rank) of ascending samples. */
export function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN
}

/** Summarises samples in milliseconds. */
export function summarise(samplesMs: readonly number[]): Timing {
  const sorted = [...samplesMs].sort((a, b) => a - b)
  return { runs: sorted.length, medianMs: quantile(sorted, 0.5), p95Ms: quantile(sorted, 0.95), maxMs: sorted[sorted.length - 1] ?? Number.NaN }
}

/** Times `fn` `runs` times after `warmup` untimed calls. */
export function time(fn: () => unknown, runs: number, warmup = 3): Timing {
  for (let i = 0; i < warmup; i++) fn()
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    fn()
    samples.push(performance.now() - started)
  }
  return summarise(samples)
}

/** One line: label, median, p95, max and runs. */
export function formatTiming(label: string, t: Timing): string {
  return `${label.padEnd(44)} median ${t.medianMs.toFixed(2).padStart(8)} ms   p95 ${t.p95Ms.toFixed(2).padStart(8)} ms   max ${t.maxMs.toFixed(2).padStart(8)} ms   (${t.runs} runs)`
}
