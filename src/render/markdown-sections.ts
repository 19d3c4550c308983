// Markdown building blocks of one prompt's section: the base-vs-head table, cost estimate, reasons, warnings, errors.
import { formatDiagnostic } from "../core/diagnostics.js";
import { formatInt, plural } from "../core/format/count.js";
import { formatSignedUsd, formatUsd } from "../core/format/money.js";
import { changePct, formatChangePct, formatPassRate } from "../core/format/percent.js";
import { formatInterval, formatPoints } from "../core/format/points.js";
import { formatMs } from "../core/format/time.js";
import { intervalLevel } from "../core/gate/interval-level.js";
import type {
  CostEstimate,
  PromptEstimate,
  PromptReport,
  ReviewReport,
  VersionStats,
} from "../core/report/report.js";
import {
  escapeCell,
  escapeInline,
  escapeInlineWithCode,
  inlineCode,
  joinMd,
  md,
  type SafeMarkdown,
  trimText,
} from "./escape.js";

type Row = [label: SafeMarkdown, base: SafeMarkdown, head: SafeMarkdown, change: SafeMarkdown];

/** Text for a cell: figures and labels are escaped like any other text, so no value can break the row. */
const cell = (text: string): SafeMarkdown => (text === "" ? md`` : escapeCell(text));

function tableOf(header: SafeMarkdown[], rows: SafeMarkdown[][], align: SafeMarkdown[]): SafeMarkdown {
  const line = (cells: SafeMarkdown[]) => md`| ${joinMd(cells, " | ")} |`;
  return joinMd([line(header), line(align), ...rows.map(line)], "\n");
}

const cells = (...texts: string[]) => texts.map(cell);

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
  const rows: string[][] = [
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
      formatMs(base.latencyMs?.p50),
      formatMs(head.latencyMs?.p50),
      formatChangePct(d ? d.latencyP50Pct : latencyChange(base, head, "p50")),
    ],
    [
      "latency p95",
      formatMs(base.latencyMs?.p95),
      formatMs(head.latencyMs?.p95),
      formatChangePct(latencyChange(base, head, "p95")),
    ],
    ["tokens in / out per call", tokens(base), tokens(head), `${tokensIn} / ${tokensOut}`],
    ["samples", samples(base), samples(head), ""],
  );
  if (base.errors > 0 || head.errors > 0) {
    rows.push(["ungraded samples", formatInt(base.errors), formatInt(head.errors), ""]);
  }
  return rows.map((row) => cells(...row) as Row);
}

function headOnlyRows(head: VersionStats): SafeMarkdown[][] {
  const rows = [
    ["pass rate", formatPassRate(head)],
    ["cost per call", formatUsd(head.costPerCallUsd)],
    [
      "latency p50 / p95",
      head.latencyMs ? `${formatMs(head.latencyMs.p50)} / ${formatMs(head.latencyMs.p95)}` : "unknown",
    ],
    ["tokens in / out per call", tokens(head)],
    ["samples", samples(head)],
  ];
  if (head.errors > 0) rows.push(["ungraded samples", formatInt(head.errors)]);
  return rows.map((row) => cells(...row));
}

function latencyChange(base: VersionStats, head: VersionStats, which: "p50" | "p95"): number | null {
  return base.latencyMs && head.latencyMs ? changePct(base.latencyMs[which], head.latencyMs[which]) : null;
}

/** Why a latency reads `unknown`: said once under the table, so nobody takes it for a missing run. */
function latencyNote(...sides: VersionStats[]): SafeMarkdown {
  return sides.some((s) => s.latencyMs === null)
    ? md`\n\nLatency unknown: answers from the provider's Batch API have no per-call time, so they are left out of latency figures and the latency limit.`
    : md``;
}

/** The measured comparison: base vs head with deltas, or head alone for an added prompt; "" without stats. */
export function renderStatsTable(prompt: PromptReport, report: ReviewReport): SafeMarkdown {
  const { base, head } = prompt;
  if (base && head) {
    const rows = comparedRows(prompt, base, head, report.gate.confidence);
    const align = [md`---`, md`---:`, md`---:`, md`---:`];
    return md`${tableOf(cells("", "base", "head", "change"), rows, align)}${latencyNote(base, head)}`;
  }
  const only = head ?? base;
  if (!only) return md``;
  const table = tableOf(cells("", head ? "head" : "base"), headOnlyRows(only), [md`---`, md`---:`]);
  return md`${table}${latencyNote(only)}`;
}

