// Paired statistics on pass rates: the base−head difference over cases, its confidence bounds, and what would settle it.
//
// Unit. Repeats of one case share its input and are not independent evidence, so each case gives
// one number, d = head pass rate − base pass rate, and the question is the mean of d over cases.
//
// One-sided bounds. The verdict asks two one-sided questions — "is head worse?" (fail: upper bound
// below 0) and "is head no worse than the margin?" (pass: lower bound at or above −margin) — as in two
// one-sided tests (TOST). Each bound is therefore one-sided at the configured confidence c, and the
// pair [lo, hi] covers the true difference with probability 2c − 1 (90% at c = 0.95). A two-sided
// c interval would spend only half the allowed error on each decision: at 30 cases × 3 repeats it
// catches a true 20-point drop about 92% of the time, below the 95% the gate promises.
//
// Bound. mean ± (t(c, n−1)·sd/√n + step/4), where step = 1/(n·r) is the lattice step of the mean
// difference at r repeats. The Student-t quantile keeps small sets wide. The quarter-step continuity
// correction offsets the lattice: pass/fail differences take few values, and the plain t bound errs
// slightly more often than 1 − c on them (up to 6.1% at c = 0.95 over designs from 5×3 to 60×3),
// while the textbook half step overcorrects (0.5–4.2%, and misses real drops); a quarter step keeps
// the error at or under 1 − c across those designs. At 30 cases × 3 repeats, margin 5 points and
// c = 0.95 the gate false-fails a no-op change about 4.5% of the time and catches a true 20-point
// drop about 95.6% of the time (test/core/calibration.test.ts measures both). With sd = 0 (every
// case moved by the same amount, e.g. all passing on both sides) the bound is that amount.
// A bootstrap over cases was rejected: at these sizes it is narrower than t (it never sees more
// spread than the sample has) and it needs a random stream for what a formula gives exactly.
//
// Small sets. Below MIN_TRUSTED_CASES paired cases the observed spread is not trusted (two cases
// that agree say little): the spread used is at least 1, the largest a difference in [−1, 1]
// typically has, so such intervals span nearly everything and decide nothing at usual confidences.
// One case gives [−1, 1]. Bounds are clamped to [−1, 1].

/** Pass/fail of each sample of one case; either side is empty for an added or removed case. */
export interface CaseSamples {
  id: string;
  base: boolean[];
  head: boolean[];
}

export interface CompareOptions {
  /** One-sided confidence of each bound (gate.confidence). */
  confidence: number;
}

export interface PairedComparison {
  /** Cases with samples on both sides; only these are compared. */
  n: number;
  /** Mean of the per-case pass rates over the paired cases (each case weighs the same). */
  basePassRate: number;
  headPassRate: number;
  /** headPassRate − basePassRate. */
  meanDiff: number;
  /** Lower and upper confidence bounds on the mean difference, each one-sided at `confidence`. */
  ci: [number, number];
  /** Sample standard deviation of the per-case differences (0 with fewer than 2 cases). */
  sd: number;
  /** Mean samples per case per side. */
  repeats: number;
  /** Part of sd² expected from repeat-to-repeat noise alone (unbiased binomial estimate); 0 with 1 repeat. */
  samplingVariance: number;
}

/** Fewer paired cases than this give an interval that ignores their (unreliable) spread. */
export const MIN_TRUSTED_CASES = 5;
/** Largest repeats the config allows; a suggestion above it is not offered. */
const MAX_REPEATS = 50;
const MAX_PROJECTED_CASES = 10_000;

/** Share of passing samples; 0 when there are none (callers show the sample count beside it). */
export function passRate(samples: boolean[]): number {
  if (samples.length === 0) return 0;
  return samples.filter(Boolean).length / samples.length;
}

