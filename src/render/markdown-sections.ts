// Markdown building blocks of one prompt's section: the base-vs-head table, cost estimate, reasons, warnings, errors.
import { formatDiagnostic } from "../core/diagnostics.js";
import { intervalLevel } from "../core/gate/prompt-verdict.js";
import type {
  CostEstimate,
  PromptEstimate,
  PromptReport,
  ReviewReport,
  VersionStats,
} from "../core/report.js";
import { escapeCell, escapeInline, escapeInlineWithCode, inlineCode, trimText } from "./escape.js";
import {
  changePct,
  formatChangePct,
  formatInt,
  formatInterval,
  formatMs,
  formatPassRate,
  formatPoints,
  formatSignedUsd,
  formatUsd,
  plural,
} from "./format.js";

type Row = [label: string, base: string, head: string, change: string];

function tableOf(header: string[], rows: string[][], align: string[]): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(align), ...rows.map(line)].join("\n");
}

function tokens(stats: VersionStats): string {
  return `${formatInt(stats.tokens.inputPerCall)} / ${formatInt(stats.tokens.outputPerCall)}`;
}

function samples(stats: VersionStats): string {
  return `${formatInt(stats.samples)} (${plural(stats.cases, "case")})`;
}

/** The pass-rate change, or why there is none: a version without a graded sample has no pass rate. */
function passChange(prompt: PromptReport, base: VersionStats, head: VersionStats, level: number): string {
  if (base.samples === 0 || head.samples === 0) return "no graded sample";
  const d = prompt.delta;
  if (!d) return formatPoints(head.passRate - base.passRate);
  return `${formatPoints(d.passRate)} (${level}% CI ${formatInterval(d.passRateCI)})`;
}

function comparedRows(
  prompt: PromptReport,
  base: VersionStats,
  head: VersionStats,
  confidence: number,
): Row[] {
  const d = prompt.delta;
  const level = Math.round(intervalLevel(confidence) * 100);
  const costPct =
    d?.costPerCallPct !== undefined
      ? d.costPerCallPct
      : base.costPerCallUsd !== null && head.costPerCallUsd !== null
        ? changePct(base.costPerCallUsd, head.costPerCallUsd)
        : null;
  const tokensIn = formatChangePct(changePct(base.tokens.inputPerCall, head.tokens.inputPerCall));
  const tokensOut = formatChangePct(changePct(base.tokens.outputPerCall, head.tokens.outputPerCall));
  const rows: Row[] = [
    ["pass rate", formatPassRate(base), formatPassRate(head), passChange(prompt, base, head, level)],
    [
      "cost per call",
      formatUsd(base.costPerCallUsd),
      formatUsd(head.costPerCallUsd),
      formatChangePct(costPct),
    ],
  ];
  if (d && d.monthlyCostUsd !== null)
    rows.push(["projected monthly cost", "", "", formatSignedUsd(d.monthlyCostUsd)]);
  rows.push(
    [
      "latency p50",
      formatMs(base.latencyMs.p50),
      formatMs(head.latencyMs.p50),
      formatChangePct(d ? d.latencyP50Pct : changePct(base.latencyMs.p50, head.latencyMs.p50)),
    ],
    [
      "latency p95",
      formatMs(base.latencyMs.p95),
      formatMs(head.latencyMs.p95),
      formatChangePct(changePct(base.latencyMs.p95, head.latencyMs.p95)),
    ],
    ["tokens in / out per call", tokens(base), tokens(head), `${tokensIn} / ${tokensOut}`],
    ["samples", samples(base), samples(head), ""],
  );
  if (base.errors > 0 || head.errors > 0) {
    rows.push(["ungraded samples", formatInt(base.errors), formatInt(head.errors), ""]);
  }
  return rows;
}

function headOnlyRows(head: VersionStats): string[][] {
  const rows = [
    ["pass rate", formatPassRate(head)],
    ["cost per call", formatUsd(head.costPerCallUsd)],
    ["latency p50 / p95", `${formatMs(head.latencyMs.p50)} / ${formatMs(head.latencyMs.p95)}`],
    ["tokens in / out per call", tokens(head)],
    ["samples", samples(head)],
  ];
  if (head.errors > 0) rows.push(["ungraded samples", formatInt(head.errors)]);
  return rows;
}

