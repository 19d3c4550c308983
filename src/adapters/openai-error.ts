// Classifies OpenAI SDK failures as ModelErrors so the engine knows whether to retry, wait or stop.
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from "openai";
import { createRedactor, listUrlSecrets } from "../core/redact.js";
import { ModelError } from "../engine/model.js";

export interface ErrorContext {
  /** The key to scrub from every message (providers sometimes echo it back). */
  apiKey: string;
  /** The provider's base URL: its user-info and query values are secrets too. */
  baseURL?: string;
  /** Variable that holds the key, named in auth messages. */
  apiKeyEnv?: string;
  /** The caller's signal: its reason tells an engine timeout from a cancellation. */
  signal: AbortSignal;
}

/** Maps anything `chat.completions.create` threw to a ModelError whose message holds no secret. */
export function toModelError(error: unknown, context: ErrorContext): ModelError {
  const classified = classify(error, context);
  // Node's fetch errors quote the request URL, credentials and all.
  const redact = createRedactor([context.apiKey, ...listUrlSecrets(context.baseURL)]);
  const message = redact(classified.message);
  return new ModelError(classified.kind, message, {
    status: classified.status,
    retryAfterMs: classified.retryAfterMs,
  });
}

function classify(error: unknown, context: ErrorContext): ModelError {
  if (error instanceof ModelError) return error;
  if (error instanceof APIUserAbortError || (context.signal.aborted && !(error instanceof APIError))) {
    return abortError(context.signal);
  }
  if (error instanceof APIConnectionTimeoutError) {
    return new ModelError("timeout", "the request to the model provider timed out");
  }
  if (error instanceof APIConnectionError) {
    return new ModelError("network", `could not reach the model provider: ${describeCause(error)}`);
  }
  if (error instanceof APIError) return classifyStatus(error, context);
  const text = error instanceof Error ? error.message : String(error);
  return new ModelError("server", `unexpected answer from the model provider: ${text}`);
}

function abortError(signal: AbortSignal): ModelError {
  const reason: unknown = signal.reason;
  // The engine aborts with a ModelError saying why (its own timeout, or a cancelled run): keep that kind.
  if (reason instanceof ModelError) return new ModelError(reason.kind, reason.message);
  // AbortSignal.timeout() aborts with a TimeoutError: a per-call timeout, which is retryable.
  if (reason instanceof Error && reason.name === "TimeoutError") {
    return new ModelError("timeout", "the model call timed out");
  }
  const why = reason instanceof Error ? reason.message : typeof reason === "string" ? reason : "";
  return new ModelError(
    "aborted",
    why ? `the model call was cancelled: ${why}` : "the model call was cancelled",
  );
}

function classifyStatus(error: APIError, context: ErrorContext): ModelError {
  const status = error.status;
  const detail = providerMessage(error);
  const retryAfterMs = error.headers ? parseRetryAfter(error.headers) : undefined;
  if (error instanceof RateLimitError || status === 429) {
    if (error.code === "insufficient_quota" || error.type === "insufficient_quota") {
      return new ModelError("quota", `the account is out of quota: check billing/plan (${detail})`, {
        status,
      });
    }
    return new ModelError("rate_limit", `rate limited by the model provider (429): ${detail}`, {
      status,
      retryAfterMs,
    });
  }
  if (error instanceof AuthenticationError || error instanceof PermissionDeniedError) {
    const where = context.apiKeyEnv ? `check the API key in ${context.apiKeyEnv}` : "check the API key";
    return new ModelError(
      "auth",
      `the model provider refused the credentials (${status}): ${where}; ${detail}`,
      {
        status,
      },
    );
  }
  if (error instanceof NotFoundError) {
    return new ModelError("bad_request", `not found (404): model not found? check the model id; ${detail}`, {
      status,
    });
  }
  if (error instanceof BadRequestError || error instanceof UnprocessableEntityError) {
    return new ModelError("bad_request", `the model provider rejected the request (${status}): ${detail}`, {
      status,
    });
  }
  if (error instanceof InternalServerError || (status !== undefined && status >= 500)) {
    return new ModelError("server", `the model provider failed (${status}): ${detail}`, {
      status,
      retryAfterMs,
    });
  }
  // 408 and 409 are transient by HTTP's own definition; the SDK retries them too.
  if (status === 408)
    return new ModelError("timeout", `the model provider timed out (408): ${detail}`, { status });
  if (status === 409)
    return new ModelError("server", `conflict at the model provider (409): ${detail}`, { status });
  return new ModelError("bad_request", `the model provider rejected the request (${status}): ${detail}`, {
    status,
  });
}

/** The provider's own explanation, without the SDK's status prefix. */
function providerMessage(error: APIError): string {
  const body = error.error as { message?: unknown } | undefined;
  if (body && typeof body.message === "string" && body.message) return body.message;
  return error.message.replace(/^\d{3}\s+/, "") || "no details";
}

function describeCause(error: APIConnectionError): string {
  const cause = error.cause;
  if (cause instanceof Error) {
    const inner = (cause as { cause?: unknown }).cause;
    return inner instanceof Error ? `${cause.message} (${inner.message})` : cause.message;
  }
  return error.message;
}

/**
 * How long the provider asked us to wait, in ms. `retry-after-ms` and `retry-after` are explicit;
 * otherwise OpenAI's `x-ratelimit-reset-*` durations say when each window refills, and the later one counts.
 */
export function parseRetryAfter(headers: Headers, now: number = Date.now()): number | undefined {
  const millis = headers.get("retry-after-ms");
  if (millis !== null && millis.trim() !== "") {
    const value = Number(millis);
    if (Number.isFinite(value) && value >= 0) return value;
  }
  const after = headers.get("retry-after");
  if (after !== null && after.trim() !== "") {
    const seconds = Number(after);
    if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
    const date = Date.parse(after);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  const resets = ["x-ratelimit-reset-requests", "x-ratelimit-reset-tokens"]
    .map((name) => parseDuration(headers.get(name)))
    .filter((value): value is number => value !== undefined);
  return resets.length > 0 ? Math.max(...resets) : undefined;
}

const durationUnits: Record<string, number> = {
  h: 3_600_000,
  m: 60_000,
  s: 1000,
  ms: 1,
  us: 0.001,
  µs: 0.001,
  ns: 1e-6,
};

/** Go-style durations as OpenAI sends them: `1s`, `6m0s`, `20ms`, `1h2m3.5s`. */
export function parseDuration(text: string | null): number | undefined {
  if (text === null) return undefined;
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed) * 1000;
  const part = /(\d+(?:\.\d+)?)(ms|us|µs|ns|h|m|s)/gy;
  let total = 0;
  let consumed = 0;
  for (let match = part.exec(trimmed); match !== null; match = part.exec(trimmed)) {
    total += Number(match[1]) * (durationUnits[match[2]!] ?? 0);
    consumed = part.lastIndex;
  }
  return consumed === trimmed.length && consumed > 0 ? total : undefined;
}

/** Removes the key, anything shaped like an OpenAI key, and every URL's credentials from a message. */
export function scrubSecrets(text: string, apiKey: string): string {
  return createRedactor([apiKey])(text);
}
