// The response cache across runs: keys by base and head, a lazy restore, and graceful degradation without the service.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import nock from "nock";
import { afterEach, describe, expect, it } from "vitest";
import { buildCacheKeys, createActionResponseCache } from "../../src/adapters/actions-response-cache.js";
import type { Logger } from "../../src/ports.js";

const BASE = "b".repeat(40);
const HEAD = "c".repeat(40);
const response = {
  text: "hi",
  usage: { inputTokens: 1, outputTokens: 1, cachedInputTokens: 0 },
  latencyMs: 5,
  finishReason: "stop",
};

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (m) => lines.push(`info ${m}`),
    warn: (m) => lines.push(`warn ${m}`),
    debug: () => {},
  };
}

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  nock.cleanAll();
});

describe("buildCacheKeys", () => {
  it("keys by base and head, falling back to the same base, then to any entry", () => {
    expect(buildCacheKeys(BASE, HEAD)).toEqual({
      key: `promptgate-responses-v1-${BASE}-${HEAD}`,
      restoreKeys: [`promptgate-responses-v1-${BASE}-`, "promptgate-responses-v1-"],
    });
  });
});

describe("createActionResponseCache", () => {
  it("restores nothing when no call is looked up", async () => {
    const logger = recordingLogger();
    const cache = createActionResponseCache({
      dir: mkdtempSync(join(tmpdir(), "pg-c-")),
      baseSha: BASE,
      headSha: HEAD,
      logger,
    });
    await cache.save();
    expect(logger.lines).toEqual([]);
  });

  it("logs and keeps answers on disk for the job when the cache service is unavailable", async () => {
    delete process.env.ACTIONS_CACHE_URL;
    delete process.env.ACTIONS_RESULTS_URL;
    const logger = recordingLogger();
    const dir = mkdtempSync(join(tmpdir(), "pg-c-"));
    const { cache, save } = createActionResponseCache({ dir, baseSha: BASE, headSha: HEAD, logger });
    expect(await cache.get("abc123")).toBeUndefined();
    await cache.set("abc123", response);
    expect(await cache.get("abc123")).toEqual(response);
    await save();
    expect(logger.lines).toEqual([
      `info response cache: the Actions cache service is not available here; answers stay in ${dir} for this job`,
    ]);
  });

  it("asks the cache service for this run's key, then the same base, then any entry", async () => {
    process.env.ACTIONS_CACHE_URL = "https://cache.actions.test/";
    process.env.ACTIONS_RUNTIME_TOKEN = "runtime-token";
    delete process.env.ACTIONS_CACHE_SERVICE_V2;
    const asked: string[] = [];
    const scope = nock("https://cache.actions.test")
      .get("/_apis/artifactcache/cache")
      .query((query) => {
        asked.push(String(query.keys));
        return true;
      })
      .reply(204);
    const logger = recordingLogger();
    const dir = mkdtempSync(join(tmpdir(), "pg-c-"));
    const { cache } = createActionResponseCache({ dir, baseSha: BASE, headSha: HEAD, logger });
    expect(await cache.get("abc123")).toBeUndefined();
    expect(scope.isDone()).toBe(true);
    const { key, restoreKeys } = buildCacheKeys(BASE, HEAD);
    expect(asked).toEqual([[key, ...restoreKeys].join(",")]);
    expect(logger.lines).toEqual(["info response cache: no earlier answers to restore"]);
  });
});
