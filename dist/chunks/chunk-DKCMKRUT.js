import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  MINUS,
  changePct,
  escapeCell,
  escapeHtml,
  escapeInline,
  escapeInlineWithCode,
  escapeMarkdown,
  fencedBlock,
  formatChangePct,
  formatInt,
  formatInterval,
  formatMs,
  formatPassRate,
  formatPoints,
  formatPointsValue,
  formatRate,
  formatSignedUsd,
  formatSpent,
  formatUsd,
  inlineCode,
  plural,
  shortSha,
  trimLines,
  trimText
} from "./chunk-BEA7V4SP.js";
import {
  intervalLevel
} from "./chunk-5ETJW647.js";
import {
  formatDiagnostic
} from "./chunk-X35WCL5Z.js";

// src/render/limits.ts
var MAX_COMMENT_CHARS = 65536;
var MAX_CHECK_SUMMARY_CHARS = 65535;
var MAX_CHECK_TEXT_CHARS = 65535;
var MAX_ANNOTATIONS_PER_REQUEST = 50;
var MAX_CHECK_TITLE_CHARS = 255;
var COMMENT_MARKER = "<!-- promptgate:comment -->";

// src/render/markdown-diff.ts
function show(value) {
  if (value === void 0 || value === null) return "unset";
  return inlineCode(typeof value === "string" ? value : JSON.stringify(value));
}
function codes(names) {
  return names.map((n) => inlineCode(n)).join(", ");
}
function renderStructuralChanges(diff) {
  const items = [];
  if (diff.modelChanged) items.push(`model: ${show(diff.modelChanged.from)} → ${show(diff.modelChanged.to)}`);
  for (const p of diff.parametersChanged)
    items.push(`${inlineCode(p.name)}: ${show(p.from)} → ${show(p.to)}`);
  if (diff.responseFormatChanged) {
    const { from, to } = diff.responseFormatChanged;
    items.push(`response format: ${show(from)} → ${show(to)}`);
  }
  if (diff.variablesAdded.length > 0) items.push(`variables added: ${codes(diff.variablesAdded)}`);
  if (diff.variablesRemoved.length > 0) items.push(`variables removed: ${codes(diff.variablesRemoved)}`);
  const edited = diff.casesEdited ?? 0;
  if (diff.casesAdded > 0 || diff.casesRemoved > 0 || edited > 0) {
    const rows = `test rows: ${formatInt(diff.casesAdded)} added, ${formatInt(diff.casesRemoved)} removed`;
    const note = edited > 0 ? `, ${formatInt(edited)} edited — edited rows are graded with the base's values` : "";
    items.push(`${rows}${note}`);
  }
  if (diff.evaluatorsAdded.length > 0) items.push(`evaluators added: ${codes(diff.evaluatorsAdded)}`);
  if (diff.evaluatorsRemoved.length > 0) items.push(`evaluators removed: ${codes(diff.evaluatorsRemoved)}`);
  return items.map((item) => `- ${item}`).join("\n");
}
var CONTEXT = 100;
function shrinkUnchanged(value, first, last) {
  if (value.length <= CONTEXT * 2 + 40) return value;
  const head = first ? "" : value.slice(0, CONTEXT);
  const tail = last ? "" : value.slice(-CONTEXT);
  return `${head} … ${tail}`;
}
function inlineParagraph(value) {
  return escapeMarkdown(value).replace(/\r?\n/g, "<br>");
}
function renderWordDiff(message, maxChars) {
  let body = "";
  const { parts } = message;
  for (const [i, part] of parts.entries()) {
    let piece;
    if (part.added) piece = `<ins>${inlineParagraph(part.value)}</ins>`;
    else if (part.removed) piece = `<del>${inlineParagraph(part.value)}</del>`;
    else piece = inlineParagraph(shrinkUnchanged(part.value, i === 0, i === parts.length - 1));
    if (body.length + piece.length > maxChars) {
      body += " … (word diff cut)";
      break;
    }
    body += piece;
  }
  const paragraph = body.replace(/^\s+/, "");
  return `${inlineCode(message.label)}

${paragraph === "" ? "(no text)" : paragraph}`;
}
function countDiffLines(unified) {
  let added = 0;
  let removed = 0;
  for (const line of unified.split("\n")) {
    if (line.startsWith("+++") || line.startsWith("---")) continue;
    if (line.startsWith("+")) added += 1;
    else if (line.startsWith("-")) removed += 1;
  }
  return { added, removed };
}
function summaryOf(diff) {
  const { added, removed } = countDiffLines(diff.unified);
  if (added === 0 && removed === 0) return "Prompt diff: no line changes";
  const lines = `+${added} ${MINUS}${removed} ${added + removed === 1 ? "line" : "lines"}`;
  const changed = diff.messages.filter((m) => m.parts.some((p) => p.added || p.removed)).length;
  return `Prompt diff: ${lines}${changed > 0 ? `, ${plural(changed, "message")} changed` : ""}`;
}
function hasDiffContent(diff) {
  return diff.unified.trim() !== "" || renderStructuralChanges(diff) !== "" || diff.messages.length > 0;
}
function renderDiffDetails(diff, options) {
  const blocks = [];
  const structural = renderStructuralChanges(diff);
  if (structural) blocks.push(`**Changes**

${structural}`);
  const changedMessages = diff.messages.filter((m) => m.parts.some((p) => p.added || p.removed));
  if (changedMessages.length > 0) {
    const words = changedMessages.map((m) => renderWordDiff(m, options.maxWordDiffChars));
    blocks.push(`**Word changes**

${words.join("\n\n")}`);
  }
  if (diff.unified.trim() !== "")
    blocks.push(fencedBlock(trimLines(diff.unified, options.maxUnifiedChars), "diff"));
  if (blocks.length === 0) blocks.push("The prompt file's text did not change.");
  const open = options.open ? " open" : "";
  return `<details${open}><summary>${escapeHtml(summaryOf(diff))}</summary>

${blocks.join("\n\n")}

</details>`;
}

