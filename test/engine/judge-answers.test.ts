// An unreadable judge verdict is asked again, never cached: one bad answer must not stick to every re-run.
import { describe, expect, it } from "vitest";
import { createMemoryCache } from "../../src/engine/cache.js";
import { createEngine } from "../../src/engine/engine.js";
import { gradeSample } from "../../src/engine/grade.js";
import { createFakeModel } from "../support/fake-model.js";

const judge = [{ kind: "builtin" as const, judge: "fluency" as const, name: "fluent", invariant: false }];

function engineWith(answer: (index: number) => string, cache = createMemoryCache()) {
  const model = createFakeModel({ answer: (_request, { index }) => answer(index) });
  const engine = createEngine({
    model,
    cache,
    cacheMode: "use",
    concurrency: 1,
    maxRetries: 4,
    timeoutMs: 5_000,
    budget: { maxCalls: null, maxCostUsd: null },
    priceOf: () => null,
  });
  return { engine, model, cache };
}

const grade = (engine: ReturnType<typeof engineWith>["engine"]) =>
  gradeSample(judge, "A clear answer.", {
    engine,
    file: "p.prompt.yml",
    caseId: "c1",
    vars: {},
    judgeModel: "gpt-4o-mini",
    sample: 0,
    label: "p.prompt.yml#c1 head sample 1",
  });

describe("judge answers that do not parse", () => {
  it("are asked again and the usable answer grades the sample", async () => {
    const { engine, model } = engineWith((i) =>
      i === 0 ? "I think it is fine" : '{"reasoning":"ok","score":5}',
    );
    const result = await grade(engine);
    expect(result.error).toBeUndefined();
    expect(result.pass).toBe(true);
    expect(model.calls.length).toBe(2);
    expect(engine.stats().retried).toBe(1);
  });

  it("end as an error after a few tries, are not cached, and a later run asks again", async () => {
    const cache = createMemoryCache();
    const bad = engineWith(() => "not json", cache);
    const first = await grade(bad.engine);
    expect(first.pass).toBe(false);
    expect(first.error).toMatch(/not valid JSON/);
    expect(bad.model.calls.length).toBe(3);
    expect(cache.size()).toBe(0);

    const good = engineWith(() => '{"reasoning":"ok","score":4}', cache);
    const second = await grade(good.engine);
    expect(second.error).toBeUndefined();
    expect(good.model.calls.length).toBe(1);
  });
});

describe("a provider that rejects every request", () => {
  it("gets no further calls after a handful of rejections without a single success", async () => {
    const model = createFakeModel({
      fail: () => ({ kind: "bad_request", status: 404, message: "model `gpt-9` does not exist" }),
    });
    const engine = createEngine({
      model,
      cache: createMemoryCache(),
      cacheMode: "use",
      concurrency: 1,
      maxRetries: 2,
      timeoutMs: 5_000,
      budget: { maxCalls: null, maxCostUsd: null },
      priceOf: () => null,
    });
    const request = { model: "gpt-9", messages: [{ role: "user" as const, content: "hi" }] };
    const outcomes = await Promise.all(
      Array.from({ length: 40 }, (_, i) => engine.call({ label: `c${i}`, request, sample: i })),
    );
    expect(model.calls.length).toBe(5);
    expect(outcomes.every((o) => !o.ok)).toBe(true);
    expect(engine.stats().refusedBy).toMatch(/does not exist/);
  });
});
