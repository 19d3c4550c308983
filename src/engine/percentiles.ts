// Percentiles of latency samples (p50/p95) for reports.
//
// Method: linear interpolation between closest ranks (Hyndman–Fan type 7, the default of NumPy,
// R and spreadsheets' PERCENTILE.INC). With the small sample counts of an eval run (a few dozen
// calls) nearest-rank jumps from one observed value to the next; interpolation moves smoothly,
// so a p95 delta between base and head is less noisy.

/** The p-th percentile (0 ≤ p ≤ 100) of `values`, or null when there are none. Does not mutate `values`. */
export function percentile(values: readonly number[], p: number): number | null {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must be within 0..100, got ${p}`);
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return null;
  finite.sort((a, b) => a - b);
  return percentileOfSorted(finite, p);
}

/** Same as `percentile` for values already sorted ascending (no copy, no sort). */
export function percentileOfSorted(sorted: readonly number[], p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const rank = (p / 100) * (n - 1);
  const lower = Math.floor(rank);
  const upper = Math.min(lower + 1, n - 1);
  const low = sorted[lower]!;
  return low + (sorted[upper]! - low) * (rank - lower);
}

/** p50 and p95 in one sort; zeros when there are no samples (callers report the sample count beside it). */
export function summarizeLatency(values: readonly number[]): { p50: number; p95: number } {
  const finite = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  return { p50: percentileOfSorted(finite, 50) ?? 0, p95: percentileOfSorted(finite, 95) ?? 0 };
}
