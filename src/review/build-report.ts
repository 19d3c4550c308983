// Assembles the JSON report (DESIGN.md contract) from the prepared prompts and, when run, their comparisons.
import { type Config, defaultConfig } from "../core/config/config-schema.js";
import type { Diagnostic, InputError } from "../core/diagnostics.js";
import { decideOverallVerdict } from "../core/gate/overall-verdict.js";
import type { CaseReport, PromptReport, ReviewReport } from "../core/report/report.js";
import type { PreparedPrompt } from "./prepare-prompt.js";
import type { PromptsRun } from "./run-prompts.js";
import { describeOfflineMisses, summarizeSampleErrors } from "./sample-errors.js";

export interface ReportContext {
  config: Config;
  dryRun: boolean;
  base: { ref: string; sha: string };
  head: { ref: string; sha: string };
  /** The model catalogue that priced the review (passed in: this module is on the Action's start-up path). */
  catalogue?: { name: string; version: string };
}

export function buildReport(
  context: ReportContext,
  prepared: PreparedPrompt[],
  run: PromptsRun | undefined,
): ReviewReport {
  const prompts = prepared.map((p) => buildPromptReport(p, run, context.dryRun));
  const errors: ReviewReport["errors"] = prepared.flatMap((p) => p.errors.map(toReportError));
  const stoppedBy = run?.stats.stoppedBy;
  if (stoppedBy) errors.push({ message: `Stopped by the budget: ${stoppedBy}. The review is incomplete.` });
  const refusedBy = run?.stats.refusedBy;
  if (refusedBy)
    errors.push({
      message: `Stopped: the provider refused a call, so no further calls were sent: ${refusedBy}`,
    });
  for (const prompt of prompts) errors.push(...promptSampleErrors(prompt));
  const incomplete =
    Boolean(stoppedBy) ||
    Boolean(refusedBy) ||
    prompts.some((p) => p.verdict === "error") ||
    [...(run?.comparisons.values() ?? [])].some((c) => c.incomplete);
  const stats = run?.stats;
  const { gate } = context.config;
  return {
    schemaVersion: 1,
    verdict: decideOverallVerdict({ prompts, dryRun: context.dryRun, incomplete }),
    incomplete,
    dryRun: context.dryRun,
    base: context.base,
    head: context.head,
    prompts,
    calls: {
      total: stats?.total ?? 0,
      cached: stats?.cached ?? 0,
      failed: stats?.failed ?? 0,
      retried: stats?.retried ?? 0,
    },
    costUsd: stats?.costUsd ?? 0,
    unpricedCalls: stats?.unpricedCalls ?? 0,
    errors,
    ...(context.catalogue ? { catalogue: context.catalogue } : {}),
    gate: {
      margin: gate.margin,
      confidence: gate.confidence,
      repeats: context.config.repeats,
      onInconclusive: gate.onInconclusive,
      falseFailRate: gate.falseFailRate,
      detect: gate.detect,
      maxCases: gate.maxCases,
    },
  };
}

/** Each case with the file and line of its row at head, so an annotation can point at it (datasets included). */
function locateCases(cases: CaseReport[], p: PreparedPrompt): CaseReport[] {
  const rows = new Map((p.plan?.cases ?? []).map((c) => [c.id, c.head?.testCase]));
  return cases.map((c) => {
    const row = rows.get(c.id);
    if (row?.line === undefined) return c;
    return { ...c, at: { file: row.source ?? p.change.file ?? p.change.path, line: row.line } };
  });
}

function buildPromptReport(p: PreparedPrompt, run: PromptsRun | undefined, dryRun: boolean): PromptReport {
  const comparison = run?.comparisons.get(p.change.path);
  const report: PromptReport = {
    path: p.change.path,
    ...(p.change.file ? { file: p.change.file } : {}),
    change: p.change.change,
    ...(p.change.previousPath ? { previousPath: p.change.previousPath } : {}),
    ...(p.change.changedDataFiles.length > 0 ? { changedDataFiles: p.change.changedDataFiles } : {}),
    verdict: comparison?.verdict ?? p.verdict ?? "skipped",
    reasons: comparison?.reasons ?? (p.runnable && dryRun ? ["Dry run: no model calls."] : p.reasons),
    diff: p.diff,
    ...(p.estimate ? { estimate: p.estimate } : {}),
    cases: locateCases(comparison?.cases ?? [], p),
    warnings: p.warnings,
  };
  if (p.change.changedDataFiles.length > 0) {
    report.reasons = [`Eval data changed: ${p.change.changedDataFiles.join(", ")}.`, ...report.reasons];
  }
  if (comparison?.base) report.base = comparison.base;
  if (comparison?.head) report.head = comparison.head;
  if (comparison?.delta) report.delta = comparison.delta;
  if (comparison?.toSettle) report.toSettle = comparison.toSettle;
  if (comparison?.sequential) report.sequential = comparison.sequential;
  return report;
}

/** Failed calls and judge errors of one prompt, once per distinct cause, so the cause is named up front. */
function promptSampleErrors(prompt: PromptReport): ReviewReport["errors"] {
  const sides = prompt.cases.map((c) => ({
    ...c,
    outputs: [...(c.base?.outputs ?? []), ...(c.head?.outputs ?? [])],
  }));
  const offline = describeOfflineMisses(sides);
  const messages = [...(offline ? [offline] : []), ...summarizeSampleErrors(sides.flatMap((c) => c.outputs))];
  return messages.map((message) => ({ path: prompt.path, message }));
}

/** The report of a review that could not start: no prompts, the located errors, `verdict: error`. */
export function buildErrorReport(error: InputError, refs: { base: string; head: string }): ReviewReport {
  const { gate, repeats } = defaultConfig;
  return {
    schemaVersion: 1,
    verdict: "error",
    incomplete: true,
    dryRun: false,
    base: { ref: refs.base, sha: "" },
    head: { ref: refs.head, sha: "" },
    prompts: [],
    calls: { total: 0, cached: 0, failed: 0, retried: 0 },
    costUsd: 0,
    errors: error.diagnostics.map(toReportError),
    gate: { margin: gate.margin, confidence: gate.confidence, repeats, onInconclusive: gate.onInconclusive },
  };
}

/** A located problem as the report lists it: the field joins the message, the position stays structured. */
function toReportError(d: Diagnostic): ReviewReport["errors"][number] {
  return {
    path: d.file,
    ...(d.line !== undefined ? { line: d.line } : {}),
    ...(d.line !== undefined && d.column !== undefined ? { column: d.column } : {}),
    message: d.field ? `${d.field}: ${d.message}` : d.message,
  };
}
