// Tests of src/adapters/file-cache.ts.
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createFileCache } from "../../src/adapters/file-cache.js";
import { buildCacheKey } from "../../src/engine/cache-key.js";
import { createEngine } from "../../src/engine/engine.js";
import type { ChatResponse } from "../../src/engine/model.js";
import { createFakeModel } from "../support/fake-model.js";

const response: ChatResponse = {
  text: "Paris",
  usage: { inputTokens: 12, outputTokens: 2, cachedInputTokens: 0 },
  latencyMs: 321,
  finishReason: "stop",
};
const key = "ab".padEnd(64, "0");

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "promptgate-cache-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The cache's entry files (its own .gitignore aside). */
async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name !== ".gitignore").map((e) => join(e.parentPath, e.name));
}

describe("createFileCache", () => {
  it("stores a response under <dir>/<key[0..2]>/<key>.json and reads it back", async () => {
    const cache = createFileCache(join(dir, "not", "yet", "there"));
    expect(await cache.get(key)).toBeUndefined();
    await cache.set(key, response);
    expect(await cache.get(key)).toEqual(response);
    const file = join(dir, "not", "yet", "there", "ab", `${key}.json`);
    expect(JSON.parse(await readFile(file, "utf8"))).toEqual({ v: 1, response });
  });

  it("keeps a Batch API answer's unknown latency unknown when read back", async () => {
    const cache = createFileCache(dir);
    const batched: ChatResponse = { ...response, latencyMs: 0, latencyMissing: true, usageMissing: true };
    await cache.set(key, batched);
    expect(await cache.get(key)).toEqual(batched);
  });

  it("treats corrupt, foreign-version and malformed files as misses", async () => {
    const cache = createFileCache(dir);
    await cache.set(key, response);
    const file = join(dir, "ab", `${key}.json`);
    for (const body of [
      '{"v":1,"respo',
      JSON.stringify({ v: 2, response }),
      JSON.stringify({ v: 1, response: { text: 1 } }),
      "",
    ]) {
      await writeFile(file, body);
      expect(await cache.get(key)).toBeUndefined();
    }
  });

  it("keeps concurrent writers of one key from ever exposing a torn file", async () => {
    const cache = createFileCache(dir);
    const long = { ...response, text: "x".repeat(300_000) };
    await cache.set(key, { ...long, latencyMs: -1 }); // from here on every read must see a whole entry
    const reads: (ChatResponse | undefined)[] = [];
    const reader = createFileCache(dir);
    let writing = true;
    const readUntilDone = async () => {
      while (writing) reads.push(await reader.get(key));
    };
    const writers = Promise.all(
      Array.from({ length: 50 }, (_, i) => cache.set(key, { ...long, latencyMs: i })),
    );
    await Promise.all([
      writers.finally(() => (writing = false)),
      readUntilDone(),
      readUntilDone(),
      readUntilDone(),
    ]);
    expect(reads.length).toBeGreaterThan(0);
    for (const read of reads) {
      expect(read?.text).toBe(long.text); // every read saw a whole file
    }
    expect((await listFiles(dir)).map((f) => f.slice(dir.length))).toEqual([`/ab/${key}.json`]); // no temp files left
  });

  it("refuses keys that could leave the cache directory", async () => {
    const cache = createFileCache(dir);
    await expect(cache.set("../../etc/passwd", response)).rejects.toThrow(/invalid cache key/);
    expect(await cache.get("../x")).toBeUndefined();
  });

  it("writes only the response: no extra fields, no secrets from the endpoint", async () => {
    const secret = "sk-test-SECRET-0123456789";
    const model = createFakeModel({
      endpoint: `https://user:${secret}@llm.example.test/v1?api-key=${secret}`,
      answer: () => ({ text: "ok" }),
    });
    const leaky = {
      ...model,
      complete: async (...args: Parameters<typeof model.complete>) =>
        Object.assign(await model.complete(...args), { headers: { authorization: `Bearer ${secret}` } }),
    };
    const cache = createFileCache(dir);
    const engine = createEngine({
      model: leaky,
      cache,
      cacheMode: "use",
      concurrency: 2,
      maxRetries: 0,
      timeoutMs: 1_000,
      budget: { maxCalls: null, maxCostUsd: null },
      priceOf: () => null,
    });
    const spec = {
      label: "x",
      request: { model: "m", messages: [{ role: "user" as const, content: "hi" }] },
      sample: 0,
    };
    expect(await engine.call(spec)).toMatchObject({ ok: true, cached: false });
    const files = await listFiles(dir);
    expect(files).toHaveLength(1);
    expect(files[0]).toContain(buildCacheKey(`https://llm.example.test/v1`, spec.request, 0));
    for (const file of files) {
      expect(file).not.toContain(secret);
      expect(await readFile(file, "utf8")).not.toContain(secret);
    }
    expect(await engine.call(spec)).toMatchObject({ ok: true, cached: true, response: { text: "ok" } });
  });
});

describe("createFileCache and answers without usage", () => {
  it("keeps the mark that the provider sent no token counts", async () => {
    const cache = createFileCache(join(await mkdtemp(join(tmpdir(), "pg-cache-")), "c"));
    const response: ChatResponse = {
      text: "hi",
      usage: { inputTokens: 0, outputTokens: 0, cachedInputTokens: 0 },
      latencyMs: 5,
      finishReason: "stop",
      usageMissing: true,
    };
    await cache.set("abc123", response);
    expect(await cache.get("abc123")).toEqual(response);
  });
});

describe("createFileCache in a repository", () => {
  it("keeps itself out of commits with a .gitignore", async () => {
    const dir = join(await mkdtemp(join(tmpdir(), "pg-cache-")), "cache");
    const cache = createFileCache(dir);
    await cache.set("abc123", {
      text: "hi",
      usage: { inputTokens: 1, outputTokens: 1, cachedInputTokens: 0 },
      latencyMs: 5,
      finishReason: "stop",
    });
    expect(await readFile(join(dir, ".gitignore"), "utf8")).toContain("*");
  });
});
