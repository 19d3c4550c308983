// The drift issue of one prompt: figures, regressed cases with outputs, model snapshots and a history chart.

import { formatUsd } from "../core/format/money.js";
import { formatRate } from "../core/format/percent.js";
import { formatPoints, formatPValue } from "../core/format/points.js";
import { formatMs } from "../core/format/time.js";
import type { DriftOutcome, RunPoint } from "../core/gate/drift.js";
import { escapeInline, escapeLines, inlineCode, joinMd, md, type SafeMarkdown } from "./escape.js";
import { trimText } from "./trim-text.js";

/** The label that finds the monitor's issues: one open issue per prompt carries it. */
export const DRIFT_LABEL = "promptgate:drift";
/** Hidden marker naming the prompt, so the issue of a prompt is found again and never duplicated. */
export const driftMarker = (path: string): SafeMarkdown =>
  md`<!-- promptgate:drift ${inlineCode(path.replaceAll("-->", "--&gt;"))} -->`;

const CASES_SHOWN = 10;
const OUTPUT_CHARS = 300;

export function renderDriftTitle(path: string): string {
  return `promptgate: ${path} declined since its baseline`;
}

/** The issue body for a drift: what declined, by how much, on which cases, and the run history. */
export function renderDriftIssue(outcome: DriftOutcome): SafeMarkdown {
  const { record, decision, regressed, snapshots } = outcome;
  const last = record.history.at(-1);
  const figures = decision
    ? md`Pass rate ${escapeInline(formatPoints(decision.estimate))} against the baseline over ${decision.cases} cases (exact paired test, ${escapeInline(formatPValue(decision.pValue))}); today ${escapeInline(last ? formatRate(last.passRate) : "—")}.`
    : md`No comparison was possible.`;
  const [before, after] = [snapshots.before.join(", "), snapshots.after.join(", ")];
  const changed =
    before !== "" && after !== "" && before !== after
      ? md`\n\nThe provider's reported model snapshot changed: ${inlineCode(before)} → ${inlineCode(after)}.`
      : md``;
  return md`${driftMarker(record.path)}
## ${inlineCode(record.path)} declined

${figures}${changed}

The baseline is kept until the prompt is back within the margin; this issue is then closed.

### Regressed cases
${renderCases(regressed)}

### History
${renderHistoryCharts(record.history)}
`;
}

/** The comment that closes the issue: the prompt is back within the margin. */
export function renderRecoveredComment(outcome: DriftOutcome): SafeMarkdown {
  const last = outcome.record.history.at(-1);
  const rate = last ? formatRate(last.passRate) : "—";
  return md`${inlineCode(outcome.record.path)} is back within the margin (pass rate ${escapeInline(rate)}): today's run is the new baseline, closing.`;
}

/**
 * The run's report in Markdown (the CLI's `--markdown`, a job summary): each declined prompt's drift report and
 * each recovered prompt's closing note; GitHub renders the charts.
 */
export function renderMonitorMarkdown(outcomes: DriftOutcome[]): string {
  const parts = outcomes.flatMap((o) =>
    o.status === "drift"
      ? [renderDriftIssue(o)]
      : o.status === "recovered"
        ? [renderRecoveredComment(o)]
        : [],
  );
  return parts.length === 0 ? "No prompt declined.\n" : `${parts.join("\n\n---\n\n")}\n`;
}

function renderCases(regressed: DriftOutcome["regressed"]): SafeMarkdown {
  if (regressed.length === 0) return md`No single case declined; the drop is spread over the eval set.`;
  const shown = regressed
    .slice(0, CASES_SHOWN)
    .map(
      (r) =>
        md`- ${inlineCode(r.id)}: before ${escapeInline(rateOf(r.before.passes))}, after ${escapeInline(rateOf(r.after.passes))}<br>before: ${quote(r.before.outputs[0])}<br>after: ${quote(r.after.outputs[0])}`,
    );
  const more = regressed.length - shown.length;
  return more > 0 ? joinMd([...shown, md`- and ${more} more`], "\n") : joinMd(shown, "\n");
}

function rateOf(passes: boolean[]): string {
  return passes.length === 0 ? "—" : formatRate(passes.filter(Boolean).length / passes.length);
}

function quote(output: string | undefined): SafeMarkdown {
  return output === undefined ? md`—` : escapeLines(trimText(output, OUTPUT_CHARS));
}

/**
 * Mermaid `xychart-beta` blocks, which GitHub renders: one per figure, since a chart has one y axis. Built
 * from numbers only, so nothing from the record file can reach the block as text.
 */
export function renderHistoryCharts(history: RunPoint[]): SafeMarkdown {
  if (history.length === 0) return md`No runs kept yet.`;
  const labels = joinMd(
    history.map((p) => md`"${dateLabel(p)}"`),
    ", ",
  );
  const passRates = history.map((p) => Math.round(p.passRate * 1000) / 10);
  const charts = [chart(md`Pass rate (%)`, labels, passRates, 100)];
  if (history.every((p) => p.costPerCallUsd !== null)) {
    charts.push(
      chart(
        md`Cost per call (micro-USD)`,
        labels,
        history.map((p) => Math.round(p.costPerCallUsd! * 1e6)),
      ),
    );
  }
  // Like cost, latency is charted only when every run measured it (Batch API runs did not).
  if (history.every((p) => p.latencyP50Ms !== null)) {
    charts.push(
      chart(
        md`Latency p50 (ms)`,
        labels,
        history.map((p) => Math.round(p.latencyP50Ms!)),
      ),
    );
  }
  const table = history.map(
    (p) =>
      md`| ${dateLabel(p)} | ${escapeInline(p.status)} | ${escapeInline(formatRate(p.passRate))} | ${escapeInline(formatUsd(p.costPerCallUsd))} | ${escapeInline(formatMs(p.latencyP50Ms))} |`,
  );
  return md`${joinMd(charts, "\n\n")}

| Run | Status | Pass rate | Cost per call | Latency p50 |
|---|---|---|---|---|
${joinMd(table, "\n")}`;
}

function chart(title: SafeMarkdown, labels: SafeMarkdown, values: number[], max?: number): SafeMarkdown {
  const top = max ?? Math.max(1, ...values);
  const points = joinMd(
    values.map((v) => md`${v}`),
    ", ",
  );
  return md`\`\`\`mermaid
xychart-beta
    title "${title}"
    x-axis [${labels}]
    y-axis 0 --> ${top}
    line [${points}]
\`\`\``;
}

/** `11/30` from the run's ISO time; digits only, so the label cannot carry text from the record file. */
function dateLabel(point: RunPoint): SafeMarkdown {
  const match = /^\d{4}-(\d{2})-(\d{2})/.exec(point.at);
  return match ? md`${Number(match[1])}/${Number(match[2])}` : md`?`;
}
