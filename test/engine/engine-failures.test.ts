// Tests of the engine (src/engine/engine.ts): retries, fast failures, timeouts and cancellation.
import { describe, expect, it } from "vitest";
import { noCache } from "../../src/engine/cache.js";
import { createEngine } from "../../src/engine/engine.js";
import type { CallSpec, EngineOptions } from "../../src/engine/engine-types.js";
import type { Model, ModelErrorKind } from "../../src/engine/model.js";
import { createFakeModel } from "../support/fake-model.js";

function specOf(i: number): CallSpec {
  return {
    label: `p.prompt.yml#c${i} base sample 0`,
    request: { model: "m", messages: [{ role: "user", content: `q${i}` }] },
    sample: 0,
  };
}

function makeEngine(model: Model, options: Partial<EngineOptions> = {}) {
  const sleeps: number[] = [];
  const engine = createEngine(
    {
      model,
      cache: noCache,
      cacheMode: "off",
      concurrency: 2,
      maxRetries: 3,
      timeoutMs: 5_000,
      budget: { maxCalls: null, maxCostUsd: null },
      priceOf: () => null,
      ...options,
    },
    {
      sleep: async (ms) => {
        sleeps.push(ms);
      },
      random: () => 0.5,
    },
  );
  return { engine, sleeps };
}

describe("engine retries", () => {
  it("retries 5xx, timeouts and dropped connections, then succeeds", async () => {
    const model = createFakeModel({
      script: [{ kind: "server", status: 503 }, { kind: "network" }, { kind: "timeout" }],
      answer: () => "fine",
    });
    const { engine, sleeps } = makeEngine(model);
    const outcome = await engine.call(specOf(0));
    expect(outcome).toMatchObject({ ok: true, attempts: 4, cached: false, response: { text: "fine" } });
    expect(model.calls).toHaveLength(4);
    expect(sleeps).toEqual([125, 250, 500]); // half of 250·2^(n−1) with random() = 0.5
    expect(engine.stats()).toMatchObject({ total: 1, failed: 0, retried: 3, unpricedCalls: 1, costUsd: 0 });
  });

  it("gives up after maxRetries and counts the call as failed", async () => {
    const model = createFakeModel({ fail: () => ({ kind: "server", status: 502, message: "bad gateway" }) });
    const { engine } = makeEngine(model, { maxRetries: 2 });
    const outcome = await engine.call(specOf(1));
    expect(outcome).toMatchObject({ ok: false, kind: "server", attempts: 3 });
    if (!outcome.ok)
      expect(outcome.error).toContain("p.prompt.yml#c1 base sample 0: 502 from provider after 3 attempts");
    expect(model.calls).toHaveLength(3);
    expect(engine.stats()).toMatchObject({ total: 1, failed: 1, retried: 2 });
  });

  const fatal: [ModelErrorKind, number, string][] = [
    ["auth", 401, "check OPENAI_API_KEY"],
    ["quota", 429, "billing"],
    ["bad_request", 404, "check the model id"],
  ];

  it.each(fatal)("fails fast on %s after one attempt, saying what to fix", async (kind, status, advice) => {
    const model = createFakeModel({ fail: () => ({ kind, status, message: "provider says no" }) });
    const { engine, sleeps } = makeEngine(model);
    const outcome = await engine.call(specOf(2));
    expect(outcome).toMatchObject({ ok: false, kind, attempts: 1 });
    if (!outcome.ok) {
      expect(outcome.error).toContain(`${status} from provider: provider says no`);
      expect(outcome.error).toContain(advice);
    }
    expect(model.calls).toHaveLength(1);
    expect(sleeps).toEqual([]);
    expect(engine.stats()).toMatchObject({ failed: 1, retried: 0 });
  });

  it("aborts a call that passes the timeout and retries it as a timeout", async () => {
    const model = createFakeModel({ hang: (_r, call) => call.attempt === 1, answer: () => "late but fine" });
    const { engine } = makeEngine(model, { timeoutMs: 20 });
    const outcome = await engine.call(specOf(3));
    expect(outcome).toMatchObject({ ok: true, attempts: 2 });
    expect(model.aborted).toBe(1);
    expect(engine.stats().retried).toBe(1);
  });

  it("reports a timeout when every attempt hangs", async () => {
    const model = createFakeModel({ hang: true });
    const { engine } = makeEngine(model, { timeoutMs: 15, maxRetries: 1 });
    const outcome = await engine.call(specOf(4));
    expect(outcome).toMatchObject({ ok: false, kind: "timeout", attempts: 2 });
    if (!outcome.ok) expect(outcome.error).toContain("no answer within 15 ms");
    expect(model.aborted).toBe(2);
  });

  it("stops waiting for a model that ignores its abort signal", async () => {
    const model = { endpoint: "https://deaf.test", complete: () => new Promise<never>(() => {}) };
    const { engine } = makeEngine(model, { timeoutMs: 10, maxRetries: 0 });
    const outcome = await engine.call(specOf(5));
    expect(outcome).toMatchObject({ ok: false, kind: "timeout" });
  });
});

describe("engine cancellation", () => {
  it("aborts calls in flight and resolves queued and later calls as aborted", async () => {
    const model = createFakeModel({ hang: true });
    const { engine } = makeEngine(model, { concurrency: 2 });
    const pending = Array.from({ length: 6 }, (_, i) => engine.call(specOf(i)));
    while (model.inFlight < 2) await new Promise((resolve) => setTimeout(resolve, 1));
    engine.cancel("the PR head moved");
    const outcomes = await Promise.all(pending);
    expect(outcomes.map((o) => (o.ok ? "ok" : o.kind))).toEqual(Array(6).fill("aborted"));
    if (!outcomes[0]!.ok) expect(outcomes[0]!.error).toContain("cancelled (the PR head moved)");
    expect(model.aborted).toBe(2);
    expect(await engine.call(specOf(9))).toMatchObject({ ok: false, kind: "aborted", attempts: 0 });
    expect(model.calls).toHaveLength(2);
    expect(engine.stats()).toMatchObject({ total: 7, failed: 7 });
  });

  it("cuts a retry's backoff short", async () => {
    const model = createFakeModel({
      fail: () => ({ kind: "rate_limit", status: 429, retryAfterMs: 60_000 }),
    });
    const engine = createEngine({
      model,
      cache: noCache,
      cacheMode: "off",
      concurrency: 1,
      maxRetries: 5,
      timeoutMs: 1_000,
      budget: { maxCalls: null, maxCostUsd: null },
      priceOf: () => null,
    });
    const pending = engine.call(specOf(0));
    while (model.calls.length < 1) await new Promise((resolve) => setTimeout(resolve, 1));
    const started = Date.now();
    engine.cancel("stop");
    expect(await pending).toMatchObject({ ok: false, kind: "aborted", attempts: 1 });
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
