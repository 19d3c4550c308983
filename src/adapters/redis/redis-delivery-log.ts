// Webhook delivery ids claimed in Redis, so every replica of the App drops a delivery another one handled.
import type { Redis } from "ioredis";
import type { DeliveryLog } from "../../ports.js";

/** GitHub redelivers within hours; a week of ids is a few MB and covers a manual "Redeliver" too. */
export const DEFAULT_DELIVERY_TTL_SECONDS = 7 * 24 * 3600;

/** `SET NX` is atomic: of two replicas receiving the same delivery, exactly one claims it. */
export function createRedisDeliveryLog(
  redis: Redis,
  options: { prefix?: string; ttlSeconds?: number } = {},
): DeliveryLog {
  const prefix = options.prefix ?? "promptgate:delivery:";
  const ttl = options.ttlSeconds ?? DEFAULT_DELIVERY_TTL_SECONDS;
  return {
    async claim(id) {
      return (await redis.set(`${prefix}${id}`, "1", "EX", ttl, "NX")) === "OK";
    },
    async release(id) {
      await redis.del(`${prefix}${id}`);
    },
  };
}
