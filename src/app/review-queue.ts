// One review per pull request at a time: a newer trigger aborts the one in flight; installations share a cap.
import pLimit, { type LimitFunction } from "p-limit";
import type { ReviewJobOutcome, ReviewQueue } from "../ports.js";
import { ReviewStopped } from "../pr/review-stop.js";

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
