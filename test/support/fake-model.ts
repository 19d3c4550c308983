// A scriptable in-process Model for tests: answers, latency, failures by kind, and what it was asked.
import type { ChatRequest, ChatResponse, Model, ModelErrorKind, Usage } from "../../src/engine/model.js";
import { ModelError } from "../../src/engine/model.js";

export interface FakeFailure {
  kind: ModelErrorKind;
  status?: number;
  retryAfterMs?: number;
  message?: string;
}

/** Which call this is: `index` counts every complete() (0-based); `attempt` counts this same request (1-based). */
export interface FakeCall {
  index: number;
  attempt: number;
}

export interface FakeModelOptions {
  /** Default `https://fake.test/v1`. */
  endpoint?: string;
  /** The answer's text (or parts of the response). Default: `echo: <last user message>`. */
  answer?: (request: ChatRequest, call: FakeCall) => string | Partial<ChatResponse>;
  /** Time before answering or failing, in ms, on real timers (keep it small). 0 answers without a timer. */
  latencyMs?: number | ((request: ChatRequest, call: FakeCall) => number);
  /** Failure for a call, or undefined to answer it. Checked after `script`. */
  fail?: (request: ChatRequest, call: FakeCall) => FakeFailure | undefined;
  /** Outcomes of the next calls in start order, one entry per call: a failure, or null to answer. */
  script?: (FakeFailure | null)[];
  /** Never answer: the call ends only when its AbortSignal fires (for timeouts and cancellation). */
  hang?: boolean | ((request: ChatRequest, call: FakeCall) => boolean);
  /** Usage of an answer. Default: ceil(chars / 4) of the messages and of the text, nothing cached. */
  usage?: (request: ChatRequest, text: string) => Usage;
}

export interface FakeModel extends Model {
  /** Requests in the order their calls started. */
  readonly calls: ChatRequest[];
  /** Calls started and not yet ended. */
  readonly inFlight: number;
  /** Highest `inFlight` seen. */
  readonly maxInFlight: number;
  /** Calls that ended because their signal aborted. */
  readonly aborted: number;
  /** `inFlight` as each call started, including itself (same order as `calls`). */
  readonly inFlightAtStart: number[];
}

export function createFakeModel(options: FakeModelOptions = {}): FakeModel {
  const calls: ChatRequest[] = [];
  const inFlightAtStart: number[] = [];
  const attempts = new Map<string, number>();
  const script = [...(options.script ?? [])];
  let inFlight = 0;
  let maxInFlight = 0;
  let aborted = 0;

  async function complete(request: ChatRequest, signal: AbortSignal): Promise<ChatResponse> {
    const fingerprint = JSON.stringify(request);
    const call: FakeCall = { index: calls.length, attempt: (attempts.get(fingerprint) ?? 0) + 1 };
    attempts.set(fingerprint, call.attempt);
    calls.push(request);
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    inFlightAtStart.push(inFlight);
    try {
      const hang = typeof options.hang === "function" ? options.hang(request, call) : options.hang === true;
      const latency =
        typeof options.latencyMs === "function" ? options.latencyMs(request, call) : options.latencyMs;
      await waitFor(hang ? Number.POSITIVE_INFINITY : (latency ?? 0), signal);
      const failure = script.length > 0 ? script.shift() : options.fail?.(request, call);
      if (failure) {
        const { kind, status, retryAfterMs, message } = failure;
        throw new ModelError(kind, message ?? `fake ${kind}`, { status, retryAfterMs });
      }
      return buildResponse(request, call, latency ?? 0);
    } catch (error) {
      if (error instanceof ModelError && error.kind === "aborted") aborted += 1;
      throw error;
    } finally {
      inFlight -= 1;
    }
  }

  function buildResponse(request: ChatRequest, call: FakeCall, latencyMs: number): ChatResponse {
    const answered = options.answer?.(request, call) ?? defaultAnswer(request);
    const parts = typeof answered === "string" ? { text: answered } : answered;
    const text = parts.text ?? defaultAnswer(request);
    const usage = parts.usage ?? options.usage?.(request, text) ?? defaultUsage(request, text);
    return {
      text,
      usage,
      latencyMs: parts.latencyMs ?? latencyMs,
      finishReason: parts.finishReason ?? "stop",
    };
  }

  return {
    endpoint: options.endpoint ?? "https://fake.test/v1",
    complete,
    calls,
    inFlightAtStart,
    get inFlight() {
      return inFlight;
    },
    get maxInFlight() {
      return maxInFlight;
    },
    get aborted() {
      return aborted;
    },
  };
}

function defaultAnswer(request: ChatRequest): string {
  const lastUser = [...request.messages].reverse().find((m) => m.role === "user");
  return `echo: ${lastUser?.content ?? ""}`;
}

function defaultUsage(request: ChatRequest, text: string): Usage {
  const chars = request.messages.reduce((sum, m) => sum + m.content.length, 0);
  return {
    inputTokens: Math.ceil(chars / 4),
    outputTokens: Math.ceil(text.length / 4),
    cachedInputTokens: 0,
  };
}

/** Resolves after `ms` (immediately for 0, never for Infinity) unless `signal` aborts first. */
function waitFor(ms: number, signal: AbortSignal): Promise<void> {
  const abortError = () => new ModelError("aborted", "fake call aborted");
  if (signal.aborted) return Promise.reject(abortError());
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError());
    };
    const timer = Number.isFinite(ms)
      ? setTimeout(() => {
          signal.removeEventListener("abort", onAbort);
          resolve();
        }, ms)
      : undefined;
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
