// Power of the sequential gate, and what follows from it: the smallest detectable drop and the cases still needed.
//
// The power is computed for a drop that breaks a share δ/b of the cases (b: base pass rate), the
// law dropLaw describes. The spread under that drop is not the observed one: each lost pass on a
// case that used to agree adds a differing case. Using the observed spread as it stands would
// promise power the test does not have once the drop is real. Up to EXACT_POWER_MAX_CASES cases
// exact-review.ts runs the rule itself over every state for one answer per side (or identical
// repeats): exact with one look; with several, each look's recycled boundary is taken from the
// history in which earlier looks saw differing cases in proportion (calibration test: the reported
// drop is caught 94.9–95.8% of the time). With several repeats that disagree, the differences are
// finer than −1, 0, 1 and carry more information: the model then holds the per-case summaries the
// test uses (the shares of each size of difference and of each base pass fraction) and
// lattice-power.ts runs the rule on their law. Above EXACT_POWER_MAX_CASES it is a normal
// approximation of the rule, look by look, by recursive numerical integration over the running
// sum (Armitage–McPherson–Rowe), so early fails and early passes are both counted; it uses each
// look's own slice of the fail budget (less than the recycled boundaries spend, so less power),
// and the mean square q of the differences is taken to grow to q + δ (every lost pass a new
// differing case): both err towards more cases, never fewer. The smallest detectable drop, the
// cases needed for `gate.detect` and the dry run's estimate all come from powerAt, so they agree.

import { concentratedDropVariance, latticeMinVariance } from "./bounds.js";
import { dropLaw, exactReview } from "./exact-review.js";
import { latticePower, type RepeatSummary, summaryPassRate } from "./lattice-power.js";
import { planLooks } from "./looks.js";
import { failSlices, normalCdf, normalQuantile, passSlices, studentQuantile } from "./spending.js";

/** One-sided confidence of the margin bound: a fail also needs mean + t·sd/√n below −margin at this level. */
export const MARGIN_CONFIDENCE = 0.8;
/** Mean square of per-case differences assumed before any answer: about one case in five differs by chance. */
export const PLANNING_SECOND_MOMENT = 0.2;
/** Base pass rate assumed before any answer. */
export const PLANNING_BASE_PASS_RATE = 0.85;
/** Up to this many cases the power of one-answer differences is computed exactly (≈10 ms per drop tried at 150). */
export const EXACT_POWER_MAX_CASES = 200;

export interface PowerModel {
  looks: number[];
  falseFailRate: number;
  margin: number;
  detect: number;
  power: number;
  /** Differences are multiples of 1/unit (used by the approximation's variance floor above EXACT_POWER_MAX_CASES). */
  unit: number;
  /** Mean square of the per-case differences with no change (observed, or PLANNING_SECOND_MOMENT). */
  secondMoment: number;
  /** Mean base pass rate (observed, or PLANNING_BASE_PASS_RATE). */
  basePassRate: number;
  /** Set when unit > 1 (repeats that disagree): the per-case summaries the power is computed from up to EXACT_POWER_MAX_CASES. */
  repeats?: RepeatSummary;
}

interface Thresholds {
  /** Fail when the running sum is at or below fail[k]·n_k; pass when at or above pass[k]·n_k. */
  fail: number[];
  pass: number[];
  sigma: number;
}

/** The fail and pass thresholds on the mean difference at each look, under a true drop delta. */
function thresholdsAt(model: PowerModel, delta: number): Thresholds {
  const share =
    model.basePassRate > 0 ? Math.min(1, Math.max(0, 1 - model.secondMoment / model.basePassRate)) : 1;
  const second = Math.min(1, model.secondMoment + delta * share);
  const variance = Math.max(second - delta * delta, latticeMinVariance(delta, model.unit));
  const sdMargin = Math.sqrt(Math.max(variance, latticeMinVariance(model.margin, model.unit)));
  const sdDetect = Math.sqrt(Math.max(variance, concentratedDropVariance(model.detect)));
  const alphas = failSlices(model.looks, model.falseFailRate);
  const betas = passSlices(model.looks, model.power);
  const sigma = Math.sqrt(variance);
  const fail = model.looks.map((n, k) => {
    const signFlip = signFlipThreshold(normalQuantile(alphas[k]!), n, -delta, second, sigma);
    const margin = -model.margin - (studentQuantile(MARGIN_CONFIDENCE, n - 1) * sdMargin) / Math.sqrt(n);
    return Math.min(signFlip, margin);
  });
  const pass = model.looks.map(
    (n, k) => -model.detect + (studentQuantile(1 - betas[k]!, n - 1) * sdDetect) / Math.sqrt(n),
  );
  return { fail, pass, sigma };
}

/**
 * The sign-flip test rejects when T = Σd / √(Σd²) ≤ z (z < 0). Under a drop T is not standard
 * normal: its mean is √n·μ/√m2 and, by the delta method with the moments of differences that are
 * −1, 0 or 1 (E d³ = μ, E d⁴ = m2), its variance is σ²/m2 − ¾·μ²(1 − m2)/m2². Returned: the
 * threshold on the mean difference that has the same probability, so looks can be chained on it.
 */
function signFlipThreshold(z: number, n: number, mu: number, second: number, sigma: number): number {
  const meanT = (Math.sqrt(n) * mu) / Math.sqrt(second);
  const varianceT = (sigma * sigma) / second - (0.75 * mu * mu * (1 - second)) / (second * second);
  const sdT = Math.sqrt(Math.max(varianceT, 0.05));
  return mu + (sigma / Math.sqrt(n)) * ((z - meanT) / sdT);
}

