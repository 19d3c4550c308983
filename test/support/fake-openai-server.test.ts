// The loopback fake provider, exercised through the real adapter over real HTTP.
import { afterEach, describe, expect, it } from "vitest";
import { createOpenAIModel } from "../../src/adapters/openai-model.js";
import type { ChatRequest, ModelError } from "../../src/engine/model.js";
import { type FakeOpenAIServer, startFakeOpenAIServer } from "./fake-openai-server.js";

const KEY = "sk-fake-key-123456";
let server: FakeOpenAIServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

const request: ChatRequest = {
  model: "gpt-4o-mini",
  messages: [
    { role: "system", content: "You answer briefly." },
    { role: "user", content: "echo these four words" },
  ],
};

async function fails(call: Promise<unknown>): Promise<ModelError> {
  return call.then(
    () => {
      throw new Error("expected the call to fail");
    },
    (error: ModelError) => error,
  );
}

describe("fake OpenAI server", () => {
  it("echoes the last user message with its own token counts and cached tokens", async () => {
    server = await startFakeOpenAIServer({ cachedTokens: () => 5 });
    const model = createOpenAIModel({ baseURL: server.url, apiKey: KEY });
    const response = await model.complete(request, new AbortController().signal);
    expect(response.text).toBe("echo these four words");
    // 3 + 4 words, plus 4 per message.
    expect(response.usage).toEqual({ inputTokens: 15, outputTokens: 4, cachedInputTokens: 5 });
    expect(response.finishReason).toBe("stop");
    expect(server.calls).toBe(1);
    expect(server.requests[0]?.model).toBe("gpt-4o-mini");
    expect(server.headers[0]?.authorization).toBe(`Bearer ${KEY}`);
  });

  it("uses the respond function and answers without the /v1 prefix too", async () => {
    server = await startFakeOpenAIServer({
      respond: (body) => ({ text: `model ${body.model}`, finishReason: "length" }),
    });
    const model = createOpenAIModel({ baseURL: server.url.replace(/\/v1$/, ""), apiKey: KEY });
    const response = await model.complete(request, new AbortController().signal);
    expect(response).toMatchObject({ text: "model gpt-4o-mini", finishReason: "length" });
  });

  it("plays the script first, then serves normally", async () => {
    server = await startFakeOpenAIServer({
      script: [
        { status: 429, headers: { "retry-after-ms": "75" } },
        { status: 503 },
        { status: 401, body: { error: { message: "bad key" } } },
      ],
    });
    const model = createOpenAIModel({ baseURL: server.url, apiKey: KEY, apiKeyEnv: "FAKE_KEY" });
    const signal = new AbortController().signal;
    expect(await fails(model.complete(request, signal))).toMatchObject({
      kind: "rate_limit",
      retryAfterMs: 75,
    });
    expect(await fails(model.complete(request, signal))).toMatchObject({ kind: "server", status: 503 });
    expect((await fails(model.complete(request, signal))).message).toContain("FAKE_KEY");
    await model.complete(request, signal);
    expect(server).toMatchObject({ received: 4, calls: 1, rejected429: 1, failed500: 1 });
  });

  it("answers 429 above maxConcurrent and tracks the peak in flight", async () => {
    server = await startFakeOpenAIServer({ latencyMs: 40, maxConcurrent: 2, retryAfterMs: 33 });
    const model = createOpenAIModel({ baseURL: server.url, apiKey: KEY });
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, () => model.complete(request, new AbortController().signal)),
    );
    const rejected = results.filter((result) => result.status === "rejected");
    expect(rejected).toHaveLength(3);
    expect((rejected[0] as PromiseRejectedResult).reason).toMatchObject({
      kind: "rate_limit",
      retryAfterMs: 33,
    });
    expect(server).toMatchObject({ calls: 2, rejected429: 3, maxInFlight: 2 });
  });

  it("fails a deterministic fraction of calls with 500", async () => {
    const runs: number[] = [];
    for (let run = 0; run < 2; run++) {
      server = await startFakeOpenAIServer({ failureRate: 0.3, seed: 42, recordRequests: false });
      const model = createOpenAIModel({ baseURL: server.url, apiKey: KEY });
      await Promise.allSettled(
        Array.from({ length: 40 }, () => model.complete(request, new AbortController().signal)),
      );
      runs.push(server.failed500);
      expect(server.requests).toHaveLength(0);
      expect(server.calls + server.failed500).toBe(40);
      await server.close();
      server = undefined;
    }
    expect(runs[0]).toBe(runs[1]);
    expect(runs[0]).toBeGreaterThan(4);
    expect(runs[0]).toBeLessThan(24);
  });
});
