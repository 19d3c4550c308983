import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  GATE_POWER,
  decideAtLook,
  passRate
} from "./chunk-RW2ZI6RW.js";
import {
  external_exports
} from "./chunk-6MRQXAYL.js";

// src/core/gate/drift.ts
var MAX_HISTORY = 30;
var caseAnswersSchema = external_exports.object({
  id: external_exports.string(),
  passes: external_exports.array(external_exports.boolean()),
  outputs: external_exports.array(external_exports.string())
});
var runPointSchema = external_exports.object({
  at: external_exports.string(),
  passRate: external_exports.number(),
  costPerCallUsd: external_exports.number().nullable(),
  // Null when the run's answers came from a Batch API batch: no per-call time was measured.
  latencyP50Ms: external_exports.number().nullable(),
  status: external_exports.string()
});
var monitorRecordSchema = external_exports.object({
  schemaVersion: external_exports.literal(1),
  path: external_exports.string(),
  /** Git blob id of the prompt file the baseline answers belong to: a changed prompt starts a new baseline. */
  contentHash: external_exports.string(),
  model: external_exports.string(),
  /** The model snapshot(s) the provider reported for the baseline's answers (`response.model`). */
  snapshots: external_exports.array(external_exports.string()).default([]),
  baseline: external_exports.array(caseAnswersSchema),
  /** A drift was reported and the prompt has not yet come back within the margin. */
  drifting: external_exports.boolean(),
  history: external_exports.array(runPointSchema)
});
function decideDrift(record, today, gate) {
  const snapshots = { before: record?.snapshots ?? [], after: today.snapshots };
  return { ...compare(record, today, gate), snapshots };
}
function compare(record, today, gate) {
  const comparable = record !== void 0 && record.contentHash === today.contentHash && record.baseline.length > 0;
  if (!comparable) {
    if (today.incomplete) return { status: "inconclusive", regressed: [], record: keep(record, today) };
    return { status: "recorded", regressed: [], record: rebase(record, today, false, "recorded") };
  }
  const byId = new Map(today.cases.map((c) => [c.id, c]));
  const evidence = record.baseline.filter((c) => byId.has(c.id)).map((c) => ({ caseId: c.id, base: c.passes, head: byId.get(c.id).passes }));
  const design = {
    looks: [Math.max(1, evidence.length)],
    falseFailRate: gate.falseFailRate,
    margin: gate.margin,
    detect: gate.detect,
    power: GATE_POWER
  };
  const decision = decideAtLook(design, evidence, 0);
  const regressed = record.baseline.flatMap((before) => {
    const after = byId.get(before.id);
    return after && passRate(after.passes) < passRate(before.passes) ? [{ id: before.id, before, after }] : [];
  });
  if (decision.outcome === "fail") {
    return {
      status: "drift",
      decision,
      regressed,
      record: keep({ ...record, drifting: true }, today, "drift")
    };
  }
  if (decision.outcome === "pass" && !today.incomplete) {
    const status = record.drifting ? "recovered" : "stable";
    return { status, decision, regressed, record: rebase(record, today, false, status) };
  }
  return { status: "inconclusive", decision, regressed, record: keep(record, today, "inconclusive") };
}
function point(today, status) {
  const { at, passRate: passRate2, costPerCallUsd, latencyP50Ms } = today;
  return { at, passRate: passRate2, costPerCallUsd, latencyP50Ms, status };
}
function appendHistory(history, p) {
  return [...history, p].slice(-MAX_HISTORY);
}
function rebase(record, today, drifting, status) {
  const history = record && record.contentHash === today.contentHash ? record.history : [];
  return {
    schemaVersion: 1,
    path: today.path,
    contentHash: today.contentHash,
    model: today.model,
    snapshots: today.snapshots,
    baseline: today.cases,
    drifting,
    history: appendHistory(history, point(today, status))
  };
}
function keep(record, today, status = "inconclusive") {
  if (record === void 0 || record.contentHash !== today.contentHash) {
    return { ...rebase(void 0, today, false, status), baseline: [] };
  }
  return { ...record, history: appendHistory(record.history, point(today, status)) };
}

export {
  monitorRecordSchema,
  decideDrift
};
