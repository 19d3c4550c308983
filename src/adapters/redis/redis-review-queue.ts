// The App's review queue on Redis (BullMQ): durable, shared by replicas, one review per PR, newest head wins.
import { createHash } from "node:crypto";
import { DelayedError, type Job, Queue, Worker } from "bullmq";
import type { Redis } from "ioredis";
import type { ReviewJob, ReviewQueue, StoredReviewRunner } from "../../ports.js";
import { createPullRequestLock, type PullRequestLock } from "./pr-lock.js";

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
  /** BullMQ's worker errors (a lost connection, a stalled job); they must not crash the process. */
  onError?: (error: Error) => void;
}

const LIVE_STATES = new Set(["waiting", "active", "delayed", "prioritized", "waiting-children"]);

/** What one replica's queue shares between storing jobs and running them. */
interface QueueState {
  name: string;
  redis: Redis;
  queue: Queue;
  lock: PullRequestLock;
  pollMs: number;
  /** Reviews this replica runs, by job id. */
  running: Map<string, AbortController>;
  /** Why this replica stops, once it does. */
  stopping?: string;
}

type StoredJob = Job<ReviewJob & { seq: number }>;

const seqKey = (state: QueueState, pr: string) => `${state.name}:seq:${pr.toLowerCase()}`;
const jobId = (pr: string, seq: number) =>
  `pr-${createHash("sha256").update(pr.toLowerCase()).digest("hex").slice(0, 20)}-${seq}`;
const latestSeq = async (state: QueueState, pr: string) =>
  Number((await state.redis.get(seqKey(state, pr))) ?? 0);

/**
 * Each trigger stores a job with a per-PR sequence number (`INCR`); the highest number is the PR's latest. A job
 * that is not the latest when it starts, or stops being so while running, is superseded and writes nothing; a
 * per-PR Redis lock keeps a superseded run on another replica from overlapping the new one. BullMQ brings the
 * rest: retries with backoff, and stalled-job recovery when a replica dies holding a job.
 */
export function createRedisReviewQueue(options: RedisReviewQueueOptions): ReviewQueue {
  const name = options.name ?? "promptgate-reviews";
  const lockMs = options.lockMs ?? 30_000;
  const redis = options.connect();
  const state: QueueState = {
    name,
    redis,
    queue: new Queue(name, { connection: options.connect() }),
    lock: createPullRequestLock(redis, { prefix: `${name}:lock:`, ttlMs: lockMs }),
    pollMs: options.pollMs ?? 250,
    running: new Map(),
  };
  let worker: Worker | undefined;
  let closing: Promise<void> | undefined;
  return {
    enqueue: (job) => storeJob(state, options, job),
    serve(runner) {
      worker = new Worker(name, (stored: StoredJob, token?: string) => runJob(state, runner, stored, token), {
        connection: options.connect(),
        concurrency: options.concurrency,
        lockDuration: lockMs,
        stalledInterval: Math.max(1_000, Math.floor(lockMs / 2)),
        maxStalledCount: 2,
      });
      worker.on("error", (error) => options.onError?.(error));
    },
    async idle() {
      for (;;) {
        const counts = await state.queue.getJobCounts("waiting", "active", "delayed", "prioritized");
        if (Object.values(counts).every((n) => n === 0) && state.running.size === 0) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    abortAll(reason) {
      // A shutdown hands the reviews back to the queue: nothing is cancelled, another replica finishes them.
      state.stopping = reason;
      closing ??= worker?.close(); // takes no new job; the active ones end below
      for (const controller of state.running.values())
        controller.abort(new Error(`this replica stops: ${reason}`));
    },
    async close() {
      state.stopping ??= "the queue is closing";
      closing ??= worker?.close();
      await closing;
      await state.queue.close();
      redis.disconnect();
    },
  };
}

async function storeJob(
  state: QueueState,
  options: RedisReviewQueueOptions,
  job: ReviewJob,
): Promise<"joined" | "queued"> {
  if (!job.review) throw new Error("a Redis review queue stores jobs as data: the job has no `review`");
  const key = seqKey(state, job.pullRequest);
  const previous = await latestSeq(state, job.pullRequest);
  if (job.join && previous > 0) {
    const stored = await state.queue.getJob(jobId(job.pullRequest, previous));
    if (stored?.data.headSha === job.headSha && LIVE_STATES.has(await stored.getState())) return "joined";
  }
  const seq = await state.redis.incr(key);
  await state.redis.expire(key, 30 * 24 * 3600);
  // A waiting job of an older head goes at once; a running one sees the new number and stops itself.
  if (previous > 0) await state.queue.remove(jobId(job.pullRequest, previous)).catch(() => 0);
  await state.queue.add(
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
}

/** Runs one stored job on this replica, under the PR's lock, until done, superseded or handed back. */
async function runJob(
  state: QueueState,
  runner: StoredReviewRunner,
  stored: StoredJob,
  token: string | undefined,
): Promise<"ran" | "superseded"> {
  const { seq, ...job } = stored.data;
  const isLatest = async () => (await latestSeq(state, job.pullRequest)) === seq;
  const held = await state.lock.acquire(job.pullRequest, { until: async () => !(await isLatest()) });
  if (!held) return "superseded";
  const controller = new AbortController();
  state.running.set(stored.id!, controller);
  const watch = setInterval(() => {
    isLatest().then(
      (latest) => {
        if (!latest) controller.abort(new Error(`superseded by a newer review of ${job.pullRequest}`));
      },
      () => undefined, // Redis unreachable for a moment: look again at the next tick.
    );
    held.renew().catch(() => undefined);
  }, state.pollMs);
  try {
    await runner(job, controller.signal);
  } finally {
    clearInterval(watch);
    state.running.delete(stored.id!);
    await held.release();
  }
  // Stopped by a shutdown, not by a newer head: back to the queue for another replica, without using up an
  // attempt (a few deploys in a row must not fail a review for good).
  if (state.stopping && controller.signal.aborted && (await isLatest())) {
    await stored.moveToDelayed(Date.now() + 100, token);
    throw new DelayedError(`review of ${job.pullRequest} handed back: ${state.stopping}`);
  }
  return "ran";
}
