// Queues one pull-request review in the App and runs it when its turn comes: cancellable, and fail-safe on its check.

import { createGitHubPublisher } from "../adapters/github/github-publisher.js";
import type { GitHubClient } from "../adapters/github/octokit.js";
import type { PullRequestInfo } from "../adapters/github/pull-request.js";
import { createResilientClient } from "../adapters/github/resilient-client.js";
import { createTracingSession } from "../adapters/tracing/tracing-session.js";
import type { Config } from "../core/config/config-schema.js";
import { createRedactor, listEnvSecrets, type Redactor } from "../core/redact.js";
import type { Cache } from "../engine/cache.js";
import type { Model } from "../engine/model.js";
import type {
  Logger,
  PullRequestRef,
  ReviewJobOutcome,
  ReviewQueue,
  ReviewTrigger,
  StoredReview,
} from "../ports.js";
import { forkRunTrigger } from "../pr/fork-run-gate.js";
import type { Publisher } from "../pr/publisher.js";
import { createReviewCheck } from "../pr/review-check.js";
import {
  buildCheckTarget,
  type PullRequestReviewDeps,
  type PullRequestReviewResult,
  reviewPullRequest,
} from "../pr/review-pull-request.js";
import { createDeadline } from "../pr/review-stop.js";
import { holdUnapprovedFork } from "./fork-hold.js";

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
  /** The installation's client: a queued review wraps it to retry writes until its deadline. */
  octokit: GitHubClient;
  /** Every GitHub read and write of a command or a webhook handler. */
  publisher: Publisher;
  installationId: number;
  owner: string;
  repo: string;
  logger: Logger;
}

export interface AppReviewOutcome {
  job: ReviewJobOutcome;
  result?: PullRequestReviewResult;
  error?: unknown;
}

/** The review's view of a pull request read through the API. */
export function toPullRequestRef(ctx: RepoContext, pr: PullRequestInfo): PullRequestRef {
  return {
    owner: ctx.owner,
    repo: ctx.repo,
    number: pr.number,
    baseSha: pr.baseSha,
    headSha: pr.headSha,
    labels: pr.labels,
  };
}

/**
 * Reviews `pr` once its earlier review has stopped (a durable queue: stores it and answers `queued`); never throws
 * (failures end on the check and in the log).
 */
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
    { ...job, ...(trigger.join ? { join: true } : {}), review: { pr, trigger } },
    (signal) => runQueuedReview(services, ctx, { pr, trigger }, signal, outcome),
  );
  return outcome;
}

/** Runs one review now; `outcome` receives its result or error. Never throws. */
export async function runQueuedReview(
  services: AppServices,
  ctx: RepoContext,
  { pr, trigger }: StoredReview,
  signal: AbortSignal,
  outcome: AppReviewOutcome = { job: "ran" },
): Promise<void> {
  const pullRequest = `${pr.owner}/${pr.repo}#${pr.number}`;
  ctx.logger.info(`reviewing ${pullRequest} at ${pr.headSha.slice(0, 7)} (${trigger.reason})`);
  // Each review has its own deadline (its length comes from the base config); writes retry until it.
  const deadline = createDeadline();
  // The operator's collector (OTEL_EXPORTER_OTLP_*), never one a repository's config names.
  const tracing = createTracingSession({
    env: process.env,
    logger: ctx.logger,
    redact: processRedactor(),
    trustConfig: false,
  });
  const client = createResilientClient(ctx.octokit, {
    redact: processRedactor().content,
    deadline: deadline.at,
    lastDeadline: deadline.lastAt,
    logger: ctx.logger,
  });
  const publisher: Publisher = createGitHubPublisher(client);
  try {
    const identity = await services.botLogin();
    const deps = {
      publisher,
      identity,
      logger: ctx.logger,
      createModel: services.createModel,
      createCache: services.createCache,
      createTracer: tracing.createTracer,
      cacheMode: "use" as const,
      signal,
      deadline,
    };
    outcome.result = await holdOrReview(deps, pr, trigger);
    logResult(ctx.logger, pullRequest, outcome.result);
    const report = outcome.result.report;
    if (report) await tracing.finish({ report, repo: `${pr.owner}/${pr.repo}`, pullRequest: pr.number });
  } catch (error) {
    outcome.error = error;
    const message = (error as Error).message ?? String(error);
    ctx.logger.warn(`review of ${pullRequest} failed: ${processRedactor()(message)}`);
  } finally {
    deadline.dispose();
  }
}

/**
 * An unapproved fork's head waits; any other head is reviewed. The check fails on whatever throws, also
 * before it exists (an invalid config at base).
 */
function holdOrReview(
  deps: PullRequestReviewDeps,
  pr: PullRequestRef,
  trigger: ReviewTrigger,
): Promise<PullRequestReviewResult> {
  const check = createReviewCheck(deps.publisher, buildCheckTarget(deps, pr, {}), deps.logger);
  const options = {
    dryRun: false,
    comment: true,
    shell: "app" as const,
    check,
    ...(trigger.acceptedBy ? { acceptedBy: trigger.acceptedBy } : {}),
    ...(trigger.newPush ? { newPush: trigger.newPush } : {}),
  };
  return check.failOnError(async () => {
    const gate = await holdUnapprovedFork(deps, pr, forkRunTrigger(trigger), check);
    // A fork's base config was read by the gate: the review does not read it again.
    return (
      gate.held ?? reviewPullRequest(deps, pr, gate.config ? { ...options, config: gate.config } : options)
    );
  }, deps.signal);
}

function logResult(logger: Logger, pullRequest: string, result: PullRequestReviewResult): void {
  if (result.stale) logger.info(`review of ${pullRequest} dropped: ${result.stale}`);
  else if (result.waiting) logger.info(`review of ${pullRequest} waits: ${result.waiting}`);
  else
    logger.info(
      `review of ${pullRequest}: ${result.report?.verdict ?? "?"} → check ${result.conclusion ?? "?"}`,
    );
}

let redactor: Redactor | undefined;

/** The secrets this process holds (key, webhook secret, private key…): none may reach a comment or the log. */
function processRedactor(): Redactor {
  redactor ??= createRedactor(listEnvSecrets(process.env));
  return redactor;
}
