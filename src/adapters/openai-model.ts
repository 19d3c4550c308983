// The Model port over the OpenAI SDK: one chat completion against OpenAI or any compatible endpoint.
import OpenAI from "openai";
import type {
  ChatCompletion,
  ChatCompletionCreateParamsNonStreaming,
} from "openai/resources/chat/completions";
import {
  type ModelParameterName,
  modelParameterApiNames,
  pickModelParameters,
} from "../core/model-parameters.js";
import type { ToolCall } from "../core/prompt-file/tools.js";
import { stripCredentials } from "../engine/cache-key.js";
import { type ChatRequest, type ChatResponse, type Model, ModelError, type Usage } from "../engine/model.js";
import { type BatchPolling, createOpenAIBatch } from "./openai-batch.js";
import { toModelError } from "./openai-error.js";

export const OPENAI_BASE_URL = "https://api.openai.com/v1";

/** The SDK's own timeout is only a backstop: the engine enforces the per-call timeout through the signal. */
const SDK_TIMEOUT_MS = 30 * 60_000;

export interface OpenAIModelOptions {
  /** OpenAI-compatible base URL; null or absent means OpenAI. */
  baseURL?: string | null;
  apiKey: string;
  /** Variable the key came from, named in auth error messages. */
  apiKeyEnv?: string;
  /** Extra headers on every request (e.g. OpenRouter's `HTTP-Referer`, Azure's `api-key`). */
  defaultHeaders?: Record<string, string>;
  /** How often a submitted batch is polled (tests make it milliseconds). */
  batchPolling?: BatchPolling;
}

export function createOpenAIModel(options: OpenAIModelOptions): Model {
  const baseURL = options.baseURL ?? OPENAI_BASE_URL;
  const client = new OpenAI({
    // Passed explicitly so the SDK does not read OPENAI_BASE_URL behind the config's back.
    baseURL,
    apiKey: options.apiKey,
    // Retries belong to the engine: SDK retries would hide attempts from its counts and budget.
    maxRetries: 0,
    timeout: SDK_TIMEOUT_MS,
    defaultHeaders: options.defaultHeaders,
  });
  const context = { apiKey: options.apiKey, apiKeyEnv: options.apiKeyEnv, baseURL };
  return {
    endpoint: buildEndpoint(baseURL),
    // Every OpenAI-compatible endpoint is offered the Batch API; one without it fails the upload and the
    // engine falls back to one call at a time.
    batch: createOpenAIBatch(
      client,
      context,
      { buildBody: buildRequestBody, parse: parseCompletion },
      options.batchPolling,
    ),
    async complete(request: ChatRequest, signal: AbortSignal): Promise<ChatResponse> {
      const started = performance.now();
      let completion: ChatCompletion;
      try {
        completion = await client.chat.completions.create(buildRequestBody(request), { signal });
      } catch (error) {
        throw toModelError(error, { ...context, signal });
      }
      const latencyMs = performance.now() - started;
      return parseCompletion(completion, latencyMs);
    },
  };
}

/** The base URL as it identifies the endpoint in cache keys: no credentials, query, fragment or trailing `/`. */
export function buildEndpoint(baseURL: string): string {
  return stripCredentials(baseURL).replace(/\/+$/, "");
}

export function buildRequestBody(request: ChatRequest): ChatCompletionCreateParamsNonStreaming {
  const body: ChatCompletionCreateParamsNonStreaming = {
    model: request.model,
    messages: request.messages.map((message) => ({ role: message.role, content: message.content })),
  };
  const parameters = pickModelParameters(request);
  // Reasoning models reject max_tokens; when a prompt sets both, the newer field is the one they all accept.
  if (parameters.maxCompletionTokens !== undefined) delete parameters.maxTokens;
  if (parameters.stop?.length === 0) delete parameters.stop;
  for (const [name, value] of Object.entries(parameters)) {
    (body as unknown as Record<string, unknown>)[modelParameterApiNames[name as ModelParameterName]] = value;
  }
  // Tools come from the prompt file: passed as written, already checked to be function tools (core/prompt-file/tools.ts).
  if (request.tools !== undefined && request.tools.length > 0)
    body.tools = request.tools as ChatCompletionCreateParamsNonStreaming["tools"];
  const format = request.responseFormat;
  if (format?.type === "json_schema") {
    body.response_format = {
      type: "json_schema",
      json_schema: {
        name: format.name,
        schema: format.schema as Record<string, unknown>,
        ...(format.strict !== undefined ? { strict: format.strict } : {}),
      },
    };
  } else if (format !== undefined) {
    body.response_format = { type: format.type };
  }
  return body;
}

export function parseCompletion(completion: ChatCompletion, latencyMs: number): ChatResponse {
  const choice = completion.choices?.[0];
  if (!choice) {
    // Some compatible gateways answer 200 with an error object and no choices; a retry usually succeeds.
    throw new ModelError("server", "the model provider answered without any choice");
  }
  const content = choice.message?.content;
  const refusal = choice.message?.refusal;
  // A refusal is an answer the evaluators should see (and fail), marked so reports can tell it apart.
  const refused =
    (content === null || content === undefined) && typeof refusal === "string" && refusal !== "";
  const toolCalls = listToolCalls(choice.message?.tool_calls);
  // An answer that calls tools has no text; its calls, as the API lists them, are what evaluators grade.
  const text = refused ? refusal : content || (toolCalls ? JSON.stringify(toolCalls) : (content ?? ""));
  return {
    text,
    usage: parseUsage(completion.usage),
    ...(completion.usage ? {} : { usageMissing: true }),
    latencyMs,
    finishReason: refused ? "refusal" : (choice.finish_reason ?? "unknown"),
    ...(typeof completion.model === "string" && completion.model !== "" ? { model: completion.model } : {}),
  };
}

/** The function calls of an answer as `[{type, function: {name, arguments}}]` (ids dropped: they differ per call). */
function listToolCalls(calls: unknown): ToolCall[] | undefined {
  if (!Array.isArray(calls) || calls.length === 0) return undefined;
  return calls.map((call) => {
    const fn = (call as { function?: { name?: unknown; arguments?: unknown } }).function;
    const name = typeof fn?.name === "string" ? fn.name : "";
    const args = typeof fn?.arguments === "string" ? fn.arguments : "";
    return { type: "function", function: { name, arguments: args } };
  });
}

/**
 * Token counts as the provider reported them. A provider that sends no usage gets zeros and the answer is
 * marked `usageMissing`, so its cost is unknown rather than $0: estimating tokens here would pass a guess off
 * as a measurement.
 */
export function parseUsage(usage: ChatCompletion["usage"]): Usage {
  return {
    inputTokens: usage?.prompt_tokens ?? 0,
    outputTokens: usage?.completion_tokens ?? 0,
    cachedInputTokens: usage?.prompt_tokens_details?.cached_tokens ?? 0,
  };
}
