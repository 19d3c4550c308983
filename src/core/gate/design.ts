// One prompt's sequential design from the gate config and the budget, and the pass rates shown beside the decision.
import type { BudgetConfig, GateConfig } from "../config/config-schema.js";
import { mean, passRate, sampleVariance } from "../grading/statistics.js";
import { latticeMinVariance, oneSidedBound } from "./bounds.js";
import {
  type CaseEvidence,
  planLooks,
  plannedMinDetectableDrop,
  type SequentialDesign,
} from "./sequential.js";
import { latticeUnit } from "./sign-flip.js";

/** Power the gate aims at for a drop of `gate.detect`. */
export const GATE_POWER = 0.95;

/** What one case of one prompt costs: calls (both versions, every repeat, judges included) and dollars. */
export interface CaseCost {
  calls: number;
  /** Null when a price is unknown: the cost limit then cannot cap the cases. */
  usd: number | null;
}

/**
 * The most cases of one prompt the budget allows when `prompts` prompts share it evenly. Fixed before any
 * answer arrives, because the looks (and so the error spending) must not depend on the answers.
 */
export function casesWithinBudget(budget: BudgetConfig, perCase: CaseCost, prompts: number): number | null {
  const caps: number[] = [];
  const share = Math.max(1, prompts);
  if (budget.maxCalls !== null && perCase.calls > 0) {
    caps.push(Math.floor(budget.maxCalls / share / perCase.calls));
  }
  if (budget.maxCostUsd !== null && perCase.usd !== null && perCase.usd > 0) {
    caps.push(Math.floor(budget.maxCostUsd / share / perCase.usd));
  }
  return caps.length === 0 ? null : Math.min(...caps);
}

/** Looks at 30, 50, 70, … up to every row of the eval set, or fewer when `gate.maxCases` or the budget says so. */
export function buildDesign(
  gate: GateConfig,
  totalCases: number,
  budgetCases: number | null = null,
): SequentialDesign {
  const caps = [gate.maxCases, budgetCases].filter((c): c is number => c !== null);
  const cap = caps.length === 0 ? undefined : Math.max(1, Math.min(...caps));
  return {
    looks: planLooks(totalCases, cap),
    falseFailRate: gate.falseFailRate,
    margin: gate.margin,
    detect: gate.detect,
    power: GATE_POWER,
  };
}

/** The smallest drop an eval set of `cases` rows can detect with 95% power, before anything is spent. */
export function planDetectableDrop(gate: GateConfig, cases: number): number | null {
  if (cases < 1) return null;
  const capped = gate.maxCases === null ? cases : Math.min(cases, gate.maxCases);
  return plannedMinDetectableDrop(capped, {
    falseFailRate: gate.falseFailRate,
    margin: gate.margin,
    detect: gate.detect,
    power: GATE_POWER,
  });
}

export interface PassRateSummary {
  /** Cases with graded samples on both versions. */
  n: number;
  /** Mean of the per-case pass rates (each case weighs the same). */
  basePassRate: number;
  headPassRate: number;
  /** headPassRate − basePassRate. */
  meanDiff: number;
  /** Each bound one-sided at `gate.confidence`: a two-sided interval at 2·confidence − 1, for display. */
  ci: [number, number];
}

/**
 * The pass rates and the interval the comment shows. The decision does not use this interval (it uses the
 * exact test and the bounds of `decideAtLook`); the spread is floored on the lattice so a small eval set
 * whose cases all agree still shows an interval, not a point.
 */
export function summarizePassRates(evidence: CaseEvidence[], confidence: number): PassRateSummary {
  const paired = evidence.filter((c) => c.base.length > 0 && c.head.length > 0);
  const bases = paired.map((c) => passRate(c.base));
  const heads = paired.map((c) => passRate(c.head));
  const n = paired.length;
  if (n === 0) return { n, basePassRate: 0, headPassRate: 0, meanDiff: 0, ci: [-1, 1] };
  const stats = meanAndVariance(heads.map((h, i) => h - bases[i]!));
  const floor = latticeMinVariance(0, latticeUnit(paired.flatMap((c) => [c.base.length, c.head.length])));
  return {
    n,
    basePassRate: mean(bases),
    headPassRate: mean(heads),
    meanDiff: stats.mean,
    ci: [
      oneSidedBound("lower", stats, n, confidence, floor),
      oneSidedBound("upper", stats, n, confidence, floor),
    ],
  };
}

/** Mean and sample variance (n − 1); one case gets the widest spread a difference can have. */
function meanAndVariance(values: number[]): { mean: number; variance: number } {
  const n = values.length;
  const average = mean(values);
  if (n === 1) return { mean: average, variance: 1 };
  return { mean: average, variance: sampleVariance(values, average) };
}