// src/render/verdict-text.ts
var VERDICT_EMOJI = {
  pass: "✅",
  fail: "❌",
  inconclusive: "⚠️",
  skipped: "⏭️",
  error: "💥"
};
var VERDICT_LABEL = {
  pass: "safe to merge",
  fail: "regression",
  inconclusive: "inconclusive",
  skipped: "no prompt changes",
  error: "review could not run"
};
var PROMPT_EMOJI = { ...VERDICT_EMOJI, not_evaluable: "ℹ️" };
var PROMPT_LABEL = {
  pass: "no regression",
  fail: "regression",
  inconclusive: "inconclusive",
  skipped: "not run",
  error: "could not run",
  not_evaluable: "no eval set"
};
var SEVERITY = {
  fail: 0,
  error: 1,
  inconclusive: 2,
  pass: 3,
  not_evaluable: 4,
  skipped: 5
};
function sortPrompts(prompts) {
  return [...prompts].sort(
    (a, b) => SEVERITY[a.verdict] - SEVERITY[b.verdict] || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)
  );
}
function text(value, style) {
  const short = trimText(value.replace(/\s*\r?\n\s*/g, " ").trim(), 300);
  return style === "markdown" ? escapeInline(short) : short;
}
function reasonText(value, style) {
  const short = trimText(value.replace(/\s*\r?\n\s*/g, " ").trim(), 300);
  return style === "markdown" ? escapeInlineWithCode(short) : short;
}
function code(value, style) {
  const short = trimText(value, 200);
  return style === "markdown" ? inlineCode(short) : short;
}
function isPassRateRegression(prompt, margin) {
  const d = prompt.delta;
  return d !== void 0 && d.passRateCI[1] < 0 && -d.passRate > margin;
}
function describePrompt(prompt, report, style) {
  const { base, head, delta } = prompt;
  const firstReason = prompt.reasons[0] !== void 0 ? reasonText(prompt.reasons[0], style) : void 0;
  if (prompt.change === "deleted") return "deleted, not run";
  if (prompt.verdict === "not_evaluable") return "no eval set: diff and cost estimate only";
  if (!base && head && (prompt.verdict === "pass" || prompt.verdict === "fail")) {
    return `new prompt passes ${formatRate(head.passRate)} of samples${firstReason && prompt.verdict === "fail" ? ` (${firstReason})` : ""}`;
  }
  if (prompt.verdict === "fail" && base && head && isPassRateRegression(prompt, report.gate.margin)) {
    const fell = formatPointsValue(-delta.passRate).replace(/^[+±]/, "");
    return `pass rate fell ${fell} points (${formatRate(base.passRate)} → ${formatRate(head.passRate)})`;
  }
  if (prompt.verdict === "inconclusive" && delta) {
    const level = Math.round(intervalLevel(report.gate.confidence) * 100);
    return `pass rate ${formatPoints(delta.passRate)} (${level}% CI ${formatInterval(delta.passRateCI)} pts), not enough evidence`;
  }
  if (prompt.verdict === "pass" && base && head) {
    return `pass rate ${formatPassRate(base)} → ${formatPassRate(head)}`;
  }
  return firstReason ?? PROMPT_LABEL[prompt.verdict];
}
function describeMany(report, verdict, noun, style) {
  const hits = sortPrompts(report.prompts).filter((p) => p.verdict === verdict);
  const [only] = hits;
  if (only && hits.length === 1) return `${code(only.path, style)} ${describePrompt(only, report, style)}`;
  const named = hits.slice(0, 3).map((p) => code(p.path, style));
  const more = hits.length > 3 ? ` and ${hits.length - 3} more` : "";
  return `${hits.length} of ${plural(report.prompts.length, "prompt")} ${noun}: ${named.join(", ")}${more}`;
}
function describeError(report, style) {
  const [first] = report.errors;
  if (first) {
    const where = first.path ? `${code(`${first.path}${first.line !== void 0 ? `:${first.line}` : ""}`, style)}: ` : "";
    return `${where}${text(first.message, style)}`;
  }
  return describeMany(report, "error", "could not be reviewed", style);
}
function describeSkipped(report, style) {
  const { prompts } = report;
  if (prompts.length === 0) return "no prompt files changed in this pull request";
  if (report.dryRun) return `${plural(prompts.length, "prompt")} changed, no model calls made`;
  const deleted = prompts.filter((p) => p.change === "deleted");
  const renamed = prompts.filter((p) => p.change === "renamed" && p.verdict === "skipped");
  const noEvalSet = prompts.filter((p) => p.change !== "deleted" && p.verdict === "not_evaluable");
  const other = prompts.filter((p) => !deleted.includes(p) && !renamed.includes(p) && !noEvalSet.includes(p));
  const parts = [];
  if (deleted.length > 0) parts.push(`${plural(deleted.length, "prompt")} deleted`);
  if (renamed.length > 0) parts.push(`${plural(renamed.length, "prompt")} renamed without changes`);
  if (noEvalSet.length > 0) parts.push(`${plural(noEvalSet.length, "prompt")} without an eval set`);
  const [only] = other;
  if (only && other.length === 1) {
    const why = only.reasons[0] !== void 0 ? reasonText(only.reasons[0], style) : "not run";
    parts.push(`${code(only.path, style)} ${why}`);
  } else if (other.length > 1) parts.push(`${plural(other.length, "prompt")} not run`);
  return parts.join(", ");
}
function buildVerdictLabel(report) {
  if (report.verdict !== "skipped" || report.prompts.length === 0) return VERDICT_LABEL[report.verdict];
  return report.dryRun ? "dry run" : "nothing to evaluate";
}
function isStoppedEarly(report) {
  return report.errors.some((e) => e.message.startsWith("Stopped"));
}
function describeIncomplete(report) {
  if (report.errors.some((e) => e.message.startsWith("Stopped by the budget"))) {
    return "stopped early by the budget";
  }
  if (isStoppedEarly(report)) return "stopped early";
  return "some samples could not be graded (see errors)";
}
function canAccept(report) {
  return report.verdict === "fail" || report.verdict === "inconclusive" && report.gate.onInconclusive === "fail";
}
function describeReport(report, style) {
  switch (report.verdict) {
    case "skipped":
      return describeSkipped(report, style);
    case "error":
      return describeError(report, style);
    case "fail":
      return describeMany(report, "fail", "failed the gate", style);
    case "inconclusive":
      return describeMany(report, "inconclusive", "inconclusive", style);
    case "pass": {
      const reviewed = report.prompts.filter((p) => p.verdict === "pass").length;
      const other = report.prompts.length - reviewed;
      return `${plural(reviewed, "prompt")} reviewed, no regression${other > 0 ? ` (${other} not evaluated)` : ""}`;
    }
  }
}
function buildHeadline(report, style) {
  const detail = describeReport(report, style);
  const incomplete = report.incomplete ? ` (incomplete: ${describeIncomplete(report)})` : "";
  const label = buildVerdictLabel(report);
  if (style === "plain") return `${label[0].toUpperCase()}${label.slice(1)}: ${detail}${incomplete}`;
  return `${VERDICT_EMOJI[report.verdict]} **promptgate: ${label}** — ${detail}${incomplete}`;
}

