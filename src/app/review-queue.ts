// One review per pull request at a time: a newer trigger aborts the one in flight; installations share a cap.
import pLimit, { type LimitFunction } from "p-limit";
import { ReviewStopped } from "../pr/review-stop.js";
import type { StoredReview } from "./enqueue-review.js";

export interface ReviewJob {
  installationId: number;
  /** `owner/repo#number`, case-insensitive. */
  pullRequest: string;
  headSha: string;
  /**
   * Join a review of the same head that is already queued or running instead of superseding it (a PR the
   * app just opened also arrives as a webhook; `/promptgate rerun` repeated while one runs). Pushes and label
   * changes supersede: they change what the review must say.
   */
  join?: boolean;
  /** What to review, as data: a durable queue stores this, since a closure cannot outlive the process. */
  review?: StoredReview;
}

/**
 * What became of a job: it ran, it shared a run of the same head, a newer trigger replaced it first, or (on a
 * durable queue) it is stored and some replica will run it.
 */
export type ReviewJobOutcome = "ran" | "joined" | "superseded" | "queued";

/** Runs a job a durable queue read back from storage, perhaps queued by another replica or a crashed one. */
export type StoredReviewRunner = (job: ReviewJob, signal: AbortSignal) => Promise<void>;

export interface ReviewQueue {
  /**
   * Runs `task` once the PR's earlier review has settled, aborting that one first. `signal` aborts when a newer
   * trigger supersedes this run, which then must write nothing.
   */
  enqueue(job: ReviewJob, task: (signal: AbortSignal) => Promise<void>): Promise<ReviewJobOutcome>;
  /** Resolves when no review is queued or running (tests, shutdown). */
  idle(): Promise<void>;
  /** Aborts every queued and running review (shutdown). */
  abortAll(reason: string): void;
  /** A durable queue runs stored jobs with `runner` (the in-memory queue runs each job's own task). */
  serve?(runner: StoredReviewRunner): void;
  /** Releases connections (a durable queue). */
  close?(): Promise<void>;
}

interface Entry {
  headSha: string;
  controller: AbortController;
  done: Promise<ReviewJobOutcome>;
}

export const DEFAULT_REVIEWS_PER_INSTALLATION = 2;

export function createReviewQueue(options: { perInstallation?: number } = {}): ReviewQueue {
  const perInstallation = options.perInstallation ?? DEFAULT_REVIEWS_PER_INSTALLATION;
  const limits = new Map<number, LimitFunction>();
  const latest = new Map<string, Entry>();
  const running = new Set<Promise<unknown>>();

  const limitOf = (installationId: number) => {
    let limit = limits.get(installationId);
    if (!limit) {
      limit = pLimit(perInstallation);
      limits.set(installationId, limit);
    }
    return limit;
  };

  const enqueue: ReviewQueue["enqueue"] = (job, task) => {
    const key = job.pullRequest.toLowerCase();
    const previous = latest.get(key);
    if (job.join && previous && !previous.controller.signal.aborted && previous.headSha === job.headSha) {
      return previous.done.then(() => "joined" as const);
    }
    previous?.controller.abort(new Error(`superseded by a newer review of ${job.pullRequest}`));
    const controller = new AbortController();
    const run = async (): Promise<ReviewJobOutcome> => {
      // Strictly one review per PR: wait until the superseded one has stopped (it writes nothing more).
      await previous?.done.catch(() => undefined);
      return limitOf(job.installationId)(async () => {
        if (controller.signal.aborted) return "superseded";
        await task(controller.signal);
        return "ran";
      });
    };
    const entry: Entry = { headSha: job.headSha, controller, done: run() };
    latest.set(key, entry);
    const settled = entry.done.then(
      () => undefined,
      () => undefined,
    );
    running.add(settled);
    void settled.then(() => {
      running.delete(settled);
      if (latest.get(key) === entry) latest.delete(key);
    });
    return entry.done;
  };

  return {
    enqueue,
    async idle() {
      while (running.size > 0) await Promise.all([...running]);
    },
    abortAll(reason) {
      // A shutdown cancels: the checks say so, unlike a newer push that supersedes.
      for (const entry of latest.values()) entry.controller.abort(new ReviewStopped("cancelled", reason));
    },
  };
}
