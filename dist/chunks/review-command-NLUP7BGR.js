import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  PROMPT_LABEL,
  buildVerdictLabel,
  describeIncomplete,
  describeReport,
  listCaseGroup,
  renderComment,
  renderDryRunMarkdown,
  sortPrompts
} from "./chunk-DKCMKRUT.js";
import {
  review
} from "./chunk-357ASRZX.js";
import {
  buildErrorReport
} from "./chunk-QO27POKI.js";
import {
  cacheFactory,
  cacheModeOf,
  createConsoleLogger,
  createGitRepoReader,
  createProgress,
  detectTerminal,
  modelFactory,
  paintLine,
  readConfigOverride
} from "./chunk-3GWBBFEK.js";
import "./chunk-X6OL6SSB.js";
import {
  UsageError,
  exitCodeFor,
  reviewHelp
} from "./chunk-3PSSM7Z2.js";
import {
  changePct,
  formatChangePct,
  formatInt,
  formatInterval,
  formatPassRate,
  formatPoints,
  formatSignedUsd,
  formatSpent,
  formatUsd,
  plural,
  trimText
} from "./chunk-BEA7V4SP.js";
import "./chunk-FBN4VSKL.js";
import {
  describeCaseRow,
  intervalLevel
} from "./chunk-5ETJW647.js";
import {
  InputError
} from "./chunk-X35WCL5Z.js";
import "./chunk-JQO23VV7.js";

