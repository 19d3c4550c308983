// Terminal output of `promptgate eval`: each failing case with its output and failed evaluators, then totals.

import { formatInt, plural } from "../core/format/count.js";
import { formatUsd } from "../core/format/money.js";
import { formatRate } from "../core/format/percent.js";
import { formatMs } from "../core/format/time.js";
import type { EvalReport } from "../core/report/eval-report.js";
import { trimText } from "./escape.js";
import { type Color, type PaintOptions, paintLine } from "./terminal-text.js";

const MAX_OUTPUT_CHARS = 400;

export function renderEvalSummary(report: EvalReport, options: PaintOptions): string {
  // The CLI's colours, and no control character from model output or test data reaches the terminal.
  const paint = (color: Color, text: string) => paintLine([{ text, color }], options.color);
  const plain = (text: string) => paintLine([{ text }], false);
  const lines: string[] = [];
  for (const c of report.cases) {
    const graded = c.outputs.filter((o) => !o.error);
    const failed = graded.find((o) => !o.pass);
    // Calls that failed are summarised once under the totals, not case by case.
    if (!failed) continue;
    const vars = Object.entries(c.vars)
      .map(([k, v]) => `${k}=${JSON.stringify(trimText(v, 60))}`)
      .join(" ");
    const passes = graded.filter((o) => o.pass).length;
    lines.push(
      `${paint("red", "✗")} case ${plain(c.id)} (#${c.index + 1}) ${passes}/${graded.length} samples passed  ${plain(vars)}`,
    );
    for (const f of failed.failed) lines.push(`    ${paint("yellow", f.evaluator)}: ${plain(f.reason)}`);
    const output = trimText(failed.output, MAX_OUTPUT_CHARS).split("\n").map(plain);
    lines.push(`    output: ${output.join("\n            ")}`);
  }
  const passed = report.cases.filter((c) => c.outputs.every((o) => o.pass)).length;
  const notRun = report.cases.reduce((n, c) => n + c.outputs.filter((o) => o.notRun).length, 0);
  const graded = report.cases.reduce((n, c) => n + c.outputs.filter((o) => !o.error).length, 0);
  if (lines.length > 0) lines.push("");
  const verdict = report.incomplete
    ? paint("yellow", "INCOMPLETE")
    : passed === report.cases.length
      ? paint("green", "PASS")
      : paint("red", "FAIL");
  lines.push(
    `${verdict} ${report.path} on ${report.model}: pass rate ${graded === 0 ? "n/a (nothing graded)" : formatRate(report.passRate)} — ${passed}/${plural(report.cases.length, "case")} passed every sample (${plural(report.repeats, "repeat")})${notRun > 0 ? `; ${plural(notRun, "sample")} not run` : ""}`,
    `  cost ${formatUsd(report.costUsd)} spent, ${formatUsd(report.costPerCallUsd)} per call · tokens ${formatInt(report.tokens.input)} in / ${formatInt(report.tokens.output)} out · latency p50 ${formatMs(report.latencyMs?.p50)}, p95 ${formatMs(report.latencyMs?.p95)}`,
    `  calls ${formatInt(report.calls.total)} (${formatInt(report.calls.cached)} cached, ${formatInt(report.calls.retried)} retried, ${formatInt(report.calls.failed)} failed)`,
  );
  for (const e of report.errors.slice(0, 10)) lines.push(`  ${paint("red", "error")}: ${plain(e.message)}`);
  if (report.errors.length > 10) lines.push(`  … and ${plural(report.errors.length - 10, "more error")}`);
  return lines.join("\n");
}
