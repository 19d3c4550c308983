import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  buildVersionStats,
  createRunEngine,
  executeCases,
  gradedSamples,
  listPlannedModels,
  planPrompt,
  toSampleOutput,
  traceSample
} from "./chunk-IRAQGZWZ.js";
import {
  passRate
} from "./chunk-RW2ZI6RW.js";
import {
  summarizeSampleErrors
} from "./chunk-MI24B43W.js";
import {
  plural
} from "./chunk-7IS7JC7X.js";
import {
  InputError
} from "./chunk-6MRQXAYL.js";

// src/review/evaluate-prompt.ts
async function evaluatePrompt(deps, spec, config) {
  const plan = planPrompt(void 0, spec, config);
  if (plan.errors.length > 0) throw new InputError(plan.errors);
  if (plan.cases.length === 0) {
    throw new InputError({
      file: spec.path,
      field: "testData",
      message: "no test data to evaluate: add `testData` rows"
    });
  }
  const planned = plan.cases.length * config.repeats;
  deps.logger.info(
    `${spec.path}: ${plural(plan.cases.length, "case")} × ${plural(config.repeats, "repeat")} = ${plural(planned, "call")} (judges come on top)`
  );
  const engine = createRunEngine(deps, config, planned, listPlannedModels([plan], config));
  const onSample = deps.tracer && traceSample(deps.tracer);
  const runs = await executeCases({ path: spec.path, plan }, plan.cases, engine, config, onSample);
  const stats = buildVersionStats(runs, "head");
  const engineStats = engine.stats();
  const errors = collectRunErrors(spec.path, runs, engineStats);
  const answered = runs.flatMap((r) => r.head.filter((s) => s.response));
  const snapshots = [
    ...new Set(answered.flatMap((s) => s.response.model ? [s.response.model] : []))
  ].sort();
  return {
    schemaVersion: 1,
    path: spec.path,
    model: plan.models.head,
    repeats: config.repeats,
    passRate: stats.passRate,
    costUsd: engineStats.costUsd,
    costPerCallUsd: stats.costPerCallUsd,
    tokens: {
      input: answered.reduce((n, s) => n + s.response.usage.inputTokens, 0),
      output: answered.reduce((n, s) => n + s.response.usage.outputTokens, 0)
    },
    latencyMs: stats.latencyMs,
    calls: {
      total: engineStats.total,
      cached: engineStats.cached,
      failed: engineStats.failed,
      retried: engineStats.retried
    },
    ...snapshots.length > 0 ? { snapshots } : {},
    cases: runs.map(buildEvalCase),
    // Every sample error is in `errors` (grouped), so it alone says whether the run is complete.
    incomplete: errors.length > 0,
    errors
  };
}
function buildEvalCase(run) {
  const graded = gradedSamples(run.head);
  return {
    id: run.planned.id,
    index: run.planned.index,
    vars: run.planned.vars,
    passRate: passRate(graded.map((s) => s.pass)),
    outputs: run.head.map(toSampleOutput)
  };
}
function collectRunErrors(path, runs, engineStats) {
  const errors = collectErrors(path, runs);
  if (engineStats.stoppedBy)
    errors.unshift({ path, message: `Stopped by the budget: ${engineStats.stoppedBy}` });
  if (engineStats.refusedBy) {
    errors.unshift({ path, message: `Stopped: the provider refused a call: ${engineStats.refusedBy}` });
  }
  return errors;
}
function collectErrors(path, runs) {
  const samples = runs.flatMap((r) => r.head);
  const errors = summarizeSampleErrors(samples).map((message) => ({ path, message }));
  const notRun = samples.filter((s) => s.notRun && !s.response);
  if (notRun.length > 0) {
    const more = notRun.length > 1 ? ` (and ${notRun.length - 1} more samples not run)` : "";
    errors.push({ path, message: `${notRun[0].error}${more}` });
  }
  return errors;
}

export {
  evaluatePrompt
};
