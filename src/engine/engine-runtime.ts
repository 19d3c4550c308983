// Time and chance for the engine, injectable so tests of backoff and rate limits run in milliseconds.
import { type BackoffOptions, defaultBackoff } from "./retry-policy.js";
import { sleepUnlessAborted } from "./sleep.js";

export interface EngineRuntime {
  now: () => number;
  /** Resolves after `ms`, or early (without throwing) when `signal` aborts. */
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  random: () => number;
  backoff: BackoffOptions;
  /** Successes in a row that raise a rate-limited concurrency by one. */
  successesPerStep?: number;
}

export const realRuntime: EngineRuntime = {
  now: () => Date.now(),
  sleep: sleepUnlessAborted,
  random: Math.random,
  backoff: defaultBackoff,
};

/** The real clock, sleep, randomness and backoff, with whatever a test supplied in their place. */
export function resolveRuntime(runtime: Partial<EngineRuntime>): EngineRuntime {
  return {
    now: runtime.now ?? realRuntime.now,
    sleep: runtime.sleep ?? realRuntime.sleep,
    random: runtime.random ?? realRuntime.random,
    backoff: runtime.backoff ?? realRuntime.backoff,
    successesPerStep: runtime.successesPerStep,
  };
}
