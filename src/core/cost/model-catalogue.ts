// What promptgate knows about a model it did not configure: list prices and context window, from a maintained
// catalogue (@pydantic/genai-prices, bundled: no network, no update at run time) behind one port.
import { calcPrice, type ModelPrice, type PriceCalculation } from "@pydantic/genai-prices";
import type { Price } from "../config/config-schema.js";

export interface ModelCatalogue {
  /** Package name of the catalogue, for the report and the comment footer. */
  name: string;
  /** Its version: the prices a review used can be traced to one release of the data. */
  version: string;
  /** USD per 1M tokens, or null when the catalogue does not know the model (never a guessed 0). */
  priceOf(model: string): Price | null;
  /** Tokens of prompt plus answer the model accepts, or null when unknown. */
  contextWindowOf(model: string): number | null;
  /** Most tokens the model writes in one answer, or null when unknown. */
  maxOutputOf(model: string): number | null;
  /** The catalogue's vendor of a model (`openai`, `anthropic`, …), or null when unknown. */
  vendorOf(model: string): string | null;
}

/** Kept in step with the installed package by a test (model-catalogue.test.ts). */
export const GENAI_PRICES_VERSION = "0.1.8";

/** One lookup per model id: the catalogue's matcher walks every provider's patterns. */
function memo<T>(compute: (model: string) => T): (model: string) => T {
  const known = new Map<string, T>();
  return (model) => {
    if (!known.has(model)) known.set(model, compute(model));
    return known.get(model) as T;
  };
}

/**
 * The catalogue's entry for an id as an OpenAI-compatible endpoint takes it: bare (`gpt-4o-mini`, dated snapshots
 * included) or with the vendor in front (`anthropic/claude-sonnet-4-5`, as OpenRouter and LiteLLM write it).
 */
function findEntry(model: string): PriceCalculation | null {
  const id = model.trim();
  const usage = { input_tokens: 0, output_tokens: 0 };
  const direct = calcPrice(usage, id);
  if (direct) return direct;
  const slash = id.indexOf("/");
  if (slash <= 0) return null;
  return calcPrice(usage, id.slice(slash + 1), { providerId: id.slice(0, slash).toLowerCase() });
}

/** A price in the catalogue may be tiered by prompt length; the base tier is the one short prompts pay. */
function perMillion(prices: ModelPrice, key: string): number | undefined {
  const value = prices[key];
  if (typeof value === "number") return value;
  return value === undefined ? undefined : value.base;
}

function toPrice(prices: ModelPrice): Price | null {
  const input = perMillion(prices, "input_mtok");
  const output = perMillion(prices, "output_mtok");
  if (input === undefined || output === undefined) return null;
  const cachedInput = perMillion(prices, "cache_read_mtok");
  return cachedInput === undefined ? { input, output } : { input, cachedInput, output };
}

export function createGenaiPricesCatalogue(): ModelCatalogue {
  const entry = memo(findEntry);
  return {
    name: "@pydantic/genai-prices",
    version: GENAI_PRICES_VERSION,
    priceOf: (model) => {
      const found = entry(model);
      return found ? toPrice(found.model_price) : null;
    },
    contextWindowOf: (model) => entry(model)?.model.context_window ?? null,
    // The catalogue records no output limits: unknown rather than a number from elsewhere.
    maxOutputOf: () => null,
    vendorOf: (model) => entry(model)?.provider.id ?? null,
  };
}

/** The catalogue every review uses unless a caller passes another. */
export const builtInCatalogue: ModelCatalogue = createGenaiPricesCatalogue();
