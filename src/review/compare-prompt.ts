// Compares base and head runs of one prompt: paired statistics, per-case changes, verdict and deltas.

import type { Config } from "../core/config/config-schema.js";
import { classifyCase } from "../core/diff/case-change.js";
import { changePct } from "../core/format/percent.js";
import { summarizePassRates } from "../core/gate/design.js";
import { decideInvariantBreaks, type InvariantDecision } from "../core/gate/invariant-evidence.js";
import { decideAgainstLimit, type LimitDecision } from "../core/gate/limit-test.js";
import { decideVerdict } from "../core/gate/prompt-verdict.js";
import type { LookDecision } from "../core/gate/sequential.js";
import { mean } from "../core/grading/statistics.js";
import { describeCaseRow, isHashedCaseId } from "../core/prompt-file/case-id.js";
import type {
  CaseReport,
  ChangeKind,
  Delta,
  SampleOutput,
  SequentialReport,
  VersionStats,
} from "../core/report/report.js";
import type { CaseRun, SampleResult } from "./execute-plans.js";
import { observeInvariants } from "./invariant-checks.js";
import { buildCaseEvidence, type PromptRun } from "./run-looks.js";
import { buildVersionStats, gradedSamples } from "./version-stats.js";

const DAYS_PER_MONTH = 30;

export interface PromptComparison {
  verdict: "pass" | "fail" | "inconclusive";
  reasons: string[];
  toSettle?: string;
  base?: VersionStats;
  head?: VersionStats;
  delta?: Delta;
  sequential?: SequentialReport;
  cases: CaseReport[];
  incomplete: boolean;
}

export function comparePrompt(
  path: string,
  change: ChangeKind,
  run: PromptRun,
  config: Config,
  ungatedEvaluators: string[] = [],
): PromptComparison {
  const { runs } = run;
  // The table shows what the verdict is about: the gated rows (the base's eval set).
  const gatedRuns = runs.filter((r) => r.planned.gated);
  const base = buildVersionStats(gatedRuns, "base");
  const head = buildVersionStats(gatedRuns, "head");
  const incomplete = (base?.errors ?? 0) + (head?.errors ?? 0) > 0;
  const evidence = buildCaseEvidence(runs);
  const summary = summarizePassRates(evidence, config.gate.confidence);
  const decision = run.looks.at(-1);
  const passRate =
    change === "added" || decision === undefined || summary.n === 0
      ? undefined
      : { decision, summary, totalCases: run.totalCases };
  const verdict = decideVerdict({
    change,
    gate: config.gate,
    passRate,
    headPassRate: head?.passRate,
    ...describeInvariants(run.invariants ?? decideInvariantBreaks(observeInvariants(gatedRuns)), gatedRuns),
    costPerCallUsd: { base: base?.costPerCallUsd ?? null, head: head?.costPerCallUsd ?? null },
    ...(runs.some((r) => [...r.base, ...r.head].some((x) => x?.response?.usageMissing))
      ? { costUnknownReason: "the provider sent no token counts (usage) with some answers" }
      : {}),
    ...limitDecisions(runs, config),
    incomplete,
    // Nothing graded on either side: the statistics have nothing to say, the errors do.
    nothingGraded: (base?.samples ?? 0) === 0 && (head?.samples ?? 0) === 0 && incomplete,
    casesEvaluated: change === "added" ? (head?.cases ?? 0) : summary.n,
  });
  const delta =
    base && head && passRate
      ? buildDelta(base, head, summary.meanDiff, summary.ci, config.traffic[path]?.callsPerDay)
      : undefined;
  const nothingGraded = verdict.nothingGraded === true;
  return {
    verdict: verdict.verdict,
    reasons: nothingGraded
      ? verdict.reasons
      : [...verdict.reasons, ...describeUngated(runs, ungatedEvaluators), ...describeAllFailing(base, head)],
    ...(verdict.toSettle ? { toSettle: verdict.toSettle } : {}),
    base,
    head,
    ...(nothingGraded ? {} : { delta }),
    ...(run.design && decision ? { sequential: buildSequentialReport(run, decision) } : {}),
    cases: buildCaseReports(runs),
    incomplete,
  };
}

