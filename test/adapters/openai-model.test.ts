// The OpenAI adapter against a nock-faked provider: request mapping, usage, and every error classification.
import nock from "nock";
import { afterEach, describe, expect, it } from "vitest";
import { buildEndpoint, buildRequestBody, createOpenAIModel } from "../../src/adapters/openai-model.js";
import { type ChatRequest, ModelError } from "../../src/engine/model.js";

const KEY = "sk-test-Secret0123456789abcdef";
const BASE = "https://llm.example.test/v1";
const request: ChatRequest = { model: "gpt-4o-mini", messages: [{ role: "user", content: "Say hi" }] };

function completion(overrides: Record<string, unknown> = {}) {
  return {
    id: "chatcmpl-1",
    object: "chat.completion",
    created: 1_700_000_000,
    model: "gpt-4o-mini",
    choices: [
      { index: 0, message: { role: "assistant", content: "hi", refusal: null }, finish_reason: "stop" },
    ],
    usage: {
      prompt_tokens: 12,
      completion_tokens: 3,
      total_tokens: 15,
      prompt_tokens_details: { cached_tokens: 8 },
    },
    ...overrides,
  };
}

function model() {
  return createOpenAIModel({ baseURL: BASE, apiKey: KEY, apiKeyEnv: "MY_LLM_KEY" });
}

/** Runs one call expected to fail and returns the ModelError. */
async function failure(call: Promise<unknown>): Promise<ModelError> {
  const error = await call.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ModelError);
  return error as ModelError;
}

function replyError(status: number, body: unknown, headers: Record<string, string> = {}) {
  return nock(BASE)
    .post("/chat/completions")
    .reply(status, body as nock.Body, headers);
}

afterEach(() => {
  nock.cleanAll();
});

describe("createOpenAIModel request mapping", () => {
  it("maps every parameter and prefers max_completion_tokens when both are set", async () => {
    let body: Record<string, unknown> = {};
    nock(BASE)
      .post("/chat/completions", (sent) => {
        body = sent;
        return true;
      })
      .reply(200, completion());
    await model().complete(
      {
        model: "gpt-4o",
        messages: [
          { role: "developer", content: "Be brief." },
          { role: "user", content: "Hi" },
        ],
        temperature: 0.2,
        topP: 0.9,
        maxTokens: 50,
        maxCompletionTokens: 80,
        seed: 7,
        stop: ["END"],
        presencePenalty: 0.1,
        frequencyPenalty: 0.3,
        responseFormat: { type: "json_schema", name: "answer", schema: { type: "object" }, strict: true },
      },
      new AbortController().signal,
    );
    expect(body).toEqual({
      model: "gpt-4o",
      messages: [
        { role: "developer", content: "Be brief." },
        { role: "user", content: "Hi" },
      ],
      temperature: 0.2,
      top_p: 0.9,
      max_completion_tokens: 80,
      seed: 7,
      stop: ["END"],
      presence_penalty: 0.1,
      frequency_penalty: 0.3,
      response_format: {
        type: "json_schema",
        json_schema: { name: "answer", schema: { type: "object" }, strict: true },
      },
    });
  });

  it("sends max_tokens alone, json_object, the bearer key and default headers", async () => {
    let body: Record<string, unknown> = {};
    const scope = nock("https://api.openai.com/v1", {
      reqheaders: { authorization: `Bearer ${KEY}`, "x-title": "promptgate" },
    })
      .post("/chat/completions", (sent) => {
        body = sent;
        return true;
      })
      .reply(200, completion());
    const openai = createOpenAIModel({ apiKey: KEY, defaultHeaders: { "x-title": "promptgate" } });
    await openai.complete(
      { ...request, maxTokens: 40, responseFormat: { type: "json_object" } },
      new AbortController().signal,
    );
    expect(scope.isDone()).toBe(true);
    expect(body).toEqual({ ...request, max_tokens: 40, response_format: { type: "json_object" } });
    expect(openai.endpoint).toBe("https://api.openai.com/v1");
  });
});

