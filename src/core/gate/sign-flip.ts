// The exact no-op test: the conditional sign-flip distribution of the summed per-case differences.
//
// Under a no-op change base and head are exchangeable within each case, whatever the case's pass
// probability and however its repeats are correlated (temperature 0 included). So given the sizes
// |d_i| of the per-case differences, their signs are independent fair coins, and the sum
// S = Σ d_i has a known distribution. A boundary read off that distribution holds its error rate
// conditionally on every set of sizes, hence for every mix of cases. Differences are counted on an
// integer lattice (units of 1/unit, unit = lcm of the repeat counts); rounding to the lattice is a
// fixed function of |d_i|, so the test stays exact even when the lattice is capped.

/** Lattice units above this are rounded down to it; 60 = lcm(1…5, 6, 10, 12) keeps usual repeat counts exact. */
export const MAX_LATTICE_UNIT = 60;
/** Distributions kept for reuse; a review asks for a handful, a calibration run for thousands. */
const CACHE_LIMIT = 20_000;

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** The lattice unit for these repeat counts: their lcm, capped at MAX_LATTICE_UNIT. */
export function latticeUnit(repeatCounts: Iterable<number>): number {
  let unit = 1;
  for (const r of repeatCounts) {
    if (r <= 0) continue;
    unit = (unit * r) / gcd(unit, r);
    if (unit > MAX_LATTICE_UNIT) return MAX_LATTICE_UNIT;
  }
  return unit;
}

/**
 * The differences as signed integers on the coarsest lattice that holds them all: with repeats r the
 * lattice is 1/r, reduced when every difference sits on a coarser one (identical repeats at
 * temperature 0 give only −1, 0 and 1). The lattice is a function of the sizes alone, so the test
 * conditioned on the sizes stays exact.
 */
export function toLattice(
  differences: number[],
  repeatCounts: Iterable<number>,
): { unit: number; values: number[] } {
  const fine = latticeUnit(repeatCounts);
  return reduceLattice(
    differences.map((d) => Math.sign(d) * Math.min(fine, Math.round(Math.abs(d) * fine))),
    fine,
  );
}

/** Integer differences on lattice 1/unit moved to the coarsest lattice that holds them all. */
export function reduceLattice(values: number[], unit: number): { unit: number; values: number[] } {
  const common = values.reduce((g, v) => gcd(g, Math.abs(v)), unit);
  return { unit: unit / common, values: values.map((v) => v / common) };
}

/** Counts of cases by size |m| (index 1…unit; index 0 holds the zero differences). */
export function sizeCounts(values: number[], unit: number): number[] {
  const counts = new Array<number>(unit + 1).fill(0);
  for (const v of values) counts[Math.abs(v)]! += 1;
  return counts;
}

/** P(S ≤ s) for s = −max…max, as a cumulative array indexed by s + max. */
interface SignFlipCdf {
  max: number;
  cdf: Float64Array;
}

const cache = new Map<string, SignFlipCdf>();

/** log of the Binomial(n, ½) probabilities, computed in log space so thousands of cases do not underflow. */
function halfBinomial(n: number): Float64Array {
  const probabilities = new Float64Array(n + 1);
  let log = -n * Math.LN2;
  probabilities[0] = Math.exp(log);
  for (let k = 1; k <= n; k++) {
    log += Math.log((n - k + 1) / k);
    probabilities[k] = Math.exp(log);
  }
  return probabilities;
}

/** Convolve the distribution of S (offset `max`) with size·(2B − n), B ~ Binomial(n, ½). */
function convolveClass(
  pmf: Float64Array,
  max: number,
  size: number,
  n: number,
  newMax: number,
): Float64Array {
  const out = new Float64Array(2 * newMax + 1);
  const binomial = halfBinomial(n);
  for (let s = 0; s < pmf.length; s++) {
    const p = pmf[s]!;
    if (p === 0) continue;
    const base = s - max + newMax - size * n;
    for (let k = 0; k <= n; k++) out[base + 2 * size * k]! += p * binomial[k]!;
  }
  return out;
}

/** The exact null distribution of S given how many cases have each size (counts[j] cases of size j). */
export function signFlipCdf(counts: number[]): SignFlipCdf {
  const key = counts.slice(1).join(",");
  const hit = cache.get(key);
  if (hit) return hit;
  let max = 0;
  let pmf: Float64Array = Float64Array.of(1);
  for (let size = 1; size < counts.length; size++) {
    const n = counts[size]!;
    if (n === 0) continue;
    const newMax = max + size * n;
    pmf = convolveClass(pmf, max, size, n, newMax);
    max = newMax;
  }
  const cdf = new Float64Array(pmf.length);
  let total = 0;
  for (let i = 0; i < pmf.length; i++) {
    total += pmf[i]!;
    cdf[i] = total;
  }
  const result = { max, cdf };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, result);
  return result;
}

/** P(S ≤ s) under the no-op: the exact one-sided p-value of an observed sum s. */
export function lowerTail(dist: SignFlipCdf, s: number): number {
  if (s < -dist.max) return 0;
  if (s >= dist.max) return 1;
  return dist.cdf[s + dist.max]!;
}

/**
 * The fail boundary: the largest c with P(S ≤ c) ≤ alpha, or −Infinity when even the most extreme
 * sum is more likely than alpha (too few differing cases to fail at this level).
 */
export function lowerCritical(dist: SignFlipCdf, alpha: number): number {
  // A relative tolerance absorbs rounding in the summed probabilities without spending real budget.
  const limit = alpha * (1 + 1e-9);
  if (dist.cdf[0]! > limit) return Number.NEGATIVE_INFINITY;
  let lo = 0;
  let hi = dist.cdf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (dist.cdf[mid]! <= limit) lo = mid;
    else hi = mid - 1;
  }
  return lo - dist.max;
}
