// The pieces one engine is composed of, handed to the steps of a call (see engine.ts, which builds them).
import type { Accounting } from "./accounting.js";
import type { Attempter } from "./attempt.js";
import type { BatchPrefetch } from "./batch-prefetch.js";
import type { Budget } from "./budget.js";
import type { CacheStep } from "./cache-step.js";
import type { Cancellation } from "./cancellation.js";
import type { EngineRuntime } from "./engine-runtime.js";
import type { EngineOptions } from "./engine-types.js";
import type { RefusalDetector } from "./refusal.js";
import type { Scheduler } from "./scheduler.js";

export interface EngineContext {
  readonly options: EngineOptions;
  readonly runtime: EngineRuntime;
  readonly budget: Budget;
  readonly scheduler: Scheduler;
  readonly accounts: Accounting;
  readonly refusals: RefusalDetector;
  readonly attempter: Attempter;
  readonly cache: CacheStep;
  /** Undefined unless batch mode is on and the model has a Batch API. */
  readonly batch: BatchPrefetch | undefined;
  readonly cancellation: Cancellation;
  /** The first try and its retries: `maxRetries` + 1. */
  readonly maxAttempts: number;
}
