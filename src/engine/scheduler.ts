// Adaptive concurrency: a FIFO limiter whose limit halves on rate limits and climbs back after successes.
//
// p-limit runs the queue (FIFO on a linked list, limit settable at run time); this module only decides the
// limit. A call keeps its slot while it backs off between retries, so lowering the limit takes effect by
// holding back new starts rather than by pre-empting running calls.
import pLimit, { type LimitFunction } from "p-limit";

export interface SchedulerOptions {
  /** Upper bound, and the starting limit. */
  concurrency: number;
  /** Successes in a row that raise a lowered limit by one (additive increase after multiplicative decrease). */
  successesPerStep?: number;
  now: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export interface Scheduler {
  /** Runs `task` when a slot is free, in submission order. */
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Call before every attempt: waits out a cool-down a provider asked for. Returns the attempt's epoch. */
  beforeAttempt(signal?: AbortSignal): Promise<number>;
  /** A 429: halve the limit once per epoch (429s of attempts started before the last cut do not cut again). */
  onRateLimit(epoch: number, retryAfterMs: number | undefined): void;
  onSuccess(): void;
  /** Current limit (≤ the configured concurrency). */
  readonly limit: number;
  readonly active: number;
  readonly pending: number;
}

export const DEFAULT_SUCCESSES_PER_STEP = 5;

export function createScheduler(options: SchedulerOptions): Scheduler {
  const cap = Math.max(1, Math.floor(options.concurrency));
  const successesPerStep = options.successesPerStep ?? DEFAULT_SUCCESSES_PER_STEP;
  const limiter: LimitFunction = pLimit(cap);
  let epoch = 0;
  let streak = 0;
  let pausedUntil = 0;

  return {
    run: (task) => limiter(task),
    async beforeAttempt(signal) {
      const wait = pausedUntil - options.now();
      if (wait > 0) await options.sleep(wait, signal);
      return epoch;
    },
    onRateLimit(attemptEpoch, retryAfterMs) {
      if (retryAfterMs !== undefined && retryAfterMs > 0) {
        pausedUntil = Math.max(pausedUntil, options.now() + retryAfterMs);
      }
      streak = 0;
      if (attemptEpoch !== epoch) return;
      epoch += 1;
      limiter.concurrency = Math.max(1, Math.floor(limiter.concurrency / 2));
    },
    onSuccess() {
      if (limiter.concurrency >= cap) return;
      streak += 1;
      if (streak < successesPerStep) return;
      streak = 0;
      limiter.concurrency += 1;
    },
    get limit() {
      return limiter.concurrency;
    },
    get active() {
      return limiter.activeCount;
    },
    get pending() {
      return limiter.pendingCount;
    },
  };
}
