// Decides one prompt's verdict from its paired statistics, invariants, cost and latency, with reasons a reviewer reads.
import type { GateConfig } from "../config-schema.js";
import type { ChangeKind } from "../report.js";
import { casesToSettle, MIN_TRUSTED_CASES, type PairedComparison } from "../statistics.js";

export interface VerdictInput {
  change: ChangeKind;
  gate: GateConfig;
  /** Absent for added and deleted prompts, and when no case ran on both versions. */
  comparison?: PairedComparison;
  /** For added prompts, which have no base. */
  headPassRate?: number;
  /** An invariant evaluator passed every base sample of a case and failed a head sample. */
  invariantBreaks: { caseId: string; evaluator: string }[];
  costPerCallUsd: { base: number | null; head: number | null };
  latencyP50Ms: { base: number | null; head: number | null };
  /**
   * Whether the per-case increase of cost / latency is beyond noise (see `isIncreaseSignificant`). A rise over
   * the limit that is not significant is inconclusive, not a failure; absent means not assessed (point estimate).
   */
  costIncreaseSignificant?: boolean;
  /** Why cost is unknown when the provider, not the price table, is the cause (e.g. it sent no token counts). */
  costUnknownReason?: string;
  latencyIncreaseSignificant?: boolean;
  /** Some samples are missing (budget stop, call errors). */
  incomplete: boolean;
  /** No sample of either version could be graded (every call or judge failed). */
  nothingGraded?: boolean;
  casesEvaluated: number;
}

export interface VerdictDecision {
  verdict: "pass" | "fail" | "inconclusive";
  /** Fail reasons first, then what is undecided, then what passed. */
  reasons: string[];
  toSettle?: string;
  /** Set when no sample could be graded: the verdict says nothing about the change, the errors do. */
  nothingGraded?: true;
}

interface Finding {
  outcome: "pass" | "fail" | "inconclusive";
  reason: string;
  toSettle?: string;
}

/** Rates and ratios are floats; a value this close to a limit counts as at the limit, not beyond. */
const EPSILON = 1e-9;
const CASES_SHOWN_PER_INVARIANT = 3;
const OUTCOME_ORDER = { fail: 0, inconclusive: 1, pass: 2 } as const;

/**
 * `fail` when any gate trips: a pass-rate drop that is significant (upper bound < 0) and beyond the
 * margin (mean drop > margin), an invariant break, cost or p50 latency above its limit, or an added
 * prompt under the minimum pass rate. `pass` when none trips and the pass rate is non-inferior
 * (lower bound ≥ −margin). `inconclusive` otherwise. An incomplete review never passes.
 */
export function decideVerdict(input: VerdictInput): VerdictDecision {
  if (input.nothingGraded) {
    const reason = "No sample could be graded: every call or judge failed (see the errors).";
    return { verdict: "inconclusive", reasons: [reason], nothingGraded: true };
  }
  const findings = [
    ...assessPassRate(input),
    ...assessInvariants(input.invariantBreaks),
    ...assessCost(input),
    ...assessLatency(input),
  ].sort((a, b) => OUTCOME_ORDER[a.outcome] - OUTCOME_ORDER[b.outcome]);
  const failed = findings.some((f) => f.outcome === "fail");
  let verdict: VerdictDecision["verdict"] = failed
    ? "fail"
    : findings.some((f) => f.outcome === "inconclusive")
      ? "inconclusive"
      : "pass";
  const reasons = findings.map((f) => f.reason);
  let toSettle = findings.find((f) => f.toSettle !== undefined)?.toSettle;
  if (input.incomplete) {
    if (verdict === "pass") verdict = "inconclusive";
    reasons.push(
      failed
        ? "The review is incomplete (some samples are missing); the failure above stands on the samples that ran."
        : "The review is incomplete (some samples are missing), so it cannot pass.",
    );
    toSettle ??= "A complete run (enough budget, no failed calls) would settle it.";
  }
  return verdict === "inconclusive" && toSettle !== undefined
    ? { verdict, reasons, toSettle }
    : { verdict, reasons };
}

