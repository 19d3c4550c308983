// When to retry a failed model call, how long to wait, and what to tell the user when we stop.
import { ModelError, type ModelErrorKind } from "./model.js";

export interface BackoffOptions {
  /** First retry waits up to this (ms). */
  baseMs: number;
  /** No single wait exceeds this, except when the provider asks for longer. */
  capMs: number;
}

export const defaultBackoff: BackoffOptions = { baseMs: 250, capMs: 20_000 };

/**
 * Wait before retry number `retry` (1 = first retry): "full jitter" — uniform in [0, min(cap, base·2^(retry−1))] —
 * so many callers that failed together do not come back together. A provider's retry-after wins when longer.
 */
export function computeRetryDelayMs(
  retry: number,
  retryAfterMs: number | undefined,
  random: () => number,
  options: BackoffOptions = defaultBackoff,
): number {
  const ceiling = Math.min(options.capMs, options.baseMs * 2 ** Math.max(0, retry - 1));
  const jittered = Math.floor(random() * ceiling);
  const asked = retryAfterMs !== undefined && Number.isFinite(retryAfterMs) ? Math.max(0, retryAfterMs) : 0;
  return Math.max(jittered, asked);
}

/** Anything an adapter threw, as a ModelError. Unclassified throws are treated as dropped connections. */
export function toModelError(error: unknown): ModelError {
  if (error instanceof ModelError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ModelError("network", message || "unknown error");
}

/** What to fix, per kind of failure that is not worth retrying (or no longer). */
const ADVICE: Partial<Record<ModelErrorKind, string>> = {
  auth: "check OPENAI_API_KEY (or the variable named by provider.apiKeyEnv) and that the key may use this model",
  quota: "the provider account has no quota left: check its billing and usage limits",
  bad_request: "check the model id and the modelParameters/responseFormat of the prompt file",
  rate_limit:
    "still rate limited after retries: lower `concurrency` in promptgate.yml or raise the account's limits",
  server: "the provider kept failing: try again later",
  timeout: "calls kept timing out: try again later or raise the timeout",
  network: "could not reach the provider: check provider.baseURL and the network",
};

/** One line naming the call, the status, the provider's message and the fix. */
export function describeFailure(label: string, error: ModelError, attempts: number): string {
  const status = error.status !== undefined ? `${error.status} from provider` : `${error.kind} error`;
  const tries = attempts > 1 ? ` after ${attempts} attempts` : "";
  // Adapters that already say what to check (the OpenAI adapter does) are not told twice.
  const advice = /\bcheck\b/i.test(error.message) ? undefined : ADVICE[error.kind];
  return `${label}: ${status}${tries}: ${error.message}${advice ? ` — ${advice}` : ""}`;
}
