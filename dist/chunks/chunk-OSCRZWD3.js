import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  pLimit,
  shortSha
} from "./chunk-LT62UEMG.js";

// src/core/report/experiment.ts
import { createHash } from "node:crypto";
function buildPromptExperiment(prompt, report, redact) {
  if (!prompt.base || !prompt.head) return void 0;
  const cases = [];
  for (const row of prompt.cases) {
    const base = row.base && toAnswer(row.base.outputs, redact);
    const head = row.head && toAnswer(row.head.outputs, redact);
    if (!base || !head) continue;
    const input = Object.fromEntries(Object.entries(row.vars).map(([k, v]) => [k, redact(v)]));
    cases.push({ id: row.id, input, base, head });
  }
  if (cases.length === 0) return void 0;
  const version = (which) => {
    const stats = prompt[which];
    return {
      ...report[which],
      passRate: stats.passRate,
      costPerCallUsd: stats.costPerCallUsd,
      latencyP50Ms: stats.latencyMs?.p50 ?? null
    };
  };
  return { promptPath: prompt.path, base: version("base"), head: version("head"), cases };
}
function toAnswer(samples, redact) {
  const ran = samples.filter((s) => !s.notRun);
  if (ran.length === 0) return void 0;
  const failed = /* @__PURE__ */ new Map();
  for (const sample of ran)
    for (const f of sample.failed) if (!failed.has(f.evaluator)) failed.set(f.evaluator, redact(f.reason));
  return {
    outputs: ran.map((s) => redact(s.error ? `error: ${s.error}` : s.output)),
    passRate: ran.filter((s) => s.pass).length / ran.length,
    failed: [...failed].map(([evaluator, reason]) => ({ evaluator, reason }))
  };
}
function buildStableUuid(...parts) {
  const hex = createHash("sha256").update(parts.join("\0")).digest("hex");
  const variant = (Number.parseInt(hex[16], 16) & 3 | 8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
function buildDatasetName(promptPath) {
  return `promptgate/${promptPath}`;
}

// src/adapters/experiments/vendor-kit.ts
var VENDOR_CONCURRENCY = 4;
async function runLimited(items, task) {
  const limit = pLimit(VENDOR_CONCURRENCY);
  return Promise.all(items.map((item) => limit(() => task(item))));
}
function inBatches(items, size) {
  const batches = [];
  for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size));
  return batches;
}
function requireId(value, missing) {
  if (typeof value !== "string" || value === "") throw new Error(missing);
  return value;
}
function versionLabel(version, sha) {
  return `${version} ${shortSha(sha)}`;
}
function answerOutput(answer) {
  return answer.outputs.length === 1 ? answer.outputs[0] : answer.outputs;
}
function failureComment(answer) {
  if (answer.failed.length === 0) return {};
  return { comment: answer.failed.map((f) => `${f.evaluator}: ${f.reason}`).join("\n") };
}
function statusOf(error) {
  if (typeof error !== "object" || error === null) return void 0;
  const { statusCode, status } = error;
  const value = statusCode ?? status;
  return typeof value === "number" ? value : void 0;
}

export {
  buildPromptExperiment,
  buildStableUuid,
  buildDatasetName,
  runLimited,
  inBatches,
  requireId,
  versionLabel,
  answerOutput,
  failureComment,
  statusOf
};
