// The engine's books: the counters of `EngineStats`, what an answer cost, and the progress report per settled call.
import { costOfUsage } from "../core/cost/pricing.js";
import type { Budget } from "./budget.js";
import type { CallOutcome, EngineOptions, EngineStats } from "./engine-types.js";
import type { ChatRequest, ChatResponse } from "./model.js";

export interface Accounting {
  /** The live counters; the batch prefetch adds its own to them. */
  readonly stats: EngineStats;
  /** What an answer cost at the model's price; null when the price or the usage is unknown. */
  costOf(request: ChatRequest, response: ChatResponse): number | null;
  /** Books an answer this run paid for: its cost, or one more unpriced call. */
  bookSpend(costUsd: number | null): void;
  /** One more attempt after a failure or an unusable answer. */
  countRetry(): void;
  /** The budget refused an attempt: the run is stopped, for this reason. */
  recordStop(reason: string): void;
  /** The provider refused a call in a way every later call would repeat; the first reason is kept. */
  recordRefusal(reason: string): void;
  /** Counts a call that ended (answered, cached or failed) and reports progress. */
  settle(outcome: CallOutcome): CallOutcome;
  /** A copy of the counters, safe to hand out. */
  snapshot(): EngineStats;
}

export function createAccounting(
  options: Pick<EngineOptions, "priceOf" | "onProgress">,
  budget: Pick<Budget, "stoppedBy">,
): Accounting {
  const stats: EngineStats = { total: 0, cached: 0, failed: 0, retried: 0, costUsd: 0, unpricedCalls: 0 };
  if (budget.stoppedBy !== undefined) stats.stoppedBy = budget.stoppedBy;
  return {
    stats,
    costOf(request, response) {
      const price = options.priceOf(request.model);
      return price === null || response.usageMissing ? null : costOfUsage(response.usage, price);
    },
    bookSpend(costUsd) {
      if (costUsd === null) stats.unpricedCalls += 1;
      else stats.costUsd += costUsd;
    },
    countRetry() {
      stats.retried += 1;
    },
    recordStop(reason) {
      stats.stoppedBy = reason;
    },
    recordRefusal(reason) {
      stats.refusedBy ??= reason;
    },
    settle(outcome) {
      stats.total += 1;
      if (!outcome.ok) stats.failed += 1;
      else if (outcome.cached) stats.cached += 1;
      if (budget.stoppedBy !== undefined) stats.stoppedBy = budget.stoppedBy;
      options.onProgress?.({ ...stats });
      return outcome;
    },
    snapshot: () => ({ ...stats }),
  };
}
