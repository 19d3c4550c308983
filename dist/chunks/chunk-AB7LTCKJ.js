import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);

// src/adapters/tracing/trace-recorder.ts
var MAX_TRACE_RECORDS = 5e4;
function createTraceRecorder(now = Date.now) {
  const startMs = now();
  const calls = [];
  const samples = [];
  let overflow = 0;
  const full = () => calls.length + samples.length >= MAX_TRACE_RECORDS;
  return {
    recordCall(call) {
      if (full()) overflow += 1;
      else calls.push(call);
    },
    recordSample(sample) {
      if (full()) overflow += 1;
      else samples.push(sample);
    },
    recording: () => ({ startMs, calls, samples, overflow })
  };
}

// src/adapters/tracing/call-attributes.ts
function providerNameOf(baseURL) {
  if (!baseURL) return "openai";
  const host = hostOf(baseURL);
  if (host.endsWith(".openai.azure.com") || host.endsWith(".azure.com")) return "azure.ai.openai";
  if (host.endsWith("openrouter.ai")) return "openrouter";
  return "openai";
}
function hostOf(url) {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return "";
  }
}
function callAttributes(call, options) {
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
          finish_reason: response.finishReason
        }
      ])
    );
  }
  return attributes;
}
function requestAttributes({ request, outcome, tag }, options) {
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
      "gen_ai.output.type": request.responseFormat && request.responseFormat.type !== "text" ? "json" : void 0,
      "promptgate.prompt.path": tag?.path,
      "promptgate.case.id": tag?.caseId,
      "promptgate.version": tag?.version,
      "promptgate.sample": tag?.sample,
      "promptgate.evaluator": tag?.evaluator,
      "promptgate.call.kind": tag ? tag.evaluator ? "judge" : "sample" : void 0,
      "promptgate.call.attempts": outcome.attempts
    })
  };
}
function answerAttributes(request, outcome) {
  const { response } = outcome;
  const usage = response.usageMissing ? void 0 : response.usage;
  return defined({
    "gen_ai.response.model": response.model ?? request.model,
    "gen_ai.response.finish_reasons": [response.finishReason],
    "gen_ai.usage.input_tokens": usage?.inputTokens,
    "gen_ai.usage.output_tokens": usage?.outputTokens,
    "gen_ai.usage.cache_read.input_tokens": usage?.cachedInputTokens,
    "promptgate.cache_hit": outcome.cached,
    "promptgate.cost_usd": outcome.costUsd ?? void 0,
    "promptgate.cost_known": outcome.costUsd !== null,
    "promptgate.latency_ms": response.latencyMs
  });
}
function evaluatorEvents(sample, options) {
  const { redact, captureContent } = options;
  return sample.evaluators.map((e) => ({
    name: "promptgate.evaluator.result",
    attributes: {
      "promptgate.evaluator": e.name,
      "promptgate.evaluator.pass": e.pass,
      "promptgate.evaluator.invariant": e.invariant,
      // A reason can quote the answer or the eval data: it is content.
      ...captureContent ? { "promptgate.evaluator.reason": redact(e.reason) } : {},
      ...captureContent && e.error ? { "promptgate.evaluator.error": redact(e.error) } : {}
    }
  }));
}
function toOtelMessage(message) {
  return { role: message.role, parts: [{ type: "text", content: message.content }] };
}
function defined(values) {
  const out = {};
  for (const [key, value] of Object.entries(values)) if (value !== void 0) out[key] = value;
  return out;
}

export {
  providerNameOf,
  callAttributes,
  evaluatorEvents,
  MAX_TRACE_RECORDS,
  createTraceRecorder
};
