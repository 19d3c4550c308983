// OpenTelemetry GenAI semantic-convention attributes of one model call, and the review's own attributes.
import type { Attributes } from "@opentelemetry/api";
import type { ChatMessage } from "../../engine/model.js";
import type { TracedCall, TracedSample } from "../../ports.js";

export interface AttributeOptions {
  /** `gen_ai.provider.name`: `openai`, `azure.ai.openai`, … */
  provider: string;
  captureContent: boolean;
  /** Applied to every string that leaves in an attribute. */
  redact: (text: string) => string;
}

/** The provider name the GenAI conventions use, from the base URL the review ran against. */
export function providerNameOf(baseURL: string | null | undefined): string {
  if (!baseURL) return "openai";
  const host = hostOf(baseURL);
  if (host.endsWith(".openai.azure.com") || host.endsWith(".azure.com")) return "azure.ai.openai";
  if (host.endsWith("openrouter.ai")) return "openrouter";
  return "openai";
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return "";
  }
}

export function callAttributes(call: TracedCall, options: AttributeOptions): Attributes {
  const { request, outcome } = call;
  const attributes = requestAttributes(call, options);
  if (options.captureContent) {
    attributes["gen_ai.input.messages"] = options.redact(JSON.stringify(request.messages.map(toOtelMessage)));
  }
  if (!outcome.ok) {
    attributes["error.type"] = outcome.kind;
    return attributes;
  }
  Object.assign(attributes, answerAttributes(request, outcome));
  if (options.captureContent) {
    const { response } = outcome;
    attributes["gen_ai.output.messages"] = options.redact(
      JSON.stringify([
        {
          role: "assistant",
          parts: [{ type: "text", content: response.text }],
          finish_reason: response.finishReason,
        },
      ]),
    );
  }
  return attributes;
}

/** What was asked, of which model, and where the call belongs in the review. */
function requestAttributes({ request, outcome, tag }: TracedCall, options: AttributeOptions): Attributes {
  return {
    "gen_ai.operation.name": "chat",
    "gen_ai.provider.name": options.provider,
    "gen_ai.request.model": request.model,
    ...defined({
      "gen_ai.request.temperature": request.temperature,
      "gen_ai.request.top_p": request.topP,
      "gen_ai.request.max_tokens": request.maxCompletionTokens ?? request.maxTokens,
      "gen_ai.request.seed": request.seed,
      "gen_ai.request.presence_penalty": request.presencePenalty,
      "gen_ai.request.frequency_penalty": request.frequencyPenalty,
      "gen_ai.request.stop_sequences": request.stop?.map(options.redact),
      "gen_ai.output.type":
        request.responseFormat && request.responseFormat.type !== "text" ? "json" : undefined,
      "promptgate.prompt.path": tag?.path,
      "promptgate.case.id": tag?.caseId,
      "promptgate.version": tag?.version,
      "promptgate.sample": tag?.sample,
      "promptgate.evaluator": tag?.evaluator,
      "promptgate.call.kind": tag ? (tag.evaluator ? "judge" : "sample") : undefined,
      "promptgate.call.attempts": outcome.attempts,
    }),
  };
}

type Answered = Extract<TracedCall["outcome"], { ok: true }>;

/** What the answer was: the model that gave it, its usage, cost and latency (no content). */
function answerAttributes(request: TracedCall["request"], outcome: Answered): Attributes {
  const { response } = outcome;
  const usage = response.usageMissing ? undefined : response.usage;
  return defined({
    "gen_ai.response.model": response.model ?? request.model,
    "gen_ai.response.finish_reasons": [response.finishReason],
    "gen_ai.usage.input_tokens": usage?.inputTokens,
    "gen_ai.usage.output_tokens": usage?.outputTokens,
    "gen_ai.usage.cache_read.input_tokens": usage?.cachedInputTokens,
    "promptgate.cache_hit": outcome.cached,
    "promptgate.cost_usd": outcome.costUsd ?? undefined,
    "promptgate.cost_known": outcome.costUsd !== null,
    "promptgate.latency_ms": response.latencyMs,
  });
}

/** Each evaluator's result, as an event on the sample's call span. */
export function evaluatorEvents(
  sample: TracedSample,
  options: AttributeOptions,
): Array<{ name: string; attributes: Attributes }> {
  const { redact, captureContent } = options;
  return sample.evaluators.map((e) => ({
    name: "promptgate.evaluator.result",
    attributes: {
      "promptgate.evaluator": e.name,
      "promptgate.evaluator.pass": e.pass,
      "promptgate.evaluator.invariant": e.invariant,
      // A reason can quote the answer or the eval data: it is content.
      ...(captureContent ? { "promptgate.evaluator.reason": redact(e.reason) } : {}),
      ...(captureContent && e.error ? { "promptgate.evaluator.error": redact(e.error) } : {}),
    },
  }));
}

function toOtelMessage(message: ChatMessage) {
  return { role: message.role, parts: [{ type: "text", content: message.content }] };
}

function defined(values: Record<string, string | number | boolean | string[] | undefined>): Attributes {
  const out: Attributes = {};
  for (const [key, value] of Object.entries(values)) if (value !== undefined) out[key] = value;
  return out;
}
