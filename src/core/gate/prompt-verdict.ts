// Decides one prompt's verdict from its sequential pass-rate decision, invariants, cost and latency, with reasons.
import type { GateConfig } from "../config/config-schema.js";
import { formatCaseId } from "../format/ids.js";
import { formatUsd } from "../format/money.js";
import { formatChangePct, formatPercent } from "../format/percent.js";
import type { ChangeKind } from "../report/report.js";
import type { LimitDecision } from "./limit-test.js";
import { assessPassRate, type PassRateEvidence, type PassRateFinding } from "./pass-rate-rule.js";

export interface VerdictInput {
  change: ChangeKind;
  gate: GateConfig;
  /** The sequential decision on the pass rates; absent for added and deleted prompts, and when nothing ran. */
  passRate?: PassRateEvidence;
  /** For added prompts, which have no base. */
  headPassRate?: number;
  /** Confirmed invariant breaks (invariant-evidence.ts): new on head, and reproduced when asked again. */
  invariantBreaks: { caseId: string; evaluator: string }[];
  /** Breaks seen once on head that did not reproduce: named, not failing. */
  unconfirmedBreaks?: { caseId: string; evaluator: string }[];
  costPerCallUsd: { base: number | null; head: number | null };
  /**
   * The cost limit tested on the mean cost per call over paired cases (limit-test.ts). Absent when no case has
   * a cost on both sides: the measured rise then decides.
   */
  costLimit?: LimitDecision;
  /** Why cost is unknown when the provider, not the price table, is the cause (e.g. it sent no token counts). */
  costUnknownReason?: string;
  /** The latency limit tested on the mean latency per call over paired cases; the mean rise is what is shown. */
  latencyLimit?: LimitDecision;
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

type Finding = PassRateFinding;

/** Rates and ratios are floats; a value this close to a limit counts as at the limit, not beyond. */
const EPSILON = 1e-9;
const CASES_SHOWN_PER_INVARIANT = 3;
const OUTCOME_ORDER = { fail: 0, inconclusive: 1, pass: 2 } as const;

/**
 * `fail` when any gate trips: a pass-rate drop that is significant and beyond the margin (pass-rate-rule.ts),
 * an invariant break, cost or p50 latency above its limit, or an added prompt under the minimum pass rate.
 * `pass` when none trips and a drop of `gate.detect` is ruled out. `inconclusive` otherwise. An incomplete
 * review never passes.
 */
export function decideVerdict(input: VerdictInput): VerdictDecision {
  if (input.nothingGraded) {
    const reason = "No sample could be graded: every call or judge failed (see the errors).";
    return { verdict: "inconclusive", reasons: [reason], nothingGraded: true };
  }
  const findings = [
    ...assessPassRate(input),
    ...assessInvariants(input.invariantBreaks),
    ...noteUnconfirmed(input.unconfirmedBreaks ?? []),
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
        ? `${list} (passed on every base sample, and the break reproduced)`
        : `${list} (each passed on every base sample, and the break reproduced)`;
    return {
      outcome: "fail",
      reason: `Invariant evaluator \`${evaluator.replaceAll("`", "'")}\` failed on ${subject}.`,
    };
  });
}

function noteUnconfirmed(breaks: { caseId: string; evaluator: string }[]): Finding[] {
  if (breaks.length === 0) return [];
  const names = [...new Set(breaks.map((b) => `\`${b.evaluator.replaceAll("`", "'")}\``))].join(", ");
  const cases = breaks.length === 1 ? "1 case" : `${breaks.length} cases`;
  return [
    {
      outcome: "pass",
      reason: `Invariant ${names} broke once on ${cases} but not when asked again: treated as chance.`,
    },
  ];
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
      {
        outcome: "fail",
        reason: `Cost per call rose from ${formatUsd(0)} to ${formatUsd(head)}, above ${limitText}.`,
      },
    ];
  }
  const what = (rise: number) =>
    `Mean cost per call ${formatChangePct(rise * 100)} (${formatUsd(base)} → ${formatUsd(head)})`;
  return assessLimit(input.costLimit, limit, head / base - 1, what);
}

function assessLatency(input: VerdictInput): Finding[] {
  const limit = input.gate.maxLatencyIncrease;
  if (limit === null || input.change === "added" || input.change === "deleted") return [];
  const decision = input.latencyLimit;
  if (decision === undefined || decision.cases < 2) {
    const reason = `Mean latency per call could not be compared on two or more cases, so the ${formatPercent(limit)} limit was not checked.`;
    return [{ outcome: "pass", reason }];
  }
  return assessLimit(
    decision,
    limit,
    decision.rise,
    (rise) => `Mean latency per call ${formatChangePct(rise * 100)}`,
  );
}

/**
 * A rise within the limit passes. Above it, the limit test decides (limit-test.ts): `fail` only when the data
 * show the rise is above the limit at the false-fail rate; otherwise the rise is in this run's noise and the
 * finding is inconclusive. Without a test (no paired cases) the rise measured decides.
 */
function assessLimit(
  decision: LimitDecision | undefined,
  limit: number,
  measured: number,
  describe: (rise: number) => string,
): Finding[] {
  const rise = decision?.rise ?? measured;
  if (rise <= limit + EPSILON) return [];
  const limitText = `the ${formatPercent(limit)} limit`;
  if (decision === undefined) return [{ outcome: "fail", reason: `${describe(rise)}, above ${limitText}.` }];
  if (decision.outcome === "fail") {
    const atLeast = formatChangePct(decision.riseLowerBound * 100);
    return [{ outcome: "fail", reason: `${describe(rise)}, at least ${atLeast}: above ${limitText}.` }];
  }
  return [
    {
      outcome: "inconclusive",
      reason: `${describe(rise)}, above ${limitText} in this run but not shown to exceed it: more cases would tell.`,
    },
  ];
}
