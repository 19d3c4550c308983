// Why a review stopped early, and the deadline that stops it: one reason type shared by the shells and the flow.
import { defaultConfig } from "../core/config/config-schema.js";

/**
 * `superseded`: a newer push owns the verdict, nothing more is written. `cancelled`: the run was stopped
 * (SIGINT/SIGTERM, server shutdown): the check and the comment say so. `deadline`: time is up: the review
 * publishes what it has, as partial.
 */
export type StopKind = "superseded" | "cancelled" | "deadline";

/** The abort reason promptgate's own signals carry; any other reason reads as `superseded`. */
export class ReviewStopped extends Error {
  constructor(
    readonly kind: StopKind,
    message: string,
  ) {
    super(message);
    this.name = "ReviewStopped";
  }
}

export function stopKindOf(signal: AbortSignal | undefined): StopKind | undefined {
  if (!signal?.aborted) return undefined;
  return signal.reason instanceof ReviewStopped ? signal.reason.kind : "superseded";
}

export function stopMessageOf(signal: AbortSignal): string {
  const reason: unknown = signal.reason;
  return reason instanceof Error ? reason.message : "superseded by a newer review of this pull request";
}

/** Default length of a review: the config's default (`review.deadlineMinutes`), until the config is read. */
export const DEFAULT_DEADLINE_MINUTES = defaultConfig.review.deadlineMinutes;

/** After the deadline, how long the final check update may still be retried: it is the last to give up. */
export const FINAL_UPDATE_GRACE_MS = 2 * 60_000;

export interface ReviewDeadline {
  /** Epoch ms when the review stops its calls and publishes what it has. */
  at(): number;
  /** Epoch ms until which the check's completion is still retried. */
  lastAt(): number;
  /** Aborts (with a `deadline` ReviewStopped) when the deadline passes. */
  readonly signal: AbortSignal;
  readonly minutes: number;
  /** Sets the length from the config, unless the shell fixed it (the Action's input wins). */
  configure(minutes: number): void;
  /** Clears the timer (the review ended first). */
  dispose(): void;
}

export function createDeadline(options: { minutes?: number; startedAt?: number } = {}): ReviewDeadline {
  const startedAt = options.startedAt ?? Date.now();
  const controller = new AbortController();
  const fixed = options.minutes !== undefined;
  let minutes = options.minutes ?? DEFAULT_DEADLINE_MINUTES;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    clearTimeout(timer);
    const wait = Math.max(0, startedAt + minutes * 60_000 - Date.now());
    timer = setTimeout(() => {
      const why = `the review reached its deadline of ${minutes} minute${minutes === 1 ? "" : "s"}`;
      controller.abort(new ReviewStopped("deadline", why));
    }, wait);
    // The deadline never keeps a finished process alive.
    timer.unref?.();
  };
  arm();
  return {
    at: () => startedAt + minutes * 60_000,
    lastAt: () => startedAt + minutes * 60_000 + FINAL_UPDATE_GRACE_MS,
    signal: controller.signal,
    get minutes() {
      return minutes;
    },
    configure(value) {
      if (fixed || value === minutes || controller.signal.aborted) return;
      minutes = value;
      arm();
    },
    dispose: () => clearTimeout(timer),
  };
}
