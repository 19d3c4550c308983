// The gate's rule at one look, from the sufficient statistics of the per-case differences seen so far.
//
// Kept apart from sequential.ts so the calibration can run this very rule over every reachable
// state (exact dynamic programming) instead of a re-implementation of it.

import { concentratedDropVariance, latticeMinVariance, oneSidedBound } from "./bounds.js";
import { MARGIN_CONFIDENCE } from "./power.js";
import { failSlices, passSlices } from "./spending.js";

/** What the rule needs to know about the first n cases' differences d_i = m_i / unit (m_i integers). */
export interface LookStatistics {
  /** Paired cases. */
  n: number;
  /** Differences are multiples of 1/unit. */
  unit: number;
  /** Σ m_i. */
  sum: number;
  /** Σ m_i². */
  sumSquares: number;
  /** The exact sign-flip fail boundary for these sizes at this look (recycled-boundary.ts; −Infinity: cannot fail). */
  critical: number;
}

export interface RuleDesign {
  looks: number[];
  falseFailRate: number;
  margin: number;
  detect: number;
  power: number;
}

export type RuleOutcome = "fail" | "pass" | "undecided";

export interface RuleResult {
  outcome: RuleOutcome;
  mean: number;
  /** The sign-flip test rejects the no-op at this look. */
  significant: boolean;
  /** Lower bound compared with −detect (pass); upper bound compared with −margin (fail). */
  lower: number;
  upper: number;
}

/** Each look's slices of the fail and pass budgets, computed once per design. */
export function budgetSlices(design: RuleDesign): { alpha: number[]; beta: number[] } {
  return {
    alpha: failSlices(design.looks, design.falseFailRate),
    beta: passSlices(design.looks, design.power),
  };
}

/** Fail: significant and the upper bound below −margin. Pass: the lower bound above −detect. */
export function applyRule(design: RuleDesign, beta: number, stats: LookStatistics): RuleResult {
  const { n, unit } = stats;
  const mean = n === 0 ? 0 : stats.sum / unit / n;
  const variance = n < 2 ? 1 : Math.max(0, (stats.sumSquares / (unit * unit) - n * mean * mean) / (n - 1));
  const moments = { mean, variance };
  const lower = oneSidedBound("lower", moments, n, 1 - beta, concentratedDropVariance(design.detect));
  const upper = oneSidedBound(
    "upper",
    moments,
    n,
    MARGIN_CONFIDENCE,
    latticeMinVariance(design.margin, unit),
  );
  const significant = stats.sum <= stats.critical;
  const outcome: RuleOutcome =
    significant && upper < -design.margin ? "fail" : lower > -design.detect ? "pass" : "undecided";
  return { outcome, mean, significant, lower, upper };
}
