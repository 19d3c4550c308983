// Runs model calls for a review: FIFO under adaptive concurrency, with cache, budget, retries, timeouts and counters.
import { setMaxListeners } from "node:events";
import { costOfUsage } from "../core/cost/pricing.js";
import { createBatchPrefetch } from "./batch-prefetch.js";
import { type AttemptCost, createBudget } from "./budget.js";
import { buildCacheKey } from "./cache-key.js";
import type { CallOutcome, CallSpec, Engine, EngineOptions, EngineStats } from "./engine-types.js";
import { type ChatRequest, type ChatResponse, ModelError } from "./model.js";
import {
  type BackoffOptions,
  computeRetryDelayMs,
  defaultBackoff,
  describeFailure,
  toModelError,
} from "./retry-policy.js";
import { createScheduler } from "./scheduler.js";
import { sleepUnlessAborted } from "./sleep.js";

/** Time and chance, injectable so tests of backoff and rate limits run in milliseconds. */
export interface EngineRuntime {
  now: () => number;
  /** Resolves after `ms`, or early (without throwing) when `signal` aborts. */
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  random: () => number;
  backoff: BackoffOptions;
  /** Successes in a row that raise a rate-limited concurrency by one. */
  successesPerStep?: number;
}

export const realRuntime: EngineRuntime = {
  now: () => Date.now(),
  sleep: sleepUnlessAborted,
  random: Math.random,
  backoff: defaultBackoff,
};

/** Attempts at an answer that parses (a judge's verdict) before the sample counts as an error. */
const MAX_INVALID_ATTEMPTS = 3;
/** Rejected requests (400/404/422) with no success yet after which the provider is taken to reject them all. */
const MAX_BAD_REQUESTS_BEFORE_SUCCESS = 5;

