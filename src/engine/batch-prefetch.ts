// Runs a look's calls through the provider's Batch API ahead of the engine's calls, which then take the answers.
//
// The calls themselves still go through `engine.call`: an answer the batch brought is taken there as a fresh
// answer (counted, cached, graded like any other); a request the batch failed, expired or never got is made
// synchronously, within the budget, by the same call.
import { batchPriceOf, costOfUsage } from "../core/cost/pricing.js";
import type { Budget } from "./budget.js";
import type { CallSpec, EngineOptions, EngineStats } from "./engine-types.js";
import type { BatchItem, ChatResponse, ModelBatch } from "./model.js";

export interface BatchContext {
  options: Pick<EngineOptions, "model" | "priceOf" | "batch" | "onBatchProgress" | "onBatchError">;
  budget: Budget;
  stats: EngineStats;
  signal: AbortSignal;
  /** The call's cache key, which is also its `custom_id` in the batch. */
  keyOf: (spec: CallSpec) => string;
  /** An answer already cached (and usable) for this key: not submitted again. */
  usableHit: (key: string, spec: CallSpec) => Promise<ChatResponse | undefined>;
}

export interface BatchAnswer {
  response: ChatResponse;
  /** At the batch price; null when the price or the usage is unknown. */
  costUsd: number | null;
}

export interface BatchPrefetch {
  /** Submits the calls not cached yet as one batch and waits for it; resolves (never throws) when it ends. */
  prefetch(specs: readonly CallSpec[]): Promise<void>;
  /** The batch's answer for a key, once: a second call with the same key is served by the cache instead. */
  take(key: string): BatchAnswer | undefined;
}

/** Undefined unless batch mode is on and the model has a Batch API. */
export function createBatchPrefetch(ctx: BatchContext): BatchPrefetch | undefined {
  const { batch, onBatchProgress, onBatchError, priceOf } = {
    ...ctx.options,
    batch: ctx.options.model.batch,
  };
  if (!ctx.options.batch || batch === undefined) return undefined;
  const answers = new Map<string, BatchAnswer>();

  const costOf = (spec: CallSpec, response: ChatResponse): number | null => {
    const price = priceOf(spec.request.model);
    return price === null || response.usageMissing ? null : costOfUsage(response.usage, batchPriceOf(price));
  };

  return {
    async prefetch(specs) {
      const items = await collectBatchItems(ctx, answers, specs);
      if (items.length === 0) return;
      let results: Awaited<ReturnType<ModelBatch["run"]>>;
      try {
        results = await batch.run(items, ctx.signal, onBatchProgress);
      } catch (error) {
        // Nothing of a batch that never ran was billed; a cancelled one may have been, so its share stays booked.
        for (const item of items)
          ctx.budget.finish(item.reservedUsd, ctx.signal.aborted ? "unknown" : "free");
        if (!ctx.signal.aborted) onBatchError?.(error);
        return;
      }
      ctx.stats.batches = (ctx.stats.batches ?? 0) + 1;
      for (const item of items) {
        const result = results.get(item.customId);
        if (!result?.ok) {
          // Failed requests are not billed; their calls retry synchronously and reserve again.
          ctx.budget.finish(item.reservedUsd, "free");
          continue;
        }
        const costUsd = costOf(item.spec, result.response);
        ctx.budget.finish(item.reservedUsd, costUsd ?? "unknown");
        ctx.stats.batchedCalls = (ctx.stats.batchedCalls ?? 0) + 1;
        answers.set(item.customId, { response: result.response, costUsd });
      }
    },
    take(key) {
      const answer = answers.get(key);
      answers.delete(key);
      return answer;
    },
  };
}

type PendingItem = BatchItem & { spec: CallSpec; reservedUsd: number };

/** The items to submit and what the budget reserved for each; stops where the budget or provider says stop. */
async function collectBatchItems(
  ctx: BatchContext,
  answers: ReadonlyMap<string, BatchAnswer>,
  specs: readonly CallSpec[],
): Promise<PendingItem[]> {
  const items: PendingItem[] = [];
  const seen = new Set<string>();
  for (const spec of specs) {
    const key = ctx.keyOf(spec);
    if (seen.has(key) || answers.has(key) || (await ctx.usableHit(key, spec)) !== undefined) continue;
    if (ctx.signal.aborted || ctx.stats.refusedBy !== undefined) break;
    // Reserved as for single calls: a request the budget refuses is left to the synchronous path, which says so.
    const decision = ctx.budget.tryStart(spec.request);
    if (!decision.ok) break;
    seen.add(key);
    items.push({ customId: key, request: spec.request, spec, reservedUsd: decision.reservedUsd });
  }
  return items;
}
