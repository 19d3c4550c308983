// Cost and latency gates: fail only when the data show the rise is above its limit, not merely above zero.
//
// The statistic is the mean per call: per case, the mean of head's calls and the mean of base's.
// Head's mean exceeds base's by more than the limit L exactly when mean(head − (1 + L)·base) > 0,
// so the gate fails when a one-sided lower bound of that mean, over cases, is above 0 at the
// false-fail rate (a t bound over cases; the case is the unit, as for pass rates). The rise shown
// next to the verdict must be this one: mean(head) / mean(base) − 1 over the same cases, not a
// median (a p50 rise tested on means would report one number and decide on another).

import { formatChangePct, formatPercent } from "../format/percent.js";
import { mean, sampleVariance } from "../grading/statistics.js";
import { studentQuantile } from "./spending.js";

/** One case's mean cost (USD) or latency (ms) per call on each side. */
export interface PairedMeasure {
  base: number;
  head: number;
}

export interface LimitDecision {
  outcome: "fail" | "within" | "inconclusive";
  /** mean(head) / mean(base) − 1 over the cases: the rise to report. */
  rise: number;
  /** Lower confidence bound of the rise at 1 − falseFailRate (base mean held fixed). */
  riseLowerBound: number;
  cases: number;
  explanation: string;
}

/** A rise as a fraction (0.25 = +25%), written as every cost and latency change is. */
function change(rise: number): string {
  return formatChangePct(rise * 100);
}

/** Decide whether head's mean per call is above (1 + limit) × base's, at the false-fail rate. */
export function decideAgainstLimit(
  measures: PairedMeasure[],
  limit: number,
  falseFailRate: number,
  what = "cost",
): LimitDecision {
  const n = measures.length;
  const baseMean = mean(measures.map((m) => m.base));
  const headMean = mean(measures.map((m) => m.head));
  if (n < 2 || baseMean <= 0) {
    const rise = baseMean > 0 ? headMean / baseMean - 1 : 0;
    return {
      outcome: "inconclusive",
      rise,
      riseLowerBound: Number.NEGATIVE_INFINITY,
      cases: n,
      explanation: `Too few cases with a ${what} on base (${n}) to test the ${what} rise against its ${formatPercent(limit)} limit.`,
    };
  }
  const excess = measures.map((m) => m.head - (1 + limit) * m.base);
  const excessMean = mean(excess);
  const variance = sampleVariance(excess, excessMean);
  const lower = excessMean - (studentQuantile(1 - falseFailRate, n - 1) * Math.sqrt(variance)) / Math.sqrt(n);
  const rise = headMean / baseMean - 1;
  const riseLowerBound = limit + lower / baseMean;
  const outcome = lower > 0 ? "fail" : "within";
  const explanation =
    outcome === "fail"
      ? `Mean ${what} per call ${change(rise)} (at least ${change(riseLowerBound)}), above the ${formatPercent(limit)} limit.`
      : `Mean ${what} per call ${change(rise)}; not shown to exceed the ${formatPercent(limit)} limit.`;
  return { outcome, rise, riseLowerBound, cases: n, explanation };
}
