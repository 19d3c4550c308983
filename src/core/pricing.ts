// Model prices: map a model id as written to a price (overrides first, then the built-in table) and cost usage.
import type { Usage } from "../engine/model.js";
import type { Price } from "./config-schema.js";
import { priceTable } from "./price-table.js";

/**
 * Publisher prefixes of GitHub Models ids (`openai/gpt-4o-mini`, `azureml/Phi-4`) that no OpenAI-compatible
 * endpoint expects. Other `owner/model` ids (e.g. `meta-llama/Llama-3.1-8B` on vLLM) are kept as written.
 */
const publisherPrefix = /^(?:openai|azure-openai|azureml(?:-[a-z0-9]+)?)\//i;

/** `openai/gpt-4o-mini` → `gpt-4o-mini`; `azureml/x` → `x`; anything else unchanged. */
export function mapModelId(id: string): string {
  return id.trim().replace(publisherPrefix, "");
}

/** Snapshot suffixes OpenAI appends to a family: `-2024-08-06` and the older `-0613`. */
const snapshotSuffix = /^-(?:\d{4}-\d{2}-\d{2}|\d{4})$/;

/**
 * The family a dated snapshot belongs to. Only a date may follow the family name, so `gpt-4o-mini-2024-07-18`
 * never resolves to `gpt-4o`, and variants with their own prices (`gpt-4o-audio-preview`) stay unknown.
 */
function findTableKey(id: string): string | undefined {
  if (Object.hasOwn(priceTable, id)) return id;
  let best: string | undefined;
  for (const key of Object.keys(priceTable)) {
    if (!id.startsWith(key) || !snapshotSuffix.test(id.slice(key.length))) continue;
    if (best === undefined || key.length > best.length) best = key;
  }
  return best;
}

/** The price of a model, or null when nothing is known: a cost is never guessed as 0. */
export function findPrice(model: string, overrides: Record<string, Price>): Price | null {
  const mapped = mapModelId(model);
  for (const id of [model, model.trim(), mapped]) {
    if (Object.hasOwn(overrides, id)) return overrides[id] ?? null;
  }
  const key = findTableKey(mapped.toLowerCase());
  return key === undefined ? null : (priceTable[key] ?? null);
}

/** USD for one call's usage; cached input tokens (part of `inputTokens`) at the cached rate when there is one. */
export function costOfUsage(usage: Usage, price: Price): number {
  const cached = Math.min(Math.max(usage.cachedInputTokens, 0), usage.inputTokens);
  const uncached = usage.inputTokens - cached;
  const cachedRate = price.cachedInput ?? price.input;
  return (uncached * price.input + cached * cachedRate + usage.outputTokens * price.output) / 1e6;
}

const thousands = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

/** `$1,234`, `$1.23`, `$0.0543`, `$0.000123`; `unknown` for null. Tiny values keep three significant digits. */
export function formatUsd(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return "unknown";
  const sign = value < 0 ? "-" : "";
  const abs = Math.abs(value);
  if (abs >= 1000) return `${sign}$${thousands.format(abs)}`;
  if (abs >= 1 || abs === 0) return `${sign}$${abs.toFixed(2)}`;
  const decimals = Math.min(12, 2 - Math.floor(Math.log10(abs)));
  const fixed = abs.toFixed(decimals).replace(/0+$/, "");
  const [whole, fraction = ""] = fixed.split(".");
  return `${sign}$${whole}.${fraction.padEnd(2, "0")}`;
}
