// Runs the runnable prompts through one engine (one budget, one cache, one set of counters) and compares them.
import type { Config } from "../core/config-schema.js";
import { formatUsd } from "../core/pricing.js";
import type { Cache } from "../engine/cache.js";
import type { CacheMode, EngineStats } from "../engine/engine-types.js";
import type { Model } from "../engine/model.js";
import type { Logger, Tracer } from "../ports.js";
import { comparePrompt, type PromptComparison } from "./compare-prompt.js";
import { createRunEngine } from "./create-run-engine.js";
import { executePlans, listPlannedModels } from "./execute-plans.js";
import type { PreparedPrompt } from "./prepare-prompt.js";
import { traceSample } from "./trace-sample.js";

export interface RunDeps {
  model: Model;
  cache: Cache;
  cacheMode: CacheMode;
  logger: Logger;
  onProgress?: (stats: EngineStats & { planned: number }) => void;
  /** Stops the run (cancelled, superseded, out of time): no call starts, none waits out a retry. */
  signal?: AbortSignal;
  /** Records the run's calls and graded samples for its trace. */
  tracer?: Tracer;
}

export interface PromptsRun {
  comparisons: Map<string, PromptComparison>;
  stats: EngineStats;
}

export async function runPreparedPrompts(
  prepared: PreparedPrompt[],
  config: Config,
  deps: RunDeps,
): Promise<PromptsRun> {
  const runnable = prepared.filter((p) => p.runnable && p.plan);
  const planned = runnable.reduce((sum, p) => sum + (p.estimate?.evalCalls ?? 0), 0);
  warnIfOverBudget(runnable, planned, config, deps.logger);
  const plans = runnable.map((p) => ({ path: p.change.path, plan: p.plan! }));
  const models = listPlannedModels(
    plans.map((p) => p.plan),
    config,
  );
  const engine = createRunEngine(deps, config, planned, models);
  const runs = await executePlans(plans, engine, config, deps.tracer && traceSample(deps.tracer));
  const comparisons = new Map<string, PromptComparison>();
  for (const p of runnable) {
    comparisons.set(
      p.change.path,
      comparePrompt(
        p.change.path,
        p.change.change,
        runs.get(p.change.path)!,
        config,
        p.plan!.ungatedEvaluators,
      ),
    );
  }
  return { comparisons, stats: engine.stats() };
}

function warnIfOverBudget(runnable: PreparedPrompt[], planned: number, config: Config, logger: Logger): void {
  const { maxCalls, maxCostUsd } = config.budget;
  const costs = runnable.map((p) => p.estimate?.evalCostUsd ?? null);
  const estimate = costs.some((c) => c === null) ? null : costs.reduce((a, b) => a! + b!, 0);
  logger.info(`Planned ${planned} model calls (≈ ${formatUsd(estimate)} before judges and cache hits).`);
  if (maxCalls !== null && planned > maxCalls) {
    logger.warn(
      `The plan needs ${planned} calls but budget.maxCalls is ${maxCalls}: calls the cache cannot answer stop at the limit and the review will be incomplete.`,
    );
  }
  if (maxCostUsd !== null && estimate !== null && estimate > maxCostUsd) {
    logger.warn(
      `The plan is estimated at ${formatUsd(estimate)} but budget.maxCostUsd is ${formatUsd(maxCostUsd)}: the review may stop early and be incomplete.`,
    );
  }
}
