// Paired statistics on pass rates: the base−head difference over cases, its confidence bounds, and what would settle it.
//
// Method. The unit is the test case: repeats of one case share its input and are not independent
// evidence, so each case contributes one number, d = head pass rate − base pass rate, and the
// question is the mean of d over cases. Each bound of the interval is a ONE-SIDED bound at the
// configured confidence c, because the verdict asks two one-sided questions — "is head worse?"
// (fail) and "is head no worse than the margin?" (pass) — as in two one-sided tests (TOST). The
// interval [lo, hi] therefore covers the true difference with probability 2c − 1 (90% at c = 0.95),
// while each decision is wrong with probability at most 1 − c. A two-sided c interval would spend
// only half that error on each decision: at 30 cases × 3 repeats it catches a true 20-point drop
// only about 92% of the time, below the ≥95% this gate promises (see test/core/calibration.test.ts).
//
// Each bound is the more cautious of
//   - the Student-t bound, mean ± t(c, n−1)·sd/√n: exact for normal data, and for bounded per-case
//     differences close to it at the case counts eval sets have; its t factor keeps small sets wide;
//   - the percentile bootstrap bound over cases: it follows a skewed distribution of differences
//     (a few cases that broke completely), where the symmetric t bound is too close on the long side.
// The bootstrap alone is overconfident with few cases (it never sees more spread than the sample
// has), which is why the t bound is a floor. Below MIN_TRUSTED_CASES paired cases the observed
// spread itself is not trusted (two cases that agree say little), so the spread used is at least 1,
// the largest a difference in [−1, 1] can typically have: such intervals span nearly everything.
// The bootstrap is seeded and runs over the sorted differences, so the same input always gives
// the same interval whatever the order of the cases.
import { createRandom, randomInt } from "./random.js";

/** Pass/fail of each sample of one case; either side is empty for an added or removed case. */
export interface CaseSamples {
  id: string;
  base: boolean[];
  head: boolean[];
}

