// A side's pass rate over its samples, shared by the case table and the per-case change labels.

/** Share of passing samples; 0 when there are none (callers show the sample count beside it). */
export function passRate(samples: boolean[]): number {
  if (samples.length === 0) return 0;
  return samples.filter(Boolean).length / samples.length;
}
