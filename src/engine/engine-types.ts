// What the engine promises its callers: one `call` per sample, counted, cached, retried and budgeted.
import type { Price } from "../core/config/config-schema.js";
import type { Cache } from "./cache.js";
import type { ChatRequest, ChatResponse, Model, ModelErrorKind } from "./model.js";

/** Where a call belongs in a review, for its trace span: the prompt, case, version and sample (judges: evaluator). */
export interface CallTag {
  path: string;
  caseId: string;
  version: "base" | "head";
  /** 0-based repeat index. */
  sample: number;
  /** Set on an LLM judge's call: the evaluator it grades for. */
  evaluator?: string;
}

export interface CallSpec {
  /** Human-readable name for errors and progress, e.g. `prompts/a.prompt.yml#c1a2b3 head sample 2`. */
  label: string;
  request: ChatRequest;
  /** 0-based repeat index; part of the cache key so repeats are distinct samples. */
  sample: number;
  /**
   * Checks an answer (a judge's verdict must parse): a message means unusable. Unusable answers are asked again
   * (counted as retries), never cached, and a cached one is ignored, so one bad answer cannot stick.
   */
  validate?: (text: string) => string | undefined;
  /** Where the call belongs, for tracing; the engine itself ignores it. */
  tag?: CallTag;
}

export type CallFailureKind = ModelErrorKind | "budget" | "offline_miss" | "invalid_answer";

export type CallOutcome =
  | { ok: true; response: ChatResponse; cached: boolean; attempts: number; costUsd: number | null }
  | { ok: false; kind: CallFailureKind; error: string; attempts: number };

export interface EngineStats {
  /** Calls asked of the engine (cached ones included). Provider calls = total − cached. */
  total: number;
  /** Answered from the response cache. */
  cached: number;
  /** Ended without an answer (after retries, or refused by the budget). */
  failed: number;
  /** Extra attempts after 429, 5xx, timeouts, dropped connections and unreadable judge verdicts. */
  retried: number;
  /** Money spent on provider calls, from the usage they returned. Unknown-priced calls are not in it. */
  costUsd: number;
  /** Provider calls whose price is unknown (their cost is not in `costUsd`). */
  unpricedCalls: number;
  /** Set once the budget stopped the run: says which limit and the figures. */
  stoppedBy?: string;
  /** Set once the provider refused the credentials or the account's quota: no further call is sent. */
  refusedBy?: string;
  /** Batches the provider's Batch API ran to an end (completed, expired or failed); set once one did. */
  batches?: number;
  /** Calls answered by a batch (the others of a batch were made one at a time). */
  batchedCalls?: number;
}

export type CacheMode = "use" | "off" | "offline";

export interface EngineOptions {
  model: Model;
  cache: Cache;
  cacheMode: CacheMode;
  concurrency: number;
  maxRetries: number;
  timeoutMs: number;
  budget: { maxCalls: number | null; maxCostUsd: number | null };
  /** Price of a provider model id, or null when unknown. */
  priceOf: (model: string) => Price | null;
  /**
   * Every model the run means to call (samples and judges): under `budget.maxCostUsd`, one with no price stops
   * the run before its first attempt, rather than after part of it ran.
   */
  plannedModels?: readonly string[];
  /** Called after each call settles; cheap enough to call often. */
  onProgress?: (stats: EngineStats) => void;
  /** Called once, on the first answer the cache could not store: the run goes on, but a re-run pays again. */
  onCacheWriteError?: (error: unknown) => void;
  /** Run `prefetch`ed calls through the model's Batch API (when it has one), at the batch price. */
  batch?: boolean;
  /** Requests of the running batch done so far, of its total. */
  onBatchProgress?: (done: number, total: number) => void;
  /** A batch could not run at all: its calls were made one at a time instead. */
  onBatchError?: (error: unknown) => void;
}

export interface Engine {
  call(spec: CallSpec): Promise<CallOutcome>;
  /**
   * Submits these calls (the not yet cached ones) as one provider batch when batch mode is on, and waits for it;
   * their `call`s then take the answers. A no-op otherwise. Never throws: what the batch misses is called alone.
   */
  prefetch?(specs: readonly CallSpec[]): Promise<void>;
  stats(): EngineStats;
  /** Stops starting calls and aborts those in flight; pending calls resolve as failed with `aborted`. */
  cancel(reason: string): void;
}

/** The engine's stats with the number of calls the run planned: what a progress line shows. */
export interface RunProgress extends EngineStats {
  planned: number;
}

/** The one progress callback the review, the eval and the pull-request flow pass down to the engine. */
export type OnRunProgress = (progress: RunProgress) => void;
