// The App's response cache in Redis: shared by every replica, kept across deploys, bounded in age and count.
import type { Redis } from "ioredis";
import type { Cache } from "../../engine/cache.js";
import type { ChatResponse } from "../../engine/model.js";

export interface RedisCacheOptions {
  prefix?: string;
  /** How long an answer is kept; default 7 days. */
  ttlSeconds?: number;
  /** At most this many answers; the oldest written go first. Default 100,000. */
  maxEntries?: number;
}

export const DEFAULT_REDIS_CACHE_TTL_SECONDS = 7 * 24 * 3600;
export const DEFAULT_REDIS_CACHE_ENTRIES = 100_000;

/**
 * Each answer is a string key with a TTL; a sorted set indexes the keys by write time, so the count bound can
 * evict the oldest without scanning. An unreadable entry (another version's format) counts as a miss.
 */
export function createRedisCache(redis: Redis, options: RedisCacheOptions = {}): Cache {
  const prefix = options.prefix ?? "promptgate:cache:";
  const index = `${prefix}index`;
  const ttl = options.ttlSeconds ?? DEFAULT_REDIS_CACHE_TTL_SECONDS;
  const maxEntries = options.maxEntries ?? DEFAULT_REDIS_CACHE_ENTRIES;
  if (!Number.isInteger(maxEntries) || maxEntries < 1) throw new Error("cache maxEntries must be ≥ 1");
  return {
    async get(key) {
      const text = await redis.get(`${prefix}k:${key}`);
      if (text === null) return undefined;
      try {
        return JSON.parse(text) as ChatResponse;
      } catch {
        return undefined;
      }
    },
    async set(key, response) {
      const now = Date.now();
      await redis
        .multi()
        .set(`${prefix}k:${key}`, JSON.stringify(response), "EX", ttl)
        .zadd(index, now, key)
        .zremrangebyscore(index, "-inf", now - ttl * 1000)
        .exec();
      const excess = (await redis.zcard(index)) - maxEntries;
      if (excess <= 0) return;
      const evicted = await redis.zpopmin(index, excess);
      // zpopmin answers [member, score, member, score, …].
      const keys = evicted.filter((_, i) => i % 2 === 0).map((member) => `${prefix}k:${member}`);
      if (keys.length > 0) await redis.del(...keys);
    },
  };
}
