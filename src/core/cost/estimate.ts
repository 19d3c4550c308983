// Static cost estimate of a prompt version and of its eval run, made from token counts before any call.
import type { ChatMessage } from "../chat.js";
import type { Price } from "../config/config-schema.js";
import type { CostEstimate, PromptEstimate } from "../report/report.js";
import { builtInCatalogue } from "./model-catalogue.js";
import { findPrice } from "./pricing.js";
import { countChatTokens, countTextTokens, describeTokenizer } from "./tokens.js";

/** Output tokens assumed when a prompt sets no limit: a few paragraphs, a typical chat answer. */
export const defaultOutputTokens = 256;

export interface EstimateInput {
  /** As written in the prompt file, e.g. `openai/gpt-4o-mini`. */
  model: string;
  /** Rendered messages, one list per test case; when there are no cases, the unrendered messages once. */
  calls: ChatMessage[][];
  maxTokens?: number;
  maxCompletionTokens?: number;
  /** Tools sent with every call: their definitions are input tokens too. */
  tools?: unknown[];
}

function assumeOutputTokens(input: EstimateInput): { tokens: number; assumption: string } {
  if (input.maxCompletionTokens !== undefined) {
    return {
      tokens: input.maxCompletionTokens,
      assumption: "the maxCompletionTokens limit, the most the model may write",
    };
  }
  if (input.maxTokens !== undefined) {
    return {
      tokens: input.maxTokens,
      assumption: "the maxTokens limit, the most the model may write",
    };
  }
  return { tokens: defaultOutputTokens, assumption: "assumed: the prompt sets no maxTokens" };
}

/**
 * Cost per call of one prompt version. Input is the mean over the calls; output is the limit the prompt sets
 * (an upper bound) or the default. No prompt-cache discount is assumed, so the figure errs high.
 */
export function estimateCost(input: EstimateInput, pricing: Record<string, Price>): CostEstimate {
  const totalInput = input.calls.reduce((sum, messages) => sum + countChatTokens(messages, input.model), 0);
  // Providers render tool definitions in their own layout; their JSON is close enough for an estimate.
  const toolTokens = input.tools ? countTextTokens(JSON.stringify(input.tools), input.model) : 0;
  const inputTokensPerCall = input.calls.length === 0 ? 0 : totalInput / input.calls.length + toolTokens;
  const output = assumeOutputTokens(input);
  const price = findPrice(input.model, pricing, builtInCatalogue);
  const costPerCallUsd =
    price === null ? null : (inputTokensPerCall * price.input + output.tokens * price.output) / 1e6;
  return {
    model: input.model,
    inputTokensPerCall,
    outputTokensPerCall: output.tokens,
    outputAssumption: output.assumption,
    costPerCallUsd,
    tokenizer: describeTokenizer(input.model),
  };
}

/**
 * Calls and cost of reviewing one prompt: cases × repeats for each version present. Judge calls are not
 * included (their count depends on the evaluators, their cost on the judge model).
 */
export function estimateEvalCost(
  base: CostEstimate | undefined,
  head: CostEstimate | undefined,
  cases: { base: number; head: number },
  repeats: number,
): PromptEstimate {
  const versions = [
    { estimate: base, calls: cases.base * repeats },
    { estimate: head, calls: cases.head * repeats },
  ].filter((version): version is { estimate: CostEstimate; calls: number } => version.estimate !== undefined);
  const evalCalls = versions.reduce((sum, version) => sum + version.calls, 0);
  let evalCostUsd: number | null = 0;
  for (const { estimate, calls } of versions) {
    if (estimate.costPerCallUsd === null) {
      evalCostUsd = null;
      break;
    }
    evalCostUsd += estimate.costPerCallUsd * calls;
  }
  const result: PromptEstimate = { evalCalls, evalCostUsd };
  if (base) result.base = base;
  if (head) result.head = head;
  return result;
}
