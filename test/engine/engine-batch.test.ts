// Tests of the engine's batch path (src/engine/batch-prefetch.ts) through the real OpenAI adapter and the
// loopback server's Files and Batches API: the budget holds batches, and a provider without one falls back.
import { afterEach, describe, expect, it } from "vitest";
import { createOpenAIModel } from "../../src/adapters/openai-model.js";
import type { Price } from "../../src/core/config/config-schema.js";
import { createMemoryCache } from "../../src/engine/cache.js";
import { createEngine } from "../../src/engine/engine.js";
import type { CallSpec, EngineOptions } from "../../src/engine/engine-types.js";
import type { FakeBatchOptions } from "../support/fake-batch-api.js";
import { type FakeOpenAIServer, startFakeOpenAIServer } from "../support/fake-openai-server.js";

const price: Price = { input: 1000, output: 1000 };

const specOf = (i: number): CallSpec => ({
  label: `p.prompt.yml#c${i} head sample 1`,
  request: { model: "m", messages: [{ role: "user", content: `question ${i}` }], maxTokens: 8 },
  sample: 0,
});

const servers: FakeOpenAIServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function engineOn(batch: FakeBatchOptions | undefined, options: Partial<EngineOptions> = {}) {
  const server = await startFakeOpenAIServer(batch ? { batch } : {});
  servers.push(server);
  const model = createOpenAIModel({
    baseURL: server.url,
    apiKey: "k",
    batchPolling: { firstMs: 1, maxMs: 2 },
  });
  const engine = createEngine({
    model,
    cache: createMemoryCache(),
    cacheMode: "use",
    concurrency: 4,
    maxRetries: 0,
    timeoutMs: 5_000,
    budget: { maxCalls: null, maxCostUsd: null },
    priceOf: () => price,
    batch: true,
    ...options,
  });
  return { server, engine };
}

describe("the engine's batch path", () => {
  it("submits no more requests than budget.maxCalls allows, and the rest are refused, not sent", async () => {
    const { server, engine } = await engineOn({}, { budget: { maxCalls: 6, maxCostUsd: null } });
    const specs = Array.from({ length: 10 }, (_, i) => specOf(i));
    await engine.prefetch!(specs);
    const outcomes = await Promise.all(specs.map((spec) => engine.call(spec)));
    expect(server.batches!.submitted).toEqual([6]);
    expect(server.received).toBe(0);
    expect(outcomes.map((o) => (o.ok ? "ok" : o.kind))).toEqual([
      ...Array(6).fill("ok"),
      ...Array(4).fill("budget"),
    ]);
    expect(engine.stats()).toMatchObject({ total: 10, failed: 4, batches: 1, batchedCalls: 6 });
  });

  it("prices a batch answer at half of list, and does not submit what the cache already holds", async () => {
    const { server, engine } = await engineOn({});
    const specs = [specOf(1), specOf(2)];
    await engine.call(specs[0]!);
    const listCost = engine.stats().costUsd;
    await engine.prefetch!(specs);
    const [cached, batched] = await Promise.all(specs.map((spec) => engine.call(spec)));
    expect(server.batches!.submitted).toEqual([1]);
    expect(cached).toMatchObject({ ok: true, cached: true });
    // "question 1" and "question 2" have the same token counts: the batched one costs half.
    expect(batched).toMatchObject({ ok: true, cached: false, costUsd: listCost / 2 });
    expect(engine.stats().costUsd).toBeCloseTo(listCost * 1.5, 12);
  });

  it("makes the calls one at a time, once warned, when the provider has no Batch API", async () => {
    const errors: unknown[] = [];
    const { server, engine } = await engineOn(undefined, { onBatchError: (error) => errors.push(error) });
    const specs = Array.from({ length: 3 }, (_, i) => specOf(i));
    await engine.prefetch!(specs);
    const outcomes = await Promise.all(specs.map((spec) => engine.call(spec)));
    expect(errors).toHaveLength(1);
    expect(String(errors[0])).toMatch(/404/);
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(server.received).toBe(3);
    expect(engine.stats()).toMatchObject({ total: 3, failed: 0 });
    expect(engine.stats().batches).toBeUndefined();
  });
});
