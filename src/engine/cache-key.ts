// Content address of a model response: what was asked, of which endpoint, for which repeat.
import { createHash } from "node:crypto";
import type { ChatRequest } from "./model.js";

/** Bumped when the key's shape changes, so old cache entries stop matching instead of lying. */
const CACHE_KEY_VERSION = 1;

/**
 * Every ChatRequest field, marked as part of the key or not. Typed against `keyof ChatRequest` so a
 * field added to the port fails to compile here until someone decides whether it defines the response.
 */
const KEY_FIELDS: Record<keyof ChatRequest, true> = {
  model: true,
  messages: true,
  temperature: true,
  topP: true,
  maxTokens: true,
  maxCompletionTokens: true,
  seed: true,
  stop: true,
  presencePenalty: true,
  frequencyPenalty: true,
  responseFormat: true,
  // Absent tools add nothing to the key, so entries cached before tools were sent still match.
  tools: true,
};

/** sha256 hex of {v, endpoint, request, sample} in canonical JSON (sorted keys, undefined fields dropped). */
export function buildCacheKey(endpoint: string, request: ChatRequest, sample: number): string {
  const picked: Record<string, unknown> = {};
  for (const field of Object.keys(KEY_FIELDS) as (keyof ChatRequest)[]) {
    if (request[field] !== undefined) picked[field] = request[field];
  }
  const material = {
    v: CACHE_KEY_VERSION,
    endpoint: stripCredentialsOnce(endpoint),
    request: picked,
    sample,
  };
  return createHash("sha256").update(canonicalJson(material)).digest("hex");
}

// An engine talks to one endpoint: remember the last one rather than parse a URL per call.
let lastEndpoint: string | undefined;
let lastStripped = "";

function stripCredentialsOnce(endpoint: string): string {
  if (endpoint !== lastEndpoint) {
    lastStripped = stripCredentials(endpoint);
    lastEndpoint = endpoint;
  }
  return lastStripped;
}

/**
 * An endpoint URL without `user:pass@`, query string or fragment. Adapters already hand over a clean
 * endpoint; this is a second guard because Azure-style `?api-key=` URLs would otherwise land in keys.
 */
export function stripCredentials(endpoint: string): string {
  try {
    const url = new URL(endpoint);
    url.username = "";
    url.password = "";
    url.search = "";
    url.hash = "";
    return url.toString();
  } catch {
    // Not a URL (e.g. "fake://" labels in tests or a bare host): strip the same parts textually.
    return endpoint.replace(/\/\/[^/@?#]*@/, "//").replace(/[?#].*$/, "");
  }
}

/** JSON with object keys sorted at every depth, so key order never changes the hash. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(",")}]`;
  const entries = Object.keys(value)
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(",")}}`;
}