function assessPassRate(input: VerdictInput): Finding[] {
  if (input.change === "deleted") {
    return [{ outcome: "pass", reason: "The prompt was deleted; there is nothing to evaluate." }];
  }
  if (input.change === "added") return assessAddedPassRate(input);
  const c = input.comparison;
  if (c === undefined || c.n === 0) {
    return [
      {
        outcome: "inconclusive",
        reason: "No test case ran on both versions, so the pass rates cannot be compared.",
        toSettle: `At least ${MIN_TRUSTED_CASES} cases that run on both versions would be needed.`,
      },
    ];
  }
  const { margin, confidence } = input.gate;
  const [low, high] = c.ci;
  const summary =
    `${describeMove(c)}, ${formatPercent(intervalLevel(confidence))} CI ` +
    `${formatSignedPoints(low)} to ${formatSignedPoints(high)} points`;
  const marginText = `the ${formatPoints(margin)}-point margin`;
  if (high < 0 && c.meanDiff < -margin - EPSILON) {
    return [{ outcome: "fail", reason: `${summary}: significant and beyond ${marginText}.` }];
  }
  if (low >= -margin - EPSILON) {
    return [{ outcome: "pass", reason: `${summary}: no drop beyond ${marginText}.` }];
  }
  const why =
    high < 0
      ? `a real drop, but not shown to exceed ${marginText}`
      : c.meanDiff < -margin
        ? `a drop beyond ${marginText}, but not significant with ${c.n} cases`
        : `too uncertain to rule out a drop beyond ${marginText}`;
  const few =
    c.n < MIN_TRUSTED_CASES ? ` Only ${c.n} ${c.n === 1 ? "case" : "cases"} ran on both versions.` : "";
  return [
    { outcome: "inconclusive", reason: `${summary}: ${why}.${few}`, toSettle: casesToSettle(c, input.gate) },
  ];
}

