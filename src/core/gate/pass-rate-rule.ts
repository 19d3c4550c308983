// The pass-rate rule of one prompt: the sequential decision said as fail, pass or inconclusive, with what would settle it.
import type { GateConfig } from "../config/config-schema.js";
import { formatPercent } from "../format/percent.js";
import { formatExactPoints, formatPValue, formatSignedExactPoints } from "../format/points.js";
import type { ChangeKind } from "../report/report.js";
import type { PassRateSummary } from "./design.js";
import { intervalLevel } from "./interval-level.js";
import type { LookDecision } from "./sequential.js";

export interface PassRateEvidence {
  /** The decision at the look where the review stopped. */
  decision: LookDecision;
  /** Pass rates and the displayed interval over the same cases. */
  summary: PassRateSummary;
  /** Gated rows of the eval set (the base's), whether or not they ran. */
  totalCases: number;
}

export interface PassRateFinding {
  outcome: "pass" | "fail" | "inconclusive";
  reason: string;
  toSettle?: string;
}

/** Rates are floats; a value this close to a limit counts as at the limit, not beyond. */
const EPSILON = 1e-9;

interface RuleInput {
  change: ChangeKind;
  gate: GateConfig;
  passRate?: PassRateEvidence;
  headPassRate?: number;
  casesEvaluated: number;
}

/**
 * `fail`: the exact test finds a significant drop larger than `gate.margin`. `pass`: a drop of `gate.detect`
 * or more is ruled out. `inconclusive`: neither, with the cases that would settle it, or, when the eval set
 * has no more rows, the smallest drop it can detect.
 */
export function assessPassRate(input: RuleInput): PassRateFinding[] {
  if (input.change === "deleted") {
    return [{ outcome: "pass", reason: "The prompt was deleted; there is nothing to evaluate." }];
  }
  if (input.change === "added") return assessAddedPassRate(input);
  const evidence = input.passRate;
  if (evidence === undefined || evidence.summary.n === 0) {
    return [
      {
        outcome: "inconclusive",
        reason: "No test case ran on both versions, so the pass rates cannot be compared.",
        toSettle: "Test cases that run and are graded on both versions would settle it.",
      },
    ];
  }
  const { decision, summary } = evidence;
  const { gate } = input;
  const [low, high] = summary.ci;
  const shown =
    `${describeMove(summary)}, ${formatPercent(intervalLevel(gate.confidence))} CI ` +
    `${formatSignedExactPoints(low)} to ${formatSignedExactPoints(high)} points`;
  const after = `after ${summary.n} ${summary.n === 1 ? "case" : "cases"}`;
  const margin = `the ${formatExactPoints(gate.margin)}-point margin`;
  const detect = `${formatExactPoints(gate.detect)} points`;
  if (decision.outcome === "fail") {
    const p = formatPValue(decision.pValue);
    return [
      { outcome: "fail", reason: `${shown}: a significant drop (${p}) larger than ${margin}, ${after}.` },
    ];
  }
  if (decision.outcome === "pass") {
    // Non-inferiority at the margin is reported on its own: passing rules out a drop of `detect`, not of `margin`.
    const withinMargin =
      low >= -gate.margin - EPSILON
        ? ` No drop beyond ${margin} either.`
        : ` A drop of up to ${formatExactPoints(-low)} points is not ruled out.`;
    return [
      {
        outcome: "pass",
        reason: `${shown}: a drop of ${detect} or more is ruled out ${after}.${withinMargin}`,
      },
    ];
  }
  return [
    {
      outcome: "inconclusive",
      reason: `${shown}: neither a drop of ${detect} nor its absence is shown ${after}.`,
      toSettle: describeToSettle(evidence, gate),
    },
  ];
}

/** More rows would settle it, or the eval set is too small to see a drop of `detect`: say which, with figures. */
function describeToSettle(evidence: PassRateEvidence, gate: GateConfig): string {
  const { decision, summary, totalCases } = evidence;
  const needed = decision.casesNeeded;
  const forDetect = `to catch a ${formatExactPoints(gate.detect)}-point drop 95% of the time`;
  const more = needed === undefined ? "" : `About ${needed} more cases ${forDetect} would settle it`;
  if (summary.n < totalCases) {
    const left = totalCases - summary.n;
    const rows = `${left} more ${left === 1 ? "row" : "rows"}`;
    return `${more || "More cases would settle it"}; the eval set has ${rows} (raise \`gate.maxCases\` or the budget).`;
  }
  const rows = `This eval set (${totalCases} ${totalCases === 1 ? "case" : "cases"})`;
  const sees =
    decision.minDetectableDrop >= 1
      ? `${rows} is too small to detect any drop with 95% power; add rows`
      : `${rows} can detect a drop of ≥ ${Math.round(decision.minDetectableDrop * 100)} points; add rows to see smaller ones`;
  return needed === undefined ? `${sees}.` : `${sees} (about ${needed} more ${forDetect}).`;
}

function assessAddedPassRate(input: RuleInput): PassRateFinding[] {
  const rate = input.headPassRate;
  if (rate === undefined || input.casesEvaluated === 0) {
    return [
      {
        outcome: "inconclusive",
        reason: "No test case of the new prompt produced a graded sample, so its pass rate is unknown.",
        toSettle: "Test cases that run and are graded would settle it.",
      },
    ];
  }
  const minimum = input.gate.minPassRate;
  const about = `Pass rate ${formatPercent(rate, 1)} over ${input.casesEvaluated} cases`;
  return rate < minimum - EPSILON
    ? [
        {
          outcome: "fail",
          reason: `${about} is below the ${formatPercent(minimum, 1)} minimum for a new prompt.`,
        },
      ]
    : [
        {
          outcome: "pass",
          reason: `${about} meets the ${formatPercent(minimum, 1)} minimum for a new prompt.`,
        },
      ];
}

function describeMove(c: PassRateSummary): string {
  const rates = `(${formatPercent(c.basePassRate, 1)} → ${formatPercent(c.headPassRate, 1)})`;
  const points = Math.round(Math.abs(c.meanDiff) * 1000) / 10;
  if (points === 0) return `Pass rate unchanged ${rates}`;
  return `Pass rate ${c.meanDiff < 0 ? "fell" : "rose"} ${points.toFixed(1)} points ${rates}`;
}