/** Why the looks ended: the gate decided, the plan ran out, or the run stopped sending calls (budget, refusal). */
const STOPPED_BECAUSE = {
  fail: "fail",
  pass: "pass",
  inconclusive: "last-look",
  continue: "stopped",
} as const satisfies Record<LookDecision["outcome"], SequentialReport["stoppedBecause"]>;

/** What the report says about the looks: the plan, how many were used, and why the review stopped. */
function buildSequentialReport(run: PromptRun, decision: LookDecision): SequentialReport {
  return {
    plannedLooks: run.design!.looks,
    looksUsed: run.looks.length,
    cases: decision.cases,
    totalCases: run.totalCases,
    stoppedBecause: STOPPED_BECAUSE[decision.outcome],
    pValue: decision.pValue,
    minDetectableDrop: decision.minDetectableDrop,
    ...(decision.casesNeeded !== undefined ? { casesNeeded: decision.casesNeeded } : {}),
  };
}

function buildDelta(
  base: VersionStats,
  head: VersionStats,
  meanDiff: number,
  ci: [number, number],
  callsPerDay: number | undefined,
): Delta {
  const bothPriced = base.costPerCallUsd !== null && head.costPerCallUsd !== null;
  return {
    passRate: meanDiff,
    passRateCI: ci,
    costPerCallPct: bothPriced ? roundedChangePct(base.costPerCallUsd!, head.costPerCallUsd!) : null,
    latencyP50Pct:
      base.latencyMs && head.latencyMs
        ? (roundedChangePct(base.latencyMs.p50, head.latencyMs.p50) ?? 0)
        : null,
    monthlyCostUsd:
      bothPriced && callsPerDay !== undefined
        ? (head.costPerCallUsd! - base.costPerCallUsd!) * callsPerDay * DAYS_PER_MONTH
        : null,
  };
}

/** The report stores a percent change rounded to 0.1; null when the base is zero (no meaningful ratio). */
function roundedChangePct(from: number, to: number): number | null {
  const pct = changePct(from, to);
  return pct === null ? null : Math.round(pct * 10) / 10;
}

/** Confirmed breaks fail the prompt; breaks that did not reproduce are named as chance. Rows read as in the table. */
function describeInvariants(decision: InvariantDecision, runs: CaseRun[]) {
  const byId = new Map(runs.map((r) => [r.planned.id, r.planned]));
  const named = (breaks: InvariantDecision["confirmed"]) =>
    breaks.map((b) => {
      const planned = byId.get(b.caseId);
      return { caseId: planned ? describeRowForReason(planned) : b.caseId, evaluator: b.evaluator };
    });
  return { invariantBreaks: named(decision.confirmed), unconfirmedBreaks: named(decision.unconfirmed) };
}

