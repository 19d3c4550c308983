// A per-pull-request lock in Redis with a TTL, so at most one replica reviews a PR and a crash frees it.
import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";

export interface HeldLock {
  /** Extends the TTL while the holder still owns it. */
  renew(): Promise<void>;
  /** Frees it if still owned (never another holder's lock). */
  release(): Promise<void>;
}

export interface PullRequestLock {
  /** Waits for the lock; gives up (undefined) as soon as `until()` says waiting is pointless. */
  acquire(pr: string, options: { until: () => Promise<boolean> }): Promise<HeldLock | undefined>;
}

// Compare-and-act in one step: a lock that expired and was taken by another replica is left alone.
const RELEASE = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) end return 0`;
const RENEW = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("pexpire", KEYS[1], ARGV[2]) end return 0`;

export function createPullRequestLock(
  redis: Redis,
  options: { prefix: string; ttlMs: number; retryMs?: number },
): PullRequestLock {
  const retryMs = options.retryMs ?? 100;
  return {
    async acquire(pr, { until }) {
      const key = `${options.prefix}${pr.toLowerCase()}`;
      const token = randomUUID();
      for (;;) {
        if (await until()) return undefined;
        if ((await redis.set(key, token, "PX", options.ttlMs, "NX")) === "OK") break;
        await new Promise((resolve) => setTimeout(resolve, retryMs));
      }
      return {
        renew: async () => void (await redis.eval(RENEW, 1, key, token, options.ttlMs)),
        release: async () => void (await redis.eval(RELEASE, 1, key, token)),
      };
    },
  };
}
