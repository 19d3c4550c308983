import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  describeCaseRow
} from "./chunk-JKDQZCMY.js";

// src/review/sample-errors.ts
var SAMPLE_LABEL = /^.*?#\S+ (base|head) sample \d+( judge .*?)?: /;
var OFFLINE_MISS = /^no cached response for .* \(offline mode\)$/;
function summarizeSampleErrors(samples) {
  const counts = /* @__PURE__ */ new Map();
  for (const sample of samples) {
    if (!sample.error || sample.notRun) continue;
    const message = sample.error.replace(SAMPLE_LABEL, "");
    counts.set(message, (counts.get(message) ?? 0) + 1);
  }
  return [...counts].map(([message, n]) => `${n} ${n === 1 ? "sample" : "samples"} failed: ${message}`);
}
function describeOfflineMisses(cases) {
  const missed = cases.map((c) => ({ row: describeCaseRow(c), n: c.outputs.filter(isOfflineMiss).length })).filter((c) => c.n > 0);
  if (missed.length === 0) return void 0;
  const samples = missed.reduce((sum, c) => sum + c.n, 0);
  const named = missed.slice(0, 5).map((c) => c.row);
  const more = missed.length > named.length ? ` and ${missed.length - named.length} more` : "";
  return `${samples} ${samples === 1 ? "sample has" : "samples have"} no cached answer (--offline): ${missed.length === 1 ? "case" : "cases"} ${named.join(", ")}${more}. Run once without --offline to record them, or point --cache-dir at the cache that holds them.`;
}
function isOfflineMiss(sample) {
  return sample.notRun === true && sample.error !== void 0 && OFFLINE_MISS.test(sample.error);
}

// src/engine/model.ts
var ModelError = class extends Error {
  kind;
  status;
  /** What the provider asked us to wait before retrying (retry-after-ms, retry-after, x-ratelimit-reset-*). */
  retryAfterMs;
  constructor(kind, message, options = {}) {
    super(message);
    this.name = "ModelError";
    this.kind = kind;
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
  }
  get retryable() {
    return this.kind === "rate_limit" || this.kind === "server" || this.kind === "timeout" || this.kind === "network";
  }
};

// src/engine/cache-key.ts
import { createHash } from "node:crypto";
var CACHE_KEY_VERSION = 1;
var KEY_FIELDS = {
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
  tools: true
};
function buildCacheKey(endpoint, request, sample) {
  const picked = {};
  for (const field of Object.keys(KEY_FIELDS)) {
    if (request[field] !== void 0) picked[field] = request[field];
  }
  const material = {
    v: CACHE_KEY_VERSION,
    endpoint: stripCredentialsOnce(endpoint),
    request: picked,
    sample
  };
  return createHash("sha256").update(canonicalJson(material)).digest("hex");
}
var lastEndpoint;
var lastStripped = "";
function stripCredentialsOnce(endpoint) {
  if (endpoint !== lastEndpoint) {
    lastStripped = stripCredentials(endpoint);
    lastEndpoint = endpoint;
  }
  return lastStripped;
}
function stripCredentials(endpoint) {
  try {
    const url = new URL(endpoint);
    url.username = "";
    url.password = "";
    url.search = "";
    url.hash = "";
    return url.toString();
  } catch {
    return endpoint.replace(/\/\/[^/@?#]*@/, "//").replace(/[?#].*$/, "");
  }
}
function canonicalJson(value) {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(",")}]`;
  const entries = Object.keys(value).filter((k) => value[k] !== void 0).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`);
  return `{${entries.join(",")}}`;
}

// src/engine/sleep.ts
function sleepUnlessAborted(ms, signal) {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
  });
}

export {
  ModelError,
  summarizeSampleErrors,
  describeOfflineMisses,
  buildCacheKey,
  stripCredentials,
  sleepUnlessAborted
};
