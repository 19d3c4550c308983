// A real OpenAI-compatible chat completions server on loopback, for tests and the benchmark.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createFakeBatchApi, type FakeBatchOptions, type FakeBatchState } from "./fake-batch-api.js";

export interface ChatCompletionRequestBody {
  model: string;
  messages: Array<{ role: string; content: string | Array<{ type: string; text?: string }> | null }>;
  temperature?: number;
  top_p?: number;
  max_tokens?: number;
  max_completion_tokens?: number;
  seed?: number;
  stop?: string | string[];
  response_format?: { type: string; json_schema?: { name: string; schema?: unknown; strict?: boolean } };
  [key: string]: unknown;
}

/** `toolCalls`: the answer calls these functions (content null, finish reason `tool_calls`). */
export type FakeAnswer =
  | string
  | { text: string; finishReason?: string; toolCalls?: { name: string; arguments: string }[] };

export interface ScriptedAnswer {
  status: number;
  /** JSON body; an OpenAI-shaped error (or, for 200, a normal answer) when absent. */
  body?: unknown;
  headers?: Record<string, string>;
}

export interface FakeOpenAIOptions {
  /** Builds the assistant text from the request body (default: echoes the last user message). */
  respond?: (body: ChatCompletionRequestBody) => FakeAnswer | Promise<FakeAnswer>;
  /** Fixed delay per call, in ms. */
  latencyMs?: number;
  /** Above this many calls in flight, answer 429 with `retry-after-ms`. */
  maxConcurrent?: number;
  /** Value sent with capped 429s (default 20). */
  retryAfterMs?: number;
  /** Fraction of calls answered 500, drawn from a PRNG seeded with `seed`. */
  failureRate?: number;
  seed?: number;
  /** Answers for the first N requests, in order; then normal service. */
  script?: ScriptedAnswer[];
  /** Prompt tokens reported as served from the provider's cache. */
  cachedTokens?: (body: ChatCompletionRequestBody) => number;
  /** Keep every request body in `requests` (default true; turn off for long runs). */
  recordRequests?: boolean;
  /** Serve the Files and Batches API too (answers as `respond` does); without it those routes are 404. */
  batch?: FakeBatchOptions;
}

export interface FakeOpenAIServer {
  /** Base URL including `/v1`, e.g. `http://127.0.0.1:PORT/v1`. */
  url: string;
  /** Completed 200 answers. */
  calls: number;
  /** Bodies received, in arrival order (empty when `recordRequests` is false). */
  requests: ChatCompletionRequestBody[];
  /** Requests received on the completions route, answered or not. */
  received: number;
  rejected429: number;
  failed500: number;
  /** Most calls ever in flight at once (capped 429s not included). */
  maxInFlight: number;
  /** Headers of the last requests (at most 100), oldest first. */
  headers: Array<Record<string, string | string[] | undefined>>;
  /** What the Batch API saw, when `batch` is on. */
  batches?: FakeBatchState;
  close(): Promise<void>;
}

const MAX_HEADERS_KEPT = 100;

/** Deterministic token counts, so tests can check costs against the server's own figures. */
export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === "" ? 0 : trimmed.split(/\s+/).length;
}

export function contentText(content: ChatCompletionRequestBody["messages"][number]["content"]): string {
  if (typeof content === "string") return content;
  if (Array.isArray(content)) return content.map((part) => part.text ?? "").join(" ");
  return "";
}

export function countPromptTokens(body: ChatCompletionRequestBody): number {
  return body.messages.reduce((sum, message) => sum + countWords(contentText(message.content)) + 4, 0);
}

function echoLastUser(body: ChatCompletionRequestBody): string {
  const users = body.messages.filter((message) => message.role === "user");
  return contentText(users.at(-1)?.content ?? "");
}

