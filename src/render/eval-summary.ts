// Terminal output of `promptgate eval`: each failing case with its output and failed evaluators, then totals.
import type { EvalReport } from "../evaluate.js";
import { formatInt, formatMs, formatRate, formatUsd } from "./format.js";

const MAX_OUTPUT_CHARS = 400;

export function renderEvalSummary(report: EvalReport, options: { color: boolean }): string {
  const paint = (code: string, text: string) => (options.color ? `\x1b[${code}m${text}\x1b[0m` : text);
  const lines: string[] = [];
  for (const c of report.cases) {
    const failures = c.outputs.filter((o) => !o.pass);
    if (failures.length === 0) continue;
    const vars = Object.entries(c.vars)
      .map(([k, v]) => `${k}=${JSON.stringify(clip(v, 60))}`)
      .join(" ");
    lines.push(
      `${paint("31", "✗")} case ${c.id} (#${c.index + 1}) ${formatRate(c.passRate)} passed  ${vars}`,
    );
    const first = failures[0]!;
    if (first.error) lines.push(`    error: ${first.error}`);
    for (const f of first.failed) lines.push(`    ${paint("33", f.evaluator)}: ${f.reason}`);
    if (!first.error)
      lines.push(`    output: ${clip(first.output, MAX_OUTPUT_CHARS).replace(/\n/g, "\n            ")}`);
  }
  const passed = report.cases.filter((c) => c.outputs.every((o) => o.pass)).length;
  if (lines.length > 0) lines.push("");
  const verdict = report.incomplete
    ? paint("33", "INCOMPLETE")
    : passed === report.cases.length
      ? paint("32", "PASS")
      : paint("31", "FAIL");
  lines.push(
    `${verdict} ${report.path} on ${report.model}: pass rate ${formatRate(report.passRate)} — ${passed}/${report.cases.length} cases passed every sample (${report.repeats} repeats)`,
    `  cost ${formatUsd(report.costUsd)} spent, ${formatUsd(report.costPerCallUsd)} per call · tokens ${formatInt(report.tokens.input)} in / ${formatInt(report.tokens.output)} out · latency p50 ${formatMs(report.latencyMs.p50)}, p95 ${formatMs(report.latencyMs.p95)}`,
    `  calls ${formatInt(report.calls.total)} (${formatInt(report.calls.cached)} cached, ${formatInt(report.calls.retried)} retried, ${formatInt(report.calls.failed)} failed)`,
  );
  for (const e of report.errors.slice(0, 10)) lines.push(`  ${paint("31", "error")}: ${e.message}`);
  if (report.errors.length > 10) lines.push(`  … and ${report.errors.length - 10} more errors`);
  return lines.join("\n");
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length - max} more characters)`;
}
