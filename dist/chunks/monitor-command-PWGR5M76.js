import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  evaluatePrompt
} from "./chunk-7G6EQMRP.js";
import {
  createConsoleLogger,
  detectTerminal,
  modelFactory,
  paintLine
} from "./chunk-SRDJGVZY.js";
import {
  noCache
} from "./chunk-AIUS6MYE.js";
import {
  EXIT_GATE_FAILED,
  EXIT_OK,
  UsageError,
  monitorHelp
} from "./chunk-HT2HJV57.js";
import {
  decodeText,
  escapeInline,
  escapeLines,
  formatMs,
  formatPoints,
  formatRate,
  formatUsd,
  inlineCode,
  joinMd,
  md,
  trimText
} from "./chunk-JKCREWRK.js";
import {
  createRedactor,
  listEnvSecrets
} from "./chunk-MUPGQHD5.js";
import "./chunk-UPRWYBPY.js";
import {
  GATE_POWER,
  decideAtLook,
  gitBlobId
} from "./chunk-CCVUCPQA.js";
import {
  matchesPromptGlobs
} from "./chunk-2JSRI3RX.js";
import "./chunk-Z7KE6A36.js";
import {
  findConfig,
  loadPromptSpec
} from "./chunk-D2YK244S.js";
import {
  InputError,
  external_exports
} from "./chunk-6MRQXAYL.js";
import "./chunk-4LD44RND.js";
import "./chunk-IEJME6RR.js";

// src/cli/monitor-command.ts
import { existsSync as existsSync2, readdirSync, readFileSync as readFileSync2, writeFileSync as writeFileSync2 } from "node:fs";
import { relative, resolve } from "node:path";

// src/adapters/baseline-dir.ts
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";

// src/core/gate/drift.ts
var MAX_HISTORY = 30;
var caseAnswersSchema = external_exports.object({
  id: external_exports.string(),
  passes: external_exports.array(external_exports.boolean()),
  outputs: external_exports.array(external_exports.string())
});
var runPointSchema = external_exports.object({
  at: external_exports.string(),
  passRate: external_exports.number(),
  costPerCallUsd: external_exports.number().nullable(),
  // Null when the run's answers came from a Batch API batch: no per-call time was measured.
  latencyP50Ms: external_exports.number().nullable(),
  status: external_exports.string()
});
var monitorRecordSchema = external_exports.object({
  schemaVersion: external_exports.literal(1),
  path: external_exports.string(),
  /** Git blob id of the prompt file the baseline answers belong to: a changed prompt starts a new baseline. */
  contentHash: external_exports.string(),
  model: external_exports.string(),
  /** The model snapshot(s) the provider reported for the baseline's answers (`response.model`). */
  snapshots: external_exports.array(external_exports.string()).default([]),
  baseline: external_exports.array(caseAnswersSchema),
  /** A drift was reported and the prompt has not yet come back within the margin. */
  drifting: external_exports.boolean(),
  history: external_exports.array(runPointSchema)
});
function decideDrift(record, today, gate) {
  const snapshots = { before: record?.snapshots ?? [], after: today.snapshots };
  return { ...compare(record, today, gate), snapshots };
}
function compare(record, today, gate) {
  const comparable = record !== void 0 && record.contentHash === today.contentHash && record.baseline.length > 0;
  if (!comparable) {
    if (today.incomplete) return { status: "inconclusive", regressed: [], record: keep(record, today) };
    return { status: "recorded", regressed: [], record: rebase(record, today, false, "recorded") };
  }
  const byId = new Map(today.cases.map((c) => [c.id, c]));
  const evidence = record.baseline.filter((c) => byId.has(c.id)).map((c) => ({ caseId: c.id, base: c.passes, head: byId.get(c.id).passes }));
  const design = {
    looks: [Math.max(1, evidence.length)],
    falseFailRate: gate.falseFailRate,
    margin: gate.margin,
    detect: gate.detect,
    power: GATE_POWER
  };
  const decision = decideAtLook(design, evidence, 0);
  const regressed = record.baseline.flatMap((before) => {
    const after = byId.get(before.id);
    return after && rate(after.passes) < rate(before.passes) ? [{ id: before.id, before, after }] : [];
  });
  if (decision.outcome === "fail") {
    return {
      status: "drift",
      decision,
      regressed,
      record: keep({ ...record, drifting: true }, today, "drift")
    };
  }
  if (decision.outcome === "pass" && !today.incomplete) {
    const status = record.drifting ? "recovered" : "stable";
    return { status, decision, regressed, record: rebase(record, today, false, status) };
  }
  return { status: "inconclusive", decision, regressed, record: keep(record, today, "inconclusive") };
}
function rate(passes) {
  return passes.length === 0 ? 0 : passes.filter(Boolean).length / passes.length;
}
function point(today, status) {
  const { at, passRate, costPerCallUsd, latencyP50Ms } = today;
  return { at, passRate, costPerCallUsd, latencyP50Ms, status };
}
function appendHistory(history, p) {
  return [...history, p].slice(-MAX_HISTORY);
}
function rebase(record, today, drifting, status) {
  const history = record && record.contentHash === today.contentHash ? record.history : [];
  return {
    schemaVersion: 1,
    path: today.path,
    contentHash: today.contentHash,
    model: today.model,
    snapshots: today.snapshots,
    baseline: today.cases,
    drifting,
    history: appendHistory(history, point(today, status))
  };
}
function keep(record, today, status = "inconclusive") {
  if (record === void 0 || record.contentHash !== today.contentHash) {
    return { ...rebase(void 0, today, false, status), baseline: [] };
  }
  return { ...record, history: appendHistory(record.history, point(today, status)) };
}

