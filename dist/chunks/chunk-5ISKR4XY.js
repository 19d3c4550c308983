import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  escapeInline,
  escapeLines,
  inlineCode,
  joinMd,
  md,
  trimText
} from "./chunk-IYH4UEMK.js";
import {
  formatPValue,
  formatPoints
} from "./chunk-75RJOHPR.js";
import {
  formatMs,
  formatRate,
  formatUsd
} from "./chunk-MI24B43W.js";

// src/render/drift-issue.ts
var DRIFT_LABEL = "promptgate:drift";
var driftMarker = (path) => md`<!-- promptgate:drift ${inlineCode(path.replaceAll("-->", "--&gt;"))} -->`;
var CASES_SHOWN = 10;
var OUTPUT_CHARS = 300;
function renderDriftTitle(path) {
  return `promptgate: ${path} declined since its baseline`;
}
function renderDriftIssue(outcome) {
  const { record, decision, regressed, snapshots } = outcome;
  const last = record.history.at(-1);
  const figures = decision ? md`Pass rate ${escapeInline(formatPoints(decision.estimate))} against the baseline over ${decision.cases} cases (exact paired test, ${escapeInline(formatPValue(decision.pValue))}); today ${escapeInline(last ? formatRate(last.passRate) : "—")}.` : md`No comparison was possible.`;
  const [before, after] = [snapshots.before.join(", "), snapshots.after.join(", ")];
  const changed = before !== "" && after !== "" && before !== after ? md`\n\nThe provider's reported model snapshot changed: ${inlineCode(before)} → ${inlineCode(after)}.` : md``;
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
function renderRecoveredComment(outcome) {
  const last = outcome.record.history.at(-1);
  const rate = last ? formatRate(last.passRate) : "—";
  return md`${inlineCode(outcome.record.path)} is back within the margin (pass rate ${escapeInline(rate)}): today's run is the new baseline, closing.`;
}
function renderMonitorMarkdown(outcomes) {
  const parts = outcomes.flatMap(
    (o) => o.status === "drift" ? [renderDriftIssue(o)] : o.status === "recovered" ? [renderRecoveredComment(o)] : []
  );
  return parts.length === 0 ? "No prompt declined.\n" : `${parts.join("\n\n---\n\n")}
`;
}
function renderCases(regressed) {
  if (regressed.length === 0) return md`No single case declined; the drop is spread over the eval set.`;
  const shown = regressed.slice(0, CASES_SHOWN).map(
    (r) => md`- ${inlineCode(r.id)}: before ${escapeInline(rateOf(r.before.passes))}, after ${escapeInline(rateOf(r.after.passes))}<br>before: ${quote(r.before.outputs[0])}<br>after: ${quote(r.after.outputs[0])}`
  );
  const more = regressed.length - shown.length;
  return more > 0 ? joinMd([...shown, md`- and ${more} more`], "\n") : joinMd(shown, "\n");
}
function rateOf(passes) {
  return passes.length === 0 ? "—" : formatRate(passes.filter(Boolean).length / passes.length);
}
function quote(output) {
  return output === void 0 ? md`—` : escapeLines(trimText(output, OUTPUT_CHARS));
}
function renderHistoryCharts(history) {
  if (history.length === 0) return md`No runs kept yet.`;
  const labels = joinMd(
    history.map((p) => md`"${dateLabel(p)}"`),
    ", "
  );
  const passRates = history.map((p) => Math.round(p.passRate * 1e3) / 10);
  const charts = [chart(md`Pass rate (%)`, labels, passRates, 100)];
  if (history.every((p) => p.costPerCallUsd !== null)) {
    charts.push(
      chart(
        md`Cost per call (micro-USD)`,
        labels,
        history.map((p) => Math.round(p.costPerCallUsd * 1e6))
      )
    );
  }
  if (history.every((p) => p.latencyP50Ms !== null)) {
    charts.push(
      chart(
        md`Latency p50 (ms)`,
        labels,
        history.map((p) => Math.round(p.latencyP50Ms))
      )
    );
  }
  const table = history.map(
    (p) => md`| ${dateLabel(p)} | ${escapeInline(p.status)} | ${escapeInline(formatRate(p.passRate))} | ${escapeInline(formatUsd(p.costPerCallUsd))} | ${escapeInline(formatMs(p.latencyP50Ms))} |`
  );
  return md`${joinMd(charts, "\n\n")}

| Run | Status | Pass rate | Cost per call | Latency p50 |
|---|---|---|---|---|
${joinMd(table, "\n")}`;
}
function chart(title, labels, values, max) {
  const top = max ?? Math.max(1, ...values);
  const points = joinMd(
    values.map((v) => md`${v}`),
    ", "
  );
  return md`\`\`\`mermaid
xychart-beta
    title "${title}"
    x-axis [${labels}]
    y-axis 0 --> ${top}
    line [${points}]
\`\`\``;
}
function dateLabel(point) {
  const match = /^\d{4}-(\d{2})-(\d{2})/.exec(point.at);
  return match ? md`${Number(match[1])}/${Number(match[2])}` : md`?`;
}

export {
  DRIFT_LABEL,
  driftMarker,
  renderDriftTitle,
  renderDriftIssue,
  renderRecoveredComment,
  renderMonitorMarkdown
};
