// Tests of the engine (src/engine/engine.ts): budget limits and the response cache.
import { describe, expect, it } from "vitest";
import type { Price } from "../../src/core/config/config-schema.js";
import { type Cache, createMemoryCache, noCache } from "../../src/engine/cache.js";
import { createEngine } from "../../src/engine/engine.js";
import type { CallSpec, EngineOptions } from "../../src/engine/engine-types.js";
import { createFakeModel, type FakeModel } from "../support/fake-model.js";

// $0.001 per token; each call below is estimated at 18 input + 32 output tokens = $0.05 and uses
// 18 + 12 tokens = $0.03.
const price: Price = { input: 1000, output: 1000 };
const usage = { inputTokens: 18, outputTokens: 12, cachedInputTokens: 0 };

function specOf(i: number, model = "m"): CallSpec {
  const content = `question ${String(i).padStart(4, "0")}`.padEnd(40, ".");
  return {
    label: `p.prompt.yml#c${i} head sample 0`,
    request: { model, messages: [{ role: "user", content }], maxTokens: 32 },
    sample: 0,
  };
}

function makeEngine(model: FakeModel, options: Partial<EngineOptions> = {}) {
  return createEngine(
    {
      model,
      cache: noCache,
      cacheMode: "off",
      concurrency: 1,
      maxRetries: 2,
      timeoutMs: 5_000,
      budget: { maxCalls: null, maxCostUsd: null },
      priceOf: (id) => (id === "m" ? price : null),
      ...options,
    },
    { sleep: async () => {}, random: () => 0.5 },
  );
}

const kinds = (outcomes: { ok: boolean; kind?: string }[]) =>
  outcomes.reduce<Record<string, number>>((acc, o) => {
    const k = o.ok ? "ok" : o.kind!;
    acc[k] = (acc[k] ?? 0) + 1;
    return acc;
  }, {});

describe("engine budget", () => {
  it("makes exactly maxCalls provider calls and refuses the rest", async () => {
    const model = createFakeModel({ latencyMs: 1 });
    const engine = makeEngine(model, { concurrency: 4, budget: { maxCalls: 10, maxCostUsd: null } });
    const outcomes = await Promise.all(Array.from({ length: 90 }, (_, i) => engine.call(specOf(i))));
    expect(model.calls).toHaveLength(10);
    expect(kinds(outcomes)).toEqual({ ok: 10, budget: 80 });
    const stats = engine.stats();
    expect(stats.stoppedBy).toBe("budget.maxCalls (10) reached after 10 calls");
    expect(stats).toMatchObject({ total: 90, failed: 80 });
    const refused = outcomes.find((o) => !o.ok);
    if (refused && !refused.ok) expect(refused.error).toContain("not run, budget.maxCalls (10) reached");
  });

  it("stops before a call would pass maxCostUsd", async () => {
    const model = createFakeModel({ answer: () => ({ text: "a", usage }) });
    const engine = makeEngine(model, { budget: { maxCalls: null, maxCostUsd: 0.51 } });
    const outcomes = await Promise.all(Array.from({ length: 40 }, (_, i) => engine.call(specOf(i))));
    // Allowed while spent + $0.05 ≤ $0.51: after 16 calls $0.48 is spent and the 17th would pass it.
    expect(model.calls).toHaveLength(16);
    expect(kinds(outcomes)).toEqual({ ok: 16, budget: 24 });
    expect(engine.stats().costUsd).toBeCloseTo(0.48, 10);
    expect(engine.stats().stoppedBy).toBe(
      "budget.maxCostUsd ($0.51) would be passed: spent $0.48, next call ≈ $0.05",
    );
  });

  it("keeps a runaway caller with many calls in flight within maxCostUsd", async () => {
    const model = createFakeModel({ latencyMs: 2, answer: () => ({ text: "a", usage }) });
    const engine = makeEngine(model, { concurrency: 8, budget: { maxCalls: null, maxCostUsd: 0.3 } });
    await Promise.all(Array.from({ length: 200 }, (_, i) => engine.call(specOf(i))));
    expect(engine.stats().costUsd).toBeLessThanOrEqual(0.3);
    // In-flight estimates count: no more than $0.30 / $0.05 calls are ever started.
    expect(model.calls.length).toBeLessThanOrEqual(6);
    expect(engine.stats().stoppedBy).toMatch(/^budget.maxCostUsd \(\$0.30\) would be passed/);
  });

  it("refuses unpriced models under maxCostUsd before any call", async () => {
    const model = createFakeModel();
    const engine = makeEngine(model, { budget: { maxCalls: null, maxCostUsd: 1 } });
    const outcomes = await Promise.all([0, 1, 2].map((i) => engine.call(specOf(i, "mystery"))));
    expect(kinds(outcomes)).toEqual({ budget: 3 });
    expect(model.calls).toHaveLength(0);
    expect(engine.stats().stoppedBy).toMatch(/^model `mystery` has no known price/);
  });

  it("makes no call at all when a planned model has no price, even a priced one asked first", async () => {
    const model = createFakeModel();
    const engine = makeEngine(model, {
      budget: { maxCalls: null, maxCostUsd: 1 },
      plannedModels: ["m", "mystery"],
    });
    expect(engine.stats().stoppedBy).toMatch(/^model `mystery` has no known price/);
    const outcomes = await Promise.all([engine.call(specOf(0)), engine.call(specOf(1, "mystery"))]);
    expect(kinds(outcomes)).toEqual({ budget: 2 });
    expect(model.calls).toHaveLength(0);
  });

  it("counts unpriced calls when there is no USD cap", async () => {
    const model = createFakeModel();
    const engine = makeEngine(model, { budget: { maxCalls: null, maxCostUsd: null } });
    const outcomes = await Promise.all([0, 1, 2].map((i) => engine.call(specOf(i, "mystery"))));
    expect(outcomes.every((o) => o.ok && o.costUsd === null)).toBe(true);
    expect(engine.stats()).toMatchObject({ unpricedCalls: 3, costUsd: 0 });
  });
});

