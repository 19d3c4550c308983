// Power of the gate when per-case differences are finer than −1, 0, 1 (several repeats that disagree), from the per-case summaries the test uses.
//
// Treating such a case as one answer with the same mean square (exact-review.ts) under-states the
// power: finer differences carry more information, so the reported drop was caught 96.6–100% of
// the time instead of 95%. Here the power is that of the gate's own rule on the law of the
// per-case mean differences: exact given the cases' sizes |d_i| (conditional-review.ts), averaged
// over POWER_DRAWS size sequences drawn with a fixed seed. The draws are stratified per case (Latin
// hypercube: each case's POWER_DRAWS uniforms cover the POWER_DRAWS equal slices of [0, 1) once),
// which keeps the average unbiased and cuts its noise from the mix of sizes several-fold. Every
// drop tried uses the same uniform numbers, so the power is a repeatable, smooth function of the
// drop and the search for the smallest detectable drop is stable.
//
// The drop is the hardest kind to see: a share δ/b of the cases breaks outright (head never
// passes), each losing its base pass fraction, while the other cases differ by chance as observed.
// A drop of the same size spread over every case moves many cases a little and is caught more
// often (calibration test: 98–100% at the figure reported for the concentrated one).

import { createRandom } from "../random.js";
import { conditionalOutcome, drawSize, splitLaw } from "./conditional-review.js";
import type { RuleDesign } from "./rule.js";

/** Size sequences averaged per power figure (the calibration test checks the figure against 1,000). */
export const POWER_DRAWS = 64;
/** Seed of the drawn sizes: the same figure at every look and on every run. */
const POWER_SEED = 20_261_130;

/** What the observed cases say, on the lattice 1/unit (unit = length − 1 of each array). */
export interface RepeatSummary {
  /** Share of cases whose difference has size j/unit, j = 0…unit (the chance differences, sign-free). */
  sizeShares: number[];
  /** Share of cases whose base side passes a fraction j/unit of its answers, j = 0…unit. */
  basePassShares: number[];
}

/** The mean base pass rate the summary implies. */
export function summaryPassRate(summary: RepeatSummary): number {
  const unit = summary.basePassShares.length - 1;
  return summary.basePassShares.reduce((s, share, j) => s + (share * j) / unit, 0);
}

/**
 * P(d = j/unit), index j + unit, under a drop of `drop` concentrated on broken cases; undefined when
 * the drop exceeds the base pass rate. Its mean is exactly −drop.
 */
export function latticeDropLaw(summary: RepeatSummary, drop: number): number[] | undefined {
  const unit = summary.sizeShares.length - 1;
  if (summary.basePassShares.length !== unit + 1)
    throw new RangeError(
      `size shares on 1/${unit} but base pass shares on 1/${summary.basePassShares.length - 1}`,
    );
  const basePassRate = summaryPassRate(summary);
  if (drop > basePassRate + 1e-12) return undefined;
  const broken = basePassRate === 0 ? 0 : Math.min(1, drop / basePassRate);
  const law = new Array<number>(2 * unit + 1).fill(0);
  summary.sizeShares.forEach((share, m) => {
    const kept = (1 - broken) * share;
    if (m === 0) law[unit]! += kept;
    else {
      law[unit + m]! += kept / 2;
      law[unit - m]! += kept / 2;
    }
  });
  summary.basePassShares.forEach((share, j) => {
    law[unit - j]! += broken * share;
  });
  return law;
}

/** P(the review fails at some look) under a drop of `drop`; 0 when the drop exceeds the base pass rate. */
export function latticePower(design: RuleDesign, summary: RepeatSummary, drop: number): number {
  const law = latticeDropLaw(summary, drop);
  if (!law) return 0;
  const { sizeLaw, down } = splitLaw(law);
  const unit = sizeLaw.length - 1;
  const uniforms = stratifiedUniforms(design.looks[design.looks.length - 1] ?? 0);
  let fail = 0;
  for (const draw of uniforms) {
    const sizes = draw.map((u) => drawSize(sizeLaw, u));
    fail += conditionalOutcome(design, sizes, unit, down).fail;
  }
  return fail / POWER_DRAWS;
}

const uniformCache = new Map<number, number[][]>();

/** POWER_DRAWS rows of `cases` uniforms; column i holds one point in each slice [k, k + 1)/POWER_DRAWS, shuffled. */
function stratifiedUniforms(cases: number): number[][] {
  const hit = uniformCache.get(cases);
  if (hit) return hit;
  const random = createRandom(POWER_SEED + cases);
  const rows = Array.from({ length: POWER_DRAWS }, () => new Array<number>(cases).fill(0));
  for (let i = 0; i < cases; i++) {
    const slices = Array.from({ length: POWER_DRAWS }, (_, k) => k);
    for (let k = POWER_DRAWS - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [slices[k], slices[j]] = [slices[j]!, slices[k]!];
    }
    slices.forEach((slice, k) => {
      rows[k]![i] = (slice + random()) / POWER_DRAWS;
    });
  }
  if (uniformCache.size > 50) uniformCache.clear();
  uniformCache.set(cases, rows);
  return rows;
}
