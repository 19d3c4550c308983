// Tests of the engine's cache step (src/engine/cache-step.ts): usable hits, modes, and failing caches.
import { describe, expect, it } from "vitest";
import { type Cache, createMemoryCache } from "../../src/engine/cache.js";
import { createCacheStep } from "../../src/engine/cache-step.js";
import type { CacheMode, CallSpec } from "../../src/engine/engine-types.js";
import type { ChatResponse } from "../../src/engine/model.js";
import { createFakeModel } from "../support/fake-model.js";

const spec: CallSpec = {
  label: "c",
  request: { model: "m", messages: [{ role: "user", content: "q" }] },
  sample: 0,
};
const answer: ChatResponse = {
  text: "yes",
  usage: { inputTokens: 1, outputTokens: 1, cachedInputTokens: 0 },
  latencyMs: 1,
  finishReason: "stop",
};

function stepOver(cache: Cache, cacheMode: CacheMode, onCacheWriteError?: (error: unknown) => void) {
  return createCacheStep({ cache, cacheMode, model: createFakeModel(), onCacheWriteError });
}

describe("createCacheStep", () => {
  it("stores a fresh answer under the call's key and serves it back in mode use", async () => {
    const step = stepOver(createMemoryCache(), "use");
    const key = step.keyOf(spec);
    expect(step.keyOf({ ...spec, sample: 1 })).not.toBe(key);
    await step.store(key, answer);
    await expect(step.usableHit(key, spec)).resolves.toEqual(answer);
  });

  it("never reads in mode off and never writes outside mode use", async () => {
    const cache = createMemoryCache();
    const key = stepOver(cache, "use").keyOf(spec);
    await cache.set(key, answer);
    await expect(stepOver(cache, "off").usableHit(key, spec)).resolves.toBeUndefined();
    const empty = createMemoryCache();
    await stepOver(empty, "offline").store(key, answer);
    await stepOver(empty, "off").store(key, answer);
    expect(empty.size()).toBe(0);
  });

  it("ignores a cached answer the call's validator refuses", async () => {
    const step = stepOver(createMemoryCache(), "use");
    const key = step.keyOf(spec);
    await step.store(key, answer);
    const strict = { ...spec, validate: (text: string) => (text === "yes" ? "no verdict" : undefined) };
    await expect(step.usableHit(key, strict)).resolves.toBeUndefined();
  });

  it("takes an unreadable cache as a miss and reports a failed write once", async () => {
    const broken: Cache = {
      get: () => Promise.reject(new Error("corrupt")),
      set: () => Promise.reject(new Error("disk full")),
    };
    const reported: unknown[] = [];
    const step = stepOver(broken, "use", (error) => reported.push(error));
    await expect(step.usableHit(step.keyOf(spec), spec)).resolves.toBeUndefined();
    await step.store("a", answer);
    await step.store("b", answer);
    expect(reported).toHaveLength(1);
  });
});
