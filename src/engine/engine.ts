// Runs model calls for a review: FIFO under adaptive concurrency, with cache, budget, retries, timeouts and counters.
//
// Each job has its own module; this one only composes them: `attempt` (one call with its timeout),
// `call-with-retries` (the retry policy of `retry-policy`), `refusal` (stop after a refused key or account),
// `accounting` (cost, counters, progress), `cache-step` and `batch-prefetch`, run per call by `run-call`.
import { createAccounting } from "./accounting.js";
import { createAttempter } from "./attempt.js";
import { createBatchPrefetch } from "./batch-prefetch.js";
import { createBudget } from "./budget.js";
import { createCacheStep } from "./cache-step.js";
import { abortedOutcome } from "./call-outcomes.js";
import { createCancellation } from "./cancellation.js";
import type { EngineContext } from "./engine-context.js";
import { type EngineRuntime, realRuntime, resolveRuntime } from "./engine-runtime.js";
import type { Engine, EngineOptions } from "./engine-types.js";
import { createRefusalDetector } from "./refusal.js";
import { runCall } from "./run-call.js";
import { createScheduler } from "./scheduler.js";

export { type EngineRuntime, realRuntime };

export function createEngine(options: EngineOptions, runtime: Partial<EngineRuntime> = {}): Engine {
  const ctx = composeEngine(options, resolveRuntime(runtime));
  const { accounts, cancellation } = ctx;
  return {
    call(spec) {
      if (cancellation.signal.aborted)
        return Promise.resolve(accounts.settle(abortedOutcome(spec.label, 0, cancellation.reason)));
      return ctx.scheduler.run(() => runCall(ctx, spec)).then(accounts.settle);
    },
    prefetch: (specs) => ctx.batch?.prefetch(specs) ?? Promise.resolve(),
    stats: accounts.snapshot,
    cancel(reason) {
      if (cancellation.cancel(reason)) ctx.attempter.abortAll(reason);
    },
  };
}

/** Builds the pieces of one engine over its options; they share the budget, the counters and the cancel switch. */
export function composeEngine(options: EngineOptions, runtime: EngineRuntime): EngineContext {
  const budget = createBudget(options.budget, options.priceOf, options.plannedModels);
  const accounts = createAccounting(options, budget);
  const cancellation = createCancellation();
  const cache = createCacheStep(options);
  const { signal } = cancellation;
  const { keyOf, usableHit } = cache;
  return {
    options,
    runtime,
    budget,
    accounts,
    cancellation,
    cache,
    scheduler: createScheduler({
      concurrency: options.concurrency,
      successesPerStep: runtime.successesPerStep,
      now: runtime.now,
      sleep: runtime.sleep,
    }),
    refusals: createRefusalDetector(),
    attempter: createAttempter(options.model, options.timeoutMs),
    batch: createBatchPrefetch({ options, budget, stats: accounts.stats, signal, keyOf, usableHit }),
    maxAttempts: Math.max(0, Math.floor(options.maxRetries)) + 1,
  };
}
