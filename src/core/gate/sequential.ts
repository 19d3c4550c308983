// Exact group-sequential paired test over cases (the case is the unit): fail, pass, continue or inconclusive at each look.
//
// Fail: the drop is significant by the exact sign-flip test at this look's group-sequential
// boundary (recycled-boundary.ts: the chance of crossing any boundary up to look k is at most
// falseFailRate·t_k², counting what earlier looks left unspent) AND larger than the margin (the
// upper bound on the mean difference, at MARGIN_CONFIDENCE, is below −margin). Because every fail
// needs the exact test to reject, a no-op change fails with probability at most falseFailRate
// given any sizes of the per-case differences: for every mix of cases and every correlation
// between repeats. Pass: a drop of `detect` is ruled out (the lower bound, at this
// look's slice of the 1 − power budget, is above −detect). Otherwise the review continues to the
// next look, and at the last one it is inconclusive, with the power figures from power.ts.
//
// Re-runs are not extra looks. The plan (planLooks) depends only on the eval set's size and
// gate.maxCases, the order (orderCases) only on the base blob, the path and the case ids, and every
// decision only on the answers of the cases in that order. A new push of the same base/head pair
// therefore asks the same cases, gets the same answers from the cache and reaches the same decision:
// nothing is tested twice. A push that changes head, or adds rows, starts a new review of a new
// question; answers it shares with the old one come from the cache, and its error rates hold on
// their own because its boundaries never depend on how the earlier review ended.

import { formatExactPoints } from "../format/points.js";
import { mean, passRate } from "../grading/statistics.js";
import type { RepeatSummary } from "./lattice-power.js";
import {
  additionalCasesNeeded,
  minDetectableDrop,
  PLANNING_BASE_PASS_RATE,
  PLANNING_SECOND_MOMENT,
} from "./power.js";
import { lookCritical } from "./recycled-boundary.js";
import { applyRule, budgetSlices } from "./rule.js";
import { lowerTail, signFlipCdf, sizeCounts, toLattice } from "./sign-flip.js";

export { orderCases } from "./case-order.js";
export { planLooks } from "./looks.js";

import { planLooks } from "./looks.js";

/** One case's graded samples, summarised per side; repeats are 0/1 passes of that side's samples. */
export interface CaseEvidence {
  caseId: string;
  base: boolean[];
  head: boolean[];
}

export interface SequentialDesign {
  /** Cumulative case counts at which the evidence is examined, ascending; the last is the most this review will run. */
  looks: number[];
  /** Worst-case no-op false-fail rate over all looks (gate.falseFailRate, default 0.02). */
  falseFailRate: number;
  /** Largest drop (0–1) that is not a regression (gate.margin, default 0.05). */
  margin: number;
  /** Drop (0–1) the gate must catch with 95% power / rule out to pass (gate.detect, default 0.20). */
  detect: number;
  /** Power aimed at for `detect` (0.95). */
  power: number;
}

export type LookOutcome = "fail" | "pass" | "continue" | "inconclusive";

export interface LookDecision {
  /** "continue" only before the last look; "inconclusive" only at the last. */
  outcome: LookOutcome;
  /** Index into design.looks. */
  look: number;
  /** Paired cases used (design.looks[look] when every case was answered on both sides). */
  cases: number;
  /** Mean per-case pass-rate difference head − base (−1…1), and its interval at the design's level. */
  estimate: number;
  /** [lower bound used for pass, upper bound used for the margin], each one-sided, clamped to [−1, 1]. */
  interval: [number, number];
  /** Exact p-value of the no-op test at this look (sign-flip / conditional), for display. */
  pValue: number;
  /** Set when outcome is "inconclusive": extra cases for 95% power at `detect` (power calc on the observed variance). */
  casesNeeded?: number;
  /** Smallest drop this many cases can detect with 95% power (on the observed variance, or a planning variance when none). */
  minDetectableDrop: number;
  /** One plain sentence for the comment. */
  explanation: string;
}

function differenceOf(evidence: CaseEvidence): number {
  return passRate(evidence.head) - passRate(evidence.base);
}

/** A measured drop in whole points; a margin or a detectable drop as set, one decimal kept (`2.5 points`). */
function points(fraction: number, exact = false): string {
  const abs = Math.abs(fraction);
  return `${exact ? formatExactPoints(abs) : Math.round(abs * 100)} points`;
}