describe("engine budget counts every HTTP attempt", () => {
  it("counts retries against maxCalls", async () => {
    const model = createFakeModel({
      usage: () => usage,
      fail: (_r, call) => (call.attempt < 3 ? { kind: "server", status: 503 } : undefined),
    });
    const engine = makeEngine(model, { budget: { maxCalls: 4, maxCostUsd: null } });
    const first = await engine.call(specOf(0));
    expect(first).toMatchObject({ ok: true, attempts: 3 });
    // One attempt left: the second call's first try fails and its retry is refused.
    const second = await engine.call(specOf(1));
    expect(second).toMatchObject({ ok: false, kind: "budget", attempts: 1 });
    if (!second.ok) expect(second.error).toContain("stopped after 1 attempt, budget.maxCalls (4) reached");
    expect(model.calls).toHaveLength(4);
  });

  it("counts re-asked judges (unreadable answers) against maxCalls and maxCostUsd", async () => {
    const model = createFakeModel({ usage: () => usage, answer: () => "no verdict here" });
    const judge = (i: number) => ({ ...specOf(i), validate: () => "unreadable verdict" });
    // Each attempt is estimated at $0.05 and costs $0.03: after 3 attempts $0.09 is spent, a 4th would pass $0.13.
    const engine = makeEngine(model, { budget: { maxCalls: 10, maxCostUsd: 0.13 } });
    const first = await engine.call(judge(0));
    expect(first).toMatchObject({ ok: false, kind: "invalid_answer", attempts: 3 });
    const second = await engine.call(judge(1));
    expect(second).toMatchObject({ ok: false, kind: "budget", attempts: 0 });
    expect(model.calls).toHaveLength(3);
    expect(engine.stats().costUsd).toBeCloseTo(0.09, 12);
  });

  it("keeps a timed-out attempt's worst case booked: it may have been billed", async () => {
    const model = createFakeModel({ usage: () => usage, hang: (_r, call) => call.index === 0 });
    const engine = makeEngine(model, {
      maxRetries: 0,
      timeoutMs: 20,
      budget: { maxCalls: null, maxCostUsd: 0.09 },
    });
    expect(await engine.call(specOf(0))).toMatchObject({ ok: false, kind: "timeout" });
    // $0.05 booked for the timeout: a second $0.05 attempt would pass $0.09.
    expect(await engine.call(specOf(1))).toMatchObject({ ok: false, kind: "budget" });
    expect(model.calls).toHaveLength(1);
  });
});

