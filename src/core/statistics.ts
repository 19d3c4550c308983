// Small statistics shared outside the gate's sequential test: a side's pass rate, and whether a per-case rise is beyond noise.
/** Share of passing samples; 0 when there are none (callers show the sample count beside it). */
export function passRate(samples: boolean[]): number {
  if (samples.length === 0) return 0;
  return samples.filter(Boolean).length / samples.length;
}

/** P(|T| ≤ t) for Student's t with integer df, from the exact finite series (Abramowitz & Stegun 26.7.3–4). */
function studentTCentralMass(t: number, df: number): number {
  const theta = Math.atan(t / Math.sqrt(df));
  const cos2 = Math.cos(theta) ** 2;
  let term = 1;
  let sum = 1;
  if (df % 2 === 0) {
    for (let k = 1; k <= (df - 2) / 2; k++) {
      term *= ((2 * k - 1) / (2 * k)) * cos2;
      sum += term;
    }
    return Math.sin(theta) * sum;
  }
  if (df === 1) return (2 / Math.PI) * theta;
  for (let k = 1; k <= (df - 3) / 2; k++) {
    term *= ((2 * k) / (2 * k + 1)) * cos2;
    sum += term;
  }
  return (2 / Math.PI) * (theta + Math.sin(theta) * Math.cos(theta) * sum);
}

const quantileMemo = new Map<string, number>();

/** The q-quantile (q > 0.5) of Student's t with integer df ≥ 1, by bisection on the exact CDF. */
export function studentTQuantile(q: number, df: number): number {
  const key = `${q}:${df}`;
  const known = quantileMemo.get(key);
  if (known !== undefined) return known;
  const value = searchTQuantile(q, df);
  // Bounded: a review asks for a handful of (confidence, df) pairs.
  if (quantileMemo.size < 4096) quantileMemo.set(key, value);
  return value;
}

function searchTQuantile(q: number, df: number): number {
  const target = 2 * q - 1;
  let low = 0;
  let high = 1;
  while (studentTCentralMass(high, df) < target) high *= 2;
  for (let i = 0; i < 100 && high - low > 1e-12; i++) {
    const middle = (low + high) / 2;
    if (studentTCentralMass(middle, df) < target) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

/**
 * Whether head's per-case values (cost or latency per call) are larger than base's beyond noise: the one-sided
 * lower bound at `confidence` of the mean paired difference is above zero. With fewer than two pairs there is
 * no spread to judge by, so the point estimate decides.
 */
export function isIncreaseSignificant(pairs: { base: number; head: number }[], confidence: number): boolean {
  const diffs = pairs.map((p) => p.head - p.base);
  const n = diffs.length;
  if (n === 0) return false;
  const mean = diffs.reduce((a, b) => a + b, 0) / n;
  if (n < 2) return mean > 0;
  const variance = diffs.reduce((a, d) => a + (d - mean) ** 2, 0) / (n - 1);
  const halfWidth = studentTQuantile(confidence, n - 1) * Math.sqrt(variance / n);
  return mean - halfWidth > 0;
}
