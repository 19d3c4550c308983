// The engine of one run (a review or an eval), configured from the base config: one budget, cache and counters.
import type { Config } from "../core/config/config-schema.js";
import { builtInCatalogue } from "../core/cost/model-catalogue.js";
import { findPrice } from "../core/cost/pricing.js";
import type { Cache } from "../engine/cache.js";
import { createEngine } from "../engine/engine.js";
import type { CacheMode, Engine, OnRunProgress } from "../engine/engine-types.js";
import type { Model } from "../engine/model.js";
import { traceEngine } from "../engine/traced-engine.js";
import type { Logger, Tracer } from "../ports.js";

export interface RunEngineDeps {
  model: Model;
  cache: Cache;
  cacheMode: CacheMode;
  /** Progress with the number of calls the run planned (judges come on top). */
  onProgress?: OnRunProgress;
  /** Cancels the engine when it aborts, so a retry's backoff cannot outlive the review's deadline. */
  signal?: AbortSignal;
  logger?: Logger;
  /** Sees every settled call, for the review's trace. */
  tracer?: Tracer;
}

/** `models`: every model the run will call (samples and judges), checked against the base config's prices. */
export function createRunEngine(
  deps: RunEngineDeps,
  config: Config,
  planned: number,
  models: readonly string[],
): Engine {
  const { onProgress, signal } = deps;
  const engine = createEngine({
    model: deps.model,
    cache: deps.cache,
    cacheMode: deps.cacheMode,
    concurrency: config.concurrency,
    maxRetries: config.provider.maxRetries,
    timeoutMs: config.provider.timeoutMs,
    budget: config.budget,
    priceOf: (model) => findPrice(model, config.pricing, builtInCatalogue),
    plannedModels: models,
    onProgress: onProgress ? (stats) => onProgress({ ...stats, planned }) : undefined,
    ...batchOptions(deps, config, planned),
    onCacheWriteError: (error) =>
      deps.logger?.warn(
        `response cache: an answer could not be stored (${error instanceof Error ? error.message : String(error)}); ` +
          "this run goes on, but a re-run will call the model again",
      ),
  });
  if (signal) {
    const cancel = () => engine.cancel(signal.reason instanceof Error ? signal.reason.message : "cancelled");
    if (signal.aborted) cancel();
    else signal.addEventListener("abort", cancel, { once: true });
  }
  return deps.tracer ? traceEngine(engine, deps.tracer) : engine;
}

const counts = new Intl.NumberFormat("en-US");

/** `provider.batch`: `auto` batches a review that plans more than `provider.batchThreshold` calls. */
function batchOptions(deps: RunEngineDeps, config: Config, planned: number) {
  const { batch, batchThreshold } = config.provider;
  const on = batch === "always" || (batch === "auto" && planned > batchThreshold);
  if (!on || deps.model.batch === undefined) return {};
  let last = "";
  return {
    batch: true,
    // Said when it moves: a day-long batch polled every minute would otherwise repeat one line for hours.
    onBatchProgress: (done: number, total: number) => {
      const line = `batch ${counts.format(done)} / ${counts.format(total)} done`;
      if (line !== last) deps.logger?.info(line);
      last = line;
    },
    onBatchError: (error: unknown) =>
      deps.logger?.warn(
        `batch: the provider's Batch API could not run this look (${error instanceof Error ? error.message : String(error)}); ` +
          "its calls are made one at a time",
      ),
  };
}