/** mulberry32: small, fast and the same on every machine. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(payload),
    ...headers,
  });
  res.end(payload);
}

function errorBody(status: number, message: string, type = "server_error", code: string | null = null) {
  return { error: { message: `${message} (${status})`, type, param: null, code } };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function startFakeOpenAIServer(options: FakeOpenAIOptions = {}): Promise<FakeOpenAIServer> {
  const random = createRandom(options.seed ?? 1);
  const script = [...(options.script ?? [])];
  const recordRequests = options.recordRequests ?? true;
  let inFlight = 0;
  let nextId = 0;

  const state: FakeOpenAIServer = {
    url: "",
    calls: 0,
    requests: [],
    received: 0,
    rejected429: 0,
    failed500: 0,
    maxInFlight: 0,
    headers: [],
    close: async () => {},
  };

  const count = (status: number) => {
    if (status === 429) state.rejected429 += 1;
    else if (status >= 500) state.failed500 += 1;
  };

  const answer = async (body: ChatCompletionRequestBody, res: ServerResponse) => {
    if (options.latencyMs) await sleep(options.latencyMs);
    if (options.failureRate && random() < options.failureRate) {
      count(500);
      sendJson(res, 500, errorBody(500, "The server had an error while processing your request"));
      return;
    }
    sendJson(res, 200, await buildCompletion(body));
  };

  /** One answer as the completions route sends it; batches use it for their lines too. */
  const buildCompletion = async (body: ChatCompletionRequestBody) => {
    const raw = await (options.respond ?? echoLastUser)(body);
    const { text, finishReason, toolCalls } = typeof raw === "string" ? { text: raw } : raw;
    const promptTokens = countPromptTokens(body);
    const completionTokens = countWords(text);
    const cached = Math.min(promptTokens, Math.max(0, options.cachedTokens?.(body) ?? 0));
    nextId += 1;
    state.calls += 1;
    return {
      id: `chatcmpl-fake${nextId}`,
      object: "chat.completion",
      created: Math.floor(Date.now() / 1000),
      model: body.model,
      choices: [
        {
          index: 0,
          message: {
            role: "assistant",
            content: toolCalls ? null : text,
            refusal: null,
            ...(toolCalls
              ? {
                  tool_calls: toolCalls.map((call, i) => ({
                    id: `call_${nextId}_${i}`,
                    type: "function",
                    function: call,
                  })),
                }
              : {}),
          },
          logprobs: null,
          finish_reason: finishReason ?? (toolCalls ? "tool_calls" : "stop"),
        },
      ],
      usage: {
        prompt_tokens: promptTokens,
        completion_tokens: completionTokens,
        total_tokens: promptTokens + completionTokens,
        prompt_tokens_details: { cached_tokens: cached },
      },
    };
  };
  const batchApi = options.batch
    ? createFakeBatchApi(
        options.batch,
        (body) => buildCompletion(body as ChatCompletionRequestBody),
        sendJson,
      )
    : undefined;
  if (batchApi) state.batches = batchApi.state;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? "").split("?")[0] ?? "";
    if (batchApi && /^(\/v1)?\/(files|batches)/.test(path)) {
      if (await batchApi.handle(req, path, await readBody(req), res)) return;
    }
    if (req.method !== "POST" || (path !== "/v1/chat/completions" && path !== "/chat/completions")) {
      sendJson(res, 404, errorBody(404, `Unknown route ${req.method} ${path}`, "invalid_request_error"));
      return;
    }
    state.received += 1;
    state.headers.push({ ...req.headers });
    if (state.headers.length > MAX_HEADERS_KEPT) state.headers.shift();
    const text = await readBody(req);
    let body: ChatCompletionRequestBody;
    try {
      body = JSON.parse(text) as ChatCompletionRequestBody;
    } catch {
      sendJson(
        res,
        400,
        errorBody(400, "We could not parse the JSON body of your request", "invalid_request_error"),
      );
      return;
    }
    if (recordRequests) state.requests.push(body);

    const scripted = script.shift();
    if (scripted && !(scripted.status === 200 && scripted.body === undefined)) {
      count(scripted.status);
      const payload = scripted.body ?? errorBody(scripted.status, "Scripted failure");
      sendJson(res, scripted.status, payload, scripted.headers);
      return;
    }
    if (options.maxConcurrent !== undefined && inFlight >= options.maxConcurrent) {
      count(429);
      const retryAfter = String(options.retryAfterMs ?? 20);
      const message = "Rate limit reached for requests";
      sendJson(res, 429, errorBody(429, message, "requests", "rate_limit_exceeded"), {
        "retry-after-ms": retryAfter,
      });
      return;
    }
    inFlight += 1;
    state.maxInFlight = Math.max(state.maxInFlight, inFlight);
    try {
      await answer(body, res);
    } finally {
      inFlight -= 1;
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      count(500);
      if (!res.headersSent) sendJson(res, 500, errorBody(500, String(error)));
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  state.url = `http://127.0.0.1:${port}/v1`;
  state.close = () =>
    new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((error) => (error ? reject(error) : resolve()));
    });
  return state;
}