// src/adapters/baseline-dir.ts
function recordFileName(path) {
  return `${path.replaceAll("%", "%25").replaceAll("/", "%2F").replaceAll("\\", "%5C")}.json`;
}
function createBaselineDir(dir) {
  return {
    read(path) {
      const file = join(dir, recordFileName(path));
      if (!existsSync(file)) return void 0;
      let json;
      try {
        json = JSON.parse(readFileSync(file, "utf8"));
      } catch (error) {
        throw new InputError({ file, message: `not valid JSON: ${error.message}` });
      }
      const parsed = monitorRecordSchema.safeParse(json);
      if (parsed.success) return parsed.data;
      const issue = parsed.error.issues[0];
      throw new InputError({ file, field: issue.path.join("."), message: issue.message });
    },
    write(record) {
      mkdirSync(dir, { recursive: true });
      const file = join(dir, recordFileName(record.path));
      writeFileSync(`${file}.tmp`, `${JSON.stringify(record, null, 2)}
`);
      renameSync(`${file}.tmp`, file);
    }
  };
}

// src/render/drift-issue.ts
var driftMarker = (path) => md`<!-- promptgate:drift ${inlineCode(path.replaceAll("-->", "--&gt;"))} -->`;
var CASES_SHOWN = 10;
var OUTPUT_CHARS = 300;
function renderDriftIssue(outcome) {
  const { record, decision, regressed, snapshots } = outcome;
  const last = record.history.at(-1);
  const figures = decision ? md`Pass rate ${escapeInline(formatPoints(decision.estimate))} against the baseline over ${decision.cases} cases (exact paired test, ${formatP(decision.pValue)}); today ${escapeInline(last ? formatRate(last.passRate) : "—")}.` : md`No comparison was possible.`;
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
  const rate2 = last ? formatRate(last.passRate) : "—";
  return md`${inlineCode(outcome.record.path)} is back within the margin (pass rate ${escapeInline(rate2)}): today's run is the new baseline, closing.`;
}
function renderCases(regressed) {
  if (regressed.length === 0) return md`No single case declined; the drop is spread over the eval set.`;
  const shown = regressed.slice(0, CASES_SHOWN).map(
    (r) => md`- ${inlineCode(r.id)}: before ${escapeInline(rateOf(r.before.passes))}, after ${escapeInline(rateOf(r.after.passes))}<br>before: ${quote(r.before.outputs[0])}<br>after: ${quote(r.after.outputs[0])}`
  );
  const more = regressed.length - shown.length;
  return more > 0 ? joinMd([...shown, md`- and ${more} more`], "\n") : joinMd(shown, "\n");
}
function formatP(p) {
  return p < 1e-4 ? md`p < 0.0001` : md`p = ${Number(p.toFixed(4))}`;
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
function dateLabel(point2) {
  const match = /^\d{4}-(\d{2})-(\d{2})/.exec(point2.at);
  return match ? md`${Number(match[1])}/${Number(match[2])}` : md`?`;
}

// src/render/monitor-summary.ts
var STATUS_COLOR = {
  recorded: "dim",
  stable: "green",
  drift: "red",
  recovered: "green",
  inconclusive: "yellow"
};
function renderMonitorSummary(outcomes, options) {
  const lines = outcomes.map((o) => {
    const last = o.record.history.at(-1);
    const figures = last ? `pass ${formatRate(last.passRate)}, ${formatUsd(last.costPerCallUsd)}/call, p50 ${formatMs(last.latencyP50Ms)}` : "";
    const change = o.decision ? `, ${formatPoints(o.decision.estimate)} vs baseline (p=${o.decision.pValue.toFixed(3)})` : "";
    const regressed = o.status === "drift" ? `; ${o.regressed.length} cases declined` : "";
    return paintLine(
      [
        { text: `${o.status.padEnd(12)} `, color: STATUS_COLOR[o.status] },
        { text: `${o.record.path}: ${figures}${change}${regressed}` }
      ],
      options.color
    );
  });
  return lines.join("\n");
}

// src/cli/monitor-command.ts
var SKIPPED_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git", ".promptgate"]);
async function runMonitorCommand(args) {
  if (args.help) {
    process.stdout.write(`${monitorHelp}
`);
    return EXIT_OK;
  }
  if (!args.baseline) throw new UsageError("monitor needs --baseline DIR, where the baselines are kept");
  const root = resolve(args.repo);
  const read = diskReader(root);
  let config = (await findConfig(args.config ? diskReader(process.cwd()) : read, args.config)).config;
  if (args.repeats) config = { ...config, repeats: args.repeats };
  const baselineDir = resolve(args.baseline);
  const paths = args.files.length > 0 ? args.files.map((f) => toRepoPath(root, f)) : listPrompts(root, config, baselineDir);
  if (paths.length === 0)
    throw new InputError({ file: "promptgate.yml", field: "prompts", message: "no prompt file matches" });
  const redact = createRedactor(listEnvSecrets(process.env));
  const logger = createConsoleLogger(void 0, redact);
  const deps = { model: modelFactory(false)(config), cache: noCache, cacheMode: "off", logger };
  const store = createBaselineDir(baselineDir);
  const at = (/* @__PURE__ */ new Date()).toISOString();
  const outcomes = [];
  for (const path of paths) {
    const text = await read(path);
    if (text === null) throw new InputError({ file: path, message: "file not found" });
    const spec = await loadPromptSpec({ path, text, readFile: read, patterns: config.prompts });
    const report = await evaluatePrompt(deps, spec, config);
    const outcome = decideDrift(store.read(path), toTodayRun(report, gitBlobId(text), at), config.gate);
    store.write(outcome.record);
    outcomes.push(outcome);
  }
  if (args.json) writeFileSync2(args.json, `${JSON.stringify(outcomes.map(describeOutcome), null, 2)}
`);
  if (args.markdown) writeFileSync2(args.markdown, renderMonitorMarkdown(outcomes));
  process.stdout.write(`${renderMonitorSummary(outcomes, { color: detectTerminal().color })}
`);
  return outcomes.some((o) => o.status === "drift") ? EXIT_GATE_FAILED : EXIT_OK;
}
function renderMonitorMarkdown(outcomes) {
  const parts = outcomes.flatMap(
    (o) => o.status === "drift" ? [renderDriftIssue(o)] : o.status === "recovered" ? [renderRecoveredComment(o)] : []
  );
  return parts.length === 0 ? "No prompt declined.\n" : `${parts.join("\n\n---\n\n")}
`;
}
function describeOutcome(o) {
  return {
    path: o.record.path,
    status: o.status,
    ...o.decision ? { passRateChange: o.decision.estimate, pValue: o.decision.pValue } : {},
    regressed: o.regressed.map((r) => ({ id: r.id, before: r.before.outputs, after: r.after.outputs })),
    history: o.record.history
  };
}
function toTodayRun(report, contentHash, at) {
  return {
    path: report.path,
    contentHash,
    model: report.model,
    snapshots: report.snapshots ?? [],
    at,
    cases: report.cases.map((c) => {
      const graded = c.outputs.filter((o) => !o.error && !o.notRun);
      return { id: c.id, passes: graded.map((o) => o.pass), outputs: graded.map((o) => o.output) };
    }),
    passRate: report.passRate,
    costPerCallUsd: report.costPerCallUsd,
    latencyP50Ms: report.latencyMs?.p50 ?? null,
    incomplete: report.incomplete
  };
}
function diskReader(root) {
  return async (path) => {
    const full = resolve(root, path);
    return existsSync2(full) ? decodeText(path, readFileSync2(full)) : null;
  };
}
function toRepoPath(root, file) {
  return relative(root, resolve(file)).split("\\").join("/");
}
function listPrompts(root, config, baselineDir) {
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = resolve(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name) && full !== baselineDir) walk(full);
      } else if (matchesPromptGlobs(toRepoPath(root, full), config.prompts)) {
        found.push(toRepoPath(root, full));
      }
    }
  };
  walk(root);
  return found.sort();
}
export {
  runMonitorCommand,
  toTodayRun
};
