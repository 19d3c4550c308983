// The steps of one engine call inside its scheduler slot: cache, then a batch's answer, then the provider.
import { abortedOutcome } from "./call-outcomes.js";
import { callWithRetries } from "./call-with-retries.js";
import type { EngineContext } from "./engine-context.js";
import type { CallOutcome, CallSpec } from "./engine-types.js";

export async function runCall(ctx: EngineContext, spec: CallSpec): Promise<CallOutcome> {
  const { cancellation, cache, accounts } = ctx;
  if (cancellation.signal.aborted) return abortedOutcome(spec.label, 0, cancellation.reason);
  // The cache is read inside the slot: a lookup is quick, and it keeps the start order of misses FIFO.
  const key = cache.keyOf(spec);
  const hit = await cache.usableHit(key, spec);
  // Cached answers are free: served even after the budget stopped the run. Their costUsd is what the
  // answer cost when it was made (for cost per call); stats.costUsd counts only this run's spending.
  if (hit !== undefined) {
    const costUsd = accounts.costOf(spec.request, hit);
    return { ok: true, response: hit, cached: true, attempts: 0, costUsd };
  }
  const batched = ctx.batch?.take(key);
  const outcome: CallOutcome =
    batched && spec.validate?.(batched.response.text) === undefined
      ? { ok: true, cached: false, attempts: 1, ...batched }
      : await runAlone(ctx, spec);
  if (!outcome.ok) return outcome;
  accounts.bookSpend(outcome.costUsd);
  await cache.store(key, outcome.response);
  return outcome;
}

/** A call the cache and the batch did not answer: made synchronously, with retries. */
async function runAlone(ctx: EngineContext, spec: CallSpec): Promise<CallOutcome> {
  if (ctx.options.cacheMode === "offline") {
    const error = `no cached response for ${spec.label} (offline mode)`;
    return { ok: false, kind: "offline_miss", error, attempts: 0 };
  }
  if (ctx.cancellation.signal.aborted) return abortedOutcome(spec.label, 0, ctx.cancellation.reason);
  if (ctx.accounts.stats.refusedBy !== undefined) {
    const error = `${spec.label}: not run, the provider refused an earlier call`;
    return { ok: false, kind: "aborted", error, attempts: 0 };
  }
  return callWithRetries(ctx, spec);
}