/** Points of the running-sum grid: 61 keeps the power within 0.1 point of a 241-point grid. */
const GRID = 61;

function normalDensity(x: number): number {
  return Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
}

/** P(the review fails at some look) when the true mean difference is −delta. */
export function powerAt(model: PowerModel, delta: number): number {
  const last = model.looks[model.looks.length - 1] ?? 0;
  if (last <= EXACT_POWER_MAX_CASES) {
    if (model.repeats && model.unit > 1) return latticePower(model, model.repeats, delta);
    const law = dropLaw(model.secondMoment, model.basePassRate, delta);
    return law ? exactReview(model, law).fail : 0;
  }
  return normalPowerAt(model, delta);
}

function normalPowerAt(model: PowerModel, delta: number): number {
  const { fail, pass, sigma } = thresholdsAt(model, delta);
  const mu = -delta;
  let points: number[] = [0];
  let weights: number[] = [1]; // probability mass of the continuing paths at each point of the running sum
  let total = 0;
  let previous = 0;
  for (let k = 0; k < model.looks.length; k++) {
    const n = model.looks[k]!;
    const step = n - previous;
    const spread = sigma * Math.sqrt(step);
    const failSum = fail[k]! * n;
    for (let j = 0; j < points.length; j++)
      total += weights[j]! * normalCdf((failSum - points[j]! - mu * step) / spread);
    previous = n;
    if (k === model.looks.length - 1) break;
    const centre = mu * n;
    const lo = Math.max(failSum, centre - 8 * sigma * Math.sqrt(n));
    const hi = Math.min(Math.max(pass[k]! * n, failSum), centre + 8 * sigma * Math.sqrt(n));
    if (hi <= lo) break;
    const h = (hi - lo) / (GRID - 1);
    const next = Array.from({ length: GRID }, (_, i) => lo + i * h);
    const mass = next.map((x, i) => {
      let density = 0;
      for (let j = 0; j < points.length; j++)
        density += weights[j]! * normalDensity((x - points[j]! - mu * step) / spread);
      return (density / spread) * h * (i === 0 || i === GRID - 1 ? 0.5 : 1);
    });
    points = next;
    weights = mass;
  }
  return Math.min(1, total);
}

/** Power searches already done, by model: a review asks the same ones at every look. */
const searches = new Map<string, number>();

/** The search's answer for this key, computed once (the cache is emptied past 5,000 answers). */
function searchOnce(key: unknown[], search: () => number): number {
  const text = JSON.stringify(key);
  const hit = searches.get(text);
  if (hit !== undefined) return hit;
  const result = search();
  if (searches.size > 5000) searches.clear();
  searches.set(text, result);
  return result;
}

/** The smallest drop (0–1) caught with the model's power; 1 when no drop is caught that often. */
export function minDetectableDrop(model: PowerModel): number {
  return searchOnce([model, "mdd"], () => searchMinDetectableDrop(model));
}

/** Shown in whole points: a fifth of a point is precise enough. */
const DROP_PRECISION = 0.002;

function searchMinDetectableDrop(model: PowerModel): number {
  // A drop cannot exceed the base pass rate: the search stops there.
  const largest = Math.min(1, model.repeats ? summaryPassRate(model.repeats) : model.basePassRate);
  const enough = (drop: number) => powerAt(model, drop) >= model.power;
  if (model.looks.length === 0 || largest <= 0 || !enough(largest)) return 1;
  // The cheap approximation brackets the answer, so the exact search needs a few steps, not ten.
  const guess = Math.min(
    largest,
    bisect(0, largest, 0.01, (drop) => normalPowerAt(model, drop) >= model.power),
  );
  let lo = Math.max(0, guess - 0.04);
  let hi = Math.min(largest, guess + 0.04);
  if (enough(lo)) [lo, hi] = [0, lo];
  else if (!enough(hi)) [lo, hi] = [hi, largest];
  return bisect(lo, hi, DROP_PRECISION, enough);
}

/** The smallest x in (lo, hi] with pass(x), to within `precision`, when pass is false at lo and true at hi. */
function bisect(lo: number, hi: number, precision: number, pass: (x: number) => boolean): number {
  let low = lo;
  let high = hi;
  while (high - low > precision) {
    const mid = (low + high) / 2;
    if (pass(mid)) high = mid;
    else low = mid;
  }
  return high;
}

/** Largest eval set the cases-needed search considers; beyond it the answer is "more than this". */
export const MAX_CASES_SEARCHED = 2000;
/** The cases-needed answer is rounded up to a multiple of this (finer would promise false precision). */
const CASES_STEP = 10;

/** Cases beyond `cases` a fresh review (planned looks, same spread) needs to catch a drop of `detect` with the power. */
export function additionalCasesNeeded(model: PowerModel, cases: number): number {
  return searchOnce([model, cases, "more"], () => searchCasesNeeded(model, cases));
}

/** "About this many more cases": the same power as the smallest detectable drop, so the two figures agree. */
function searchCasesNeeded(model: PowerModel, cases: number): number {
  const enough = (n: number) => powerAt({ ...model, looks: planLooks(n) }, model.detect) >= model.power;
  if (enough(cases)) return 0;
  if (!enough(MAX_CASES_SEARCHED)) return MAX_CASES_SEARCHED - cases;
  // Search over multiples of CASES_STEP above `cases`: lo is never enough, hi always is.
  let lo = Math.floor(cases / CASES_STEP);
  let hi = MAX_CASES_SEARCHED / CASES_STEP;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (enough(mid * CASES_STEP)) hi = mid;
    else lo = mid;
  }
  return hi * CASES_STEP - cases;
}
