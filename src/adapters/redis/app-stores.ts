// The App's shared state on one Redis: review queue, response cache and delivery log, opened from REDIS_URL.
import { Redis } from "ioredis";
import type { DeliveryLog } from "../../app/delivery-log.js";
import type { ReviewQueue } from "../../app/review-queue.js";
import type { Cache } from "../../engine/cache.js";
import { createRedisCache } from "./redis-cache.js";
import { createRedisDeliveryLog } from "./redis-delivery-log.js";
import { createRedisReviewQueue } from "./redis-review-queue.js";

export interface RedisAppStores {
  queue: ReviewQueue;
  cache: Cache;
  deliveries: DeliveryLog;
  close(): Promise<void>;
}

export function openRedisAppStores(
  url: string,
  options: { concurrency: number; lockMs: number; onError?: (error: Error) => void },
): RedisAppStores {
  const connections: Redis[] = [];
  const connect = () => {
    // BullMQ's blocking worker needs `maxRetriesPerRequest: null`; commands wait for a reconnect instead of failing.
    const redis = new Redis(url, { maxRetriesPerRequest: null });
    redis.on("error", (error) => options.onError?.(error));
    connections.push(redis);
    return redis;
  };
  const shared = connect();
  const queue = createRedisReviewQueue({ connect, concurrency: options.concurrency, lockMs: options.lockMs });
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
