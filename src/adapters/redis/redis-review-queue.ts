// The App's review queue on Redis (BullMQ): durable, shared by replicas, one review per PR, newest head wins.
import { createHash } from "node:crypto";
import { DelayedError, type Job, Queue, Worker } from "bullmq";
import type { Redis } from "ioredis";
import type { ReviewJob, ReviewQueue, StoredReviewRunner } from "../../app/review-queue.js";
import { createPullRequestLock } from "./pr-lock.js";

export interface RedisReviewQueueOptions {
  /** Opens a connection; BullMQ needs its own for the blocking worker. */
  connect: () => Redis;
  /** Reviews this replica runs at once. */
  concurrency: number;
  /** How long a crashed replica's review stays claimed before another replica takes it over. Default 30 s. */
  lockMs?: number;
  /** Attempts per job before it fails for good; retries back off exponentially from `backoffMs`. */
  attempts?: number;
  backoffMs?: number;
  /** How often a running review looks whether a newer head superseded it. */
  pollMs?: number;
  name?: string;
}

const LIVE_STATES = new Set(["waiting", "active", "delayed", "prioritized", "waiting-children"]);

/**
 * Each trigger stores a job with a per-PR sequence number (`INCR`); the highest number is the PR's latest. A job
 * that is not the latest when it starts, or stops being so while running, is superseded and writes nothing; a
 * per-PR Redis lock keeps a superseded run on another replica from overlapping the new one. BullMQ brings the
 * rest: retries with backoff, and stalled-job recovery when a replica dies holding a job.
 */
export function createRedisReviewQueue(options: RedisReviewQueueOptions): ReviewQueue {
  const name = options.name ?? "promptgate-reviews";
  const lockMs = options.lockMs ?? 30_000;
  const pollMs = options.pollMs ?? 250;
  const redis = options.connect();
  const queue = new Queue(name, { connection: options.connect() });
  const lock = createPullRequestLock(redis, { prefix: `${name}:lock:`, ttlMs: lockMs });
  const running = new Map<string, AbortController>();
  let worker: Worker | undefined;
  let stopping: string | undefined;
  let closing: Promise<void> | undefined;

  const seqKey = (pr: string) => `${name}:seq:${pr.toLowerCase()}`;
  const jobId = (pr: string, seq: number) =>
    `pr-${createHash("sha256").update(pr.toLowerCase()).digest("hex").slice(0, 20)}-${seq}`;
  const latestSeq = async (pr: string) => Number((await redis.get(seqKey(pr))) ?? 0);

  const enqueue: ReviewQueue["enqueue"] = async (job) => {
    if (!job.review) throw new Error("a Redis review queue stores jobs as data: the job has no `review`");
    const previous = await latestSeq(job.pullRequest);
    if (job.join && previous > 0) {
      const stored = await queue.getJob(jobId(job.pullRequest, previous));
      if (stored?.data.headSha === job.headSha && LIVE_STATES.has(await stored.getState())) return "joined";
    }
    const seq = await redis.incr(seqKey(job.pullRequest));
    await redis.expire(seqKey(job.pullRequest), 30 * 24 * 3600);
    // A waiting job of an older head goes at once; a running one sees the new number and stops itself.
    if (previous > 0) await queue.remove(jobId(job.pullRequest, previous)).catch(() => 0);
    await queue.add(
      "review",
      { ...job, seq },
      {
        jobId: jobId(job.pullRequest, seq),
        attempts: options.attempts ?? 3,
        backoff: { type: "exponential", delay: options.backoffMs ?? 5_000 },
        removeOnComplete: { age: 24 * 3600, count: 1_000 },
        removeOnFail: { age: 7 * 24 * 3600 },
      },
    );
    return "queued";
  };

  const processJob =
    (runner: StoredReviewRunner) => async (stored: Job<ReviewJob & { seq: number }>, token?: string) => {
      const { seq, ...job } = stored.data;
      const isLatest = async () => (await latestSeq(job.pullRequest)) === seq;
      const held = await lock.acquire(job.pullRequest, { until: async () => !(await isLatest()) });
      if (!held) return "superseded";
      const controller = new AbortController();
      running.set(stored.id!, controller);
      const watch = setInterval(() => {
        isLatest().then(
          (latest) => {
            if (!latest) controller.abort(new Error(`superseded by a newer review of ${job.pullRequest}`));
          },
          () => undefined, // Redis unreachable for a moment: look again at the next tick.
        );
        held.renew().catch(() => undefined);
      }, pollMs);
      try {
        await runner(job, controller.signal);
      } finally {
        clearInterval(watch);
        running.delete(stored.id!);
        await held.release();
      }
      // Stopped by a shutdown, not by a newer head: back to the queue for another replica, without using up an
      // attempt (a few deploys in a row must not fail a review for good).
      if (stopping && controller.signal.aborted && (await isLatest())) {
        await stored.moveToDelayed(Date.now() + 100, token);
        throw new DelayedError(`review of ${job.pullRequest} handed back: ${stopping}`);
      }
      return "ran";
    };

  return {
    enqueue,
    serve(runner) {
      worker = new Worker(name, processJob(runner), {
        connection: options.connect(),
        concurrency: options.concurrency,
        lockDuration: lockMs,
        stalledInterval: Math.max(1_000, Math.floor(lockMs / 2)),
        maxStalledCount: 2,
      });
      // BullMQ reports errors (a lost connection, a stalled job) as events; an unhandled one would crash.
      worker.on("error", () => undefined);
    },
    async idle() {
      for (;;) {
        const counts = await queue.getJobCounts("waiting", "active", "delayed", "prioritized");
        if (Object.values(counts).every((n) => n === 0) && running.size === 0) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    abortAll(reason) {
      // A shutdown hands the reviews back to the queue: nothing is cancelled, another replica finishes them.
      stopping = reason;
      closing ??= worker?.close(); // takes no new job; the active ones end below
      for (const controller of running.values()) controller.abort(new Error(`this replica stops: ${reason}`));
    },
    async close() {
      stopping ??= "the queue is closing";
      closing ??= worker?.close();
      await closing;
      await queue.close();
      redis.disconnect();
    },
  };
}
