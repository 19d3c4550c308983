// Built-in OpenAI list prices (USD per 1M tokens), used when `pricing` in promptgate.yml names no override.
import type { Price } from "./config-schema.js";

/**
 * The day these figures were read from OpenAI's public pricing page (https://openai.com/api/pricing).
 * Prices change; a repository pins its own in `pricing:` when it needs them exact.
 */
export const priceTableDate = "2025-08-07";

/**
 * Keys are bare OpenAI model families; dated snapshots (`gpt-4o-2024-08-06`) resolve to them in pricing.ts.
 * `cachedInput` is absent where OpenAI offers no cached-input discount, so cached tokens cost full input.
 */
export const priceTable: Readonly<Record<string, Price>> = {
  "gpt-5": { input: 1.25, cachedInput: 0.125, output: 10 },
  "gpt-5-mini": { input: 0.25, cachedInput: 0.025, output: 2 },
  "gpt-5-nano": { input: 0.05, cachedInput: 0.005, output: 0.4 },
  "gpt-5-chat-latest": { input: 1.25, cachedInput: 0.125, output: 10 },
  "gpt-4.1": { input: 2, cachedInput: 0.5, output: 8 },
  "gpt-4.1-mini": { input: 0.4, cachedInput: 0.1, output: 1.6 },
  "gpt-4.1-nano": { input: 0.1, cachedInput: 0.025, output: 0.4 },
  "gpt-4o": { input: 2.5, cachedInput: 1.25, output: 10 },
  "gpt-4o-mini": { input: 0.15, cachedInput: 0.075, output: 0.6 },
  "chatgpt-4o-latest": { input: 5, output: 15 },
  o1: { input: 15, cachedInput: 7.5, output: 60 },
  "o1-mini": { input: 1.1, cachedInput: 0.55, output: 4.4 },
  o3: { input: 2, cachedInput: 0.5, output: 8 },
  "o3-mini": { input: 1.1, cachedInput: 0.55, output: 4.4 },
  "o4-mini": { input: 1.1, cachedInput: 0.275, output: 4.4 },
  "gpt-4-turbo": { input: 10, output: 30 },
  "gpt-4": { input: 30, output: 60 },
  "gpt-3.5-turbo": { input: 0.5, output: 1.5 },
};
