// Tests of the engine (src/engine/engine.ts): bounded concurrency, FIFO start order, rate-limit backoff.
import { describe, expect, it } from "vitest";
import { createMemoryCache, noCache } from "../../src/engine/cache.js";
import { createEngine, type EngineRuntime } from "../../src/engine/engine.js";
import type { CallSpec, EngineOptions } from "../../src/engine/engine-types.js";
import { createFakeModel, type FakeModel } from "../support/fake-model.js";

function specOf(i: number): CallSpec {
  return {
    label: `p.prompt.yml#c${i} head sample 0`,
    request: { model: "m", messages: [{ role: "user", content: `q${i}` }] },
    sample: 0,
  };
}

function makeEngine(
  model: FakeModel,
  options: Partial<EngineOptions> = {},
  runtime: Partial<EngineRuntime> = {},
) {
  const sleeps: number[] = [];
  const engine = createEngine(
    {
      model,
      cache: noCache,
      cacheMode: "off",
      concurrency: 4,
      maxRetries: 3,
      timeoutMs: 5_000,
      budget: { maxCalls: null, maxCostUsd: null },
      priceOf: () => ({ input: 1, output: 2 }),
      ...options,
    },
    {
      sleep: async (ms) => {
        sleeps.push(ms);
      },
      random: () => 0.5,
      ...runtime,
    },
  );
  return { engine, sleeps };
}

const contentOf = (model: FakeModel, i: number) => model.calls[i]!.messages[0]!.content;

describe("engine scheduling", () => {
  it("never runs more calls at once than the concurrency", async () => {
    const model = createFakeModel({ latencyMs: (_r, call) => 1 + (call.index % 4) });
    const { engine } = makeEngine(model, { concurrency: 4 });
    const outcomes = await Promise.all(Array.from({ length: 40 }, (_, i) => engine.call(specOf(i))));
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(model.maxInFlight).toBe(4);
    expect(engine.stats()).toMatchObject({ total: 40, cached: 0, failed: 0, retried: 0 });
  });

  it("starts calls in the order they were submitted, whatever their latency", async () => {
    const model = createFakeModel({ latencyMs: (_r, call) => (call.index * 7) % 5 });
    const { engine } = makeEngine(model, { concurrency: 3 });
    await Promise.all(Array.from({ length: 30 }, (_, i) => engine.call(specOf(i))));
    expect(model.calls.map((_, i) => contentOf(model, i))).toEqual(
      Array.from({ length: 30 }, (_, i) => `q${i}`),
    );
  });

  it("waits at least the retry-after of a 429 before trying again", async () => {
    const startedAt: number[] = [];
    const model = createFakeModel({
      script: [{ kind: "rate_limit", status: 429, retryAfterMs: 60 }],
      answer: () => "ok",
      latencyMs: () => {
        startedAt.push(Date.now());
        return 0;
      },
    });
    const { engine } = makeEngine(model, { concurrency: 1 }, { sleep: undefined });
    const outcome = await engine.call(specOf(0));
    expect(outcome).toMatchObject({ ok: true, attempts: 2 });
    expect(startedAt[1]! - startedAt[0]!).toBeGreaterThanOrEqual(59); // timer granularity
    expect(engine.stats().retried).toBe(1);
  });

  it("halves concurrency once on a burst of 429s and climbs back after successes", async () => {
    const model = createFakeModel({
      latencyMs: 2,
      fail: (_r, call) => (call.index < 8 ? { kind: "rate_limit", status: 429 } : undefined),
    });
    const { engine } = makeEngine(model, { concurrency: 8 }, { successesPerStep: 20 });
    const outcomes = await Promise.all(Array.from({ length: 200 }, (_, i) => engine.call(specOf(i))));
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(engine.stats().retried).toBe(8);
    // Calls after the eight retries: first held to the halved limit, later back at the configured one.
    const fresh = model.inFlightAtStart.filter((_, i) => i >= 8 && Number(contentOf(model, i).slice(1)) >= 8);
    expect(Math.max(...fresh.slice(0, 12))).toBe(4);
    expect(Math.max(...fresh.slice(-40))).toBe(8);
  });

  it("reports progress after every settled call", async () => {
    const totals: number[] = [];
    const model = createFakeModel();
    const { engine } = makeEngine(model, { onProgress: (stats) => totals.push(stats.total) });
    await Promise.all(Array.from({ length: 5 }, (_, i) => engine.call(specOf(i))));
    expect(totals).toEqual([1, 2, 3, 4, 5]);
  });

  it("keeps its own overhead under 1 ms of CPU per call over 10,000 calls", async () => {
    const model = createFakeModel({ answer: () => "a" });
    const { engine } = makeEngine(model, { concurrency: 16, cache: createMemoryCache(), cacheMode: "use" });
    const before = process.cpuUsage();
    const outcomes = await Promise.all(Array.from({ length: 10_000 }, (_, i) => engine.call(specOf(i))));
    const used = process.cpuUsage(before);
    expect(outcomes.filter((o) => o.ok)).toHaveLength(10_000);
    expect((used.user + used.system) / 10_000).toBeLessThan(1_000); // µs per call, fake model included
  });
});