describe("createOpenAIModel tools", () => {
  const tool = { type: "function", function: { name: "get_weather", parameters: { type: "object" } } };

  it("sends the prompt's tools and answers a tool call with the JSON list of calls", async () => {
    let body: Record<string, unknown> = {};
    const calls = [
      { id: "call_1", type: "function", function: { name: "get_weather", arguments: '{"city":"Paris"}' } },
    ];
    const choices = [
      {
        index: 0,
        message: { role: "assistant", content: null, refusal: null, tool_calls: calls },
        finish_reason: "tool_calls",
      },
    ];
    nock(BASE)
      .post("/chat/completions", (sent) => {
        body = sent;
        return true;
      })
      .reply(200, completion({ choices }));
    const response = await model().complete({ ...request, tools: [tool] }, new AbortController().signal);
    expect(body["tools"]).toEqual([tool]);
    expect(response.finishReason).toBe("tool_calls");
    // The call id differs on every call, so it is dropped: the same call grades (and caches) the same.
    expect(JSON.parse(response.text)).toEqual([
      { type: "function", function: { name: "get_weather", arguments: '{"city":"Paris"}' } },
    ]);
  });

  it("sends no tools key when the request has none", async () => {
    let body: Record<string, unknown> = {};
    nock(BASE)
      .post("/chat/completions", (sent) => {
        body = sent;
        return true;
      })
      .reply(200, completion());
    await model().complete(request, new AbortController().signal);
    expect(body).not.toHaveProperty("tools");
  });
});

describe("createOpenAIModel responses", () => {
  it("parses text, finish reason, usage with cached tokens and measures latency", async () => {
    nock(BASE).post("/chat/completions").delay(30).reply(200, completion());
    const response = await model().complete(request, new AbortController().signal);
    expect(response.text).toBe("hi");
    expect(response.finishReason).toBe("stop");
    expect(response.usage).toEqual({ inputTokens: 12, outputTokens: 3, cachedInputTokens: 8 });
    expect(response.latencyMs).toBeGreaterThanOrEqual(25);
  });

  it("returns a refusal as the text, and zeros when the provider sends no usage", async () => {
    const refusal = [
      { index: 0, message: { role: "assistant", content: null, refusal: "I can't." }, finish_reason: "stop" },
    ];
    nock(BASE)
      .post("/chat/completions")
      .reply(200, completion({ choices: refusal, usage: undefined }));
    const response = await model().complete(request, new AbortController().signal);
    expect(response).toMatchObject({ text: "I can't.", finishReason: "refusal" });
    expect(response.usage).toEqual({ inputTokens: 0, outputTokens: 0, cachedInputTokens: 0 });
  });

  it("treats an answer without choices as a retryable server error", async () => {
    nock(BASE)
      .post("/chat/completions")
      .reply(200, completion({ choices: [] }));
    const error = await failure(model().complete(request, new AbortController().signal));
    expect(error.kind).toBe("server");
    expect(error.retryable).toBe(true);
  });
});

