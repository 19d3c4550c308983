// A superseded review stops spending: calls in flight are aborted, later calls never reach the provider.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createOpenAIModel } from "../../src/adapters/openai-model.js";
import { withReviewSignal } from "../../src/engine/abortable-model.js";
import { ModelError } from "../../src/engine/model.js";
import { type FakeOpenAIServer, startFakeOpenAIServer } from "../support/fake-openai-server.js";

let server: FakeOpenAIServer;
beforeEach(async () => {
  server = await startFakeOpenAIServer({ latencyMs: 2_000 });
});
afterEach(async () => {
  await server.close();
});

const request = { model: "gpt-4o-mini", messages: [{ role: "user" as const, content: "hello" }] };

describe("withReviewSignal", () => {
  it("aborts the call in flight as `aborted` and refuses later calls without a request", async () => {
    const review = new AbortController();
    const model = withReviewSignal(
      createOpenAIModel({ baseURL: server.url, apiKey: "sk-test" }),
      review.signal,
    );
    const started = performance.now();
    const inFlight = model.complete(request, new AbortController().signal);
    while (server.received === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    review.abort();
    await expect(inFlight).rejects.toMatchObject({ kind: "aborted" });
    expect(performance.now() - started).toBeLessThan(1_500);

    await expect(model.complete(request, new AbortController().signal)).rejects.toBeInstanceOf(ModelError);
    expect(server.received).toBe(1);
  });

  it("still honours the engine's own per-call signal", async () => {
    const model = withReviewSignal(
      createOpenAIModel({ baseURL: server.url, apiKey: "sk-test" }),
      new AbortController().signal,
    );
    const call = new AbortController();
    const inFlight = model.complete(request, call.signal);
    while (server.received === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    call.abort(new ModelError("timeout", "no answer within 10 ms"));
    await expect(inFlight).rejects.toMatchObject({ kind: "timeout" });
  });
});