export interface CompareOptions {
  /** One-sided confidence of each bound (gate.confidence). */
  confidence: number;
  /** Bootstrap resamples; default 2000. */
  resamples?: number;
  /** Bootstrap seed; a fixed default keeps reports reproducible. */
  seed?: number;
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
const DEFAULT_RESAMPLES = 2000;
const DEFAULT_SEED = 0x5eed;
/** Largest repeats the config allows; a suggestion above it is not offered. */
const MAX_REPEATS = 50;
const MAX_PROJECTED_CASES = 10_000;

/** Share of passing samples; 0 when there are none (callers show the sample count beside it). */
export function passRate(samples: boolean[]): number {
  if (samples.length === 0) return 0;
  return samples.filter(Boolean).length / samples.length;
}

/** The p-quantile (0–1) with linear interpolation between order statistics (R type 7). */
export function percentile(values: number[], p: number): number {
  return quantileOfSorted(
    [...values].sort((a, b) => a - b),
    p,
  );
}

function quantileOfSorted(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = Math.min(Math.max(p, 0), 1) * (sorted.length - 1);
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
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

/** The q-quantile (q > 0.5) of Student's t with integer df ≥ 1, by bisection on the exact CDF. */
export function studentTQuantile(q: number, df: number): number {
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
  return {
    n,
    basePassRate: mean(baseRates),
    headPassRate: mean(headRates),
    meanDiff,
    ci: buildInterval(diffs, meanDiff, sd, options),
    sd,
    repeats: mean(paired.map((c) => (c.base.length + c.head.length) / 2)),
    samplingVariance: mean(paired.map((c) => rateVariance(c.base) + rateVariance(c.head))),
  };
}

/** Unbiased estimate of the variance of one case's observed pass rate across its repeats. */
function rateVariance(samples: boolean[]): number {
  if (samples.length < 2) return 0;
  const p = passRate(samples);
  return (p * (1 - p)) / (samples.length - 1);
}

function buildInterval(
  diffs: number[],
  center: number,
  sd: number,
  options: CompareOptions,
): [number, number] {
  const n = diffs.length;
  if (n < 2) return [-1, 1];
  const spread = n < MIN_TRUSTED_CASES ? Math.max(sd, 1) : sd;
  const half = (studentTQuantile(options.confidence, n - 1) * spread) / Math.sqrt(n);
  let low = center - half;
  let high = center + half;
  if (n >= MIN_TRUSTED_CASES && sd > 0) {
    const [bootLow, bootHigh] = bootstrapBounds(diffs, options);
    low = Math.min(low, bootLow);
    high = Math.max(high, bootHigh);
  }
  return [Math.max(low, -1), Math.min(high, 1)];
}

/** Percentile bootstrap of the mean over cases: the (1−c) and c quantiles of resampled means. */
function bootstrapBounds(diffs: number[], options: CompareOptions): [number, number] {
  const sorted = [...diffs].sort((a, b) => a - b);
  const n = sorted.length;
  const random = createRandom(options.seed ?? DEFAULT_SEED);
  const means = new Float64Array(options.resamples ?? DEFAULT_RESAMPLES);
  for (let r = 0; r < means.length; r++) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += sorted[randomInt(random, n)]!;
    means[r] = sum / n;
  }
  means.sort();
  return [quantileOfSorted(means, 1 - options.confidence), quantileOfSorted(means, options.confidence)];
}

/**
 * What would settle an inconclusive comparison, as a sentence for the reviewer.
 *
 * A decision needs the one-sided half-width t·s/√n below the distance d from the observed mean to
 * its threshold: d = mean + margin for a pass (lower bound above −margin), d = −mean for a fail
 * (upper bound below 0, when mean < −margin). Cases: n′ ≈ (t(c, n′−1)·s/d)², solved by a few
 * fixed-point steps since t shrinks as n′ grows; s is the observed sd of differences, at least the
 * sampling noise alone so one case or unanimous cases still give an estimate. Repeats: s² splits into
 * between-case spread τ² = s² − w and sampling noise w at r repeats, which becomes w·r/r′ at r′
 * repeats; solving τ² + w·r/r′ ≤ n·(d/t)² gives r′ = w·r / (n·(d/t)² − τ²), offered when it is
 * positive and allowed. Both assume the observed mean and spread hold: planning figures, so "about".
 */
export function casesToSettle(
  comparison: PairedComparison,
  gate: { margin: number; confidence: number },
): string {
  const { n, meanDiff, confidence } = { ...comparison, confidence: gate.confidence };
  const distance = meanDiff < -gate.margin ? -meanDiff : meanDiff + gate.margin;
  const s = Math.sqrt(Math.max(comparison.sd ** 2, comparison.samplingVariance));
  const cases = projectCases(s, distance, confidence);
  if (cases === null) {
    return `The observed change sits at the ${formatMarginPoints(gate.margin)}-point margin, so no practical number of cases would settle it.`;
  }
  const neededCases = Math.max(cases, MIN_TRUSTED_CASES, n + 1);
  const repeats = n >= MIN_TRUSTED_CASES ? projectRepeats(comparison, s, distance, confidence) : null;
  const casePart = `about ${neededCases} cases (now ${n})`;
  const repeatPart =
    repeats === null ? "" : `, or about ${repeats} repeats per case (now ${Math.round(comparison.repeats)}),`;
  return `${capitalize(casePart)}${repeatPart} would likely settle it.`;
}

function projectCases(s: number, distance: number, confidence: number): number | null {
  if (distance <= 0) return null;
  if (s === 0) return MIN_TRUSTED_CASES;
  let cases = 2;
  for (let step = 0; step < 20; step++) {
    const next = Math.ceil(((studentTQuantile(confidence, Math.max(cases - 1, 1)) * s) / distance) ** 2);
    if (next > MAX_PROJECTED_CASES) return null;
    if (next === cases) break;
    cases = next;
  }
  return cases;
}

function projectRepeats(
  comparison: PairedComparison,
  s: number,
  distance: number,
  confidence: number,
): number | null {
  const noise = comparison.samplingVariance;
  if (noise <= 0 || distance <= 0) return null;
  const allowed = comparison.n * (distance / studentTQuantile(confidence, comparison.n - 1)) ** 2;
  const between = Math.max(s ** 2 - noise, 0);
  if (allowed <= between) return null;
  const repeats = Math.ceil((noise * comparison.repeats) / (allowed - between));
  return repeats > comparison.repeats && repeats <= MAX_REPEATS ? repeats : null;
}

function formatMarginPoints(margin: number): string {
  return String(Math.round(margin * 1000) / 10);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
