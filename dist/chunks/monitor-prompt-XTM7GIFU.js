import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  evaluatePrompt
} from "./chunk-NW7AMDJY.js";
import {
  gitBlobId
} from "./chunk-IRAQGZWZ.js";
import {
  decideDrift
} from "./chunk-BQZJCS3E.js";
import "./chunk-RW2ZI6RW.js";
import "./chunk-IEWJOKEH.js";
import "./chunk-75RJOHPR.js";
import "./chunk-MI24B43W.js";
import {
  loadPromptSpec
} from "./chunk-QCHZJ6UA.js";
import "./chunk-7IS7JC7X.js";
import "./chunk-4LD44RND.js";
import {
  InputError
} from "./chunk-6MRQXAYL.js";
import "./chunk-LT62UEMG.js";
import "./chunk-IEJME6RR.js";

// src/review/monitor-prompt.ts
async function monitorPrompt(deps, request) {
  const { path, readFile, config } = request;
  const text = await readFile(path);
  if (text === null) throw new InputError({ file: path, message: "file not found" });
  const spec = await loadPromptSpec({ path, text, readFile, patterns: config.prompts });
  const report = await evaluatePrompt(deps, spec, config);
  return decideDrift(request.baseline, toTodayRun(report, gitBlobId(text), request.at), config.gate);
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
export {
  monitorPrompt,
  toTodayRun
};
