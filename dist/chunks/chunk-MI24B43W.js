import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  MINUS,
  describeCaseRow,
  formatInt,
  signOf
} from "./chunk-7IS7JC7X.js";

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

// src/core/format/percent.ts
function formatRate(rate) {
  const pct = rate * 100;
  const whole = Math.round(pct);
  if (whole === 100 && rate < 1 || whole === 0 && rate > 0) return `${pct.toFixed(1)}%`;
  return `${whole}%`;
}
function formatPassRate(stats) {
  return stats.samples === 0 ? "—" : formatRate(stats.passRate);
}
function formatPercent(fraction, digits) {
  const abs = Math.abs(fraction * 100);
  const text = digits !== void 0 ? abs.toFixed(digits) : String(Math.round(abs * 10) / 10);
  return `${fraction < 0 && Number(text) !== 0 ? MINUS : ""}${text}%`;
}
function changePct(from, to) {
  if (from === 0 && to === 0) return 0;
  return from > 0 ? (to - from) / from * 100 : null;
}
function formatChangePct(pct) {
  if (pct === null || !Number.isFinite(pct)) return "unknown";
  const abs = Math.abs(pct);
  if (abs >= 100) return `${signOf(pct)}${formatInt(abs)}%`;
  const rounded = Math.round(pct * 10) / 10;
  return `${signOf(rounded)}${Math.abs(rounded).toFixed(1)}%`;
}

// src/core/format/money.ts
function usdDigits(abs) {
  if (abs >= 1) {
    const [whole, cents] = abs.toFixed(2).split(".");
    return `${formatInt(Number(whole))}.${cents}`;
  }
  if (abs === 0) return "0.00";
  const decimals = Math.min(10, Math.max(2, 1 - Math.floor(Math.log10(abs))));
  return abs.toFixed(decimals).replace(/(\.\d\d\d*?)0+$/, "$1");
}
function formatUsd(usd) {
  if (usd === null || !Number.isFinite(usd)) return "unknown";
  return `${usd < 0 ? MINUS : ""}$${usdDigits(Math.abs(usd))}`;
}
function formatSignedUsd(usd) {
  if (usd === null || !Number.isFinite(usd)) return "unknown";
  return `${signOf(usd)}$${usdDigits(Math.abs(usd))}`;
}
function formatSpent(costUsd, unpricedCalls = 0) {
  if (unpricedCalls === 0) return formatUsd(costUsd);
  const calls = unpricedCalls === 1 ? "1 call" : `${formatInt(unpricedCalls)} calls`;
  return `≥ ${formatUsd(costUsd)} (${calls} at unknown prices)`;
}

// src/core/format/time.ts
function formatMs(ms) {
  if (ms === null || ms === void 0 || !Number.isFinite(ms)) return "unknown";
  return ms >= 1e4 ? `${(ms / 1e3).toFixed(1)} s` : `${formatInt(ms)} ms`;
}
function formatDuration(ms) {
  const total = Math.max(0, Math.floor(ms / 1e3));
  const h = Math.floor(total / 3600);
  const m = Math.floor(total % 3600 / 60);
  const s = total % 60;
  if (h > 0) return `${h}h ${String(m).padStart(2, "0")}m`;
  if (m > 0) return `${m}m ${String(s).padStart(2, "0")}s`;
  return `${s}s`;
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
  formatRate,
  formatPassRate,
  formatPercent,
  changePct,
  formatChangePct,
  ModelError,
  summarizeSampleErrors,
  describeOfflineMisses,
  formatUsd,
  formatSignedUsd,
  formatSpent,
  formatMs,
  formatDuration,
  buildCacheKey,
  stripCredentials,
  sleepUnlessAborted
};