describe("engine cache", () => {
  async function warm(cache: Cache, indexes: number[]) {
    const model = createFakeModel({
      answer: (r) => ({ text: `answer to ${r.messages[0]!.content}`, usage }),
    });
    const engine = makeEngine(model, { cache, cacheMode: "use" });
    await Promise.all(indexes.map((i) => engine.call(specOf(i))));
  }

  it("answers a repeated call from the cache, free for this run", async () => {
    const cache = createMemoryCache();
    const model = createFakeModel({ answer: () => ({ text: "a", usage }) });
    const engine = makeEngine(model, { cache, cacheMode: "use" });
    const first = await engine.call(specOf(1));
    const second = await engine.call(specOf(1));
    expect(model.calls).toHaveLength(1);
    expect(first).toMatchObject({ ok: true, cached: false, attempts: 1 });
    expect(second).toMatchObject({ ok: true, cached: true, attempts: 0, response: { text: "a" } });
    // The cached outcome still carries what the answer costs, for cost per call; the run spent it once.
    if (first.ok && second.ok) expect(second.costUsd).toBeCloseTo(first.costUsd!, 12);
    expect(engine.stats()).toMatchObject({ total: 2, cached: 1 });
    expect(engine.stats().costUsd).toBeCloseTo(0.03, 12);
  });

  it("keeps repeats apart: another sample index is another call", async () => {
    const cache = createMemoryCache();
    const model = createFakeModel();
    const engine = makeEngine(model, { cache, cacheMode: "use" });
    await engine.call(specOf(1));
    await engine.call({ ...specOf(1), sample: 1 });
    expect(model.calls).toHaveLength(2);
    expect(cache.size()).toBe(2);
  });

  it("serves cached answers even after the budget stopped the run", async () => {
    const cache = createMemoryCache();
    await warm(cache, [0, 1, 2]);
    const model = createFakeModel();
    const engine = makeEngine(model, { cache, cacheMode: "use", budget: { maxCalls: 0, maxCostUsd: 0 } });
    const outcomes = [];
    for (const i of [5, 0, 1, 6, 2]) outcomes.push(await engine.call(specOf(i)));
    expect(outcomes.map((o) => (o.ok ? "cached" : o.kind))).toEqual([
      "budget",
      "cached",
      "cached",
      "budget",
      "cached",
    ]);
    expect(model.calls).toHaveLength(0);
    expect(engine.stats()).toMatchObject({ total: 5, cached: 3, failed: 2, costUsd: 0 });
  });

  it("in offline mode answers from the cache and fails a miss without calling the model", async () => {
    const cache = createMemoryCache();
    await warm(cache, [0]);
    const model = createFakeModel();
    const engine = makeEngine(model, { cache, cacheMode: "offline" });
    expect(await engine.call(specOf(0))).toMatchObject({
      ok: true,
      cached: true,
      response: { text: expect.stringContaining("answer to") },
    });
    expect(await engine.call(specOf(7))).toEqual({
      ok: false,
      kind: "offline_miss",
      error: "no cached response for p.prompt.yml#c7 head sample 0 (offline mode)",
      attempts: 0,
    });
    expect(model.calls).toHaveLength(0);
    expect(cache.size()).toBe(1);
  });

  it("with the cache off neither reads nor writes it", async () => {
    const touched: string[] = [];
    const cache: Cache = {
      get: async (key) => {
        touched.push(`get ${key}`);
        return undefined;
      },
      set: async (key) => {
        touched.push(`set ${key}`);
      },
    };
    const engine = makeEngine(createFakeModel(), { cache, cacheMode: "off" });
    await engine.call(specOf(0));
    await engine.call(specOf(0));
    expect(touched).toEqual([]);
  });

  it("treats a failing cache as a miss and still answers", async () => {
    const cache: Cache = {
      get: async () => {
        throw new Error("disk on fire");
      },
      set: async () => {
        throw new Error("disk on fire");
      },
    };
    const engine = makeEngine(createFakeModel(), { cache, cacheMode: "use" });
    expect(await engine.call(specOf(0))).toMatchObject({ ok: true, cached: false });
  });
});
