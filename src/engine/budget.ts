// The spending guard: refuses to start a provider call that would pass budget.maxCalls or budget.maxCostUsd.
import type { Price } from "../core/config-schema.js";
import { costOfUsage, formatUsd } from "../core/pricing.js";
import type { ChatMessage, ChatRequest } from "./model.js";

export interface BudgetLimits {
  maxCalls: number | null;
  maxCostUsd: number | null;
}

/** Output tokens assumed for a call that sets no token limit. */
export const DEFAULT_OUTPUT_TOKENS = 256;

export type BudgetDecision = { ok: true; reservedUsd: number } | { ok: false; reason: string };

export interface Budget {
  /** Claims room for one provider call (its estimated cost stays reserved until `finish`), or says why not. */
  tryStart(request: ChatRequest): BudgetDecision;
  /** Releases a call's reservation and books what it really cost (null: unpriced or failed). */
  finish(reservedUsd: number, spentUsd: number | null): void;
  /** Set once a limit stopped the run; every later `tryStart` is refused with it. */
  readonly stoppedBy: string | undefined;
}

/**
 * Input tokens, roughly: one token per 4 characters plus per-message overhead. A tokenizer would be
 * exact but costs more CPU per call than the rest of the engine together; the estimate only has to keep
 * a run under its limit, and the real usage is booked when the call returns.
 */
export function estimateInputTokens(messages: readonly ChatMessage[]): number {
  let chars = 0;
  for (const message of messages) chars += message.content.length;
  return Math.ceil(chars / 4) + 8 * messages.length;
}

/** Estimated USD of one call at `price`, assuming it uses its whole output allowance. */
export function estimateCallCostUsd(request: ChatRequest, price: Price): number {
  const outputTokens = request.maxCompletionTokens ?? request.maxTokens ?? DEFAULT_OUTPUT_TOKENS;
  const usage = { inputTokens: estimateInputTokens(request.messages), outputTokens, cachedInputTokens: 0 };
  return costOfUsage(usage, price);
}

export function createBudget(limits: BudgetLimits, priceOf: (model: string) => Price | null): Budget {
  let started = 0;
  let spentUsd = 0;
  let reservedUsd = 0;
  let stoppedBy: string | undefined;

  const refuse = (reason: string): BudgetDecision => {
    stoppedBy ??= reason;
    return { ok: false, reason: stoppedBy };
  };

  return {
    tryStart(request) {
      if (stoppedBy !== undefined) return { ok: false, reason: stoppedBy };
      if (limits.maxCalls !== null && started + 1 > limits.maxCalls) {
        return refuse(`budget.maxCalls (${limits.maxCalls}) reached after ${started} calls`);
      }
      // An unknown price cannot be budgeted in USD: such calls are held only by maxCalls.
      const price = priceOf(request.model);
      const estimate = price === null ? 0 : estimateCallCostUsd(request, price);
      if (limits.maxCostUsd !== null && price !== null) {
        const committed = spentUsd + reservedUsd;
        if (committed + estimate > limits.maxCostUsd) {
          const inFlight = reservedUsd > 0 ? ` (+${formatUsd(reservedUsd)} in flight)` : "";
          return refuse(
            `budget.maxCostUsd (${formatUsd(limits.maxCostUsd)}) would be passed: spent ${formatUsd(spentUsd)}` +
              `${inFlight}, next call ≈ ${formatUsd(estimate)}`,
          );
        }
      }
      started += 1;
      reservedUsd += estimate;
      return { ok: true, reservedUsd: estimate };
    },
    finish(reserved, spent) {
      // Clamp: float subtraction must not leave a negative reservation that would loosen the limit.
      reservedUsd = Math.max(0, reservedUsd - reserved);
      if (spent !== null) spentUsd += spent;
    },
    get stoppedBy() {
      return stoppedBy;
    },
  };
}