function assessAddedPassRate(input: VerdictInput): Finding[] {
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

function describeMove(c: PairedComparison): string {
  const rates = `(${formatPercent(c.basePassRate, 1)} → ${formatPercent(c.headPassRate, 1)})`;
  const points = Math.round(Math.abs(c.meanDiff) * 1000) / 10;
  if (points === 0) return `Pass rate unchanged ${rates}`;
  return `Pass rate ${c.meanDiff < 0 ? "fell" : "rose"} ${points.toFixed(1)} points ${rates}`;
}

function assessInvariants(breaks: VerdictInput["invariantBreaks"]): Finding[] {
  const casesByEvaluator = new Map<string, string[]>();
  for (const { evaluator, caseId } of breaks) {
    const cases = casesByEvaluator.get(evaluator) ?? [];
    if (!cases.includes(caseId)) cases.push(caseId);
    casesByEvaluator.set(evaluator, cases);
  }
  return [...casesByEvaluator].map(([evaluator, cases]) => {
    const shown = cases.slice(0, CASES_SHOWN_PER_INVARIANT).map(formatCaseId);
    const more = cases.length - shown.length;
    const list = more > 0 ? `${shown.join(", ")} and ${more} more` : shown.join(", ");
    const subject =
      cases.length === 1
        ? `${list} (passed on every base sample)`
        : `${list} (each passed on every base sample)`;
    return {
      outcome: "fail",
      reason: `Invariant evaluator \`${evaluator.replaceAll("`", "'")}\` failed on ${subject}.`,
    };
  });
}

function assessCost(input: VerdictInput): Finding[] {
  const limit = input.gate.maxCostIncrease;
  if (limit === null || input.change === "added" || input.change === "deleted") return [];
  const { base, head } = input.costPerCallUsd;
  const limitText = `the ${formatPercent(limit)} limit`;
  if (base === null || head === null) {
    const sides = base === null && head === null ? "both versions" : base === null ? "base" : "head";
    if (input.costUnknownReason) {
      const reason = `Cost per call is unknown on ${sides}: ${input.costUnknownReason}, so ${limitText} could not be checked.`;
      return [{ outcome: "inconclusive", reason }];
    }
    return [
      {
        outcome: "pass",
        reason: `Cost per call is unknown on ${sides} (no price for the model), so ${limitText} was not checked.`,
      },
    ];
  }
  if (base === 0) {
    if (head === 0) return [];
    return [
      { outcome: "fail", reason: `Cost per call rose from $0 to ${formatUsd(head)}, above ${limitText}.` },
    ];
  }
  const increase = head / base - 1;
  if (increase <= limit + EPSILON) return [];
  const what = `Cost per call ${formatSignedPercent(increase)} (${formatUsd(base)} → ${formatUsd(head)}), above ${limitText}`;
  if (input.costIncreaseSignificant === false) {
    return [
      {
        outcome: "inconclusive",
        reason: `${what}, but within the noise of this run: more cases or repeats would tell.`,
      },
    ];
  }
  return [{ outcome: "fail", reason: `${what}.` }];
}

function assessLatency(input: VerdictInput): Finding[] {
  const limit = input.gate.maxLatencyIncrease;
  if (limit === null || input.change === "added" || input.change === "deleted") return [];
  const { base, head } = input.latencyP50Ms;
  const limitText = `the ${formatPercent(limit)} limit`;
  if (base === null || head === null || base <= 0) {
    const what = base === null || head === null ? "is unknown on one version" : "of base is 0 ms";
    return [{ outcome: "pass", reason: `p50 latency ${what}, so ${limitText} was not checked.` }];
  }
  const increase = head / base - 1;
  if (increase <= limit + EPSILON) return [];
  const what = `p50 latency ${formatSignedPercent(increase)} (${formatMs(base)} → ${formatMs(head)}), above ${limitText}`;
  if (input.latencyIncreaseSignificant === false) {
    return [
      {
        outcome: "inconclusive",
        reason: `${what}, but within the noise of this run: more cases or repeats would tell.`,
      },
    ];
  }
  return [{ outcome: "fail", reason: `${what}.` }];
}

/** 0.95 → "95%", 0.975 → "97.5%"; `digits` fixes the decimals (0.9 → "90.0%"). */
function formatPercent(fraction: number, digits?: number): string {
  const value = fraction * 100;
  if (digits !== undefined) return `${value.toFixed(digits)}%`;
  return `${Math.round(value * 10) / 10}%`;
}

/** A rise or fall as a signed percent: whole numbers from 10% up, one decimal below. */
function formatSignedPercent(fraction: number): string {
  const value = fraction * 100;
  const rounded = Math.abs(value) >= 10 ? Math.round(value) : Math.round(value * 10) / 10;
  return `${rounded > 0 ? "+" : rounded < 0 ? "−" : ""}${Math.abs(rounded)}%`;
}

/** 0.05 → "5", 0.025 → "2.5". */
function formatPoints(fraction: number): string {
  return String(Math.round(fraction * 1000) / 10);
}

/** −0.351 → "−35.1", 0.038 → "+3.8", 0 → "0.0" (a true minus sign, as in print). */
function formatSignedPoints(fraction: number): string {
  const value = Math.round(fraction * 1000) / 10;
  const sign = value > 0 ? "+" : value < 0 ? "−" : "";
  return `${sign}${Math.abs(value).toFixed(1)}`;
}

/** Two significant digits below $1 (0.000123 → "$0.00012"), cents above. */
function formatUsd(usd: number): string {
  if (usd >= 1) return `$${usd.toFixed(2)}`;
  const decimals = Math.min(Math.max(1 - Math.floor(Math.log10(usd)), 2), 12);
  return `$${usd.toFixed(decimals)}`;
}

/** 1120.4 → "1,120 ms", grouped without locale data so output is the same everywhere. */
function formatMs(ms: number): string {
  return `${String(Math.round(ms)).replace(/\B(?=(\d{3})+(?!\d))/g, ",")} ms`;
}

/** Long ids (content hashes) are shortened; the report's case table shows them in full. */
function formatCaseId(id: string): string {
  return id.length > 12 ? `${id.slice(0, 8)}…` : id;
}

/**
 * Each bound is one-sided at `confidence` (two one-sided tests), so together they form a two-sided interval
 * at 2·confidence − 1: 0.95 → a 90% CI. Reports label it by that level.
 */
export function intervalLevel(confidence: number): number {
  return 2 * confidence - 1;
}