/** The measured comparison: base vs head with deltas, or head alone for an added prompt; "" without stats. */
export function renderStatsTable(prompt: PromptReport, report: ReviewReport): string {
  const { base, head } = prompt;
  if (base && head) {
    const rows = comparedRows(prompt, base, head, report.gate.confidence);
    return tableOf(["", "base", "head", "change"], rows, ["---", "---:", "---:", "---:"]);
  }
  const only = head ?? base;
  if (!only) return "";
  return tableOf(["", head ? "head" : "base"], headOnlyRows(only), ["---", "---:"]);
}

function estimateCells(e: CostEstimate | undefined): [string, string, string, string] {
  if (!e) return ["—", "—", "—", "—"];
  return [
    inlineCode(e.model, { inTable: true }),
    formatInt(e.inputTokensPerCall),
    `${formatInt(e.outputTokensPerCall)} — ${escapeCell(e.outputAssumption)}`,
    formatUsd(e.costPerCallUsd),
  ];
}

/** The static estimate made before any call: tokens and price per call, and what the eval set would cost. */
export function renderEstimateTable(estimate: PromptEstimate): string {
  const base = estimateCells(estimate.base);
  const head = estimateCells(estimate.head);
  const labels = ["model", "input tokens per call", "output tokens per call", "estimated cost per call"];
  const rows = labels.map((label, i) => [label, base[i]!, head[i]!]);
  const table = tableOf(["", "base", "head"], rows, ["---", "---:", "---:"]);
  const evalLine =
    estimate.evalCalls === 0
      ? "No eval set to run."
      : `Eval set: at most ${plural(estimate.evalCalls, "call")}, estimated cost ${formatUsd(estimate.evalCostUsd)}.${describeDetectable(estimate)}`;
  return `${table}\n\n${evalLine}`;
}

/** The smallest drop the eval set can detect, said before anything is spent. */
export function describeDetectable(estimate: PromptEstimate): string {
  const { minDetectableDrop: drop, gatedCases } = estimate;
  if (drop === undefined || gatedCases === undefined) return "";
  const rows = `This eval set (${plural(gatedCases, "case")})`;
  if (drop >= 1) return ` ${rows} is too small to detect any pass-rate drop with 95% power; add rows.`;
  return ` ${rows} can detect a pass-rate drop of ≥ ${Math.round(drop * 100)} points; add rows to see smaller ones.`;
}

/** Why the verdict is what it is, as a bullet list. */
export function renderReasons(prompt: PromptReport, maxReasons = 20): string {
  if (prompt.reasons.length === 0) return "";
  const shown = prompt.reasons.slice(0, maxReasons).map((r) => `- ${escapeInlineWithCode(trimText(r, 500))}`);
  const more = prompt.reasons.length - shown.length;
  if (more > 0) shown.push(`- … and ${plural(more, "more reason")}`);
  return shown.join("\n");
}

/** Warnings about the prompt file (ignored keys, reinterpreted rows), located as `file:line: field: message`. */
export function renderWarnings(prompt: PromptReport, maxWarnings = 20): string {
  if (prompt.warnings.length === 0) return "";
  const shown = prompt.warnings
    .slice(0, maxWarnings)
    .map((w) => `- ${escapeInline(trimText(formatDiagnostic(w), 500))}`);
  const more = prompt.warnings.length - shown.length;
  if (more > 0) shown.push(`- … and ${plural(more, "more warning")}`);
  return `**Warnings**\n\n${shown.join("\n")}`;
}

/** Errors that stopped (part of) the review, each with its file and line when known. */
export function renderErrors(report: ReviewReport, maxErrors = 20): string {
  if (report.errors.length === 0) return "";
  const items = report.errors.slice(0, maxErrors).map((e) => {
    const where = e.path ? `${e.path}${e.line !== undefined ? `:${e.line}` : ""}` : undefined;
    const message = escapeInline(trimText(e.message, 500));
    return where ? `- ${inlineCode(where)}: ${message}` : `- ${message}`;
  });
  const more = report.errors.length - items.length;
  if (more > 0) items.push(`- … and ${plural(more, "more error")}`);
  return `### Errors\n\n${items.join("\n")}`;
}
