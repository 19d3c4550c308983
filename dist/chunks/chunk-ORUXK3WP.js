import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  cutAtParagraph,
  escapeCell,
  escapeHtml,
  escapeInline,
  escapeInlineWithCode,
  escapeLines,
  fencedBlock,
  inlineCode,
  joinMd,
  linkDestination,
  md,
  plainText,
  trimLines,
  trimStartMd,
  trimText
} from "./chunk-IYH4UEMK.js";
import {
  diffWordsWithSpace
} from "./chunk-LWZYCYLU.js";
import {
  intervalLevel
} from "./chunk-IEWJOKEH.js";
import {
  formatInterval,
  formatPoints,
  formatPointsValue
} from "./chunk-75RJOHPR.js";
import {
  changePct,
  formatChangePct,
  formatMs,
  formatPassRate,
  formatRate,
  formatSignedUsd,
  formatSpent,
  formatUsd
} from "./chunk-MI24B43W.js";
import {
  MINUS,
  formatInt,
  plural
} from "./chunk-7IS7JC7X.js";
import {
  canAccept,
  isPassRateRegression
} from "./chunk-MXEQ5T6I.js";
import {
  formatDiagnostic
} from "./chunk-6MRQXAYL.js";
import {
  shortSha
} from "./chunk-LT62UEMG.js";

// src/render/limits.ts
var MAX_COMMENT_CHARS = 65536;
var MAX_CHECK_SUMMARY_CHARS = 65535;
var MAX_CHECK_TEXT_CHARS = 65535;
var MAX_ANNOTATIONS_PER_REQUEST = 50;
var MAX_CHECK_TITLE_CHARS = 255;
var COMMENT_MARKER = md`<!-- promptgate:comment -->`;

// src/render/markdown-diff.ts
function show(value) {
  if (value === void 0 || value === null) return md`unset`;
  return inlineCode(typeof value === "string" ? value : JSON.stringify(value));
}
function codes(names) {
  return joinMd(
    names.map((n) => inlineCode(n)),
    ", "
  );
}
function describeResponseFormat(change) {
  if (change.schemaChanged) return md`response format: ${show(change.to)}, schema changed`;
  return md`response format: ${show(change.from)} → ${show(change.to)}`;
}
function renderStructuralChanges(diff) {
  const items = [];
  if (diff.modelChanged)
    items.push(md`model: ${show(diff.modelChanged.from)} → ${show(diff.modelChanged.to)}`);
  for (const p of diff.parametersChanged)
    items.push(md`${inlineCode(p.name)}: ${show(p.from)} → ${show(p.to)}`);
  if (diff.responseFormatChanged) items.push(describeResponseFormat(diff.responseFormatChanged));
  if (diff.variablesAdded.length > 0) items.push(md`variables added: ${codes(diff.variablesAdded)}`);
  if (diff.variablesRemoved.length > 0) items.push(md`variables removed: ${codes(diff.variablesRemoved)}`);
  const edited = diff.casesEdited ?? 0;
  if (diff.casesAdded > 0 || diff.casesRemoved > 0 || edited > 0) {
    const rows = escapeInline(
      `test rows: ${formatInt(diff.casesAdded)} added, ${formatInt(diff.casesRemoved)} removed`
    );
    const note = edited > 0 ? md`, ${escapeInline(formatInt(edited))} edited — edited rows are graded with the base's values` : md``;
    items.push(md`${rows}${note}`);
  }
  if (diff.evaluatorsAdded.length > 0) items.push(md`evaluators added: ${codes(diff.evaluatorsAdded)}`);
  if (diff.evaluatorsRemoved.length > 0) items.push(md`evaluators removed: ${codes(diff.evaluatorsRemoved)}`);
  return joinMd(
    items.map((item) => md`- ${item}`),
    "\n"
  );
}
var CONTEXT = 100;
function keepStart(value, n) {
  const cut = value.slice(0, n);
  if (/\s/.test(value[n] ?? " ")) return cut;
  const space = cut.search(/\s\S*$/);
  return space > 0 ? cut.slice(0, space) : cut;
}
function keepEnd(value, n) {
  const cut = value.slice(-n);
  if (/\s/.test(value[value.length - n - 1] ?? " ")) return cut;
  const space = cut.search(/\s/);
  return space >= 0 ? cut.slice(space) : cut;
}
function shrinkUnchanged(value, first, last) {
  if (value.length <= CONTEXT * 2 + 40) return value;
  const head = first ? "" : keepStart(value, CONTEXT);
  const tail = last ? "" : keepEnd(value, CONTEXT);
  return `${head} … ${tail}`;
}
function coalesceParts(parts) {
  const out = [];
  let removed = "";
  let added = "";
  const flush = () => {
    if (removed) out.push({ value: removed, removed: true });
    if (added) out.push({ value: added, added: true });
    removed = "";
    added = "";
  };
  for (const [i, part] of parts.entries()) {
    const pending = removed !== "" || added !== "";
    const next = parts[i + 1];
    const bridge = !part.added && !part.removed && /^\s+$/.test(part.value) && next && (next.added || next.removed);
    if (part.removed) removed += part.value;
    else if (part.added) added += part.value;
    else if (pending && bridge) {
      removed += part.value;
      added += part.value;
    } else {
      flush();
      out.push(part);
    }
  }
  flush();
  return out;
}
function renderDiffParts(changes, maxChars) {
  const parts = coalesceParts(changes);
  const pieces = [];
  let size = 0;
  for (const [i, part] of parts.entries()) {
    let piece;
    if (part.added) piece = md`<ins>${escapeLines(part.value)}</ins>`;
    else if (part.removed) piece = md`<del>${escapeLines(part.value)}</del>`;
    else piece = escapeLines(shrinkUnchanged(part.value, i === 0, i === parts.length - 1));
    if (size + piece.length > maxChars) {
      const left = parts.slice(i).filter((p) => p.added || p.removed).length;
      const what = left > 0 ? md`: ${escapeInline(plural(left, "more change"))} not shown` : md``;
      pieces.push(md` … (diff cut${what})`);
      break;
    }
    size += piece.length;
    pieces.push(piece);
  }
  return trimStartMd(joinMd(pieces, ""));
}
function renderWordDiff(message, maxChars) {
  const paragraph = renderDiffParts(message.parts, maxChars);
  return md`${inlineCode(message.label)}\n\n${paragraph === "" ? md`(no text)` : paragraph}`;
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
  if (structural) blocks.push(md`**Changes**\n\n${structural}`);
  const changedMessages = diff.messages.filter((m) => m.parts.some((p) => p.added || p.removed));
  if (changedMessages.length > 0) {
    const words = changedMessages.map((m) => renderWordDiff(m, options.maxWordDiffChars));
    blocks.push(md`**Word changes**\n\n${joinMd(words, "\n\n")}`);
  }
  if (diff.unified.trim() !== "")
    blocks.push(fencedBlock(trimLines(diff.unified, options.maxUnifiedChars), "diff"));
  if (blocks.length === 0) blocks.push(md`The prompt file's text did not change.`);
  const open = options.open ? md` open` : md``;
  return md`<details${open}><summary>${escapeHtml(summaryOf(diff))}</summary>\n\n${joinMd(blocks, "\n\n")}\n\n</details>`;
}