function mean(values: number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

function sampleSd(values: number[], center: number): number {
  if (values.length < 2) return 0;
  const squares = values.reduce((sum, v) => sum + (v - center) ** 2, 0);
  return Math.sqrt(squares / (values.length - 1));
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

/** Compares base and head pass rates over the cases that have samples on both sides. */
export function comparePaired(cases: CaseSamples[], options: CompareOptions): PairedComparison {
  const paired = cases.filter((c) => c.base.length > 0 && c.head.length > 0);
  const n = paired.length;
  if (n === 0) {
    return {
      n,
      basePassRate: 0,
      headPassRate: 0,
      meanDiff: 0,
      ci: [-1, 1],
      sd: 0,
      repeats: 0,
      samplingVariance: 0,
    };
  }
  const baseRates = paired.map((c) => passRate(c.base));
  const headRates = paired.map((c) => passRate(c.head));
  const diffs = headRates.map((h, i) => h - baseRates[i]!);
  const meanDiff = mean(diffs);
  const sd = sampleSd(diffs, meanDiff);
  const repeats = mean(paired.map((c) => (c.base.length + c.head.length) / 2));
  return {
    n,
    basePassRate: mean(baseRates),
    headPassRate: mean(headRates),
    meanDiff,
    ci: buildInterval(diffs, meanDiff, sd, repeats, options.confidence),
    sd,
    repeats,
    samplingVariance: mean(paired.map((c) => rateVariance(c.base) + rateVariance(c.head))),
  };
}

/** Unbiased estimate of the variance of one case's observed pass rate across its repeats. */
function rateVariance(samples: boolean[]): number {
  if (samples.length < 2) return 0;
  const p = passRate(samples);
  return (p * (1 - p)) / (samples.length - 1);
}

/**
 * One-sided half-width of the bound for n cases with spread sd at r repeats: t(c, n−1)·sd/√n plus
 * a quarter of the lattice step 1/(n·r) (see the module comment). sd = 0 gives 0.
 */
export function boundHalfWidth(n: number, sd: number, repeats: number, confidence: number): number {
  if (sd === 0) return 0;
  return (studentTQuantile(confidence, n - 1) * sd) / Math.sqrt(n) + 1 / (4 * n * repeats);
}

function buildInterval(
  diffs: number[],
  center: number,
  sd: number,
  repeats: number,
  confidence: number,
): [number, number] {
  const n = diffs.length;
  if (n < 2) return [-1, 1];
  const spread = n < MIN_TRUSTED_CASES ? Math.max(sd, 1) : sd;
  const half = boundHalfWidth(n, spread, repeats, confidence);
  return [Math.max(center - half, -1), Math.min(center + half, 1)];
}

/**
 * What would settle an inconclusive comparison, as a sentence for the reviewer.
 *
 * A decision needs the half-width (boundHalfWidth) at most the distance d from the observed mean to
 * its threshold: d = mean + margin for a pass (lower bound above −margin), d = −mean for a fail
 * (upper bound below 0, when mean < −margin). Cases: the smallest n′ whose half-width at spread s
 * fits in d, where s is the observed sd of differences, at least the sampling noise alone so one
 * case or unanimous cases still give an estimate. Repeats: s² splits into between-case spread
 * τ² = s² − w and sampling noise w at r repeats, which becomes w·r/r′ at r′ repeats: the smallest r′
 * (up to the allowed 50) whose half-width at spread √(τ² + w·r/r′) fits in d. Both assume the
 * observed mean and spread hold: planning figures, hence "about".
 */
export function casesToSettle(
  comparison: PairedComparison,
  gate: { margin: number; confidence: number },
): string {
  const { n, meanDiff, repeats } = comparison;
  const { confidence } = gate;
  const distance = meanDiff < -gate.margin ? -meanDiff : meanDiff + gate.margin;
  const s = Math.sqrt(Math.max(comparison.sd ** 2, comparison.samplingVariance));
  const fits = (cases: number, spread: number, atRepeats: number) =>
    boundHalfWidth(cases, spread, atRepeats, confidence) <= distance;
  const cases = distance > 0 ? findSmallest(2, MAX_PROJECTED_CASES, (m) => fits(m, s, repeats)) : null;
  if (cases === null) {
    return `The observed change sits at the ${formatMarginPoints(gate.margin)}-point margin, so no practical number of cases would settle it.`;
  }
  const casePart = `About ${Math.max(cases, MIN_TRUSTED_CASES, n + 1)} cases (now ${n})`;
  const noise = comparison.samplingVariance;
  const between = Math.max(s ** 2 - noise, 0);
  const moreRepeats =
    n >= MIN_TRUSTED_CASES && noise > 0
      ? findSmallest(Math.floor(repeats) + 1, MAX_REPEATS, (r) =>
          fits(n, Math.sqrt(between + (noise * repeats) / r), r),
        )
      : null;
  const repeatPart =
    moreRepeats === null ? "" : `, or about ${moreRepeats} repeats per case (now ${Math.round(repeats)}),`;
  return `${casePart}${repeatPart} would likely settle it.`;
}

/** Smallest integer in [from, to] where the monotone `ok` holds, by bisection; null when none does. */
function findSmallest(from: number, to: number, ok: (value: number) => boolean): number | null {
  if (from > to || !ok(to)) return null;
  let low = from;
  let high = to;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (ok(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}

function formatMarginPoints(margin: number): string {
  return String(Math.round(margin * 1000) / 10);
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
