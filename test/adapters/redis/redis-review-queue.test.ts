// The App's Redis review queue (src/adapters/redis/redis-review-queue.ts): two replicas on one real redis-server.
import { Redis } from "ioredis";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createRedisReviewQueue } from "../../../src/adapters/redis/redis-review-queue.js";
import type { ReviewJob, ReviewQueue, StoredReviewRunner } from "../../../src/ports.js";
import { startTestRedis, type TestRedis } from "../../support/redis-server.js";

let redis: TestRedis;
let queues: ReviewQueue[] = [];
let queueName = "";
beforeAll(async () => {
  redis = await startTestRedis();
});
afterEach(async () => {
  await Promise.all(queues.map((queue) => queue.close?.()));
  queues = [];
});
afterAll(async () => {
  await redis?.stop();
});

/** One replica's queue; each test gets its own queue name so leftovers of another test never run. */
function replica(runner: StoredReviewRunner, concurrency = 2): ReviewQueue {
  const queue = createRedisReviewQueue({
    connect: () => new Redis(redis.url, { maxRetriesPerRequest: null }),
    concurrency,
    lockMs: 2_000,
    pollMs: 50,
    backoffMs: 100,
    name: queueName,
  });
  queue.serve?.(runner);
  queues.push(queue);
  return queue;
}

let counter = 0;
const job = (pullRequest: string, headSha: string, join = false): ReviewJob => ({
  installationId: 1,
  pullRequest,
  headSha,
  ...(join ? { join } : {}),
  review: {
    pr: { owner: "o", repo: "r", number: 1, baseSha: "base", headSha, labels: [] },
    trigger: { reason: "test" },
  },
});
const until = async (condition: () => boolean, ms = 10_000) => {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > ms) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};
const aborted = (signal: AbortSignal) =>
  new Promise<void>((resolve) => signal.addEventListener("abort", () => resolve(), { once: true }));

describe("createRedisReviewQueue", () => {
  it("a newer head queued on one replica stops the review running on the other, and starts only after it stopped", async () => {
    queueName = `q${++counter}`;
    const events: string[] = [];
    const runner: StoredReviewRunner = async (stored, signal) => {
      events.push(`start ${stored.headSha}`);
      if (stored.headSha === "a") await aborted(signal);
      events.push(`end ${stored.headSha}${signal.aborted ? " (aborted)" : ""}`);
    };
    const one = replica(runner);
    expect(await one.enqueue(job("O/R#1", "a"), async () => {})).toBe("queued");
    await until(() => events.includes("start a"));
    replica(runner); // the second replica picks up what the first cannot
    expect(await queues[1]!.enqueue(job("o/r#1", "b"), async () => {})).toBe("queued");
    await until(() => events.includes("end b"));
    expect(events).toEqual(["start a", "end a (aborted)", "start b", "end b"]);
    await one.idle();
  });

  it("drops a queued review of an older head: only the latest of three pushes runs", async () => {
    queueName = `q${++counter}`;
    const ran: string[] = [];
    let release!: () => void;
    const blocker = new Promise<void>((resolve) => {
      release = resolve;
    });
    const one = replica(async (stored) => {
      ran.push(stored.headSha);
      if (stored.headSha === "busy") await blocker;
    }, 1);
    await one.enqueue(job("o/r#9", "busy"), async () => {});
    await until(() => ran.includes("busy"));
    for (const head of ["a", "b", "c"]) await one.enqueue(job("o/r#2", head), async () => {});
    release();
    await one.idle();
    expect(ran).toEqual(["busy", "c"]);
  });

  it("joins a queued or running review of the same head instead of queuing another", async () => {
    queueName = `q${++counter}`;
    let runs = 0;
    let release!: () => void;
    const blocker = new Promise<void>((resolve) => {
      release = resolve;
    });
    const one = replica(async () => {
      runs++;
      await blocker;
    });
    await one.enqueue(job("o/r#3", "a"), async () => {});
    await until(() => runs === 1);
    expect(await one.enqueue(job("o/r#3", "a", true), async () => {})).toBe("joined");
    release();
    await one.idle();
    expect(await one.enqueue(job("o/r#3", "a", true), async () => {})).toBe("queued");
    await one.idle();
    expect(runs).toBe(2);
  });

  it("runs at most `concurrency` reviews at once on a replica", async () => {
    queueName = `q${++counter}`;
    let inFlight = 0;
    let most = 0;
    const one = replica(async () => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 100));
      inFlight--;
    }, 2);
    for (const n of [1, 2, 3, 4, 5]) await one.enqueue(job(`o/r#${10 + n}`, "a"), async () => {});
    await one.idle();
    expect(most).toBe(2);
  });

  it("retries a failed attempt with backoff", async () => {
    queueName = `q${++counter}`;
    let attempts = 0;
    const one = replica(async () => {
      attempts++;
      if (attempts < 3) throw new Error("installation token unavailable");
    });
    await one.enqueue(job("o/r#4", "a"), async () => {});
    await until(() => attempts === 3);
    await one.idle();
    expect(attempts).toBe(3);
  });

  it("a replica that shuts down mid-review hands the job back and another replica finishes it", async () => {
    queueName = `q${++counter}`;
    const finishedBy: string[] = [];
    let started = false;
    const one = replica(async (_stored, signal) => {
      started = true;
      await aborted(signal);
    });
    await one.enqueue(job("o/r#5", "a"), async () => {});
    await until(() => started);
    replica(async () => void finishedBy.push("two"));
    one.abortAll("deploy");
    await until(() => finishedBy.length === 1);
    expect(finishedBy).toEqual(["two"]);
  });

  it("refuses a job without its review data", async () => {
    queueName = `q${++counter}`;
    const one = replica(async () => {});
    await expect(
      one.enqueue({ installationId: 1, pullRequest: "o/r#6", headSha: "a" }, async () => {}),
    ).rejects.toThrow(/no `review`/);
  });
});