/** Decide at look `look` from the evidence of the first design.looks[look] cases (in the review's seeded case order). */
export function decideAtLook(design: SequentialDesign, evidence: CaseEvidence[], look: number): LookDecision {
  const planned = design.looks[look];
  if (planned === undefined)
    throw new RangeError(`look ${look} is not one of the ${design.looks.length} planned looks`);
  const isPaired = (c: CaseEvidence) => c.base.length > 0 && c.head.length > 0;
  const paired = evidence.slice(0, planned).filter(isPaired);
  const differences = paired.map(differenceOf);
  const { unit, values } = toLattice(
    differences,
    paired.flatMap((c) => [c.base.length, c.head.length]),
  );
  const n = values.length;
  const dist = signFlipCdf(sizeCounts(values, unit));
  const { beta } = budgetSlices(design);
  const sum = values.reduce((s, v) => s + v, 0);
  const sumSquares = values.reduce((s, v) => s + v * v, 0);
  const positions = design.looks.slice(0, look + 1).map((n) => evidence.slice(0, n).filter(isPaired).length);
  const critical = lookCritical(
    paired.map((c, i) => ({ difference: differences[i]!, repeats: [c.base.length, c.head.length] })),
    positions,
    design,
    look,
  );
  const rule = applyRule(design, beta[look]!, { n, unit, sum, sumSquares, critical });

  const isLast = look === design.looks.length - 1;
  const outcome: LookOutcome =
    rule.outcome !== "undecided" ? rule.outcome : isLast ? "inconclusive" : "continue";
  const model = powerModelAt(design, paired, { unit, values, sumSquares });
  const decision: LookDecision = {
    outcome,
    look,
    cases: n,
    estimate: rule.mean,
    interval: [rule.lower, rule.upper],
    pValue: lowerTail(dist, sum),
    minDetectableDrop: 0,
    explanation: "",
  };
  // Computed when first read: with repeats that disagree the power search takes up to a few hundred
  // ms, and a review reads it only at the look it stops at.
  let drop: number | undefined;
  Object.defineProperty(decision, "minDetectableDrop", {
    enumerable: true,
    get: () => {
      drop ??= minDetectableDrop(model);
      return drop;
    },
  });
  if (outcome === "inconclusive") decision.casesNeeded = additionalCasesNeeded(model, n);
  decision.explanation = explain(decision, design, rule.significant);
  return decision;
}

/** The power model at a look: the design with the spread and base pass rate seen so far (planning values before any case). */
function powerModelAt(
  design: SequentialDesign,
  paired: CaseEvidence[],
  { unit, values, sumSquares }: { unit: number; values: number[]; sumSquares: number },
) {
  const n = values.length;
  const secondMoment = n === 0 ? PLANNING_SECOND_MOMENT : sumSquares / (unit * unit) / n;
  const basePassRate = n === 0 ? PLANNING_BASE_PASS_RATE : mean(paired.map((c) => passRate(c.base)));
  return {
    ...design,
    unit,
    secondMoment: roundUp(secondMoment, 200),
    basePassRate: roundUp(basePassRate, 20),
    ...(unit > 1 ? { repeats: repeatSummary(paired, values, unit) } : {}),
  };
}

/** Shares of each size of difference and each base pass fraction on lattice 1/unit, on a grid of 1/SHARE_STEPS so looks reuse figures. */
function repeatSummary(paired: CaseEvidence[], values: number[], unit: number): RepeatSummary {
  const bases = new Array<number>(unit + 1).fill(0);
  for (const c of paired) bases[Math.round(passRate(c.base) * unit)]! += 1;
  return { sizeShares: onGrid(sizeCounts(values, unit)), basePassShares: onGrid(bases) };
}

const SHARE_STEPS = 100;

/** Counts as shares rounded to 1/SHARE_STEPS, the rounding put on the largest so they still sum to 1. */
function onGrid(counts: number[]): number[] {
  const total = counts.reduce((s, c) => s + c, 0);
  const shares = counts.map((c) => Math.round((c / total) * SHARE_STEPS) / SHARE_STEPS);
  const largest = shares.indexOf(Math.max(...shares));
  shares[largest] = Math.max(0, shares[largest]! + 1 - shares.reduce((s, x) => s + x, 0));
  return shares;
}

/** Power figures are computed on a grid (rounded up: more spread, never optimistic) and cached by it. */
function roundUp(fraction: number, steps: number): number {
  return Math.min(1, Math.ceil(fraction * steps - 1e-9) / steps);
}

function explain(decision: LookDecision, design: SequentialDesign, significant: boolean): string {
  const seen = `${decision.cases} cases`;
  switch (decision.outcome) {
    case "fail":
      return `Pass rate dropped by ${points(decision.estimate)} over ${seen}: a significant drop larger than the ${points(design.margin, true)} margin.`;
    case "pass":
      return `A drop of ${points(design.detect, true)} or more is ruled out after ${seen}.`;
    case "continue":
      return significant
        ? `After ${seen} the drop is significant but not yet shown to exceed the ${points(design.margin, true)} margin; asking more cases.`
        : `After ${seen} neither a drop nor its absence is clear; asking more cases.`;
    case "inconclusive": {
      const reach =
        decision.minDetectableDrop >= 1
          ? "this eval set is too small to detect any drop with 95% power"
          : `this eval set can detect a drop of ≥ ${points(decision.minDetectableDrop)}`;
      return `Neither a drop of ${points(design.detect, true)} nor its absence is shown by ${seen}; ${reach} (about ${decision.casesNeeded} more cases would settle a ${points(design.detect, true)} drop).`;
    }
  }
}

/** Before any call (dry run): the smallest drop an eval set of `cases` cases can detect at 95% power, planning variance. */
export function plannedMinDetectableDrop(cases: number, design: Omit<SequentialDesign, "looks">): number {
  return minDetectableDrop({
    ...design,
    looks: planLooks(cases),
    unit: 1,
    secondMoment: PLANNING_SECOND_MOMENT,
    basePassRate: PLANNING_BASE_PASS_RATE,
  });
}
