// The spending guard: refuses to start a provider attempt that could pass budget.maxCalls or budget.maxCostUsd.
import type { Price } from "../core/config/config-schema.js";
import { costOfUsage } from "../core/cost/pricing.js";
import { formatUsd } from "../core/format/money.js";
import type { ChatMessage, ChatRequest } from "./model.js";

export interface BudgetLimits {
  maxCalls: number | null;
  maxCostUsd: number | null;
}

/** Output tokens assumed for a call that sets no token limit. */
export const DEFAULT_OUTPUT_TOKENS = 256;

export type BudgetDecision = { ok: true; reservedUsd: number } | { ok: false; reason: string };

/**
 * What one attempt cost, for `finish`: its real cost; `unknown` when it may have been billed but said nothing
 * (a timeout, a dropped connection, an answer without usage), so its reservation stays booked; or `free` when
 * the provider refused it with a status (nothing billed).
 */
export type AttemptCost = number | "unknown" | "free";

export interface Budget {
  /**
   * Claims room for one HTTP attempt (a first try, a retry, a re-asked judge): counts it against maxCalls and
   * reserves its worst-case cost until `finish`, or says why not.
   */
  tryStart(request: ChatRequest): BudgetDecision;
  /** Releases an attempt's reservation and books what it cost. */
  finish(reservedUsd: number, cost: AttemptCost): void;
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

/** A YAML key that reads back as the same string: plain when it can be, quoted otherwise. */
function yamlKey(model: string): string {
  return /^[A-Za-z0-9][\w./-]*$/.test(model) ? model : JSON.stringify(model);
}

/** A head-controlled model id in a code span; one holding a backtick is quoted instead, so it cannot close it. */
function quoteModel(model: string): string {
  return model.includes("`") ? JSON.stringify(model) : `\`${model}\``;
}

/** Why a model with no known price cannot run under a USD cap, and the base-config entry that would allow it. */
export function describeUnpricedModel(model: string): string {
  return (
    `model ${quoteModel(model)} has no known price, so budget.maxCostUsd cannot hold it; add ` +
    `\`pricing: {${yamlKey(model)}: {input: …, output: …}}\` (USD per 1M tokens) to promptgate.yml on the base branch`
  );
}

/**
 * `plannedModels`: every model the run means to call (samples and judges). Under maxCostUsd, one without a price
 * stops the run before its first attempt; a price can only come from `priceOf`, which reads the base config.
 */
export function createBudget(
  limits: BudgetLimits,
  priceOf: (model: string) => Price | null,
  plannedModels: readonly string[] = [],
): Budget {
  let started = 0;
  let spentUsd = 0;
  let reservedUsd = 0;
  let stoppedBy: string | undefined;
  const unpriced = (model: string) => limits.maxCostUsd !== null && priceOf(model) === null;
  const firstUnpriced = plannedModels.find(unpriced);
  if (firstUnpriced !== undefined) stoppedBy = describeUnpricedModel(firstUnpriced);

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
      const price = priceOf(request.model);
      if (limits.maxCostUsd !== null) {
        // An unknown price cannot be held to a USD cap: refused, never counted as $0.
        if (price === null) return refuse(describeUnpricedModel(request.model));
        const estimate = estimateCallCostUsd(request, price);
        if (spentUsd + reservedUsd + estimate > limits.maxCostUsd) {
          const inFlight = reservedUsd > 0 ? ` (+${formatUsd(reservedUsd)} in flight)` : "";
          return refuse(
            `budget.maxCostUsd (${formatUsd(limits.maxCostUsd)}) would be passed: spent ${formatUsd(spentUsd)}` +
              `${inFlight}, next call ≈ ${formatUsd(estimate)}`,
          );
        }
        started += 1;
        reservedUsd += estimate;
        return { ok: true, reservedUsd: estimate };
      }
      started += 1;
      return { ok: true, reservedUsd: 0 };
    },
    finish(reserved, cost) {
      // Clamp: float subtraction must not leave a negative reservation that would loosen the limit.
      reservedUsd = Math.max(0, reservedUsd - reserved);
      if (cost === "unknown") spentUsd += reserved;
      else if (cost !== "free") spentUsd += cost;
    },
    get stoppedBy() {
      return stoppedBy;
    },
  };
}
