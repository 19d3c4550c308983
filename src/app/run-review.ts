// Queues one pull-request review in the app: the shared review flow, made cancellable and fail-safe.
import type { GitHubClient } from "../adapters/github/octokit.js";
import type { Config } from "../core/config-schema.js";
import type { Cache } from "../engine/cache.js";
import type { Model } from "../engine/model.js";
import type { Logger } from "../ports.js";
import {
  type PullRequestRef,
  type PullRequestReviewResult,
  reviewPullRequest,
} from "../pr/review-pull-request.js";
import { withReviewSignal } from "./abortable-model.js";
import { cancelCheck, completeFailedCheck, watchCheckCompletion } from "./check-guard.js";
import type { ReviewJobOutcome, ReviewQueue } from "./review-queue.js";

/** What every review in this process shares. */
export interface AppServices {
  queue: ReviewQueue;
  /** The app's bot login (`<slug>[bot]`): author of the sticky comment, and whose events are ignored. */
  botLogin: () => Promise<string>;
  createModel: (config: Config) => Model;
  createCache: (config: Config) => Cache;
  logger: Logger;
}

/** One installation's view of one repository, from a webhook's context. */
export interface RepoContext {
  octokit: GitHubClient;
  installationId: number;
  owner: string;
  repo: string;
  logger: Logger;
}

export interface ReviewTrigger {
  /** Join a review of the same head already in line instead of superseding it. */
  join?: boolean;
  /** Who accepted the review (the accept label's author), recorded in the comment. */
  acceptedBy?: string;
  /** Why this review runs, for the log. */
  reason: string;
}

export interface AppReviewOutcome {
  job: ReviewJobOutcome;
  result?: PullRequestReviewResult;
  error?: unknown;
}

/** Reviews `pr` once its earlier review has stopped; never throws (failures end on the check and in the log). */
export async function enqueueReview(
  services: AppServices,
  ctx: RepoContext,
  pr: PullRequestRef,
  trigger: ReviewTrigger,
): Promise<AppReviewOutcome> {
  const outcome: AppReviewOutcome = { job: "superseded" };
  const job = {
    installationId: ctx.installationId,
    pullRequest: `${pr.owner}/${pr.repo}#${pr.number}`,
    headSha: pr.headSha,
  };
  outcome.job = await services.queue.enqueue(
    { ...job, ...(trigger.join ? { join: true } : {}) },
    async (signal) => {
      ctx.logger.info(`reviewing ${job.pullRequest} at ${pr.headSha.slice(0, 7)} (${trigger.reason})`);
      const watched = watchCheckCompletion(ctx.octokit);
      try {
        outcome.result = await reviewPullRequest(
          {
            octokit: watched.client,
            identity: await services.botLogin(),
            logger: ctx.logger,
            createModel: (config) => withReviewSignal(services.createModel(config), signal),
            createCache: services.createCache,
            cacheMode: "use",
            signal,
          },
          pr,
          { dryRun: false, comment: true, ...(trigger.acceptedBy ? { acceptedBy: trigger.acceptedBy } : {}) },
        );
        await finishStale(ctx, outcome.result);
        logResult(ctx.logger, job.pullRequest, outcome.result);
      } catch (error) {
        outcome.error = error;
        ctx.logger.warn(`review of ${job.pullRequest} failed: ${(error as Error).message ?? String(error)}`);
        if (!watched.completedCheck() && !signal.aborted) {
          await completeFailedCheck(ctx.octokit, { ...pr, error }, ctx.logger);
        }
      }
    },
  );
  return outcome;
}

/** A run left in progress by a superseded review is completed as cancelled; a finished one is left alone. */
async function finishStale(ctx: RepoContext, result: PullRequestReviewResult): Promise<void> {
  if (!result.stale || result.checkRunId === undefined || result.conclusion !== undefined) return;
  await cancelCheck(
    ctx.octokit,
    { owner: ctx.owner, repo: ctx.repo, checkRunId: result.checkRunId, reason: result.stale },
    ctx.logger,
  );
}

function logResult(logger: Logger, pullRequest: string, result: PullRequestReviewResult): void {
  if (result.stale) logger.info(`review of ${pullRequest} dropped: ${result.stale}`);
  else
    logger.info(
      `review of ${pullRequest}: ${result.report?.verdict ?? "?"} → check ${result.conclusion ?? "?"}`,
    );
}
