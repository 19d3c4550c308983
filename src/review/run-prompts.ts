// Runs the runnable prompts through one engine (one budget, one cache, one set of counters) and compares them.
import type { Config } from "../core/config/config-schema.js";
import { formatUsd } from "../core/format/money.js";
import { casesWithinBudget } from "../core/gate/design.js";
import type { Cache } from "../engine/cache.js";
import type { CacheMode, EngineStats, OnRunProgress } from "../engine/engine-types.js";
import type { Model } from "../engine/model.js";
import type { Logger, Tracer } from "../ports.js";
import { comparePrompt, type PromptComparison } from "./compare-prompt.js";
import { createRunEngine } from "./create-run-engine.js";
import { listPlannedModels } from "./execute-plans.js";
import type { PreparedPrompt } from "./prepare-prompt.js";
import { gitBlobId, runPromptInLooks, type SequentialPrompt } from "./run-looks.js";
import { traceSample } from "./trace-sample.js";

export interface RunDeps {
  model: Model;
  cache: Cache;
  cacheMode: CacheMode;
  logger: Logger;
  onProgress?: OnRunProgress;
  /** Stops the run (cancelled, superseded, out of time): no call starts, none waits out a retry. */
  signal?: AbortSignal;
  /** Records the run's calls and graded samples for its trace. */
  tracer?: Tracer;
}

export interface PromptsRun {
  comparisons: Map<string, PromptComparison>;
  stats: EngineStats;
}

/** Each prompt runs its own looks, all through one engine; a prompt that settles early stops spending. */
export async function runPreparedPrompts(
  prepared: PreparedPrompt[],
  config: Config,
  deps: RunDeps,
): Promise<PromptsRun> {
  const runnable = prepared.filter((p) => p.runnable && p.plan);
  const prompts = runnable.map((p) => toSequentialPrompt(p, config, runnable.length));
  const planned = runnable.reduce((sum, p, i) => sum + plannedCalls(p, prompts[i]!, config), 0);
  warnIfOverBudget(runnable, planned, config, deps.logger);
  const models = listPlannedModels(
    runnable.map((p) => p.plan!),
    config,
  );
  const engine = createRunEngine(deps, config, planned, models);
  const onSample = deps.tracer && traceSample(deps.tracer);
  const runs = await Promise.all(prompts.map((prompt) => runPromptInLooks(prompt, engine, config, onSample)));
  const comparisons = new Map<string, PromptComparison>();
  runnable.forEach((p, i) => {
    comparisons.set(
      p.change.path,
      comparePrompt(p.change.path, p.change.change, runs[i]!, config, p.plan!.ungatedEvaluators),
    );
  });
  return { comparisons, stats: engine.stats() };
}

/** Calls one case costs: each version present, every repeat, and one judge call per LLM-judged evaluator. */
function callsPerCase(p: PreparedPrompt, config: Config): number {
  const plan = p.plan!;
  const sides = (plan.models.base ? 1 : 0) + (plan.models.head ? 1 : 0);
  const judges = plan.evaluators.filter((e) => e.kind === "llm" || e.kind === "builtin").length;
  return sides * config.repeats * (1 + judges);
}

function toSequentialPrompt(p: PreparedPrompt, config: Config, prompts: number): SequentialPrompt {
  const plan = p.plan!;
  const seedSide = p.loaded.base ?? p.loaded.head!;
  const usd = p.estimate?.evalCostUsd ?? null;
  const budgetCases = casesWithinBudget(
    config.budget,
    { calls: callsPerCase(p, config), usd: usd === null ? null : usd / Math.max(1, plan.cases.length) },
    prompts,
  );
  return { path: p.change.path, plan, seed: `${gitBlobId(seedSide.text)}:${seedSide.path}`, budgetCases };
}

/** The most model calls this prompt's review can make (without judges): every planned look taken. */
function plannedCalls(p: PreparedPrompt, prompt: SequentialPrompt, config: Config): number {
  const plan = p.plan!;
  const gated = plan.cases.filter((c) => c.gated).length;
  const caps = [gated, config.gate.maxCases, prompt.budgetCases].filter((c): c is number => c !== null);
  const cases = Math.min(...caps) + plan.cases.filter((c) => !c.gated).length;
  const sides = (plan.models.base ? 1 : 0) + (plan.models.head ? 1 : 0);
  return cases * sides * config.repeats;
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
