// The CLI's end-of-run summary: one line per prompt, regressed cases and reasons, totals, the overall verdict.

import { formatInt, plural } from "../core/format/count.js";
import { formatSignedUsd, formatSpent, formatUsd } from "../core/format/money.js";
import { formatChangePct, formatPassRate } from "../core/format/percent.js";
import { formatInterval, formatPoints } from "../core/format/points.js";
import { intervalLevel } from "../core/gate/interval-level.js";
import { describeCaseRow } from "../core/prompt-file/case-id.js";
import type { PromptReport, PromptVerdict, ReviewReport, Verdict } from "../core/report/report.js";
import { trimText } from "./escape.js";
import { listCaseGroup } from "./markdown-cases.js";
import { type Color, type PaintOptions, paintLine, type Segment } from "./terminal-text.js";
import { PLAIN_KIT } from "./text-kit.js";
import {
  buildVerdictLabel,
  describeIncomplete,
  describeLooks,
  describeReport,
  PROMPT_LABEL,
  sortPrompts,
} from "./verdict-text.js";

const SYMBOL: Record<PromptVerdict, [string, Color]> = {
  pass: ["✓", "green"],
  fail: ["✗", "red"],
  inconclusive: ["?", "yellow"],
  skipped: ["-", "dim"],
  error: ["!", "red"],
  not_evaluable: ["·", "dim"],
};

function statsSegments(prompt: PromptReport, report: ReviewReport): Segment[] {
  const { base, head, delta } = prompt;
  if (prompt.change === "deleted") return [{ text: "deleted, not run", color: "dim" }];
  if (base && head && delta) {
    const level = Math.round(intervalLevel(report.gate.confidence) * 100);
    return [
      { text: `pass ${formatPassRate(base)} → ${formatPassRate(head)} ` },
      {
        text: `(${formatPoints(delta.passRate)}, ${level}% CI ${formatInterval(delta.passRateCI)})`,
        color: "dim",
      },
      {
        text: `  cost/call ${formatChangePct(delta.costPerCallPct)}${
          delta.monthlyCostUsd !== null ? ` (${formatSignedUsd(delta.monthlyCostUsd)}/month)` : ""
        }  p50 ${formatChangePct(delta.latencyP50Pct)}`,
      },
    ];
  }
  if (base && head) return [{ text: `pass ${formatPassRate(base)} → ${formatPassRate(head)}` }];
  if (head)
    return [
      { text: `pass ${formatPassRate(head)} (head only)  cost/call ${formatUsd(head.costPerCallUsd)}` },
    ];
  const estimate = prompt.estimate?.head ?? prompt.estimate?.base;
  if (estimate) return [{ text: `est. ${formatUsd(estimate.costPerCallUsd)}/call`, color: "dim" }];
  return [];
}

function promptLines(prompt: PromptReport, report: ReviewReport): Segment[][] {
  const [symbol, color] = SYMBOL[prompt.verdict];
  const lines: Segment[][] = [
    [
      { text: `${symbol} `, color },
      { text: `${PROMPT_LABEL[prompt.verdict].padEnd(14)} `, color },
      { text: prompt.path, color: "bold" },
      ...statsSegments(prompt, report).map((seg, i) => (i === 0 ? { ...seg, text: `  ${seg.text}` } : seg)),
    ],
  ];
  const regressed = listCaseGroup(prompt, "regressed");
  if (regressed.length > 0) {
    const ids = regressed.slice(0, 8).map(describeCaseRow);
    const more = regressed.length > ids.length ? ` (+${regressed.length - ids.length} more)` : "";
    lines.push([{ text: "    regressed: ", color: "red" }, { text: `${ids.join(", ")}${more}` }]);
  }
  const added = listCaseGroup(prompt, "added");
  if (added.length > 0) {
    const failing = added.filter((c) => (c.head?.passRate ?? 1) < 1).length;
    const text = `    ${plural(added.length, "row")} added by this change, not gated (${formatInt(failing)} failing)`;
    lines.push([{ text, color: "dim" }]);
  }
  for (const reason of prompt.reasons.slice(0, 5))
    lines.push([{ text: `    · ${trimText(reason, 300)}`, color: "dim" }]);
  if (prompt.verdict === "inconclusive" && prompt.toSettle) {
    lines.push([{ text: `    to settle it: ${prompt.toSettle}`, color: "yellow" }]);
  }
  const looks = describeLooks(prompt);
  if (looks) lines.push([{ text: `    rows asked: ${looks}`, color: "dim" }]);
  for (const { vendor, url } of prompt.experiments ?? [])
    lines.push([
      { text: `    compare in ${vendor}: `, color: "dim" },
      { text: url, whole: true },
    ]);
  return lines;
}

const OVERALL_COLOR: Record<Verdict, Color> = {
  pass: "green",
  fail: "red",
  inconclusive: "yellow",
  skipped: "dim",
  error: "red",
};

function totalsLine(report: ReviewReport): Segment[] {
  const { total, cached, failed, retried } = report.calls;
  const calls = `calls ${formatInt(total)} (${formatInt(cached)} cached, ${formatInt(failed)} failed, ${formatInt(retried)} retried)`;
  const incomplete = report.incomplete ? ` · incomplete: ${describeIncomplete(report)}` : "";
  return [
    {
      text: `${calls} · spent ${formatSpent(report.costUsd, report.unpricedCalls)}${incomplete}`,
      color: "dim",
    },
  ];
}

function overallLine(report: ReviewReport): Segment[] {
  if (report.dryRun && report.verdict !== "error") {
    const changed = plural(report.prompts.length, "prompt");
    return [{ text: `- promptgate: dry run — ${changed} changed, no model calls made`, color: "cyan" }];
  }
  const incomplete = report.incomplete ? ` (incomplete: ${describeIncomplete(report)})` : "";
  const text = `${SYMBOL[report.verdict][0]} promptgate: ${buildVerdictLabel(report)} — ${describeReport(report, PLAIN_KIT)}${incomplete}`;
  return [{ text, color: OVERALL_COLOR[report.verdict] }];
}

/** Plain text with `\n` line ends; no ANSI codes unless `options.color`. */
export function renderTerminalSummary(report: ReviewReport, options: PaintOptions): string {
  const lines: Segment[][] = sortPrompts(report.prompts).flatMap((p) => promptLines(p, report));
  for (const e of report.errors) {
    const where = e.path ? `${e.path}${e.line !== undefined ? `:${e.line}` : ""}: ` : "";
    lines.push([{ text: "! error ", color: "red" }, { text: trimText(`${where}${e.message}`, 500) }]);
  }
  lines.push(totalsLine(report));
  lines.push(overallLine(report));
  return `${lines.map((l) => paintLine(l, options.color, options.width)).join("\n")}\n`;
}