describe("createOpenAIModel error mapping", () => {
  const cases: Array<[string, number, unknown, string, RegExp]> = [
    [
      "401",
      401,
      { error: { message: `Incorrect API key provided: ${KEY}.`, code: "invalid_api_key" } },
      "auth",
      /MY_LLM_KEY/,
    ],
    [
      "403",
      403,
      { error: { message: "Project does not have access" } },
      "auth",
      /MY_LLM_KEY.*Project does not/,
    ],
    [
      "400",
      400,
      { error: { message: "Invalid value for 'temperature'" } },
      "bad_request",
      /Invalid value for 'temperature'/,
    ],
    [
      "404",
      404,
      { error: { message: "The model `gpt-9` does not exist" } },
      "bad_request",
      /model not found\? check the model id.*gpt-9/,
    ],
    ["422", 422, { error: { message: "Unprocessable" } }, "bad_request", /Unprocessable/],
    ["500", 500, { error: { message: "The server had an error" } }, "server", /500.*server had an error/],
    ["502", 502, "Bad gateway", "server", /502/],
    ["503", 503, { error: { message: "Overloaded" } }, "server", /Overloaded/],
    [
      "quota",
      429,
      {
        error: {
          message: "You exceeded your current quota",
          type: "insufficient_quota",
          code: "insufficient_quota",
        },
      },
      "quota",
      /out of quota: check billing\/plan/,
    ],
  ];

  it.each(cases)("maps %s", async (_name, status, body, kind, message) => {
    replyError(status, body);
    const error = await failure(model().complete(request, new AbortController().signal));
    expect(error.kind).toBe(kind);
    expect(error.status).toBe(status);
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain(KEY);
    expect(error.message).not.toContain("Secret0123");
  });

  it("makes exactly one request on a 500 (the SDK does not retry)", async () => {
    let requests = 0;
    nock(BASE)
      .post("/chat/completions")
      .times(3)
      .reply(() => {
        requests += 1;
        return [500, { error: { message: "boom" } }];
      });
    await failure(model().complete(request, new AbortController().signal));
    expect(requests).toBe(1);
  });

  const rateLimits: Array<[string, Record<string, string>, number]> = [
    ["retry-after-ms", { "retry-after-ms": "1500", "retry-after": "9" }, 1500],
    ["retry-after seconds", { "retry-after": "2" }, 2000],
    [
      "x-ratelimit-reset-* (larger wins)",
      { "x-ratelimit-reset-requests": "1s", "x-ratelimit-reset-tokens": "6m0s" },
      360_000,
    ],
    ["x-ratelimit-reset in ms", { "x-ratelimit-reset-tokens": "20ms" }, 20],
  ];

  it.each(rateLimits)("reads the wait of a 429 from %s", async (_name, headers, expected) => {
    replyError(429, { error: { message: "Rate limit reached", code: "rate_limit_exceeded" } }, headers);
    const error = await failure(model().complete(request, new AbortController().signal));
    expect(error).toMatchObject({ kind: "rate_limit", status: 429, retryAfterMs: expected });
  });

  it("reads the wait of a 429 from a retry-after HTTP date", async () => {
    const when = new Date(Date.now() + 10_000).toUTCString();
    replyError(429, { error: { message: "slow down" } }, { "retry-after": when });
    const error = await failure(model().complete(request, new AbortController().signal));
    expect(error.kind).toBe("rate_limit");
    expect(error.retryAfterMs).toBeGreaterThan(7_000);
    expect(error.retryAfterMs).toBeLessThanOrEqual(10_000);
  });

  it("maps a dropped connection to network", async () => {
    nock(BASE).post("/chat/completions").replyWithError({ code: "ECONNRESET", message: "socket hang up" });
    const error = await failure(model().complete(request, new AbortController().signal));
    expect(error.kind).toBe("network");
  });

  it("maps a caller's abort to aborted and the engine's timeout signal to timeout", async () => {
    nock(BASE).post("/chat/completions").delay(2_000).reply(200, completion());
    const controller = new AbortController();
    const pending = model().complete(request, controller.signal);
    setTimeout(() => controller.abort(new Error("review cancelled")), 20);
    const aborted = await failure(pending);
    expect(aborted.kind).toBe("aborted");
    expect(aborted.message).toContain("review cancelled");

    nock(BASE).post("/chat/completions").delay(2_000).reply(200, completion());
    const timedOut = await failure(model().complete(request, AbortSignal.timeout(20)));
    expect(timedOut.kind).toBe("timeout");
  });

  it("keeps the kind of a ModelError given as the abort reason", async () => {
    nock(BASE).post("/chat/completions").delay(2_000).reply(200, completion());
    const controller = new AbortController();
    const pending = model().complete(request, controller.signal);
    setTimeout(() => controller.abort(new ModelError("timeout", "no answer within 10 ms")), 20);
    expect(await failure(pending)).toMatchObject({ kind: "timeout", message: "no answer within 10 ms" });
  });
});

describe("buildEndpoint", () => {
  it("drops credentials, query, fragment and trailing slash", () => {
    expect(buildEndpoint("https://user:pw@gw.example.test/openai/v1/?api-version=2024&key=abc#x")).toBe(
      "https://gw.example.test/openai/v1",
    );
    expect(createOpenAIModel({ baseURL: "http://localhost:11434/v1/", apiKey: KEY }).endpoint).toBe(
      "http://localhost:11434/v1",
    );
  });
});

describe("buildRequestBody", () => {
  it("sends the parameters under their API names in reading order, no empty stop and no max_tokens beside the newer field", () => {
    const body = buildRequestBody({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: "hi" }],
      frequencyPenalty: 0.1,
      stop: [],
      maxTokens: 50,
      temperature: 0.2,
      maxCompletionTokens: 80,
    });
    expect(Object.keys(body)).toEqual([
      "model",
      "messages",
      "temperature",
      "max_completion_tokens",
      "frequency_penalty",
    ]);
  });
});
