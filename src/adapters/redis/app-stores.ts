// The App's shared state on one Redis: review queue, response cache and delivery log, opened from REDIS_URL.
import { Redis } from "ioredis";
import type { Cache } from "../../engine/cache.js";
import type { DeliveryLog, ReviewQueue } from "../../ports.js";
import { createRedisCache } from "./redis-cache.js";
import { createRedisDeliveryLog } from "./redis-delivery-log.js";
import { createRedisReviewQueue } from "./redis-review-queue.js";

export interface RedisAppStores {
  queue: ReviewQueue;
  cache: Cache;
  deliveries: DeliveryLog;
  close(): Promise<void>;
}

/** Fails at start, naming REDIS_URL's host (never its password), when Redis does not answer. */
export async function openRedisAppStores(
  url: string,
  options: { concurrency: number; lockMs: number; onError?: (error: Error) => void },
): Promise<RedisAppStores> {
  await probe(url);
  const connections: Redis[] = [];
  const connect = () => {
    // BullMQ's blocking worker needs `maxRetriesPerRequest: null`; commands wait for a reconnect instead of failing.
    const redis = new Redis(url, { maxRetriesPerRequest: null });
    redis.on("error", (error) => options.onError?.(error));
    connections.push(redis);
    return redis;
  };
  const shared = connect();
  const queue = createRedisReviewQueue({
    connect,
    concurrency: options.concurrency,
    lockMs: options.lockMs,
    ...(options.onError ? { onError: options.onError } : {}),
  });
  return {
    queue,
    cache: createRedisCache(shared),
    deliveries: createRedisDeliveryLog(shared),
    async close() {
      await queue.close?.();
      for (const redis of connections) redis.disconnect();
    },
  };
}

/** One connection attempt without retries: the long-lived clients retry forever, which would hide a typo. */
async function probe(url: string): Promise<void> {
  const redis = new Redis(url, { lazyConnect: true, retryStrategy: () => null, connectTimeout: 5_000 });
  redis.on("error", () => undefined); // reported below, once
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    const { host } = new URL(url);
    throw new Error(`REDIS_URL: no answer from Redis at ${host}: ${(error as Error).message}`);
  } finally {
    redis.disconnect();
  }
}
