/** Small statistics helpers: the benches report medians and percentiles, never means of skewed samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('no samples')
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = (p / 100) * (sorted.length - 1)
  const lo = Math.floor(rank)
  const hi = Math.ceil(rank)
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo)
}

export const median = (samples: readonly number[]) => percentile(samples, 50)

export const round = (n: number, digits = 2) => Number(n.toFixed(digits))

/** Milliseconds since `start` (a `process.hrtime.bigint()` reading). */
export const msSince = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6
