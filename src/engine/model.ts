// The Model port: one chat completion against an OpenAI-compatible endpoint. Adapters implement it.

import type { ChatMessage, ChatRequest, ChatResponseFormat, Usage } from "../core/chat.js";

export type { ChatMessage, ChatRequest, ChatResponseFormat, Usage };

export interface ChatResponse {
  text: string;
  usage: Usage;
  /** Wall time of the successful attempt, in ms. */
  latencyMs: number;
  finishReason: string;
  /** The model id the provider says answered (`gpt-4o-mini-2024-07-18`), when it said. */
  model?: string;
  /** The provider sent no token counts: the cost of this answer is unknown, never $0. */
  usageMissing?: boolean;
  /** No per-call wall time was measured (a Batch API answer): `latencyMs` means nothing, and no figure counts it. */
  latencyMissing?: boolean;
}

export type ModelErrorKind =
  | "rate_limit" // 429 other than quota: wait and retry, lower concurrency
  | "server" // 5xx: retry with backoff
  | "timeout" // per-call timeout: retry with backoff
  | "network" // dropped connection, DNS, reset: retry with backoff
  | "auth" // 401/403: fail fast
  | "quota" // insufficient_quota: fail fast
  | "bad_request" // 400/404/422: fail fast
  | "aborted"; // cancelled by the caller

/** A failed call, classified so the scheduler knows whether to retry, wait or stop. */
export class ModelError extends Error {
  readonly kind: ModelErrorKind;
  readonly status?: number;
  /** What the provider asked us to wait before retrying (retry-after-ms, retry-after, x-ratelimit-reset-*). */
  readonly retryAfterMs?: number;

  constructor(
    kind: ModelErrorKind,
    message: string,
    options: { status?: number; retryAfterMs?: number } = {},
  ) {
    super(message);
    this.name = "ModelError";
    this.kind = kind;
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
  }

  get retryable(): boolean {
    return (
      this.kind === "rate_limit" ||
      this.kind === "server" ||
      this.kind === "timeout" ||
      this.kind === "network"
    );
  }
}

export interface Model {
  /** Identifies the endpoint in cache keys: base URL without credentials. */
  readonly endpoint: string;
  /** One attempt, no retries (the scheduler retries). Throws `ModelError`. */
  complete(request: ChatRequest, signal: AbortSignal): Promise<ChatResponse>;
  /** Present when the provider runs batches (OpenAI's Batch API); `provider.batch` decides whether to use it. */
  readonly batch?: ModelBatch;
}

/** One request of a provider batch; `customId` is the call's cache key, so answers map back to their calls. */
export interface BatchItem {
  customId: string;
  request: ChatRequest;
}

/** Every request of a batch ends answered or failed (expired, refused, missing): failures are retried one by one. */
export type BatchResult = { ok: true; response: ChatResponse } | { ok: false; error: string };

/** The provider's batch engine (OpenAI's Batch API): many calls run on its side, at half the price. */
export interface ModelBatch {
  /**
   * Uploads the items, submits one batch, polls until it ends and returns what each item got. Cancels the batch
   * and throws `ModelError("aborted")` when `signal` aborts. `onProgress` is told requests done / total.
   */
  run(
    items: readonly BatchItem[],
    signal: AbortSignal,
    onProgress?: (done: number, total: number) => void,
  ): Promise<Map<string, BatchResult>>;
}
