import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  describeOfflineMisses,
  summarizeSampleErrors
} from "./chunk-MI24B43W.js";
import {
  defaultConfig
} from "./chunk-SLGLWCCW.js";
import {
  buildGlobMatcher
} from "./chunk-QCHZJ6UA.js";
import {
  InputError
} from "./chunk-6MRQXAYL.js";
import {
  pLimit
} from "./chunk-LT62UEMG.js";

// src/core/diff/change-set.ts
var READ_CONCURRENCY = 8;
function matchesPromptGlobs(path, globs) {
  return buildGlobMatcher(toGlobs(globs))(path);
}
function toGlobs(patterns) {
  return patterns.map((p) => typeof p === "string" ? p : p.path);
}
async function listPromptChanges(reader, baseSha, headSha, options) {
  const matches = buildGlobMatcher(toGlobs(options.globs));
  const isPrompt = (path) => matches(path) && !options.exclude?.(path);
  const changedFiles = await reader.listChangedFiles(baseSha, headSha);
  const limit = pLimit(READ_CONCURRENCY);
  const direct = await Promise.all(
    changedFiles.map((file) => classifyChange(file, isPrompt)).filter((change) => change !== void 0).map((change) => limit(() => readVersions(reader, baseSha, headSha, change)))
  );
  const byData = await listDataOnlyChanges(reader, baseSha, headSha, {
    changedFiles,
    covered: new Set(direct.map((change) => change.path)),
    isPrompt,
    dataReferences: options.dataReferences,
    limit
  });
  return [...direct, ...byData].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
function classifyChange(file, isPrompt) {
  const { path } = file;
  switch (file.status) {
    case "added":
      return isPrompt(path) ? { path, change: "added", headPath: path } : void 0;
    case "modified":
      return isPrompt(path) ? { path, change: "modified", basePath: path, headPath: path } : void 0;
    case "deleted":
      return isPrompt(path) ? { path, change: "deleted", basePath: path } : void 0;
    case "renamed": {
      const from = file.previousPath ?? path;
      const [wasPrompt, isPromptNow] = [isPrompt(from), isPrompt(path)];
      if (wasPrompt && isPromptNow) {
        return { path, change: "renamed", previousPath: from, basePath: from, headPath: path };
      }
      if (isPromptNow) return { path, change: "added", headPath: path };
      if (wasPrompt) return { path: from, change: "deleted", basePath: from };
      return void 0;
    }
  }
}
async function readVersions(reader, baseSha, headSha, planned) {
  const [base, head] = await Promise.all([
    planned.basePath === void 0 ? void 0 : readVersion(reader, baseSha, planned.basePath),
    planned.headPath === void 0 ? void 0 : readVersion(reader, headSha, planned.headPath)
  ]);
  const change = { path: planned.path, change: planned.change, changedDataFiles: [] };
  if (planned.previousPath !== void 0) change.previousPath = planned.previousPath;
  if (base) change.base = base;
  if (head) change.head = head;
  return change;
}
async function readVersion(reader, sha, path) {
  let text;
  try {
    text = await reader.readFile(sha, path);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { path, text: "", unreadable: error.diagnostics };
  }
  if (text === null) throw new Error(`${path} is listed as changed but cannot be read at commit ${sha}`);
  return { path, text };
}
async function listDataOnlyChanges(reader, baseSha, headSha, scan) {
  const changedPaths = new Set(
    scan.changedFiles.flatMap((file) => [file.path, file.previousPath].filter((p) => p !== void 0))
  );
  for (const path of scan.covered) changedPaths.delete(path);
  if (changedPaths.size === 0) return [];
  const candidates = (await reader.listFiles(headSha)).filter(
    (path) => scan.isPrompt(path) && !scan.covered.has(path)
  );
  const found = await Promise.all(
    candidates.map(
      (path) => scan.limit(async () => {
        const text = await readIfText(reader, headSha, path);
        if (text === null) return void 0;
        const references = scan.dataReferences(path, text).map(normalizePath);
        const changedDataFiles = [...new Set(references.filter((ref) => changedPaths.has(ref)))].sort();
        if (changedDataFiles.length === 0) return void 0;
        const base = await readVersion(reader, baseSha, path);
        const change = {
          path,
          change: "modified",
          base,
          head: { path, text },
          changedDataFiles
        };
        return change;
      })
    )
  );
  return found.filter((change) => change !== void 0);
}
async function readIfText(reader, sha, path) {
  try {
    return await reader.readFile(sha, path);
  } catch (error) {
    if (error instanceof InputError) return null;
    throw error;
  }
}
function normalizePath(path) {
  return path.replace(/^(\.\/)+/, "");
}

// src/core/gate/overall-verdict.ts
var SEVERITY = { skipped: 0, pass: 1, inconclusive: 2, error: 3, fail: 4 };
function decideOverallVerdict(input) {
  let worst = "skipped";
  for (const prompt of input.prompts) {
    const verdict = prompt.verdict === "not_evaluable" ? "skipped" : prompt.verdict;
    if (input.dryRun && verdict !== "error") continue;
    if (SEVERITY[verdict] > SEVERITY[worst]) worst = verdict;
  }
  return input.incomplete && worst !== "fail" ? "error" : worst;
}

// src/review/build-report.ts
function buildReport(context, prepared, run) {
  const prompts = prepared.map((p) => buildPromptReport(p, run, context.dryRun));
  const errors = prepared.flatMap((p) => p.errors.map(toReportError));
  const stoppedBy = run?.stats.stoppedBy;
  if (stoppedBy) errors.push({ message: `Stopped by the budget: ${stoppedBy}. The review is incomplete.` });
  const refusedBy = run?.stats.refusedBy;
  if (refusedBy)
    errors.push({
      message: `Stopped: the provider refused a call, so no further calls were sent: ${refusedBy}`
    });
  for (const prompt of prompts) errors.push(...promptSampleErrors(prompt));
  const incomplete = Boolean(stoppedBy) || Boolean(refusedBy) || prompts.some((p) => p.verdict === "error") || [...run?.comparisons.values() ?? []].some((c) => c.incomplete);
  const stats = run?.stats;
  const { gate } = context.config;
  return {
    schemaVersion: 1,
    verdict: decideOverallVerdict({ prompts, dryRun: context.dryRun, incomplete }),
    incomplete,
    dryRun: context.dryRun,
    base: context.base,
    head: context.head,
    prompts,
    calls: {
      total: stats?.total ?? 0,
      cached: stats?.cached ?? 0,
      failed: stats?.failed ?? 0,
      retried: stats?.retried ?? 0
    },
    costUsd: stats?.costUsd ?? 0,
    unpricedCalls: stats?.unpricedCalls ?? 0,
    errors,
    ...context.catalogue ? { catalogue: context.catalogue } : {},
    gate: {
      margin: gate.margin,
      confidence: gate.confidence,
      repeats: context.config.repeats,
      onInconclusive: gate.onInconclusive,
      falseFailRate: gate.falseFailRate,
      detect: gate.detect,
      maxCases: gate.maxCases
    }
  };
}
function locateCases(cases, p) {
  const rows = new Map((p.plan?.cases ?? []).map((c) => [c.id, c.head?.testCase]));
  return cases.map((c) => {
    const row = rows.get(c.id);
    if (row?.line === void 0) return c;
    return { ...c, at: { file: row.source ?? p.change.file ?? p.change.path, line: row.line } };
  });
}
function buildPromptReport(p, run, dryRun) {
  const comparison = run?.comparisons.get(p.change.path);
  const report = {
    path: p.change.path,
    ...p.change.file ? { file: p.change.file } : {},
    change: p.change.change,
    ...p.change.previousPath ? { previousPath: p.change.previousPath } : {},
    ...p.change.changedDataFiles.length > 0 ? { changedDataFiles: p.change.changedDataFiles } : {},
    verdict: comparison?.verdict ?? p.verdict ?? "skipped",
    reasons: comparison?.reasons ?? (p.runnable && dryRun ? ["Dry run: no model calls."] : p.reasons),
    diff: p.diff,
    ...p.estimate ? { estimate: p.estimate } : {},
    cases: locateCases(comparison?.cases ?? [], p),
    warnings: p.warnings
  };
  if (p.change.changedDataFiles.length > 0) {
    report.reasons = [`Eval data changed: ${p.change.changedDataFiles.join(", ")}.`, ...report.reasons];
  }
  if (comparison?.base) report.base = comparison.base;
  if (comparison?.head) report.head = comparison.head;
  if (comparison?.delta) report.delta = comparison.delta;
  if (comparison?.toSettle) report.toSettle = comparison.toSettle;
  if (comparison?.sequential) report.sequential = comparison.sequential;
  return report;
}
function promptSampleErrors(prompt) {
  const sides = prompt.cases.map((c) => ({
    ...c,
    outputs: [...c.base?.outputs ?? [], ...c.head?.outputs ?? []]
  }));
  const offline = describeOfflineMisses(sides);
  const messages = [...offline ? [offline] : [], ...summarizeSampleErrors(sides.flatMap((c) => c.outputs))];
  return messages.map((message) => ({ path: prompt.path, message }));
}
function buildErrorReport(error, refs) {
  const { gate, repeats } = defaultConfig;
  return {
    schemaVersion: 1,
    verdict: "error",
    incomplete: true,
    dryRun: false,
    base: { ref: refs.base, sha: "" },
    head: { ref: refs.head, sha: "" },
    prompts: [],
    calls: { total: 0, cached: 0, failed: 0, retried: 0 },
    costUsd: 0,
    errors: error.diagnostics.map(toReportError),
    gate: { margin: gate.margin, confidence: gate.confidence, repeats, onInconclusive: gate.onInconclusive }
  };
}
function toReportError(d) {
  return {
    path: d.file,
    ...d.line !== void 0 ? { line: d.line } : {},
    ...d.line !== void 0 && d.column !== void 0 ? { column: d.column } : {},
    message: d.field ? `${d.field}: ${d.message}` : d.message
  };
}

export {
  matchesPromptGlobs,
  listPromptChanges,
  buildReport,
  buildErrorReport
};
