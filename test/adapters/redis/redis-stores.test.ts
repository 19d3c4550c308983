// The Redis delivery log and response cache (src/adapters/redis/) against a real redis-server.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRedisCache } from "../../../src/adapters/redis/redis-cache.js";
import { createRedisDeliveryLog } from "../../../src/adapters/redis/redis-delivery-log.js";
import type { ChatResponse } from "../../../src/engine/model.js";
import { startTestRedis, type TestRedis } from "../../support/redis-server.js";

let redis: TestRedis;
beforeAll(async () => {
  redis = await startTestRedis();
});
afterAll(async () => {
  await redis?.stop();
});

const answer = (text: string) =>
  ({ text, usage: { inputTokens: 3, outputTokens: 5 } }) as unknown as ChatResponse;

describe("createRedisDeliveryLog", () => {
  it("lets exactly one of many concurrent claims of a delivery win, and a release lets a redelivery through", async () => {
    const replicas = [1, 2, 3, 4].map(() => createRedisDeliveryLog(redis.client, { prefix: "t1:" }));
    const claims = await Promise.all(replicas.map((log) => log.claim("delivery-1")));
    expect(claims.filter(Boolean)).toHaveLength(1);
    await replicas[2]!.release("delivery-1");
    expect(await replicas[3]!.claim("delivery-1")).toBe(true);
    expect(await replicas[0]!.claim("delivery-1")).toBe(false);
  });

  it("forgets a delivery after its TTL", async () => {
    const log = createRedisDeliveryLog(redis.client, { prefix: "t2:", ttlSeconds: 1 });
    expect(await log.claim("d")).toBe(true);
    expect(await redis.client.ttl("t2:d")).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await log.claim("d")).toBe(true);
  });
});

describe("createRedisCache", () => {
  it("shares answers between clients and keeps them with a TTL", async () => {
    const writer = createRedisCache(redis.client, { prefix: "c1:", ttlSeconds: 60 });
    const reader = createRedisCache(redis.client, { prefix: "c1:" });
    await writer.set("k1", answer("hello"));
    expect(await reader.get("k1")).toEqual(answer("hello"));
    expect(await reader.get("missing")).toBeUndefined();
    const ttl = await redis.client.ttl("c1:k:k1");
    expect(ttl).toBeGreaterThan(55);
    expect(ttl).toBeLessThanOrEqual(60);
  });

  it("stays within maxEntries: the oldest written answers go first", async () => {
    const cache = createRedisCache(redis.client, { prefix: "c2:", maxEntries: 3 });
    for (const key of ["a", "b", "c", "d", "e"]) {
      await cache.set(key, answer(key));
      await new Promise((resolve) => setTimeout(resolve, 2)); // distinct write times
    }
    expect(await cache.get("a")).toBeUndefined();
    expect(await cache.get("b")).toBeUndefined();
    expect(await cache.get("e")).toEqual(answer("e"));
    expect(await redis.client.zcard("c2:index")).toBe(3);
    expect(await redis.client.keys("c2:k:*")).toHaveLength(3);
  });

  it("reads an unparsable entry as a miss", async () => {
    await redis.client.set("c3:k:bad", "{not json");
    expect(await createRedisCache(redis.client, { prefix: "c3:" }).get("bad")).toBeUndefined();
  });
});
