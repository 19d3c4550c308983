// The check run's lifecycle as one object: created → in progress → completed exactly once, whichever path
// (verdict, error, cancellation, deadline) gets there first.
import {
  CHECK_NAME,
  type CheckAnnotation,
  type CheckRunConclusion,
  completeCheckRun,
  findAppSlug,
  startCheckRun,
} from "../adapters/github/check-run.js";
import type { GitHubClient } from "../adapters/github/octokit.js";
import type { Logger } from "../ports.js";

export interface ReviewCheckTarget {
  owner: string;
  repo: string;
  headSha: string;
  /** Login the token acts as: an unfinished run is reused only when its app created it. */
  identity: string;
  detailsUrl?: string;
}

export interface CheckCompletion {
  conclusion: CheckRunConclusion;
  title: string;
  summary: string;
  text?: string;
  annotations?: CheckAnnotation[];
}

export interface ReviewCheck {
  /** The run's id once started. */
  readonly id: number | undefined;
  /** True from the moment a completion was sent (even while it is still being retried). */
  readonly completed: boolean;
  /** Starts (or reuses) the in-progress run on the head SHA. */
  start(): Promise<number>;
  /** Completes the run; only the first call writes, later calls wait for that one. */
  complete(output: CheckCompletion): Promise<void>;
  /** Completes the run as `cancelled` with the reason; never throws. */
  cancel(reason: string, logger: Logger): Promise<void>;
  /** Resolves once a completion in flight has settled (at once when there is none). */
  settled(): Promise<void>;
}

export function createReviewCheck(client: GitHubClient, target: ReviewCheckTarget): ReviewCheck {
  let id: number | undefined;
  let completion: Promise<void> | undefined;
  const appSlug = findAppSlug(target.identity);
  const check: ReviewCheck = {
    get id() {
      return id;
    },
    get completed() {
      return completion !== undefined;
    },
    async start() {
      const run = await startCheckRun(client, {
        owner: target.owner,
        repo: target.repo,
        headSha: target.headSha,
        name: CHECK_NAME,
        ...(appSlug ? { appSlug } : {}),
        ...(target.detailsUrl ? { detailsUrl: target.detailsUrl } : {}),
      });
      id = run.id;
      return run.id;
    },
    complete(output) {
      if (completion) return completion;
      if (id === undefined) return Promise.reject(new Error("the check run was never started"));
      completion = completeCheckRun(client, {
        owner: target.owner,
        repo: target.repo,
        checkRunId: id,
        ...output,
      });
      return completion;
    },
    async cancel(reason, logger) {
      if (completion || id === undefined) return;
      await check
        .complete({
          conclusion: "cancelled",
          title: "Cancelled",
          summary: `This review was not finished: ${reason}. Re-run it to get a verdict.`,
          annotations: [],
        })
        .catch((error: unknown) =>
          logger.warn(`could not cancel check run ${id}: ${(error as Error).message}`),
        );
    },
    settled: () =>
      (completion ?? Promise.resolve()).then(
        () => undefined,
        () => undefined,
      ),
  };
  return check;
}