// src/cli/review-command.ts
import { existsSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";

// src/render/terminal-dry-run.ts
var CHANGE = {
  added: ["+ added   ", "green"],
  modified: ["~ modified", "yellow"],
  renamed: ["→ renamed ", "yellow"],
  deleted: ["- deleted ", "red"]
};
function renderTerminalDryRun(report, options) {
  const lines = [];
  for (const prompt of sortPrompts(report.prompts)) lines.push(...promptLines(prompt));
  for (const e of report.errors) {
    const where = e.path ? `${e.path}${e.line !== void 0 ? `:${e.line}` : ""}: ` : "";
    lines.push([{ text: "! error ", color: "red" }, { text: trimText(`${where}${e.message}`, 500) }]);
  }
  lines.push(totalLine(report));
  return `${lines.map((l) => paintLine(l, options.color, options.width)).join("\n")}
`;
}
function promptLines(prompt) {
  const [label, color] = CHANGE[prompt.change];
  const from = prompt.previousPath ? ` (from ${prompt.previousPath})` : "";
  const lines = [
    [
      { text: `${label} `, color },
      { text: `${prompt.path}${from}`, color: "bold" }
    ]
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
    const where = `${w.file}${w.line !== void 0 ? `:${w.line}` : ""}`;
    lines.push([
      { text: `    warning: ${where}: ${w.field ? `${w.field}: ` : ""}${w.message}`, color: "yellow" }
    ]);
  }
  return lines;
}
function describeChanges(diff) {
  const added = diff.unified.split("\n").filter((l) => l.startsWith("+") && !l.startsWith("+++")).length;
  const removed = diff.unified.split("\n").filter((l) => l.startsWith("-") && !l.startsWith("---")).length;
  const parts = [`+${added} −${removed} lines`];
  if (diff.messages.length > 0) parts.push(`${plural(diff.messages.length, "message")} changed`);
  if (diff.modelChanged) parts.push(`model ${diff.modelChanged.from} → ${diff.modelChanged.to}`);
  for (const p of diff.parametersChanged) parts.push(`${p.name} ${show(p.from)} → ${show(p.to)}`);
  if (diff.responseFormatChanged) {
    parts.push(`response format ${diff.responseFormatChanged.from} → ${diff.responseFormatChanged.to}`);
  }
  const list = (sign, names) => names.map((n) => `${sign}${n}`).join(" ");
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
function show(value) {
  return value === null || value === void 0 ? "unset" : JSON.stringify(value);
}
function describeCost(prompt) {
  const e = prompt.estimate;
  if (!e) return void 0;
  const { base, head } = e;
  const parts = [];
  if (base && head) {
    parts.push(
      `input tokens/call ${formatInt(base.inputTokensPerCall)} → ${formatInt(head.inputTokensPerCall)}`
    );
    const pct = base.costPerCallUsd !== null && head.costPerCallUsd !== null ? formatChangePct(changePct(base.costPerCallUsd, head.costPerCallUsd)) : "unknown";
    parts.push(
      `est. cost/call ${formatUsd(base.costPerCallUsd)} → ${formatUsd(head.costPerCallUsd)} (${pct})`
    );
  } else {
    const only = head ?? base;
    if (only) {
      parts.push(`input tokens/call ${formatInt(only.inputTokensPerCall)}`);
      parts.push(`est. cost/call ${formatUsd(only.costPerCallUsd)}`);
    }
  }
  if (e.evalCalls > 0) parts.push(`eval set ${formatInt(e.evalCalls)} calls ≈ ${formatUsd(e.evalCostUsd)}`);
  return parts.join(" · ");
}
function totalLine(report) {
  const calls = report.prompts.reduce((n, p) => n + (p.estimate?.evalCalls ?? 0), 0);
  const costs = report.prompts.map((p) => p.estimate?.evalCostUsd ?? null);
  const cost = costs.some((c) => c === null) ? null : costs.reduce((a, b) => (a ?? 0) + (b ?? 0), 0);
  if (report.prompts.length === 0)
    return [{ text: "promptgate: dry run — no prompt changes", color: "cyan" }];
  const text = `promptgate: dry run — ${plural(report.prompts.length, "prompt")} changed; a full review would make ${formatInt(calls)} calls, est. ${formatUsd(cost)} (no model calls made)`;
  return [{ text, color: "cyan" }];
}

// src/render/terminal-summary.ts
var SYMBOL = {
  pass: ["✓", "green"],
  fail: ["✗", "red"],
  inconclusive: ["?", "yellow"],
  skipped: ["-", "dim"],
  error: ["!", "red"],
  not_evaluable: ["·", "dim"]
};
function statsSegments(prompt, report) {
  const { base, head, delta } = prompt;
  if (prompt.change === "deleted") return [{ text: "deleted, not run", color: "dim" }];
  if (base && head && delta) {
    const level = Math.round(intervalLevel(report.gate.confidence) * 100);
    return [
      { text: `pass ${formatPassRate(base)} → ${formatPassRate(head)} ` },
      {
        text: `(${formatPoints(delta.passRate)}, ${level}% CI ${formatInterval(delta.passRateCI)})`,
        color: "dim"
      },
      {
        text: `  cost/call ${formatChangePct(delta.costPerCallPct)}${delta.monthlyCostUsd !== null ? ` (${formatSignedUsd(delta.monthlyCostUsd)}/month)` : ""}  p50 ${formatChangePct(delta.latencyP50Pct)}`
      }
    ];
  }
  if (base && head) return [{ text: `pass ${formatPassRate(base)} → ${formatPassRate(head)}` }];
  if (head)
    return [
      { text: `pass ${formatPassRate(head)} (head only)  cost/call ${formatUsd(head.costPerCallUsd)}` }
    ];
  const estimate = prompt.estimate?.head ?? prompt.estimate?.base;
  if (estimate) return [{ text: `est. ${formatUsd(estimate.costPerCallUsd)}/call`, color: "dim" }];
  return [];
}
function promptLines2(prompt, report) {
  const [symbol, color] = SYMBOL[prompt.verdict];
  const lines = [
    [
      { text: `${symbol} `, color },
      { text: `${PROMPT_LABEL[prompt.verdict].padEnd(14)} `, color },
      { text: prompt.path, color: "bold" },
      ...statsSegments(prompt, report).map((seg, i) => i === 0 ? { ...seg, text: `  ${seg.text}` } : seg)
    ]
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
  return lines;
}
var OVERALL_COLOR = {
  pass: "green",
  fail: "red",
  inconclusive: "yellow",
  skipped: "dim",
  error: "red"
};
function totalsLine(report) {
  const { total, cached, failed, retried } = report.calls;
  const calls = `calls ${formatInt(total)} (${formatInt(cached)} cached, ${formatInt(failed)} failed, ${formatInt(retried)} retried)`;
  const incomplete = report.incomplete ? ` · incomplete: ${describeIncomplete(report)}` : "";
  return [
    {
      text: `${calls} · spent ${formatSpent(report.costUsd, report.unpricedCalls)}${incomplete}`,
      color: "dim"
    }
  ];
}
function overallLine(report) {
  if (report.dryRun) {
    const changed = plural(report.prompts.length, "prompt");
    return [{ text: `- promptgate: dry run — ${changed} changed, no model calls made`, color: "cyan" }];
  }
  const incomplete = report.incomplete ? ` (incomplete: ${describeIncomplete(report)})` : "";
  const text = `${SYMBOL[report.verdict][0]} promptgate: ${buildVerdictLabel(report)} — ${describeReport(report, "plain")}${incomplete}`;
  return [{ text, color: OVERALL_COLOR[report.verdict] }];
}
function renderTerminalSummary(report, options) {
  const lines = sortPrompts(report.prompts).flatMap((p) => promptLines2(p, report));
  for (const e of report.errors) {
    const where = e.path ? `${e.path}${e.line !== void 0 ? `:${e.line}` : ""}: ` : "";
    lines.push([{ text: "! error ", color: "red" }, { text: trimText(`${where}${e.message}`, 500) }]);
  }
  lines.push(totalsLine(report));
  lines.push(overallLine(report));
  return `${lines.map((l) => paintLine(l, options.color, options.width)).join("\n")}
`;
}

// src/cli/review-command.ts
async function runReviewCommand(args) {
  if (args.help) {
    process.stdout.write(`${reviewHelp}
`);
    return 0;
  }
  checkOutputPaths(args);
  const terminal = detectTerminal();
  const repo = createGitRepoReader(args.repo);
  const base = args.base ?? await repo.defaultBaseRef();
  const progress = createProgress(terminal.progress, terminal.width);
  const report = await reviewOrErrorReport(
    args,
    base,
    () => review(
      {
        repo,
        logger: createConsoleLogger(),
        createModel: modelFactory(args.offline),
        createCache: cacheFactory(args.repo, args),
        cacheMode: cacheModeOf(args),
        onProgress: (s) => progress.fromStats(s)
      },
      {
        base,
        head: args.head,
        configPath: args.config,
        configOverride: readConfigOverride(args.repo, args.config),
        dryRun: args.dryRun,
        repeats: args.repeats
      }
    )
  ).finally(() => progress.end());
  writeOutputs(report, args);
  const render = report.dryRun ? renderTerminalDryRun : renderTerminalSummary;
  process.stdout.write(render(report, { color: terminal.color, width: terminal.width }));
  return exitCodeFor(report);
}
function checkOutputPaths(args) {
  for (const [flag, path] of [
    ["--json", args.json],
    ["--markdown", args.markdown]
  ]) {
    if (path === void 0) continue;
    const dir = dirname(resolve(path));
    if (!existsSync(dir)) throw new UsageError(`${flag} ${path}: the directory ${dir} does not exist`);
  }
}
async function reviewOrErrorReport(args, base, run) {
  try {
    return await run();
  } catch (error) {
    if (args.json && error instanceof InputError) {
      const report = buildErrorReport(error, { base, head: args.head });
      writeFileSync(args.json, `${JSON.stringify(report, null, 2)}
`);
    }
    throw error;
  }
}
function writeOutputs(report, args) {
  if (args.json) writeFileSync(args.json, `${JSON.stringify(report, null, 2)}
`);
  if (args.markdown) {
    writeFileSync(args.markdown, report.dryRun ? renderDryRunMarkdown(report) : renderComment(report));
  }
}
export {
  runReviewCommand
};
