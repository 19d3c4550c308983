// Tests of one engine call's steps (src/engine/run-call.ts): the cache first, then the provider, booked and stored.
import { describe, expect, it } from "vitest";
import { type Cache, createMemoryCache } from "../../src/engine/cache.js";
import { composeEngine, realRuntime } from "../../src/engine/engine.js";
import type { CallSpec, EngineOptions } from "../../src/engine/engine-types.js";
import { runCall } from "../../src/engine/run-call.js";
import { createFakeModel, type FakeModel } from "../support/fake-model.js";

const spec: CallSpec = {
  label: "c1",
  request: { model: "m", messages: [{ role: "user", content: "q" }] },
  sample: 0,
};

function contextOf(model: FakeModel, options: Partial<EngineOptions> = {}) {
  return composeEngine(
    {
      model,
      cache: createMemoryCache(),
      cacheMode: "use",
      concurrency: 1,
      maxRetries: 0,
      timeoutMs: 1_000,
      budget: { maxCalls: null, maxCostUsd: null },
      priceOf: () => ({ input: 1_000_000, output: 1_000_000 }),
      ...options,
    },
    realRuntime,
  );
}

describe("runCall", () => {
  it("makes a missed call, books its cost and stores the answer; the next one is served from the cache", async () => {
    const model = createFakeModel({ answer: () => "fresh" });
    const cache: Cache = createMemoryCache();
    const ctx = contextOf(model, { cache });
    const first = await runCall(ctx, spec);
    expect(first).toMatchObject({ ok: true, cached: false, attempts: 1, response: { text: "fresh" } });
    const spent = ctx.accounts.stats.costUsd;
    expect(spent).toBeGreaterThan(0);
    const second = await runCall(ctx, spec);
    expect(second).toMatchObject({ ok: true, cached: true, attempts: 0, response: { text: "fresh" } });
    // A cached answer carries what it cost when made, but this run spent nothing more on it.
    if (second.ok) expect(second.costUsd).toBe(spent);
    expect(ctx.accounts.stats.costUsd).toBe(spent);
    expect(model.calls).toHaveLength(1);
  });

  it("answers an offline miss without calling the provider", async () => {
    const model = createFakeModel();
    const outcome = await runCall(contextOf(model, { cacheMode: "offline" }), spec);
    expect(outcome).toEqual({
      ok: false,
      kind: "offline_miss",
      error: "no cached response for c1 (offline mode)",
      attempts: 0,
    });
    expect(model.calls).toHaveLength(0);
  });

  it("sends nothing after the provider refused an earlier call", async () => {
    const model = createFakeModel();
    const ctx = contextOf(model);
    ctx.accounts.recordRefusal("401 from provider: bad key");
    const outcome = await runCall(ctx, spec);
    expect(outcome).toMatchObject({
      ok: false,
      kind: "aborted",
      error: "c1: not run, the provider refused an earlier call",
    });
    expect(model.calls).toHaveLength(0);
  });

  it("ends as aborted once the run is cancelled", async () => {
    const model = createFakeModel();
    const ctx = contextOf(model);
    ctx.cancellation.cancel("deadline");
    await expect(runCall(ctx, spec)).resolves.toMatchObject({ ok: false, kind: "aborted", attempts: 0 });
    expect(model.calls).toHaveLength(0);
  });
});
