// One prompt file's eval set, run `repeats` times per case: the successor of `gh models eval`.
import type { Config } from "../core/config/config-schema.js";
import { InputError } from "../core/diagnostics.js";
import { plural } from "../core/format/count.js";
import { passRate } from "../core/grading/statistics.js";
import type { PromptSpec } from "../core/prompt-file/prompt-spec.js";
import type { EvalCaseResult, EvalReport } from "../core/report/eval-report.js";

export type { EvalCaseResult, EvalReport };

import type { Cache } from "../engine/cache.js";
import type { CacheMode, EngineStats, OnRunProgress } from "../engine/engine-types.js";
import type { Model } from "../engine/model.js";
import type { Logger, Tracer } from "../ports.js";
import { toSampleOutput } from "./compare-prompt.js";
import { createRunEngine } from "./create-run-engine.js";
import { type CaseRun, executeCases, listPlannedModels } from "./execute-plans.js";
import { planPrompt } from "./plan-prompt.js";
import { summarizeSampleErrors } from "./sample-errors.js";
import { traceSample } from "./trace-sample.js";
import { buildVersionStats, gradedSamples } from "./version-stats.js";

export interface EvalDeps {
  model: Model;
  cache: Cache;
  cacheMode: CacheMode;
  logger: Logger;
  onProgress?: OnRunProgress;
  /** Records the run's calls and graded samples for its trace. */
  tracer?: Tracer;
  /** Cancels the run's calls (a deadline, a cancelled job); what ran is reported, as incomplete. */
  signal?: AbortSignal;
}

export async function evaluatePrompt(deps: EvalDeps, spec: PromptSpec, config: Config): Promise<EvalReport> {
  const plan = planPrompt(undefined, spec, config);
  if (plan.errors.length > 0) throw new InputError(plan.errors);
  if (plan.cases.length === 0) {
    throw new InputError({
      file: spec.path,
      field: "testData",
      message: "no test data to evaluate: add `testData` rows",
    });
  }
  const planned = plan.cases.length * config.repeats;
  deps.logger.info(
    `${spec.path}: ${plural(plan.cases.length, "case")} × ${plural(config.repeats, "repeat")} = ${plural(planned, "call")} (judges come on top)`,
  );
  const engine = createRunEngine(deps, config, planned, listPlannedModels([plan], config));
  const onSample = deps.tracer && traceSample(deps.tracer);
  const runs = await executeCases({ path: spec.path, plan }, plan.cases, engine, config, onSample);
  const stats = buildVersionStats(runs, "head")!;
  const engineStats = engine.stats();
  const errors = collectRunErrors(spec.path, runs, engineStats);
  const answered = runs.flatMap((r) => r.head.filter((s) => s.response));
  const snapshots = [
    ...new Set(answered.flatMap((s) => (s.response!.model ? [s.response!.model] : []))),
  ].sort();
  return {
    schemaVersion: 1,
    path: spec.path,
    model: plan.models.head!,
    repeats: config.repeats,
    passRate: stats.passRate,
    costUsd: engineStats.costUsd,
    costPerCallUsd: stats.costPerCallUsd,
    tokens: {
      input: answered.reduce((n, s) => n + s.response!.usage.inputTokens, 0),
      output: answered.reduce((n, s) => n + s.response!.usage.outputTokens, 0),
    },
    latencyMs: stats.latencyMs,
    calls: {
      total: engineStats.total,
      cached: engineStats.cached,
      failed: engineStats.failed,
      retried: engineStats.retried,
    },
    ...(snapshots.length > 0 ? { snapshots } : {}),
    cases: runs.map(buildEvalCase),
    // Every sample error is in `errors` (grouped), so it alone says whether the run is complete.
    incomplete: errors.length > 0,
    errors,
  };
}

/** One case's line of the eval report: its pass rate over the graded samples, and every sample's output. */
function buildEvalCase(run: CaseRun): EvalCaseResult {
  const graded = gradedSamples(run.head);
  return {
    id: run.planned.id,
    index: run.planned.index,
    vars: run.planned.vars,
    passRate: passRate(graded.map((s) => s.pass)),
    outputs: run.head.map(toSampleOutput),
  };
}

/** The run's errors, led by why it stopped early: the provider's refusal first, then the budget. */
function collectRunErrors(path: string, runs: CaseRun[], engineStats: EngineStats): EvalReport["errors"] {
  const errors = collectErrors(path, runs);
  if (engineStats.stoppedBy)
    errors.unshift({ path, message: `Stopped by the budget: ${engineStats.stoppedBy}` });
  if (engineStats.refusedBy) {
    errors.unshift({ path, message: `Stopped: the provider refused a call: ${engineStats.refusedBy}` });
  }
  return errors;
}

/**
 * Errors worth reading: each failed call or judge once, and samples that were never sent (budget, offline
 * misses) as one line naming the first of them, not one line each.
 */
function collectErrors(path: string, runs: CaseRun[]): EvalReport["errors"] {
  const samples = runs.flatMap((r) => r.head);
  const errors = summarizeSampleErrors(samples).map((message) => ({ path, message }));
  const notRun = samples.filter((s) => s.notRun && !s.response);
  if (notRun.length > 0) {
    const more = notRun.length > 1 ? ` (and ${notRun.length - 1} more samples not run)` : "";
    errors.push({ path, message: `${notRun[0]!.error}${more}` });
  }
  return errors;
}
