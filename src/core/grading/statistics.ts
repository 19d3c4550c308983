// Averages shared by grading, the gate and the review: a side's pass rate, the mean and the sample variance.

/** Share of passing samples; 0 when there are none (callers show the sample count beside it). */
export function passRate(samples: boolean[]): number {
  if (samples.length === 0) return 0;
  return samples.filter(Boolean).length / samples.length;
}

/** Arithmetic mean; 0 for no values (callers show or check the count beside it). */
export function mean(values: readonly number[]): number {
  if (values.length === 0) return 0;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** Sample variance (n − 1 in the denominator) around a mean already computed; needs two values or more. */
export function sampleVariance(values: readonly number[], mean: number): number {
  let squares = 0;
  for (const v of values) squares += (v - mean) ** 2;
  return squares / (values.length - 1);
}