/** Every case's report, in row order: they ran in the seeded order. */
function buildCaseReports(runs: CaseRun[]): CaseReport[] {
  return runs
    .map((r) =>
      buildCaseReport(r, {
        base: gradedSamples(r.base).map((s) => s.pass),
        head: gradedSamples(r.head).map((s) => s.pass),
      }),
    )
    .sort((a, b) => a.index - b.index || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function buildCaseReport(run: CaseRun, samples: { base: boolean[]; head: boolean[] }): CaseReport {
  const side = (results: SampleResult[], passes: boolean[]) =>
    results.length === 0
      ? undefined
      : {
          passRate: passes.length === 0 ? 0 : passes.filter(Boolean).length / passes.length,
          outputs: results.map(toSampleOutput),
        };
  return {
    id: run.planned.id,
    index: run.planned.index,
    vars: run.planned.vars,
    change: classifyCase(samples.base, samples.head),
    ...(run.planned.gated ? {} : { informational: true }),
    ...(run.planned.base ? { base: side(run.base, samples.base) } : {}),
    ...(run.planned.head ? { head: side(run.head, samples.head) } : {}),
  };
}

export function toSampleOutput(sample: SampleResult): SampleOutput {
  return {
    output: sample.output,
    pass: sample.pass,
    failed: (sample.grade?.results ?? [])
      .filter((r) => !r.pass)
      .map((r) => ({ evaluator: r.evaluator, reason: r.error ?? r.reason })),
    ...(sample.error ? { error: sample.error } : {}),
    ...(sample.notRun ? { notRun: true } : {}),
  };
}

/** Says what of the head's eval set is not gated yet, so a reviewer sees the gate is the base's. */
function describeUngated(runs: CaseRun[], ungatedEvaluators: string[]): string[] {
  const reasons: string[] = [];
  const rows = runs.filter((r) => !r.planned.gated).length;
  if (rows > 0) {
    const what = rows === 1 ? "1 test row" : `${rows} test rows`;
    reasons.push(
      `This change adds ${what}: run on both versions and reported below, not part of the verdict until merged.`,
    );
  }
  if (ungatedEvaluators.length > 0) {
    const names = ungatedEvaluators.map((n) => `\`${n}\``).join(", ");
    const what = ungatedEvaluators.length === 1 ? `evaluator ${names}` : `evaluators ${names}`;
    reasons.push(
      `This change adds or redefines ${what}: it takes effect once merged; this review grades with the base's evaluators.`,
    );
  }
  return reasons;
}

/** Nothing passes on either version: the comparison says little, and the eval set itself may be broken. */
function describeAllFailing(base?: VersionStats, head?: VersionStats): string[] {
  if (!base || !head || base.samples === 0 || head.samples === 0) return [];
  if (base.passRate > 0 || head.passRate > 0) return [];
  return [
    "No sample passes on either version: check the evaluators and test data before trusting this verdict.",
  ];
}

/** The cost and latency limits tested on the mean per call over the gated cases measured on both versions. */
function limitDecisions(
  runs: CaseRun[],
  config: Config,
): { costLimit?: LimitDecision; latencyLimit?: LimitDecision } {
  const { maxCostIncrease, maxLatencyIncrease, falseFailRate } = config.gate;
  const cost = pairPerCase(runs, (s) => s.costUsd);
  // A case without a measured latency on a side (Batch API answers) is not paired: no pairs, no latency test.
  const latency = pairPerCase(runs, (s) =>
    s.response && !s.response.latencyMissing ? s.response.latencyMs : null,
  );
  return {
    ...(maxCostIncrease !== null && cost.length > 0
      ? { costLimit: decideAgainstLimit(cost, maxCostIncrease, falseFailRate, "cost") }
      : {}),
    ...(maxLatencyIncrease !== null && latency.length > 0
      ? { latencyLimit: decideAgainstLimit(latency, maxLatencyIncrease, falseFailRate, "latency") }
      : {}),
  };
}

/** Per gated case, the mean of a per-call figure on each version (cases with a value on both sides). */
function pairPerCase(
  runs: CaseRun[],
  value: (s: SampleResult) => number | null,
): { base: number; head: number }[] {
  const meanOf = (samples: SampleResult[]) => {
    const values = samples.map(value).filter((v): v is number => v !== null);
    return values.length === 0 ? null : mean(values);
  };
  const pairs: { base: number; head: number }[] = [];
  for (const run of runs) {
    if (!run.planned.gated) continue;
    const base = meanOf(run.base);
    const head = meanOf(run.head);
    if (base !== null && head !== null) pairs.push({ base, head });
  }
  return pairs;
}

/** Reasons quote a row's own id, so it reads as a name and not as a word of the sentence. */
function describeRowForReason(c: { id: string; index: number }): string {
  return isHashedCaseId(c.id) ? describeCaseRow(c) : `row "${c.id}"`;
}
