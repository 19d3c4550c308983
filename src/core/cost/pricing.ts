// Model prices: map a model id as written to a price (overrides first, then the model catalogue) and cost usage.
import type { Usage } from "../chat.js";
import type { Price } from "../config/config-schema.js";
import type { ModelCatalogue } from "./model-catalogue.js";

/**
 * Publisher prefixes of GitHub Models ids (`openai/gpt-4o-mini`, `azureml/Phi-4`) that no OpenAI-compatible
 * endpoint expects. Other `owner/model` ids (e.g. `meta-llama/Llama-3.1-8B` on vLLM) are kept as written.
 */
const publisherPrefix = /^(?:openai|azure-openai|azureml(?:-[a-z0-9]+)?)\//i;

/** `openai/gpt-4o-mini` → `gpt-4o-mini`; `azureml/x` → `x`; anything else unchanged. */
export function mapModelId(id: string): string {
  return id.trim().replace(publisherPrefix, "");
}

/**
 * The price of a model, or null when nothing is known: a cost is never guessed as 0. A `pricing:` entry wins,
 * matched as written or mapped; then the catalogue, which knows dated snapshots (`gpt-4o-2024-08-06`). The
 * catalogue is passed in (usually `builtInCatalogue`), so importing this module does not load its data: a run
 * without prompt changes never needs it.
 */
export function findPrice(
  model: string,
  overrides: Record<string, Price>,
  catalogue: ModelCatalogue,
): Price | null {
  const mapped = mapModelId(model);
  for (const id of [model, model.trim(), mapped]) {
    if (Object.hasOwn(overrides, id)) return overrides[id] ?? null;
  }
  // A key written with a publisher prefix or stray whitespace still names the model the request sends.
  for (const [key, price] of Object.entries(overrides)) if (mapModelId(key) === mapped) return price;
  return catalogue.priceOf(mapped);
}

/** USD for one call's usage; cached input tokens (part of `inputTokens`) at the cached rate when there is one. */
export function costOfUsage(usage: Usage, price: Price): number {
  const cached = Math.min(Math.max(usage.cachedInputTokens, 0), usage.inputTokens);
  const uncached = usage.inputTokens - cached;
  const cachedRate = price.cachedInput ?? price.input;
  return (uncached * price.input + cached * cachedRate + usage.outputTokens * price.output) / 1e6;
}

/**
 * A Batch API answer's price as a fraction of list: OpenAI bills batches at half price, and the catalogue has
 * no batch prices of its own, so half of list is the rule for every model.
 */
export const BATCH_PRICE_FACTOR = 0.5;

/** The price of answers served by the provider's Batch API. */
export function batchPriceOf(price: Price): Price {
  return {
    input: price.input * BATCH_PRICE_FACTOR,
    output: price.output * BATCH_PRICE_FACTOR,
    ...(price.cachedInput !== undefined ? { cachedInput: price.cachedInput * BATCH_PRICE_FACTOR } : {}),
  };
}
