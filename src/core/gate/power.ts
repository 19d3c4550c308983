// Power of the sequential gate, and what follows from it: the smallest detectable drop and the cases still needed.
//
// Normal approximation of the rule in sequential.ts, look by look, by recursive numerical
// integration over the running sum of differences (Armitage–McPherson–Rowe), so early fails and
// early passes are both counted. The spread under a drop δ is not the observed one: each lost pass
// adds a differing case, so the second moment q of the differences (their mean square) grows to
// q + δ and the variance to q + δ − δ². Using the observed variance as it stands would promise
// power the test does not have once the drop is real.

import { latticeMinVariance } from "./bounds.js";
import { planLooks } from "./looks.js";
import { failSlices, normalCdf, normalQuantile, passSlices, studentQuantile } from "./spending.js";

/** One-sided confidence of the margin bound: a fail also needs mean + t·sd/√n below −margin at this level. */
export const MARGIN_CONFIDENCE = 0.8;
/** Mean square of per-case differences assumed before any answer: about one case in five differs by chance. */
export const PLANNING_SECOND_MOMENT = 0.2;

export interface PowerModel {
  looks: number[];
  falseFailRate: number;
  margin: number;
  detect: number;
  power: number;
  /** Differences are multiples of 1/unit. */
  unit: number;
  /** Mean square of the per-case differences with no change (observed, or PLANNING_SECOND_MOMENT). */
  secondMoment: number;
}

interface Thresholds {
  /** Fail when the running sum is at or below fail[k]·n_k; pass when at or above pass[k]·n_k. */
  fail: number[];
  pass: number[];
  sigma: number;
}

/** The fail and pass thresholds on the mean difference at each look, under a true drop delta. */
function thresholdsAt(model: PowerModel, delta: number): Thresholds {
  const second = Math.min(1, model.secondMoment + delta);
  const variance = Math.max(second - delta * delta, latticeMinVariance(delta, model.unit));
  const sdMargin = Math.sqrt(Math.max(variance, latticeMinVariance(model.margin, model.unit)));
  const sdDetect = Math.sqrt(Math.max(variance, latticeMinVariance(model.detect, model.unit)));
  const alphas = failSlices(model.looks, model.falseFailRate);
  const betas = passSlices(model.looks, model.power);
  const fail = model.looks.map((n, k) => {
    const signFlip = normalQuantile(alphas[k]!) * Math.sqrt(second / n);
    const margin = -model.margin - (studentQuantile(MARGIN_CONFIDENCE, n - 1) * sdMargin) / Math.sqrt(n);
    return Math.min(signFlip, margin);
  });
  const pass = model.looks.map(
    (n, k) => -model.detect + (studentQuantile(1 - betas[k]!, n - 1) * sdDetect) / Math.sqrt(n),
  );
  return { fail, pass, sigma: Math.sqrt(variance) };
}

const GRID = 121;

function normalDensity(x: number): number {
  return Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
}

/** P(the review fails at some look) when the true mean difference is −delta. */
export function powerAt(model: PowerModel, delta: number): number {
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

const mddCache = new Map<string, number>();

/** The smallest drop (0–1) caught with the model's power; 1 when no drop is caught that often. */
export function minDetectableDrop(model: PowerModel): number {
  const key = JSON.stringify([model, "mdd"]);
  const hit = mddCache.get(key);
  if (hit !== undefined) return hit;
  let result = 1;
  if (model.looks.length > 0 && powerAt(model, 1) >= model.power) {
    let lo = 0;
    let hi = 1;
    for (let i = 0; i < 30 && hi - lo > 1e-4; i++) {
      const mid = (lo + hi) / 2;
      if (powerAt(model, mid) >= model.power) hi = mid;
      else lo = mid;
    }
    result = hi;
  }
  if (mddCache.size > 5000) mddCache.clear();
  mddCache.set(key, result);
  return result;
}

/** Largest eval set the cases-needed search considers; beyond it the answer is "more than this". */
export const MAX_CASES_SEARCHED = 5000;

/** Cases beyond `cases` a fresh review (planned looks, same spread) needs to catch a drop of `detect` with the power. */
export function additionalCasesNeeded(model: PowerModel, cases: number): number {
  const enough = (n: number) => powerAt({ ...model, looks: planLooks(n) }, model.detect) >= model.power;
  if (enough(cases)) return 0;
  if (!enough(MAX_CASES_SEARCHED)) return MAX_CASES_SEARCHED - cases;
  let lo = cases;
  let hi = MAX_CASES_SEARCHED;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (enough(mid)) hi = mid;
    else lo = mid;
  }
  return hi - cases;
}