function estimateCells(e: CostEstimate | undefined): SafeMarkdown[] {
  if (!e) return cells("—", "—", "—", "—");
  return [
    inlineCode(e.model, { inTable: true }),
    md`${e.tokenizer?.estimate ? md`≈ ` : md``}${cell(formatInt(e.inputTokensPerCall))}`,
    md`${cell(formatInt(e.outputTokensPerCall))} — ${escapeCell(e.outputAssumption)}`,
    cell(formatUsd(e.costPerCallUsd)),
  ];
}

/** The static estimate made before any call: tokens and price per call, and what the eval set would cost. */
export function renderEstimateTable(estimate: PromptEstimate): SafeMarkdown {
  const base = estimateCells(estimate.base);
  const head = estimateCells(estimate.head);
  const labels = ["model", "input tokens per call", "output tokens per call", "estimated cost per call"];
  const rows = labels.map((label, i) => [cell(label), base[i]!, head[i]!]);
  const table = tableOf(cells("", "base", "head"), rows, [md`---`, md`---:`, md`---:`]);
  const estimated = [estimate.base, estimate.head].find((e) => e?.tokenizer?.estimate);
  const tokenNote = estimated?.tokenizer
    ? md`\n\n≈ Input tokens of ${inlineCode(estimated.model)} are counted with OpenAI's ${inlineCode(estimated.tokenizer.encoding)} tokenizer: an estimate, not its vendor's own count.`
    : md``;
  const evalLine =
    estimate.evalCalls === 0
      ? md`No eval set to run.`
      : md`Eval set: at most ${escapeInline(plural(estimate.evalCalls, "call"))}, estimated cost ${escapeInline(formatUsd(estimate.evalCostUsd))}.${detectableNote(estimate)}`;
  return md`${table}${tokenNote}\n\n${evalLine}`;
}

function detectableNote(estimate: PromptEstimate): SafeMarkdown {
  const note = describeDetectable(estimate).trim();
  return note === "" ? md`` : md` ${escapeInline(note)}`;
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
export function renderReasons(prompt: PromptReport, maxReasons = 20): SafeMarkdown {
  if (prompt.reasons.length === 0) return md``;
  const shown = prompt.reasons
    .slice(0, maxReasons)
    .map((r) => md`- ${escapeInlineWithCode(trimText(r, 500))}`);
  const more = prompt.reasons.length - shown.length;
  if (more > 0) shown.push(md`- … and ${escapeInline(plural(more, "more reason"))}`);
  return joinMd(shown, "\n");
}

/** Warnings about the prompt file (ignored keys, reinterpreted rows), located as `file:line: field: message`. */
export function renderWarnings(prompt: PromptReport, maxWarnings = 20): SafeMarkdown {
  if (prompt.warnings.length === 0) return md``;
  const shown = prompt.warnings
    .slice(0, maxWarnings)
    .map((w) => md`- ${escapeInline(trimText(formatDiagnostic(w), 500))}`);
  const more = prompt.warnings.length - shown.length;
  if (more > 0) shown.push(md`- … and ${escapeInline(plural(more, "more warning"))}`);
  return md`**Warnings**\n\n${joinMd(shown, "\n")}`;
}

/** Errors that stopped (part of) the review, each with its file and line when known. */
export function renderErrors(report: ReviewReport, maxErrors = 20): SafeMarkdown {
  if (report.errors.length === 0) return md``;
  const items = report.errors.slice(0, maxErrors).map((e) => {
    const where = e.path ? `${e.path}${e.line !== undefined ? `:${e.line}` : ""}` : undefined;
    const message = escapeInline(trimText(e.message, 500));
    return where ? md`- ${inlineCode(where)}: ${message}` : md`- ${message}`;
  });
  const more = report.errors.length - items.length;
  if (more > 0) items.push(md`- … and ${escapeInline(plural(more, "more error"))}`);
  return md`### Errors\n\n${joinMd(items, "\n")}`;
}