export function createEngine(options: EngineOptions, runtime: Partial<EngineRuntime> = {}): Engine {
  const rt: EngineRuntime = {
    now: runtime.now ?? realRuntime.now,
    sleep: runtime.sleep ?? realRuntime.sleep,
    random: runtime.random ?? realRuntime.random,
    backoff: runtime.backoff ?? realRuntime.backoff,
    successesPerStep: runtime.successesPerStep,
  };
  const stats: EngineStats = { total: 0, cached: 0, failed: 0, retried: 0, costUsd: 0, unpricedCalls: 0 };
  const budget = createBudget(options.budget, options.priceOf, options.plannedModels);
  if (budget.stoppedBy !== undefined) stats.stoppedBy = budget.stoppedBy;
  let successes = 0;
  let badRequests = 0;
  let cacheWriteReported = false;
  const scheduler = createScheduler({
    concurrency: options.concurrency,
    successesPerStep: rt.successesPerStep,
    now: rt.now,
    sleep: rt.sleep,
  });
  const maxAttempts = Math.max(0, Math.floor(options.maxRetries)) + 1;
  const cancelController = new AbortController();
  const cancelSignal = cancelController.signal;
  // Retries sleeping on the signal can outnumber Node's default of 10 listeners; that is not a leak.
  setMaxListeners(0, cancelSignal);
  /** Aborters of the attempts in flight; cancel() calls them. A Set: O(1) add/delete, nothing kept after. */
  const inFlight = new Set<() => void>();
  let cancelReason = "";
  // setTimeout treats Infinity and anything past 2^31−1 ms as 1 ms; those mean "no timeout".
  const hasTimeout = options.timeoutMs > 0 && options.timeoutMs <= 2 ** 31 - 1;

  const costOf = (request: ChatRequest, response: ChatResponse): number | null => {
    const price = options.priceOf(request.model);
    return price === null || response.usageMissing ? null : costOfUsage(response.usage, price);
  };

  const aborted = (spec: CallSpec, attempts: number): CallOutcome => ({
    ok: false,
    kind: "aborted",
    error: `${spec.label}: not completed, the run was cancelled (${cancelReason})`,
    attempts,
  });

  function settle(outcome: CallOutcome): CallOutcome {
    stats.total += 1;
    if (!outcome.ok) stats.failed += 1;
    else if (outcome.cached) stats.cached += 1;
    if (budget.stoppedBy !== undefined) stats.stoppedBy = budget.stoppedBy;
    options.onProgress?.({ ...stats });
    return outcome;
  }

  /** One attempt: the model gets a signal that aborts on timeout or cancel; we stop waiting either way. */
  async function attemptOnce(request: ChatRequest): Promise<ChatResponse> {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let onCancel: (() => void) | undefined;
    // A per-attempt guard rather than one shared "cancelled" promise: racing a long-lived promise would
    // pile a reaction on it per call and grow memory with the number of calls.
    const guard = new Promise<never>((_, reject) => {
      onCancel = () => {
        controller.abort(new ModelError("aborted", cancelReason));
        reject(new ModelError("aborted", cancelReason));
      };
      if (!hasTimeout) return;
      timer = setTimeout(() => {
        const error = new ModelError("timeout", `no answer within ${options.timeoutMs} ms`);
        controller.abort(error);
        reject(error);
      }, options.timeoutMs);
    });
    inFlight.add(onCancel!);
    try {
      return await Promise.race([options.model.complete(request, controller.signal), guard]);
    } catch (thrown) {
      // The adapter may report our own timeout as an abort; what matters is why the signal fired.
      if (controller.signal.aborted && controller.signal.reason instanceof ModelError)
        throw controller.signal.reason;
      throw thrown;
    } finally {
      clearTimeout(timer);
      inFlight.delete(onCancel!);
    }
  }

  /** Every HTTP attempt — first try, retry, re-asked judge — is admitted by the budget and settled after. */
  async function budgetedAttempt(request: ChatRequest, reservedUsd: number): Promise<ChatResponse> {
    let cost: AttemptCost = "unknown";
    try {
      const response = await attemptOnce(request);
      cost = costOf(request, response) ?? "unknown";
      return response;
    } catch (thrown) {
      // A status means the provider answered with a refusal and billed nothing; a timeout or a dropped
      // connection may have been billed, so its reservation stays booked.
      if (toModelError(thrown).status !== undefined) cost = "free";
      throw thrown;
    } finally {
      budget.finish(reservedUsd, cost);
    }
  }

  /** The budget refused the next attempt: the call ends here, counted as never (fully) run. */
  function refusedByBudget(spec: CallSpec, attempts: number, reason: string): CallOutcome {
    stats.stoppedBy = reason;
    const tries = attempts === 1 ? "1 attempt" : `${attempts} attempts`;
    const when = attempts === 0 ? "not run" : `stopped after ${tries}`;
    return { ok: false, kind: "budget", error: `${spec.label}: ${when}, ${reason}`, attempts };
  }

  function giveUp(spec: CallSpec, error: ModelError, attempt: number): CallOutcome {
    // A refused key or an empty account fails every later call the same way: stop sending them. So does
    // a request the provider rejects before anything ever succeeded (an unknown model, a bad parameter).
    if (error.kind === "bad_request") badRequests += 1;
    const refused = error.kind === "auth" || error.kind === "quota";
    const neverWorks = badRequests >= MAX_BAD_REQUESTS_BEFORE_SUCCESS && successes === 0;
    if ((refused || neverWorks) && stats.refusedBy === undefined) {
      stats.refusedBy = describeFailure("provider", error, attempt).replace(/^provider: /, "");
    }
    return {
      ok: false,
      kind: error.kind,
      error: describeFailure(spec.label, error, attempt),
      attempts: attempt,
    };
  }

  async function callWithRetries(spec: CallSpec): Promise<CallOutcome> {
    for (let attempt = 1; ; attempt += 1) {
      const epoch = await scheduler.beforeAttempt(cancelSignal);
      if (cancelSignal.aborted) return aborted(spec, attempt - 1);
      const decision = budget.tryStart(spec.request);
      if (!decision.ok) return refusedByBudget(spec, attempt - 1, decision.reason);
      try {
        const response = await budgetedAttempt(spec.request, decision.reservedUsd);
        scheduler.onSuccess();
        successes += 1;
        const invalid = spec.validate?.(response.text);
        if (invalid !== undefined) {
          // An unusable answer still cost money; ask again a couple of times, never cache it.
          const cost = costOf(spec.request, response);
          if (cost === null) stats.unpricedCalls += 1;
          else stats.costUsd += cost;
          if (attempt >= Math.min(maxAttempts, MAX_INVALID_ATTEMPTS)) {
            return {
              ok: false,
              kind: "invalid_answer",
              error: `${spec.label}: ${invalid}`,
              attempts: attempt,
            };
          }
          stats.retried += 1;
          continue;
        }
        return {
          ok: true,
          response,
          cached: false,
          attempts: attempt,
          costUsd: costOf(spec.request, response),
        };
      } catch (thrown) {
        const error = toModelError(thrown);
        if (cancelSignal.aborted || error.kind === "aborted") return aborted(spec, attempt);
        if (error.kind === "rate_limit") scheduler.onRateLimit(epoch, error.retryAfterMs);
        if (!error.retryable || attempt >= maxAttempts) return giveUp(spec, error, attempt);
        stats.retried += 1;
        await rt.sleep(computeRetryDelayMs(attempt, error.retryAfterMs, rt.random, rt.backoff), cancelSignal);
      }
    }
  }

  async function readCache(key: string): Promise<ChatResponse | undefined> {
    try {
      return await options.cache.get(key);
    } catch {
      return undefined; // An unreadable cache is a miss: the call is made again.
    }
  }

  const keyOf = (spec: CallSpec) => buildCacheKey(options.model.endpoint, spec.request, spec.sample);
  const usableHit = async (key: string, spec: CallSpec) => {
    const hit = options.cacheMode === "off" ? undefined : await readCache(key);
    return hit !== undefined && spec.validate?.(hit.text) === undefined ? hit : undefined;
  };
  const batch = createBatchPrefetch({ options, budget, stats, signal: cancelSignal, keyOf, usableHit });

  async function runCall(spec: CallSpec): Promise<CallOutcome> {
    if (cancelSignal.aborted) return aborted(spec, 0);
    // The cache is read inside the slot: a lookup is quick, and it keeps the start order of misses FIFO.
    const id = keyOf(spec);
    const key = options.cacheMode === "off" ? undefined : id;
    const hit = await usableHit(id, spec);
    // Cached answers are free: served even after the budget stopped the run. Their costUsd is what the
    // answer cost when it was made (for cost per call); stats.costUsd counts only this run's spending.
    if (hit !== undefined)
      return { ok: true, response: hit, cached: true, attempts: 0, costUsd: costOf(spec.request, hit) };
    const batched = batch?.take(id);
    const outcome: CallOutcome =
      batched && spec.validate?.(batched.response.text) === undefined
        ? { ok: true, cached: false, attempts: 1, ...batched }
        : await runAlone(spec);
    if (!outcome.ok) return outcome;
    if (outcome.costUsd === null) stats.unpricedCalls += 1;
    else stats.costUsd += outcome.costUsd;
    if (key !== undefined && options.cacheMode === "use") await storeAnswer(key, outcome.response);
    return outcome;
  }

  /** A call the cache and the batch did not answer: made synchronously, with retries. */
  async function runAlone(spec: CallSpec): Promise<CallOutcome> {
    if (options.cacheMode === "offline") {
      const error = `no cached response for ${spec.label} (offline mode)`;
      return { ok: false, kind: "offline_miss", error, attempts: 0 };
    }
    if (cancelSignal.aborted) return aborted(spec, 0);
    if (stats.refusedBy !== undefined) {
      const error = `${spec.label}: not run, the provider refused an earlier call`;
      return { ok: false, kind: "aborted", error, attempts: 0 };
    }
    return callWithRetries(spec);
  }

  async function storeAnswer(key: string, response: ChatResponse): Promise<void> {
    // A cache that cannot be written (full disk, read-only dir) costs a re-run later, not this review.
    try {
      await options.cache.set(key, response);
    } catch (error) {
      // Said once, so a run of thousands of calls does not print thousands of lines.
      if (!cacheWriteReported) options.onCacheWriteError?.(error);
      cacheWriteReported = true;
    }
  }

  return {
    call(spec) {
      if (cancelSignal.aborted) return Promise.resolve(settle(aborted(spec, 0)));
      return scheduler.run(() => runCall(spec)).then(settle);
    },
    prefetch: (specs) => batch?.prefetch(specs) ?? Promise.resolve(),
    stats: () => ({ ...stats }),
    cancel(reason) {
      if (cancelSignal.aborted) return;
      cancelReason = reason;
      cancelController.abort(new ModelError("aborted", reason));
      for (const abortAttempt of [...inFlight]) abortAttempt();
    },
  };
}
