// The CLI's dry-run summary: per changed prompt, what changed and what it does to the cost of every call.

import { formatInt, plural } from "../core/format/count.js";
import { formatUsd } from "../core/format/money.js";
import { changePct, formatChangePct } from "../core/format/percent.js";
import type { CostEstimate, PromptDiffReport, PromptReport, ReviewReport } from "../core/report/report.js";
import { describeFullReview } from "./dry-run-markdown.js";
import { trimText } from "./escape.js";
import { type Color, type PaintOptions, paintLine, type Segment } from "./terminal-text.js";
import { PLAIN_KIT } from "./text-kit.js";
import { describeError, sortPrompts } from "./verdict-text.js";

const CHANGE: Record<PromptReport["change"], [string, Color]> = {
  added: ["+ added   ", "green"],
  modified: ["~ modified", "yellow"],
  renamed: ["→ renamed ", "yellow"],
  deleted: ["- deleted ", "red"],
};

/** Plain text with `\n` line ends; no ANSI codes unless `options.color`. */
export function renderTerminalDryRun(report: ReviewReport, options: PaintOptions): string {
  const lines: Segment[][] = [];
  for (const prompt of sortPrompts(report.prompts)) lines.push(...promptLines(prompt));
  for (const e of report.errors) {
    const where = e.path ? `${e.path}${e.line !== undefined ? `:${e.line}` : ""}: ` : "";
    lines.push([{ text: "! error ", color: "red" }, { text: trimText(`${where}${e.message}`, 500) }]);
  }
  lines.push(totalLine(report));
  return `${lines.map((l) => paintLine(l, options.color, options.width)).join("\n")}\n`;
}

function promptLines(prompt: PromptReport): Segment[][] {
  const [label, color] = CHANGE[prompt.change];
  const from = prompt.previousPath ? ` (from ${prompt.previousPath})` : "";
  const lines: Segment[][] = [
    [
      { text: `${label} `, color },
      { text: `${prompt.path}${from}`, color: "bold" },
    ],
  ];
  const changes = describeChanges(prompt.diff);
  if (prompt.changedDataFiles?.length)
    changes.unshift(`eval data changed: ${prompt.changedDataFiles.join(", ")}`);
  if (changes.length > 0) lines.push([{ text: `    ${changes.join(" · ")}` }]);
  const cost = describeCost(prompt);
  if (cost) lines.push([{ text: `    ${cost}`, color: "dim" }]);
  if (prompt.verdict === "not_evaluable" || prompt.verdict === "error") {
    for (const reason of prompt.reasons) lines.push([{ text: `    ${reason}`, color: "yellow" }]);
  }
  for (const w of prompt.warnings.slice(0, 5)) {
    const where = `${w.file}${w.line !== undefined ? `:${w.line}` : ""}`;
    lines.push([
      { text: `    warning: ${where}: ${w.field ? `${w.field}: ` : ""}${w.message}`, color: "yellow" },
    ]);
  }
  return lines;
}

function describeChanges(diff: PromptDiffReport): string[] {
  const added = diff.unified.split("\n").filter((l) => l.startsWith("+") && !l.startsWith("+++")).length;
  const removed = diff.unified.split("\n").filter((l) => l.startsWith("-") && !l.startsWith("---")).length;
  const parts = [`+${added} −${removed} ${added + removed === 1 ? "line" : "lines"}`];
  if (diff.messages.length > 0) parts.push(`${plural(diff.messages.length, "message")} changed`);
  if (diff.modelChanged) parts.push(`model ${diff.modelChanged.from} → ${diff.modelChanged.to}`);
  for (const p of diff.parametersChanged) parts.push(`${p.name} ${show(p.from)} → ${show(p.to)}`);
  const format = diff.responseFormatChanged;
  if (format?.schemaChanged) parts.push(`response format ${format.to}, schema changed`);
  else if (format) parts.push(`response format ${format.from} → ${format.to}`);
  const list = (sign: string, names: string[]) => names.map((n) => `${sign}${n}`).join(" ");
  if (diff.variablesAdded.length + diff.variablesRemoved.length > 0) {
    parts.push(`variables ${list("+", diff.variablesAdded)} ${list("−", diff.variablesRemoved)}`.trim());
  }
  const edited = diff.casesEdited ?? 0;
  if (diff.casesAdded + diff.casesRemoved + edited > 0) {
    const note = edited > 0 ? `, ${formatInt(edited)} edited (graded with the base's values)` : "";
    parts.push(`test rows +${formatInt(diff.casesAdded)} −${formatInt(diff.casesRemoved)}${note}`);
  }
  if (diff.evaluatorsAdded.length + diff.evaluatorsRemoved.length > 0) {
    parts.push(`evaluators ${list("+", diff.evaluatorsAdded)} ${list("−", diff.evaluatorsRemoved)}`.trim());
  }
  return parts;
}

function show(value: unknown): string {
  return value === null || value === undefined ? "unset" : JSON.stringify(value);
}

function describeCost(prompt: PromptReport): string | undefined {
  const e = prompt.estimate;
  if (!e) return undefined;
  const { base, head } = e;
  const parts: string[] = [];
  if (base && head) {
    parts.push(
      `input tokens/call ${formatInt(base.inputTokensPerCall)} → ${formatInt(head.inputTokensPerCall)}${tokenNote(base, head)}`,
    );
    const pct =
      base.costPerCallUsd !== null && head.costPerCallUsd !== null
        ? formatChangePct(changePct(base.costPerCallUsd, head.costPerCallUsd))
        : "unknown";
    parts.push(
      `est. cost/call ${formatUsd(base.costPerCallUsd)} → ${formatUsd(head.costPerCallUsd)} (${pct})`,
    );
  } else {
    const only = head ?? base;
    if (only) {
      parts.push(`input tokens/call ${formatInt(only.inputTokensPerCall)}${tokenNote(only)}`);
      parts.push(`est. cost/call ${formatUsd(only.costPerCallUsd)}`);
    }
  }
  if (e.evalCalls > 0) parts.push(`eval set ≤ ${plural(e.evalCalls, "call")} ≈ ${formatUsd(e.evalCostUsd)}`);
  if (e.minDetectableDrop !== undefined && e.gatedCases !== undefined) {
    const drop = e.minDetectableDrop;
    parts.push(
      drop >= 1
        ? `${plural(e.gatedCases, "case")} detect no drop at 95% power`
        : `${plural(e.gatedCases, "case")} detect a drop ≥ ${Math.round(drop * 100)} pts`,
    );
  }
  return parts.join(" · ");
}

/** Counts made with another vendor's tokenizer say so: they are estimates of what the provider will bill. */
function tokenNote(...estimates: CostEstimate[]): string {
  const estimated = estimates.find((e) => e.tokenizer?.estimate);
  return estimated?.tokenizer ? ` (estimated with OpenAI's ${estimated.tokenizer.encoding})` : "";
}

/** The same total as the Markdown headline (`describeFullReview`), so the two never disagree. */
function totalLine(report: ReviewReport): Segment[] {
  if (report.verdict === "error") {
    return [
      { text: `promptgate: dry run could not run — ${describeError(report, PLAIN_KIT)}`, color: "red" },
    ];
  }
  if (report.prompts.length === 0)
    return [{ text: "promptgate: dry run — no prompt changes", color: "cyan" }];
  const full = describeFullReview(report);
  const text = `promptgate: dry run — ${plural(report.prompts.length, "prompt")} changed${full ? `; ${full}` : ""} (no model calls made)`;
  return [{ text, color: "cyan" }];
}