// src/render/text-kit.ts
var oneLine = (value, max) => trimText(value.replace(/\s*\r?\n\s*/g, " ").trim(), max);
var MARKDOWN_KIT = {
  text: (value) => escapeInline(oneLine(value, 300)),
  reason: (value) => escapeInlineWithCode(oneLine(value, 300)),
  code: (value) => inlineCode(trimText(value, 200)),
  t: md,
  join: (parts, separator) => joinMd(parts, separator)
};
function plain(template, ...values) {
  return template.reduce((out, part, i) => out + (i > 0 ? String(values[i - 1]) : "") + part, "");
}
var PLAIN_KIT = {
  text: (value) => plainText(oneLine(value, 300), "space"),
  reason: (value) => plainText(oneLine(value, 300), "space"),
  code: (value) => plainText(trimText(value, 200), "space"),
  t: plain,
  join: (parts, separator) => parts.join(separator)
};

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
function describePrompt(prompt, report, k) {
  const { base, head, delta } = prompt;
  const firstReason = prompt.reasons[0] !== void 0 ? k.reason(prompt.reasons[0]) : void 0;
  if (prompt.change === "deleted")
    return prompt.verdict === "skipped" ? k.t`deleted, not run` : k.t`deleted: eval set removed`;
  if (prompt.verdict === "not_evaluable") return k.t`no eval set: diff and cost estimate only`;
  if (!base && head && (prompt.verdict === "pass" || prompt.verdict === "fail")) {
    const why = firstReason && prompt.verdict === "fail" ? k.t` (${firstReason})` : k.t``;
    return k.t`new prompt passes ${k.text(formatRate(head.passRate))} of samples${why}`;
  }
  if (prompt.verdict === "fail" && base && head && isPassRateRegression(prompt, report.gate.margin)) {
    const points = formatPointsValue(-delta.passRate).replace(/^[+±]/, "");
    const fell = k.text(`${points} ${points === "1" ? "point" : "points"}`);
    return k.t`pass rate fell ${fell} (${k.text(formatRate(base.passRate))} → ${k.text(formatRate(head.passRate))})`;
  }
  if (prompt.verdict === "inconclusive" && delta) {
    const level = Math.round(intervalLevel(report.gate.confidence) * 100);
    return k.t`pass rate ${k.text(formatPoints(delta.passRate))} (${level}% CI ${k.text(formatInterval(delta.passRateCI))} pts), not enough evidence`;
  }
  if (prompt.verdict === "pass" && base && head) {
    return k.t`pass rate ${k.text(formatPassRate(base))} → ${k.text(formatPassRate(head))}`;
  }
  return firstReason ?? k.text(PROMPT_LABEL[prompt.verdict]);
}
function describeMany(report, verdict, noun, k) {
  const hits = sortPrompts(report.prompts).filter((p) => p.verdict === verdict);
  const [only] = hits;
  if (only && hits.length === 1) return k.t`${k.code(only.path)} ${describePrompt(only, report, k)}`;
  const named = k.join(
    hits.slice(0, 3).map((p) => k.code(p.path)),
    ", "
  );
  const more = hits.length > 3 ? k.t` and ${hits.length - 3} more` : k.t``;
  return k.t`${hits.length} of ${k.text(plural(report.prompts.length, "prompt"))} ${k.text(noun)}: ${named}${more}`;
}
function describeError(report, k) {
  const [first] = report.errors;
  if (first) {
    const where = first.path ? k.t`${k.code(`${first.path}${first.line !== void 0 ? `:${first.line}` : ""}`)}: ` : k.t``;
    return k.t`${where}${k.text(first.message)}`;
  }
  return describeMany(report, "error", "could not be reviewed", k);
}
function describeSkipped(report, k) {
  const { prompts } = report;
  if (prompts.length === 0) return k.t`no prompt files changed in this pull request`;
  if (report.dryRun) return k.t`${k.text(plural(prompts.length, "prompt"))} changed, no model calls made`;
  const deleted = prompts.filter((p) => p.change === "deleted");
  const renamed = prompts.filter((p) => p.change === "renamed" && p.verdict === "skipped");
  const noEvalSet = prompts.filter((p) => p.change !== "deleted" && p.verdict === "not_evaluable");
  const other = prompts.filter((p) => !deleted.includes(p) && !renamed.includes(p) && !noEvalSet.includes(p));
  const parts = [];
  if (deleted.length > 0) parts.push(k.text(`${plural(deleted.length, "prompt")} deleted`));
  if (renamed.length > 0) parts.push(k.text(`${plural(renamed.length, "prompt")} renamed without changes`));
  if (noEvalSet.length > 0) parts.push(k.text(`${plural(noEvalSet.length, "prompt")} without an eval set`));
  const [only] = other;
  if (only && other.length === 1) {
    const why = only.reasons[0] !== void 0 ? k.reason(only.reasons[0]) : k.t`not run`;
    parts.push(k.t`${k.code(only.path)} ${why}`);
  } else if (other.length > 1) parts.push(k.text(`${plural(other.length, "prompt")} not run`));
  return k.join(parts, ", ");
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
var STOPPED = {
  fail: "stopped as soon as the regression was clear",
  pass: "stopped as soon as a large drop was ruled out",
  "last-look": "every planned look used",
  stopped: "the run stopped sending calls"
};
function describeLooks(prompt) {
  const s = prompt.sequential;
  if (!s) return "";
  const looks = `look ${s.looksUsed} of ${s.plannedLooks.length}`;
  return `${s.cases} of ${s.totalCases} in a seeded order (${looks}; ${STOPPED[s.stoppedBecause]})`;
}
function describeReport(report, k) {
  switch (report.verdict) {
    case "skipped":
      return describeSkipped(report, k);
    case "error":
      return describeError(report, k);
    case "fail":
      return describeMany(report, "fail", "failed the gate", k);
    case "inconclusive":
      return describeMany(report, "inconclusive", "inconclusive", k);
    case "pass": {
      const reviewed = report.prompts.filter((p) => p.verdict === "pass").length;
      const other = report.prompts.length - reviewed;
      const notEvaluated = other > 0 ? k.t` (${other} not evaluated)` : k.t``;
      return k.t`${k.text(plural(reviewed, "prompt"))} reviewed, no regression${notEvaluated}`;
    }
  }
}
function buildHeadline(report, style) {
  return style === "plain" ? writeHeadline(report, PLAIN_KIT, true) : writeHeadline(report, MARKDOWN_KIT, false);
}
function writeHeadline(report, k, plain2) {
  const detail = describeReport(report, k);
  const incomplete = report.incomplete ? k.t` (incomplete: ${k.text(describeIncomplete(report))})` : k.t``;
  const label = buildVerdictLabel(report);
  if (plain2) return k.t`${k.text(`${label[0].toUpperCase()}${label.slice(1)}`)}: ${detail}${incomplete}`;
  return k.t`${k.text(VERDICT_EMOJI[report.verdict])} **promptgate: ${k.text(label)}** — ${detail}${incomplete}`;
}

// src/render/markdown-footer.ts
function runLink(runUrl) {
  const url = linkDestination(runUrl);
  return url ? md` · [run log](${url})` : md``;
}
function runLine(report, runUrl) {
  const { total, cached, failed, retried } = report.calls;
  const calls = escapeInline(
    `${plural(total, "model call")} (${formatInt(cached)} cached, ${formatInt(failed)} failed, ${formatInt(retried)} retried)`
  );
  const refs = md`base ${inlineCode(trimText(report.base.ref, 80))} @ ${inlineCode(shortSha(report.base.sha))} → head ${inlineCode(trimText(report.head.ref, 80))} @ ${inlineCode(shortSha(report.head.sha))}`;
  const spent = escapeInline(formatSpent(report.costUsd, report.unpricedCalls));
  const pricedBy = report.catalogue && report.prompts.length > 0 ? md` · prices from ${inlineCode(trimText(`${report.catalogue.name} ${report.catalogue.version}`, 120))}` : md``;
  return md`**Run:** ${calls} · spent ${spent}${pricedBy} · ${refs}${runLink(runUrl)}`;
}
function gateLine(report) {
  const { margin, confidence, repeats, onInconclusive } = report.gate;
  const points = Math.round(margin * 1e3) / 10;
  const level = Math.round(confidence * 100);
  const shown = Math.round(intervalLevel(confidence) * 100);
  const bounds = shown === level ? md`` : md` (one-sided bounds, shown as a ${shown}% CI)`;
  const samples2 = escapeInline(`${plural(repeats, "sample")} per case per version`);
  const { falseFailRate, detect } = report.gate;
  if (falseFailRate !== void 0 && detect !== void 0) {
    const rate = Math.round(falseFailRate * 1e3) / 10;
    const detected = Math.round(detect * 1e3) / 10;
    return md`**Gate:** fails on a significant pass-rate drop larger than ${points} points (a change that does nothing fails at most ${rate}% of the time), passes once a drop of ${detected} points is ruled out; intervals shown at ${shown}% · ${samples2} · inconclusive → ${escapeInline(onInconclusive)}`;
  }
  return md`**Gate:** fails on a pass-rate drop larger than ${points} points, significant at ${level}%${bounds} · ${samples2} · inconclusive → ${escapeInline(onInconclusive)}`;
}
function renderAcceptedLine(accepted, verdict = "fail") {
  const by = accepted.by ? md` by ${escapeInline(`@${accepted.by}`)}` : md``;
  const what = verdict === "inconclusive" ? md`inconclusive result` : md`regression`;
  return md`✔️ **Accepted:** the ${what} was accepted with the ${inlineCode(accepted.label)} label${by}; the check passes.`;
}
function acceptLine(report, options) {
  if (options.accepted || !canAccept(report)) return void 0;
  const label = inlineCode(options.acceptLabel);
  const command = inlineCode("/promptgate accept");
  const how = {
    action: md`add the ${label} label`,
    app: md`add the ${label} label or comment ${command}`,
    cli: md`add the ${label} label (with the promptgate App, commenting ${command} also works)`
  };
  if (report.verdict === "fail") return md`**To accept this regression**, ${how[options.shell ?? "cli"]}.`;
  return md`**To accept this inconclusive result**, ${how[options.shell ?? "cli"]}: the gate fails inconclusive reviews (${inlineCode("onInconclusive: fail")}), and an accepted one passes the check.`;
}
function rollbackLine(report, shell) {
  if (report.verdict !== "fail") return void 0;
  const failing = sortPrompts(report.prompts).filter((p) => p.verdict === "fail");
  const path = failing.length === 1 ? failing[0].path : "<path>";
  const command = inlineCode(`/promptgate rollback ${path}`);
  const inputs = md`${inlineCode("mode: rollback")} and ${inlineCode(`prompt: ${path}`)}`;
  const how = {
    action: md`run the promptgate workflow with ${inputs}`,
    app: md`comment ${command}`,
    cli: md`run the Action with ${inputs}, or comment ${command} with the App`
  };
  return md`**To roll back** after merging, ${how[shell]}.`;
}
function incompleteLine(report) {
  if (!isStoppedEarly(report)) {
    return md`⚠️ **Incomplete:** some samples could not be graded (see errors), so the review cannot pass.`;
  }
  const budget = report.errors.some((e) => e.message.startsWith("Stopped by the budget"));
  return md`⚠️ **Incomplete:** the review stopped before every call was made (${budget ? md`budget` : md`see errors`}), so it cannot pass.`;
}
function renderFooter(report, options) {
  const paragraphs = [runLine(report, options.runUrl)];
  if (report.incomplete) paragraphs.push(incompleteLine(report));
  if (!report.dryRun && report.verdict !== "skipped") paragraphs.push(gateLine(report));
  for (const line of [acceptLine(report, options), rollbackLine(report, options.shell ?? "cli")]) {
    if (line) paragraphs.push(line);
  }
  return md`---\n\n${joinMd(paragraphs, "\n\n")}`;
}
function renderTrimNote(maxChars, limitName, leftOut) {
  return md`> ✂️ Output trimmed to fit ${escapeInline(`${limitName} ${formatInt(maxChars)}`)}-character limit: ${escapeInline(leftOut)}.`;
}

// src/render/markdown-sections.ts
var cell = (text) => text === "" ? md`` : escapeCell(text);
function tableOf(header, rows, align) {
  const line = (cells2) => md`| ${joinMd(cells2, " | ")} |`;
  return joinMd([line(header), line(align), ...rows.map(line)], "\n");
}
var cells = (...texts) => texts.map(cell);
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
      formatMs(base.latencyMs?.p50),
      formatMs(head.latencyMs?.p50),
      formatChangePct(d ? d.latencyP50Pct : latencyChange(base, head, "p50"))
    ],
    [
      "latency p95",
      formatMs(base.latencyMs?.p95),
      formatMs(head.latencyMs?.p95),
      formatChangePct(latencyChange(base, head, "p95"))
    ],
    ["tokens in / out per call", tokens(base), tokens(head), `${tokensIn} / ${tokensOut}`],
    ["samples", samples(base), samples(head), ""]
  );
  if (base.errors > 0 || head.errors > 0) {
    rows.push(["ungraded samples", formatInt(base.errors), formatInt(head.errors), ""]);
  }
  return rows.map((row) => cells(...row));
}
function headOnlyRows(head) {
  const rows = [
    ["pass rate", formatPassRate(head)],
    ["cost per call", formatUsd(head.costPerCallUsd)],
    [
      "latency p50 / p95",
      head.latencyMs ? `${formatMs(head.latencyMs.p50)} / ${formatMs(head.latencyMs.p95)}` : "unknown"
    ],
    ["tokens in / out per call", tokens(head)],
    ["samples", samples(head)]
  ];
  if (head.errors > 0) rows.push(["ungraded samples", formatInt(head.errors)]);
  return rows.map((row) => cells(...row));
}
function latencyChange(base, head, which) {
  return base.latencyMs && head.latencyMs ? changePct(base.latencyMs[which], head.latencyMs[which]) : null;
}
function latencyNote(...sides) {
  return sides.some((s) => s.latencyMs === null) ? md`\n\nLatency unknown: answers from the provider's Batch API have no per-call time, so they are left out of latency figures and the latency limit.` : md``;
}
function renderStatsTable(prompt, report) {
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
function estimateCells(e) {
  if (!e) return cells("—", "—", "—", "—");
  return [
    inlineCode(e.model, { inTable: true }),
    md`${e.tokenizer?.estimate ? md`≈ ` : md``}${cell(formatInt(e.inputTokensPerCall))}`,
    md`${cell(formatInt(e.outputTokensPerCall))} — ${escapeCell(e.outputAssumption)}`,
    cell(formatUsd(e.costPerCallUsd))
  ];
}
function renderEstimateTable(estimate) {
  const base = estimateCells(estimate.base);
  const head = estimateCells(estimate.head);
  const labels = ["model", "input tokens per call", "output tokens per call", "estimated cost per call"];
  const rows = labels.map((label, i) => [cell(label), base[i], head[i]]);
  const table = tableOf(cells("", "base", "head"), rows, [md`---`, md`---:`, md`---:`]);
  const estimated = [estimate.base, estimate.head].find((e) => e?.tokenizer?.estimate);
  const tokenNote = estimated?.tokenizer ? md`\n\n≈ Input tokens of ${inlineCode(estimated.model)} are counted with OpenAI's ${inlineCode(estimated.tokenizer.encoding)} tokenizer: an estimate, not its vendor's own count.` : md``;
  const evalLine = estimate.evalCalls === 0 ? md`No eval set to run.` : md`Eval set: at most ${escapeInline(plural(estimate.evalCalls, "call"))}, estimated cost ${escapeInline(formatUsd(estimate.evalCostUsd))}.${detectableNote(estimate)}`;
  return md`${table}${tokenNote}\n\n${evalLine}`;
}
function detectableNote(estimate) {
  const note = describeDetectable(estimate).trim();
  return note === "" ? md`` : md` ${escapeInline(note)}`;
}
function describeDetectable(estimate) {
  const { minDetectableDrop: drop, gatedCases } = estimate;
  if (drop === void 0 || gatedCases === void 0) return "";
  const rows = `This eval set (${plural(gatedCases, "case")})`;
  if (drop >= 1) return ` ${rows} is too small to detect any pass-rate drop with 95% power; add rows.`;
  return ` ${rows} can detect a pass-rate drop of ≥ ${Math.round(drop * 100)} points; add rows to see smaller ones.`;
}
function renderReasons(prompt, maxReasons = 20) {
  if (prompt.reasons.length === 0) return md``;
  const shown = prompt.reasons.slice(0, maxReasons).map((r) => md`- ${escapeInlineWithCode(trimText(r, 500))}`);
  const more = prompt.reasons.length - shown.length;
  if (more > 0) shown.push(md`- … and ${escapeInline(plural(more, "more reason"))}`);
  return joinMd(shown, "\n");
}
function renderWarnings(prompt, maxWarnings = 20) {
  if (prompt.warnings.length === 0) return md``;
  const shown = prompt.warnings.slice(0, maxWarnings).map((w) => md`- ${escapeInline(trimText(formatDiagnostic(w), 500))}`);
  const more = prompt.warnings.length - shown.length;
  if (more > 0) shown.push(md`- … and ${escapeInline(plural(more, "more warning"))}`);
  return md`**Warnings**\n\n${joinMd(shown, "\n")}`;
}
function renderErrors(report, maxErrors = 20) {
  if (report.errors.length === 0) return md``;
  const items = report.errors.slice(0, maxErrors).map((e) => {
    const where = e.path ? `${e.path}${e.line !== void 0 ? `:${e.line}` : ""}` : void 0;
    const message = escapeInline(trimText(e.message, 500));
    return where ? md`- ${inlineCode(where)}: ${message}` : md`- ${message}`;
  });
  const more = report.errors.length - items.length;
  if (more > 0) items.push(md`- … and ${escapeInline(plural(more, "more error"))}`);
  return md`### Errors\n\n${joinMd(items, "\n")}`;
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
function describeEstimatedCost(estimates) {
  const { usd, unknown } = totalEstimate(estimates);
  return describeCost(usd, unknown, estimates.length);
}
function describeCost(usd, unknown, count) {
  if (unknown === 0) return `est. ${formatUsd(usd)}`;
  if (unknown === count) return "est. cost unknown (no price for the model)";
  return `est. ${formatUsd(usd)} plus ${plural(unknown, "prompt")} of unknown price`;
}
function describeFullReview(report) {
  const estimates = report.prompts.flatMap((p) => p.estimate ? [p.estimate] : []);
  if (estimates.length === 0) return "";
  const { calls } = totalEstimate(estimates);
  return `a full review would make at most ${plural(calls, "call")}, ${describeEstimatedCost(estimates)}`;
}
function renderDryRunHeadline(report) {
  if (report.verdict === "error") {
    const why = describeError(report, MARKDOWN_KIT);
    return md`${escapeInline(VERDICT_EMOJI.error)} **promptgate: dry run could not run** — ${why}`;
  }
  const changed = escapeInline(plural(report.prompts.length, "prompt"));
  const full = describeFullReview(report);
  const cost = full === "" ? md`` : md` · ${escapeInline(full)}`;
  return md`📝 **promptgate: dry run** — ${changed} changed${cost} (no model calls made)`;
}
function renderDryRunSection(prompt, maxDiffChars) {
  const diff = maxDiffChars === null ? md`` : renderDiffDetails(prompt.diff, {
    maxUnifiedChars: maxDiffChars,
    maxWordDiffChars: Math.ceil(maxDiffChars / 5),
    open: true
  });
  const blocks = [
    md`### 📝 ${inlineCode(prompt.path)} — ${escapeInline(prompt.change)}`,
    prompt.previousPath ? md`Renamed from ${inlineCode(prompt.previousPath)}.` : md``,
    prompt.estimate ? renderEstimateTable(prompt.estimate) : md`No cost estimate for this prompt.`,
    diff,
    renderWarnings(prompt)
  ];
  return joinMd(
    blocks.filter((b) => b !== ""),
    "\n\n"
  );
}
function build(report, options, maxDiffChars, note) {
  const headline = renderDryRunHeadline(report);
  const top = options.marker === false ? headline : md`${COMMENT_MARKER}\n${headline}`;
  const sections = sortPrompts(report.prompts).map((p) => renderDryRunSection(p, maxDiffChars));
  const how = options.shell === "action" ? md`Set the \`dry-run\` input to \`false\`` : md`Run the review without \`--dry-run\``;
  const footer = md`---\n\nDry run: diffs and static estimates only. ${how} to evaluate.`;
  const blocks = [top, note ?? md``, renderErrors(report), ...sections, footer];
  return md`${joinMd(
    blocks.filter((b) => b !== ""),
    "\n\n"
  )}\n`;
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
  return cutAtParagraph(bare, max);
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

// src/render/markdown-output.ts
var MIN_SHARED = 0.4;
var SHORT_ANSWER = 80;
function sharedShare(parts, head) {
  const kept = parts.filter((p) => !p.added && !p.removed).reduce((n, p) => n + p.value.trim().length, 0);
  return head.trim().length === 0 ? 1 : kept / head.trim().length;
}
function isJson(text) {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
function isCodeLike(text) {
  return /^\s*[[{]/.test(text) || /^ {0,3}(```|~~~)/m.test(text);
}
function quote(body) {
  const text = trimStartMd(body);
  return md`> ${text === "" ? md`(empty answer)` : text}`;
}
function renderOutput(text, maxChars, asCode = isCodeLike(text)) {
  const shown = trimText(text, maxChars);
  if (asCode) return fencedBlock(shown, isJson(text) ? "json" : "");
  return quote(escapeLines(shown));
}
function renderOutputChange(base, head, maxChars) {
  if (base === head) return md`${renderOutput(head, maxChars)}\n\n(the same answer as the base)`;
  if (isCodeLike(base) || isCodeLike(head)) return renderOutput(head, maxChars, true);
  const [before, after] = [trimText(base, maxChars), trimText(head, maxChars)];
  const parts = diffWordsWithSpace(before, after);
  const short = Math.max(before.length, after.length) <= SHORT_ANSWER;
  if (!short && sharedShare(parts, after) < MIN_SHARED) {
    return md`${renderOutput(head, maxChars)}\n\n(rewritten: too different from the base answer to mark word changes)`;
  }
  return quote(renderDiffParts(parts, maxChars * 3));
}

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
  if (prompt.cases.length === 0) return md``;
  const gated = prompt.cases.filter((c) => !c.informational);
  const graded = gated.filter((c) => !isUngraded(c));
  const count = (change) => graded.filter((c) => c.change === change).length;
  const parts = ["regressed", "improved", "flaky", "unchanged"].map((change) => [change, count(change)]).filter(([, n]) => n > 0).map(([change, n]) => `${formatInt(n)} ${change}`);
  const ungraded = gated.length - graded.length;
  if (ungraded > 0) parts.push(`${formatInt(ungraded)} not graded`);
  const added = prompt.cases.length - gated.length;
  if (added > 0) parts.push(`${formatInt(added)} added by this change, not gated`);
  return md`**Cases:** ${escapeInline(parts.join(" · "))} (${escapeInline(formatInt(prompt.cases.length))} in all)`;
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
  const which = md`sample ${index + 1} of ${total}`;
  if (sample.error !== void 0) return md`${which} · error: ${escapeInline(trimText(sample.error, 200))}`;
  if (sample.pass) return md`${which} · passed`;
  const failed = sample.failed.slice(0, 3).map((f) => md`${inlineCode(f.evaluator)} (${escapeInline(trimText(f.reason, 160))})`);
  return failed.length > 0 ? md`${which} · failed ${joinMd(failed, ", ")}` : md`${which} · failed`;
}
function answerOf(sample) {
  return sample.error !== void 0 && sample.output === "" ? `(no output: ${sample.error})` : sample.output;
}
function renderSide(label, side, picked, maxChars, against) {
  if (!side) return void 0;
  if (!picked) return md`**${escapeInline(label)}**: no samples`;
  const [index, sample] = picked;
  const line = md`**${escapeInline(label)}** — ${describeSample(sample, index, side.outputs.length)}`;
  const comparable = against !== void 0 && against.error === void 0 && sample.error === void 0;
  const answer = comparable ? renderOutputChange(against.output, sample.output, maxChars) : renderOutput(answerOf(sample), maxChars);
  return md`${line}\n\n${answer}`;
}
function passedCount(side) {
  if (!side) return "—";
  const n = side.outputs.length;
  return `${Math.round(side.passRate * n)}/${n} passed`;
}
function renderInputs(vars, maxChars) {
  const entries = Object.entries(vars);
  if (entries.length === 0) return md``;
  const rows = entries.map(
    ([k, v]) => md`| ${inlineCode(k, { inTable: true })} | ${inlineCode(trimText(v, maxChars), { inTable: true })} |`
  );
  return joinMd([md`| input | value |`, md`| --- | --- |`, ...rows], "\n");
}
function renderCase(c, options, group) {
  const failing = group === "regressed" || group === "still_failing";
  const baseWorse = failing || c.base !== void 0 && c.base.passRate < (c.head?.passRate ?? 0);
  const headWorse = failing || !baseWorse;
  const name = md`**Row ${c.index + 1}** ${inlineCode(trimText(c.id, 120))}`;
  const note = c.informational && group !== "added" ? md` · added by this change: reported, not gated` : md``;
  const title = c.base ? md`${name} · base ${escapeInline(passedCount(c.base))} → head ${escapeInline(passedCount(c.head))}${note}` : md`${name} · head ${escapeInline(passedCount(c.head))}${note}`;
  const base = c.base ? pickSample(c.base.outputs, baseWorse) : void 0;
  const head = c.head ? pickSample(c.head.outputs, headWorse) : void 0;
  const blocks = [
    title,
    renderInputs(c.vars, options.maxVarChars),
    renderSide("Base", c.base, base, options.maxOutputChars),
    renderSide("Head", c.head, head, options.maxOutputChars, base?.[1])
  ];
  return joinMd(
    blocks.filter((b) => b !== void 0 && b !== ""),
    "\n\n"
  );
}
function renderGroup(group, cases, options) {
  const headOnly = cases.every((c) => c.base === void 0);
  const [emoji, one, many] = group === "still_failing" && headOnly ? ["⚠️", "failing case", "failing cases"] : GROUP_TITLE[group];
  const shown = cases.slice(0, options.maxCasesPerGroup);
  const body = shown.map((c) => renderCase(c, options, group));
  const rest = cases.slice(shown.length);
  if (rest.length > 0) {
    const ids = rest.slice(0, 50).map((c) => inlineCode(c.id));
    const etc = rest.length > ids.length ? md`, …` : md``;
    body.push(
      md`… and ${escapeInline(plural(rest.length, one, many))} not shown: ${joinMd(ids, ", ")}${etc}`
    );
  }
  const summary = escapeHtml(`${emoji} ${plural(cases.length, one, many)}`);
  return md`<details><summary>${summary}</summary>\n\n${joinMd(body, "\n\n---\n\n")}\n\n</details>`;
}
function renderCaseGroups(prompt, options) {
  return options.groups.map((group) => [group, listCaseGroup(prompt, group)]).filter(([, cases]) => cases.length > 0).map(([group, cases]) => renderGroup(group, cases, options));
}
function renderRegressedIds(prompt, max = 30) {
  const cases = listCaseGroup(prompt, "regressed");
  if (cases.length === 0) return md``;
  const ids = cases.slice(0, max).map((c) => inlineCode(c.id));
  const more = cases.length > max ? md` and ${escapeInline(formatInt(cases.length - max))} more` : md``;
  return md`Regressed: ${joinMd(ids, ", ")}${more}`;
}

// src/render/markdown-prompt.ts
function renderPromptHeading(prompt) {
  const kind = prompt.change === "modified" ? md`` : md` (${escapeInline(prompt.change)})`;
  const label = escapeInline(`${PROMPT_EMOJI[prompt.verdict]}`);
  return md`### ${label} ${inlineCode(prompt.path)} — ${escapeInline(PROMPT_LABEL[prompt.verdict])}${kind}`;
}
function renderChangeNote(prompt) {
  const notes = [];
  if (prompt.previousPath) notes.push(md`Renamed from ${inlineCode(prompt.previousPath)}.`);
  if (prompt.change === "deleted") notes.push(md`Deleted in this pull request: not run.`);
  if (prompt.verdict === "not_evaluable") notes.push(md`No eval set: diff and cost estimate only.`);
  if (prompt.change === "added" && prompt.head && !prompt.base) {
    notes.push(md`New prompt: measured on head only, against the minimum pass rate.`);
  }
  return joinMd(notes, " ");
}
function renderEstimate(prompt, layout) {
  if (!prompt.estimate) return md``;
  const table = renderEstimateTable(prompt.estimate);
  if (!prompt.base && !prompt.head) return md`**Cost estimate**\n\n${table}`;
  if (!layout.estimate) return md``;
  return md`<details><summary>Static cost estimate (before running)</summary>\n\n${table}\n\n</details>`;
}
function renderExperimentLinks(prompt) {
  const links = (prompt.experiments ?? []).map(({ vendor, url }) => {
    const target = linkDestination(url);
    return target ? md`[${escapeInline(vendor)}](${target})` : escapeInline(vendor);
  });
  return links.length > 0 ? md`**Compare base and head:** ${joinMd(links, " · ")}` : md``;
}
function renderPromptSection(prompt, report, layout) {
  const reasons = renderReasons(prompt, layout.maxListItems);
  const blocks = [
    renderPromptHeading(prompt),
    renderChangeNote(prompt),
    renderStatsTable(prompt, report),
    reasons ? md`**Why**\n\n${reasons}` : md``,
    prompt.verdict === "inconclusive" && prompt.toSettle ? md`**To settle it:** ${escapeInline(prompt.toSettle)}` : md``,
    describeLooks(prompt) ? md`**Rows asked:** ${escapeInline(describeLooks(prompt))}` : md``,
    renderExperimentLinks(prompt),
    renderCaseCounts(prompt),
    layout.cases ? md`` : renderRegressedIds(prompt),
    layout.diff && hasDiffContent(prompt.diff) ? renderDiffDetails(prompt.diff, layout.diff) : md``,
    renderEstimate(prompt, layout),
    ...layout.cases ? renderCaseGroups(prompt, layout.cases) : [],
    renderWarnings(prompt, layout.maxListItems)
  ];
  return joinMd(
    blocks.filter((b) => b !== ""),
    "\n\n"
  );
}

// src/render/markdown-comment.ts
function buildParts(report, options, layout) {
  const headline = buildHeadline(report, "markdown");
  const top = [options.marker ? md`${COMMENT_MARKER}\n${headline}` : headline];
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
  return md`${joinMd(
    blocks.filter((b) => b !== ""),
    "\n\n"
  )}\n`;
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
  return cutAtParagraph(body, max);
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
  listCaseGroup,
  PLAIN_KIT,
  PROMPT_LABEL,
  sortPrompts,
  describeError,
  buildVerdictLabel,
  describeIncomplete,
  describeLooks,
  describeReport,
  buildHeadline,
  describeFullReview,
  renderDryRunMarkdown,
  renderMarkdownReport,
  renderComment
};
