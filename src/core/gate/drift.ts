// Drift of one prompt on the default branch: today's answers against its recorded baseline, by the review's gate.
import { z } from "zod";
import type { GateConfig } from "../config/config-schema.js";
import { passRate } from "../grading/statistics.js";
import { GATE_POWER } from "./design.js";
import { type CaseEvidence, decideAtLook, type LookDecision } from "./sequential.js";

/** Runs kept per prompt for the chart: enough for months of a weekly monitor, small enough to read. */
export const MAX_HISTORY = 30;

const caseAnswersSchema = z.object({
  id: z.string(),
  passes: z.array(z.boolean()),
  outputs: z.array(z.string()),
});
export type CaseAnswers = z.infer<typeof caseAnswersSchema>;

const runPointSchema = z.object({
  at: z.string(),
  passRate: z.number(),
  costPerCallUsd: z.number().nullable(),
  // Null when the run's answers came from a Batch API batch: no per-call time was measured.
  latencyP50Ms: z.number().nullable(),
  status: z.string(),
});
export type RunPoint = z.infer<typeof runPointSchema>;

/** What the monitor keeps per prompt path: the baseline's answers (so the next run is paired) and a bounded history. */
export const monitorRecordSchema = z.object({
  schemaVersion: z.literal(1),
  path: z.string(),
  /** Git blob id of the prompt file the baseline answers belong to: a changed prompt starts a new baseline. */
  contentHash: z.string(),
  model: z.string(),
  /** The model snapshot(s) the provider reported for the baseline's answers (`response.model`). */
  snapshots: z.array(z.string()).default([]),
  baseline: z.array(caseAnswersSchema),
  /** A drift was reported and the prompt has not yet come back within the margin. */
  drifting: z.boolean(),
  history: z.array(runPointSchema),
});
export type MonitorRecord = z.infer<typeof monitorRecordSchema>;

/** One monitor run of one prompt, as measured today. */
export interface TodayRun {
  path: string;
  contentHash: string;
  model: string;
  snapshots: string[];
  at: string;
  cases: CaseAnswers[];
  passRate: number;
  costPerCallUsd: number | null;
  latencyP50Ms: number | null;
  /** Some samples are missing: such a run never becomes the baseline. */
  incomplete: boolean;
}

/**
 * `recorded`: no comparable baseline, today's run became it. `stable`: no significant decline.
 * `drift`: a significant decline beyond the margin. `recovered`: back within the margin after a drift.
 * `inconclusive`: neither shown; the baseline stays.
 */
export type DriftStatus = "recorded" | "stable" | "drift" | "recovered" | "inconclusive";

export interface DriftOutcome {
  status: DriftStatus;
  decision?: LookDecision;
  /** Cases that passed less often today than in the baseline, in baseline order. */
  regressed: { id: string; before: CaseAnswers; after: CaseAnswers }[];
  /** The provider's reported snapshots of the baseline's answers and of today's. */
  snapshots: { before: string[]; after: string[] };
  record: MonitorRecord;
}

/** Compares today's run with the record, as a review compares head with base, and says what to keep. */
export function decideDrift(
  record: MonitorRecord | undefined,
  today: TodayRun,
  gate: GateConfig,
): DriftOutcome {
  const snapshots = { before: record?.snapshots ?? [], after: today.snapshots };
  return { ...compare(record, today, gate), snapshots };
}

function compare(
  record: MonitorRecord | undefined,
  today: TodayRun,
  gate: GateConfig,
): Omit<DriftOutcome, "snapshots"> {
  const comparable =
    record !== undefined && record.contentHash === today.contentHash && record.baseline.length > 0;
  if (!comparable) {
    if (today.incomplete) return { status: "inconclusive", regressed: [], record: keep(record, today) };
    return { status: "recorded", regressed: [], record: rebase(record, today, false, "recorded") };
  }
  const byId = new Map(today.cases.map((c) => [c.id, c]));
  const evidence: CaseEvidence[] = record.baseline
    .filter((c) => byId.has(c.id))
    .map((c) => ({ caseId: c.id, base: c.passes, head: byId.get(c.id)!.passes }));
  const design = {
    looks: [Math.max(1, evidence.length)],
    falseFailRate: gate.falseFailRate,
    margin: gate.margin,
    detect: gate.detect,
    power: GATE_POWER,
  };
  const decision = decideAtLook(design, evidence, 0);
  const regressed = record.baseline.flatMap((before) => {
    const after = byId.get(before.id);
    return after && passRate(after.passes) < passRate(before.passes)
      ? [{ id: before.id, before, after }]
      : [];
  });
  if (decision.outcome === "fail") {
    return {
      status: "drift",
      decision,
      regressed,
      record: keep({ ...record, drifting: true }, today, "drift"),
    };
  }
  if (decision.outcome === "pass" && !today.incomplete) {
    const status = record.drifting ? "recovered" : "stable";
    return { status, decision, regressed, record: rebase(record, today, false, status) };
  }
  return { status: "inconclusive", decision, regressed, record: keep(record, today, "inconclusive") };
}

function point(today: TodayRun, status: string): RunPoint {
  const { at, passRate, costPerCallUsd, latencyP50Ms } = today;
  return { at, passRate, costPerCallUsd, latencyP50Ms, status };
}

function appendHistory(history: RunPoint[], p: RunPoint): RunPoint[] {
  return [...history, p].slice(-MAX_HISTORY);
}

/** Today's answers become the baseline; the history carries on (a changed prompt's history is its own). */
function rebase(
  record: MonitorRecord | undefined,
  today: TodayRun,
  drifting: boolean,
  status: string,
): MonitorRecord {
  const history = record && record.contentHash === today.contentHash ? record.history : [];
  return {
    schemaVersion: 1,
    path: today.path,
    contentHash: today.contentHash,
    model: today.model,
    snapshots: today.snapshots,
    baseline: today.cases,
    drifting,
    history: appendHistory(history, point(today, status)),
  };
}

/** The baseline stays (a declined or unsettled run is not the new normal); the run joins the history. */
function keep(record: MonitorRecord | undefined, today: TodayRun, status = "inconclusive"): MonitorRecord {
  if (record === undefined || record.contentHash !== today.contentHash) {
    return { ...rebase(undefined, today, false, status), baseline: [] };
  }
  return { ...record, history: appendHistory(record.history, point(today, status)) };
}