// src/render/markdown-footer.ts
function safeUrl(url) {
  if (url === void 0 || !/^https?:\/\/[^\s<>()[\]"'`]+$/.test(url)) return void 0;
  return url;
}
function runLine(report, runUrl) {
  const { total, cached, failed, retried } = report.calls;
  const calls = `${formatInt(total)} model calls (${formatInt(cached)} cached, ${formatInt(failed)} failed, ${formatInt(retried)} retried)`;
  const refs = `base ${inlineCode(trimText(report.base.ref, 80))} @ ${inlineCode(shortSha(report.base.sha))} → head ${inlineCode(trimText(report.head.ref, 80))} @ ${inlineCode(shortSha(report.head.sha))}`;
  const link = safeUrl(runUrl) ? ` · [run log](${runUrl})` : "";
  return `**Run:** ${calls} · spent ${formatSpent(report.costUsd, report.unpricedCalls)} · ${refs}${link}`;
}
function gateLine(report) {
  const { margin, confidence, repeats, onInconclusive } = report.gate;
  const points = Math.round(margin * 1e3) / 10;
  const level = Math.round(confidence * 100);
  const shown = Math.round(intervalLevel(confidence) * 100);
  const bounds = shown === level ? "" : ` (one-sided bounds, shown as a ${shown}% CI)`;
  return `**Gate:** fails on a pass-rate drop larger than ${points} points, significant at ${level}%${bounds} · ${repeats} ${repeats === 1 ? "sample" : "samples"} per case per version · inconclusive → ${onInconclusive}`;
}
function renderAcceptedLine(accepted, verdict = "fail") {
  const by = accepted.by ? ` by ${escapeInline(`@${accepted.by}`)}` : "";
  const what = verdict === "inconclusive" ? "inconclusive result" : "regression";
  return `✔️ **Accepted:** the ${what} was accepted with the ${inlineCode(accepted.label)} label${by}; the check passes.`;
}
function acceptLine(report, options) {
  if (options.accepted || !canAccept(report)) return void 0;
  const label = inlineCode(options.acceptLabel);
  const command = inlineCode("/promptgate accept");
  const how = {
    action: `add the ${label} label`,
    app: `add the ${label} label or comment ${command}`,
    cli: `add the ${label} label (with the promptgate App, commenting ${command} also works)`
  };
  if (report.verdict === "fail") return `**To accept this regression**, ${how[options.shell ?? "cli"]}.`;
  return `**To accept this inconclusive result**, ${how[options.shell ?? "cli"]}: the gate fails inconclusive reviews (${inlineCode("onInconclusive: fail")}), and an accepted one passes the check.`;
}
function rollbackLine(report, shell) {
  if (report.verdict !== "fail") return void 0;
  const failing = sortPrompts(report.prompts).filter((p) => p.verdict === "fail");
  const path = failing.length === 1 ? failing[0].path : "<path>";
  const command = inlineCode(`/promptgate rollback ${path}`);
  const inputs = `${inlineCode("mode: rollback")} and ${inlineCode(`prompt: ${path}`)}`;
  const how = {
    action: `run the promptgate workflow with ${inputs}`,
    app: `comment ${command}`,
    cli: `run the Action with ${inputs}, or comment ${command} with the App`
  };
  return `**To roll back** after merging, ${how[shell]}.`;
}
function incompleteLine(report) {
  if (!isStoppedEarly(report)) {
    return "⚠️ **Incomplete:** some samples could not be graded (see errors), so the review cannot pass.";
  }
  const budget = report.errors.some((e) => e.message.startsWith("Stopped by the budget"));
  return `⚠️ **Incomplete:** the review stopped before every call was made (${budget ? "budget" : "see errors"}), so it cannot pass.`;
}
function renderFooter(report, options) {
  const paragraphs = [runLine(report, options.runUrl)];
  if (report.incomplete) paragraphs.push(incompleteLine(report));
  if (!report.dryRun && report.verdict !== "skipped") paragraphs.push(gateLine(report));
  for (const line of [acceptLine(report, options), rollbackLine(report, options.shell ?? "cli")]) {
    if (line) paragraphs.push(line);
  }
  return `---

${paragraphs.join("\n\n")}`;
}
function renderTrimNote(maxChars, limitName, leftOut) {
  return `> ✂️ Output trimmed to fit ${limitName} ${formatInt(maxChars)}-character limit: ${leftOut}.`;
}

// src/render/markdown-sections.ts
function tableOf(header, rows, align) {
  const line = (cells) => `| ${cells.join(" | ")} |`;
  return [line(header), line(align), ...rows.map(line)].join("\n");
}
function tokens(stats) {
  return `${formatInt(stats.tokens.inputPerCall)} / ${formatInt(stats.tokens.outputPerCall)}`;
}
function samples(stats) {
  return `${formatInt(stats.samples)} (${plural(stats.cases, "case")})`;
}
function passChange(prompt, base, head, level) {
  if (base.samples === 0 || head.samples === 0) return "no graded sample";
  const d = prompt.delta;
  if (!d) return formatPoints(head.passRate - base.passRate);
  return `${formatPoints(d.passRate)} (${level}% CI ${formatInterval(d.passRateCI)})`;
}
function comparedRows(prompt, base, head, confidence) {
  const d = prompt.delta;
  const level = Math.round(intervalLevel(confidence) * 100);
  const costPct = d?.costPerCallPct !== void 0 ? d.costPerCallPct : base.costPerCallUsd !== null && head.costPerCallUsd !== null ? changePct(base.costPerCallUsd, head.costPerCallUsd) : null;
  const tokensIn = formatChangePct(changePct(base.tokens.inputPerCall, head.tokens.inputPerCall));
  const tokensOut = formatChangePct(changePct(base.tokens.outputPerCall, head.tokens.outputPerCall));
  const rows = [
    ["pass rate", formatPassRate(base), formatPassRate(head), passChange(prompt, base, head, level)],
    [
      "cost per call",
      formatUsd(base.costPerCallUsd),
      formatUsd(head.costPerCallUsd),
      formatChangePct(costPct)
    ]
  ];
  if (d && d.monthlyCostUsd !== null)
    rows.push(["projected monthly cost", "", "", formatSignedUsd(d.monthlyCostUsd)]);
  rows.push(
    [
      "latency p50",
      formatMs(base.latencyMs.p50),
      formatMs(head.latencyMs.p50),
      formatChangePct(d ? d.latencyP50Pct : changePct(base.latencyMs.p50, head.latencyMs.p50))
    ],
    [
      "latency p95",
      formatMs(base.latencyMs.p95),
      formatMs(head.latencyMs.p95),
      formatChangePct(changePct(base.latencyMs.p95, head.latencyMs.p95))
    ],
    ["tokens in / out per call", tokens(base), tokens(head), `${tokensIn} / ${tokensOut}`],
    ["samples", samples(base), samples(head), ""]
  );
  if (base.errors > 0 || head.errors > 0) {
    rows.push(["ungraded samples", formatInt(base.errors), formatInt(head.errors), ""]);
  }
  return rows;
}
function headOnlyRows(head) {
  const rows = [
    ["pass rate", formatPassRate(head)],
    ["cost per call", formatUsd(head.costPerCallUsd)],
    ["latency p50 / p95", `${formatMs(head.latencyMs.p50)} / ${formatMs(head.latencyMs.p95)}`],
    ["tokens in / out per call", tokens(head)],
    ["samples", samples(head)]
  ];
  if (head.errors > 0) rows.push(["ungraded samples", formatInt(head.errors)]);
  return rows;
}
function renderStatsTable(prompt, report) {
  const { base, head } = prompt;
  if (base && head) {
    const rows = comparedRows(prompt, base, head, report.gate.confidence);
    return tableOf(["", "base", "head", "change"], rows, ["---", "---:", "---:", "---:"]);
  }
  const only = head ?? base;
  if (!only) return "";
  return tableOf(["", head ? "head" : "base"], headOnlyRows(only), ["---", "---:"]);
}
function estimateCells(e) {
  if (!e) return ["—", "—", "—", "—"];
  return [
    inlineCode(e.model, { inTable: true }),
    formatInt(e.inputTokensPerCall),
    `${formatInt(e.outputTokensPerCall)} — ${escapeCell(e.outputAssumption)}`,
    formatUsd(e.costPerCallUsd)
  ];
}
function renderEstimateTable(estimate) {
  const base = estimateCells(estimate.base);
  const head = estimateCells(estimate.head);
  const labels = ["model", "input tokens per call", "output tokens per call", "estimated cost per call"];
  const rows = labels.map((label, i) => [label, base[i], head[i]]);
  const table = tableOf(["", "base", "head"], rows, ["---", "---:", "---:"]);
  const evalLine = estimate.evalCalls === 0 ? "No eval set to run." : `Eval set: ${plural(estimate.evalCalls, "call")}, estimated cost ${formatUsd(estimate.evalCostUsd)}.`;
  return `${table}

${evalLine}`;
}
function renderReasons(prompt, maxReasons = 20) {
  if (prompt.reasons.length === 0) return "";
  const shown = prompt.reasons.slice(0, maxReasons).map((r) => `- ${escapeInlineWithCode(trimText(r, 500))}`);
  const more = prompt.reasons.length - shown.length;
  if (more > 0) shown.push(`- … and ${plural(more, "more reason")}`);
  return shown.join("\n");
}
function renderWarnings(prompt, maxWarnings = 20) {
  if (prompt.warnings.length === 0) return "";
  const shown = prompt.warnings.slice(0, maxWarnings).map((w) => `- ${escapeInline(trimText(formatDiagnostic(w), 500))}`);
  const more = prompt.warnings.length - shown.length;
  if (more > 0) shown.push(`- … and ${plural(more, "more warning")}`);
  return `**Warnings**

${shown.join("\n")}`;
}
function renderErrors(report, maxErrors = 20) {
  if (report.errors.length === 0) return "";
  const items = report.errors.slice(0, maxErrors).map((e) => {
    const where = e.path ? `${e.path}${e.line !== void 0 ? `:${e.line}` : ""}` : void 0;
    const message = escapeInline(trimText(e.message, 500));
    return where ? `- ${inlineCode(where)}: ${message}` : `- ${message}`;
  });
  const more = report.errors.length - items.length;
  if (more > 0) items.push(`- … and ${plural(more, "more error")}`);
  return `### Errors

${items.join("\n")}`;
}

// src/render/dry-run-markdown.ts
function totalEstimate(estimates) {
  let calls = 0;
  let usd = 0;
  let unknown = 0;
  for (const e of estimates) {
    calls += e.evalCalls;
    if (e.evalCostUsd === null) unknown += 1;
    else usd += e.evalCostUsd;
  }
  return { calls, usd, unknown };
}
function describeCost(usd, unknown, count) {
  if (unknown === 0) return `est. ${formatUsd(usd)}`;
  if (unknown === count) return "est. cost unknown (no price for the model)";
  return `est. ${formatUsd(usd)} plus ${plural(unknown, "prompt")} of unknown price`;
}
function renderDryRunHeadline(report) {
  const estimates = report.prompts.flatMap((p) => p.estimate ? [p.estimate] : []);
  const { calls, usd, unknown } = totalEstimate(estimates);
  const changed = plural(report.prompts.length, "prompt");
  const cost = estimates.length > 0 ? ` · a full review would make ${plural(calls, "call")}, ${describeCost(usd, unknown, estimates.length)}` : "";
  return `📝 **promptgate: dry run** — ${changed} changed${cost} (no model calls made)`;
}
function renderDryRunSection(prompt, maxDiffChars) {
  const diff = maxDiffChars === null ? "" : renderDiffDetails(prompt.diff, {
    maxUnifiedChars: maxDiffChars,
    maxWordDiffChars: Math.ceil(maxDiffChars / 5),
    open: true
  });
  const blocks = [
    `### 📝 ${inlineCode(prompt.path)} — ${prompt.change}`,
    prompt.previousPath ? `Renamed from ${inlineCode(prompt.previousPath)}.` : "",
    prompt.estimate ? renderEstimateTable(prompt.estimate) : "No cost estimate for this prompt.",
    diff,
    renderWarnings(prompt)
  ];
  return blocks.filter((b) => b !== "").join("\n\n");
}
function build(report, options, maxDiffChars, note) {
  const headline = renderDryRunHeadline(report);
  const top = options.marker === false ? headline : `${COMMENT_MARKER}
${headline}`;
  const sections = sortPrompts(report.prompts).map((p) => renderDryRunSection(p, maxDiffChars));
  const how = options.shell === "action" ? "Set the `dry-run` input to `false`" : "Run the review without `--dry-run`";
  const footer = `---

Dry run: diffs and static estimates only. ${how} to evaluate.`;
  const blocks = [top, note ?? "", renderErrors(report), ...sections, footer];
  return `${blocks.filter((b) => b !== "").join("\n\n")}
`;
}
function renderDryRunMarkdown(report, options = {}) {
  const max = options.maxChars ?? MAX_COMMENT_CHARS;
  const full = build(report, options, 2e4);
  if (full.length <= max) return full;
  const limitName = options.limitName ?? "GitHub's";
  const room = Math.max(200, Math.floor((max - 4e3) / Math.max(1, report.prompts.length)) - 1e3);
  const note = renderTrimNote(max, limitName, `prompt diffs cut to about ${room} characters each`);
  const short = build(report, options, room, note);
  if (short.length <= max) return short;
  const bare = build(report, options, null, renderTrimNote(max, limitName, "prompt diffs left out"));
  if (bare.length <= max) return bare;
  const cut = bare.slice(0, max - 2).lastIndexOf("\n\n");
  return `${bare.slice(0, Math.max(0, cut))}
`;
}

// src/render/markdown-layouts.ts
var FULL_DIFF = { maxUnifiedChars: 2e4, maxWordDiffChars: 4e3 };
var SHORT_DIFF = { maxUnifiedChars: 4e3, maxWordDiffChars: 1e3 };
var NO_LIMIT = Number.MAX_SAFE_INTEGER;
var LAYOUTS = [
  {
    diff: FULL_DIFF,
    cases: {
      groups: ["regressed", "flaky", "improved", "still_failing", "added"],
      maxOutputChars: 600,
      maxVarChars: 300,
      maxCasesPerGroup: NO_LIMIT
    },
    estimate: true,
    maxListItems: 20
  },
  {
    leftOut: "details of improved, unchanged and added cases left out",
    diff: FULL_DIFF,
    cases: {
      groups: ["regressed", "flaky"],
      maxOutputChars: 600,
      maxVarChars: 300,
      maxCasesPerGroup: NO_LIMIT
    },
    estimate: true,
    maxListItems: 20
  },
  {
    leftOut: "only regressed cases are shown, at most {n} per prompt with outputs cut to 200 characters, and the prompt diff is shortened",
    diff: SHORT_DIFF,
    cases: { groups: ["regressed"], maxOutputChars: 200, maxVarChars: 100, maxCasesPerGroup: 200 },
    estimate: false,
    maxListItems: 10,
    adaptive: true
  },
  {
    leftOut: "prompt diffs and case details left out (the JSON report has them)",
    estimate: false,
    maxListItems: 5
  }
];

// src/render/markdown-cases.ts
var GROUP_TITLE = {
  regressed: ["❌", "regressed case", "regressed cases"],
  flaky: ["🎲", "flaky case", "flaky cases"],
  improved: ["✅", "improved case", "improved cases"],
  still_failing: ["⚠️", "case failing before and after", "cases failing before and after"],
  added: [
    "🆕",
    "case added by this change (reported, not gated)",
    "cases added by this change (reported, not gated)"
  ]
};
function isUngraded(c) {
  const sides = [c.base, c.head].filter((side) => side !== void 0);
  return sides.some((side) => !side.outputs.some((o) => o.error === void 0 && !o.notRun));
}
function inGroup(c, group) {
  if (group === "added") return c.informational === true;
  if (c.informational || isUngraded(c)) return false;
  if (group === "still_failing") return c.change === "unchanged" && (c.head?.passRate ?? 1) < 1;
  return c.change === group;
}
function listCaseGroup(prompt, group) {
  const hits = prompt.cases.filter((c) => inGroup(c, group));
  return hits.sort((a, b) => a.index - b.index || (a.id < b.id ? -1 : 1));
}
function renderCaseCounts(prompt) {
  if (prompt.cases.length === 0) return "";
  const gated = prompt.cases.filter((c) => !c.informational);
  const graded = gated.filter((c) => !isUngraded(c));
  const count = (change) => graded.filter((c) => c.change === change).length;
  const parts = ["regressed", "improved", "flaky", "unchanged"].map((change) => [change, count(change)]).filter(([, n]) => n > 0).map(([change, n]) => `${formatInt(n)} ${change}`);
  const ungraded = gated.length - graded.length;
  if (ungraded > 0) parts.push(`${formatInt(ungraded)} not graded`);
  const added = prompt.cases.length - gated.length;
  if (added > 0) parts.push(`${formatInt(added)} added by this change, not gated`);
  return `**Cases:** ${parts.join(" · ")} (${formatInt(prompt.cases.length)} in all)`;
}
function pickSample(outputs, preferFailing) {
  const graded = (o) => o.error === void 0 && !o.notRun;
  let index = outputs.findIndex((o) => graded(o) && o.pass !== preferFailing);
  if (index < 0) index = outputs.findIndex((o) => o.pass !== preferFailing);
  const chosen = Math.max(index, 0);
  const sample = outputs[chosen];
  return sample ? [chosen, sample] : void 0;
}
function describeSample(sample, index, total) {
  const which = `sample ${index + 1} of ${total}`;
  if (sample.error !== void 0) return `${which} · error: ${escapeInline(trimText(sample.error, 200))}`;
  if (sample.pass) return `${which} · passed`;
  const failed = sample.failed.slice(0, 3).map((f) => `${inlineCode(f.evaluator)} (${escapeInline(trimText(f.reason, 160))})`).join(", ");
  return `${which} · failed${failed ? ` ${failed}` : ""}`;
}
function renderSide(label, side, preferFailing, maxChars) {
  if (!side) return void 0;
  const picked = pickSample(side.outputs, preferFailing);
  if (!picked) return `**${label}**: no samples`;
  const [index, sample] = picked;
  const text2 = sample.error !== void 0 && sample.output === "" ? `(no output: ${sample.error})` : sample.output;
  return `**${label}** — ${describeSample(sample, index, side.outputs.length)}

${fencedBlock(trimText(text2, maxChars))}`;
}
function passedCount(side) {
  if (!side) return "—";
  const n = side.outputs.length;
  return `${Math.round(side.passRate * n)}/${n} passed`;
}
function renderInputs(vars, maxChars) {
  const entries = Object.entries(vars);
  if (entries.length === 0) return "";
  const rows = entries.map(
    ([k, v]) => `| ${inlineCode(k, { inTable: true })} | ${inlineCode(trimText(v, maxChars), { inTable: true })} |`
  );
  return ["| input | value |", "| --- | --- |", ...rows].join("\n");
}
function renderCase(c, options, group) {
  const failing = group === "regressed" || group === "still_failing";
  const baseWorse = failing || c.base !== void 0 && c.base.passRate < (c.head?.passRate ?? 0);
  const headWorse = failing || !baseWorse;
  const name = `**Row ${c.index + 1}** ${inlineCode(trimText(c.id, 120))}`;
  const note = c.informational && group !== "added" ? " · added by this change: reported, not gated" : "";
  const title = c.base ? `${name} · base ${passedCount(c.base)} → head ${passedCount(c.head)}${note}` : `${name} · head ${passedCount(c.head)}${note}`;
  const blocks = [
    title,
    renderInputs(c.vars, options.maxVarChars),
    renderSide("Base", c.base, baseWorse, options.maxOutputChars),
    renderSide("Head", c.head, headWorse, options.maxOutputChars)
  ];
  return blocks.filter((b) => b !== void 0 && b !== "").join("\n\n");
}
function renderGroup(group, cases, options) {
  const headOnly = cases.every((c) => c.base === void 0);
  const [emoji, one, many] = group === "still_failing" && headOnly ? ["⚠️", "failing case", "failing cases"] : GROUP_TITLE[group];
  const shown = cases.slice(0, options.maxCasesPerGroup);
  const body = shown.map((c) => renderCase(c, options, group));
  const rest = cases.slice(shown.length);
  if (rest.length > 0) {
    const ids = rest.slice(0, 50).map((c) => inlineCode(c.id));
    const etc = rest.length > ids.length ? ", …" : "";
    body.push(`… and ${plural(rest.length, one, many)} not shown: ${ids.join(", ")}${etc}`);
  }
  const summary = escapeHtml(`${emoji} ${plural(cases.length, one, many)}`);
  return `<details><summary>${summary}</summary>

${body.join("\n\n---\n\n")}

</details>`;
}
function renderCaseGroups(prompt, options) {
  return options.groups.map((group) => [group, listCaseGroup(prompt, group)]).filter(([, cases]) => cases.length > 0).map(([group, cases]) => renderGroup(group, cases, options));
}
function renderRegressedIds(prompt, max = 30) {
  const cases = listCaseGroup(prompt, "regressed");
  if (cases.length === 0) return "";
  const ids = cases.slice(0, max).map((c) => inlineCode(c.id));
  const more = cases.length > max ? ` and ${formatInt(cases.length - max)} more` : "";
  return `Regressed: ${ids.join(", ")}${more}`;
}

// src/render/markdown-prompt.ts
function renderPromptHeading(prompt) {
  const kind = prompt.change === "modified" ? "" : ` (${prompt.change})`;
  return `### ${PROMPT_EMOJI[prompt.verdict]} ${inlineCode(prompt.path)} — ${PROMPT_LABEL[prompt.verdict]}${kind}`;
}
function renderChangeNote(prompt) {
  const notes = [];
  if (prompt.previousPath) notes.push(`Renamed from ${inlineCode(prompt.previousPath)}.`);
  if (prompt.change === "deleted") notes.push("Deleted in this pull request: not run.");
  if (prompt.verdict === "not_evaluable") notes.push("No eval set: diff and cost estimate only.");
  if (prompt.change === "added" && prompt.head && !prompt.base) {
    notes.push("New prompt: measured on head only, against the minimum pass rate.");
  }
  return notes.join(" ");
}
function renderEstimate(prompt, layout) {
  if (!prompt.estimate) return "";
  const table = renderEstimateTable(prompt.estimate);
  if (!prompt.base && !prompt.head) return `**Cost estimate**

${table}`;
  if (!layout.estimate) return "";
  return `<details><summary>Static cost estimate (before running)</summary>

${table}

</details>`;
}
function renderPromptSection(prompt, report, layout) {
  const reasons = renderReasons(prompt, layout.maxListItems);
  const blocks = [
    renderPromptHeading(prompt),
    renderChangeNote(prompt),
    renderStatsTable(prompt, report),
    reasons ? `**Why**

${reasons}` : "",
    prompt.verdict === "inconclusive" && prompt.toSettle ? `**To settle it:** ${escapeInline(prompt.toSettle)}` : "",
    renderCaseCounts(prompt),
    layout.cases ? "" : renderRegressedIds(prompt),
    layout.diff && hasDiffContent(prompt.diff) ? renderDiffDetails(prompt.diff, layout.diff) : "",
    renderEstimate(prompt, layout),
    ...layout.cases ? renderCaseGroups(prompt, layout.cases) : [],
    renderWarnings(prompt, layout.maxListItems)
  ];
  return blocks.filter((b) => b !== "").join("\n\n");
}

// src/render/markdown-comment.ts
function buildParts(report, options, layout) {
  const headline = buildHeadline(report, "markdown");
  const top = [options.marker ? `${COMMENT_MARKER}
${headline}` : headline];
  const accepted = options.accepted && canAccept(report) ? options.accepted : void 0;
  if (accepted) top.push(renderAcceptedLine(accepted, report.verdict));
  const errors = renderErrors(report, layout.maxListItems);
  const sections = sortPrompts(report.prompts).map((p) => renderPromptSection(p, report, layout));
  const footer = renderFooter(report, {
    runUrl: options.runUrl,
    acceptLabel: options.acceptLabel ?? "promptgate:accept",
    accepted,
    shell: options.shell
  });
  return { top, sections: errors ? [errors, ...sections] : sections, footer };
}
function join(blocks) {
  return `${blocks.filter((b) => b !== "").join("\n\n")}
`;
}
function withNote(parts, note, sections = parts.sections) {
  const [first, ...rest] = parts.top;
  return join([first, ...note ? [note] : [], ...rest, ...sections, parts.footer]);
}
function fitGreedy(parts, options, max, leftOut) {
  const noteFor = (dropped) => renderTrimNote(
    max,
    options.limitName,
    `${leftOut}; ${dropped} of ${parts.sections.length} sections not shown`
  );
  const kept = [];
  for (const section of parts.sections) {
    const candidate = withNote(parts, noteFor(parts.sections.length), [...kept, section]);
    if (candidate.length > max) break;
    kept.push(section);
  }
  const body = withNote(parts, noteFor(parts.sections.length - kept.length), kept);
  if (body.length <= max) return body;
  const cut = body.slice(0, Math.max(0, max - 2)).lastIndexOf("\n\n");
  return `${body.slice(0, Math.max(0, cut))}
`;
}
function renderLayout(report, options, layout, max) {
  const parts = buildParts(report, options, layout);
  const note = layout.leftOut ? renderTrimNote(max, options.limitName, layout.leftOut) : void 0;
  return { parts, body: withNote(parts, note) };
}
function fitAdaptive(report, options, layout, max) {
  const withCount = (n) => ({
    ...layout,
    cases: { ...layout.cases, maxCasesPerGroup: n },
    leftOut: layout.leftOut?.replace("{n}", String(n))
  });
  let lo = 1;
  let hi = layout.cases.maxCasesPerGroup;
  let best;
  while (lo <= hi) {
    const mid = Math.floor((lo + hi) / 2);
    const { body } = renderLayout(report, options, withCount(mid), max);
    if (body.length <= max) {
      best = body;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}
function renderMarkdownReport(report, options) {
  const max = options.maxChars ?? MAX_COMMENT_CHARS;
  if (report.dryRun) return renderDryRunMarkdown(report, options);
  for (const layout of LAYOUTS) {
    if (layout.adaptive && layout.cases) {
      const body2 = fitAdaptive(report, options, layout, max);
      if (body2 !== void 0) return body2;
      continue;
    }
    const { body } = renderLayout(report, options, layout, max);
    if (body.length <= max) return body;
  }
  const last = LAYOUTS[LAYOUTS.length - 1];
  return fitGreedy(buildParts(report, options, last), options, max, last.leftOut ?? "");
}
function renderComment(report, options = {}) {
  return renderMarkdownReport(report, { ...options, marker: true, limitName: "GitHub's" });
}

export {
  MAX_COMMENT_CHARS,
  MAX_CHECK_SUMMARY_CHARS,
  MAX_CHECK_TEXT_CHARS,
  MAX_ANNOTATIONS_PER_REQUEST,
  MAX_CHECK_TITLE_CHARS,
  COMMENT_MARKER,
  PROMPT_LABEL,
  sortPrompts,
  buildVerdictLabel,
  describeIncomplete,
  canAccept,
  describeReport,
  buildHeadline,
  listCaseGroup,
  renderDryRunMarkdown,
  renderMarkdownReport,
  renderComment
};
