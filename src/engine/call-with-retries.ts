// One call made against the provider: every attempt admitted by the budget, retried per the retry policy.

import type { AttemptCost } from "./budget.js";
import { abortedOutcome, budgetOutcome, failedOutcome, invalidAnswerOutcome } from "./call-outcomes.js";
import type { EngineContext } from "./engine-context.js";
import type { CallOutcome, CallSpec } from "./engine-types.js";
import type { ChatRequest, ChatResponse, ModelError } from "./model.js";
import { computeRetryDelayMs, toModelError } from "./retry-policy.js";

/** Attempts at an answer that parses (a judge's verdict) before the sample counts as an error. */
export const MAX_INVALID_ATTEMPTS = 3;

export type RetryContext = Omit<EngineContext, "options" | "cache" | "batch">;

export async function callWithRetries(ctx: RetryContext, spec: CallSpec): Promise<CallOutcome> {
  const { signal } = ctx.cancellation;
  for (let attempt = 1; ; attempt += 1) {
    const epoch = await ctx.scheduler.beforeAttempt(signal);
    if (signal.aborted) return abortedOutcome(spec.label, attempt - 1, ctx.cancellation.reason);
    const decision = ctx.budget.tryStart(spec.request);
    if (!decision.ok) {
      ctx.accounts.recordStop(decision.reason);
      return budgetOutcome(spec.label, attempt - 1, decision.reason);
    }
    try {
      const answered = await budgetedAttempt(ctx, spec.request, decision.reservedUsd);
      const outcome = judgeAnswer(ctx, spec, answered, attempt);
      if (outcome !== undefined) return outcome;
    } catch (thrown) {
      const error = toModelError(thrown);
      const outcome = judgeFailure(ctx, spec, error, attempt, epoch);
      if (outcome !== undefined) return outcome;
      const { random, backoff } = ctx.runtime;
      await ctx.runtime.sleep(computeRetryDelayMs(attempt, error.retryAfterMs, random, backoff), signal);
    }
  }
}

/** An answer and what it cost (null when the price or the usage is unknown), priced once. */
interface PricedAnswer {
  response: ChatResponse;
  costUsd: number | null;
}

/** Every HTTP attempt — first try, retry, re-asked judge — is admitted by the budget and settled after. */
async function budgetedAttempt(
  ctx: RetryContext,
  request: ChatRequest,
  reservedUsd: number,
): Promise<PricedAnswer> {
  let cost: AttemptCost = "unknown";
  try {
    const response = await ctx.attempter.attempt(request);
    const costUsd = ctx.accounts.costOf(request, response);
    cost = costUsd ?? "unknown";
    return { response, costUsd };
  } catch (thrown) {
    // A status means the provider answered with a refusal and billed nothing; a timeout or a dropped
    // connection may have been billed, so its reservation stays booked.
    if (toModelError(thrown).status !== undefined) cost = "free";
    throw thrown;
  } finally {
    ctx.budget.finish(reservedUsd, cost);
  }
}

/** The call's outcome for an answer, or undefined when an unusable answer is to be asked again. */
function judgeAnswer(
  ctx: RetryContext,
  spec: CallSpec,
  { response, costUsd }: PricedAnswer,
  attempt: number,
): CallOutcome | undefined {
  ctx.scheduler.onSuccess();
  ctx.refusals.recordSuccess();
  const invalid = spec.validate?.(response.text);
  if (invalid === undefined) return { ok: true, response, cached: false, attempts: attempt, costUsd };
  // An unusable answer still cost money; ask again a couple of times, never cache it.
  ctx.accounts.bookSpend(costUsd);
  if (attempt >= Math.min(ctx.maxAttempts, MAX_INVALID_ATTEMPTS))
    return invalidAnswerOutcome(spec.label, invalid, attempt);
  ctx.accounts.countRetry();
  return undefined;
}

/** The call's outcome for a failed attempt, or undefined when it is to be retried (after a wait). */
function judgeFailure(
  ctx: RetryContext,
  spec: CallSpec,
  error: ModelError,
  attempt: number,
  epoch: number,
): CallOutcome | undefined {
  if (ctx.cancellation.signal.aborted || error.kind === "aborted")
    return abortedOutcome(spec.label, attempt, ctx.cancellation.reason);
  if (error.kind === "rate_limit") ctx.scheduler.onRateLimit(epoch, error.retryAfterMs);
  if (!error.retryable || attempt >= ctx.maxAttempts) {
    const refusal = ctx.refusals.recordFailure(error, attempt);
    if (refusal !== undefined) ctx.accounts.recordRefusal(refusal);
    return failedOutcome(spec.label, error, attempt);
  }
  ctx.accounts.countRetry();
  return undefined;
}
