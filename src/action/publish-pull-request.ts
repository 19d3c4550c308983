// Reviews one pull request with the Action's adapters (model, response cache across runs) and publishes it.
import type { GitHubClient } from "../adapters/github/octokit.js";
import { createTracingSession } from "../adapters/tracing/tracing-session.js";
import type { Config } from "../core/config/config-schema.js";
import {
  type PullRequestRef,
  type PullRequestReviewOptions,
  reviewPullRequest,
} from "../pr/review-pull-request.js";
import { type ActionRun, buildCacheDir, createModelFactory } from "./action-deps.js";
import type { ActionOutcome } from "./outputs.js";
import { createActionResponseCache } from "./response-cache.js";

export interface PublishRun extends ActionRun {
  octokit: GitHubClient;
  /** Login the token acts as (author of the sticky comment, app of the check run). */
  identity: string;
  /** The config at base, already loaded. */
  config: Config;
}

export async function publishPullRequestReview(
  run: PublishRun,
  pr: PullRequestRef,
  options: Pick<PullRequestReviewOptions, "acceptedBy" | "newPush">,
): Promise<ActionOutcome> {
  const { inputs, context, logger, octokit, config } = run;
  const responses = createActionResponseCache({
    dir: buildCacheDir(context),
    baseSha: pr.baseSha,
    headSha: pr.headSha,
    logger,
    redact: run.redact.content,
  });
  const tracing = createTracingSession({
    env: process.env,
    logger,
    redact: run.redact,
    ...(inputs["otlp-endpoint"] ? { otlpEndpoint: inputs["otlp-endpoint"] } : {}),
    ...(inputs["otlp-headers"] ? { otlpHeaders: inputs["otlp-headers"] } : {}),
  });
  const deps = {
    octokit,
    identity: run.identity,
    logger,
    createModel: createModelFactory(inputs, run.redact),
    createCache: () => responses.cache,
    cacheMode: "use" as const,
    createTracer: tracing.createTracer,
    recordExperiments: tracing.recordExperiments,
    ...(run.signal ? { signal: run.signal } : {}),
    deadline: run.deadline,
  };
  const result = await reviewPullRequest(deps, pr, {
    dryRun: inputs["dry-run"],
    comment: inputs.comment,
    config,
    shell: "action",
    ...options,
    ...(context.runUrl ? { detailsUrl: context.runUrl } : {}),
  }).finally(() => responses.save());
  if (result.report) {
    await tracing.finish({ report: result.report, repo: `${pr.owner}/${pr.repo}`, pullRequest: pr.number });
  }
  return {
    ...(result.report ? { report: result.report } : {}),
    ...(result.conclusion ? { conclusion: result.conclusion } : {}),
    ...(result.checkRunId !== undefined ? { checkRunId: result.checkRunId } : {}),
    ...(result.commentUrl ? { commentUrl: result.commentUrl } : {}),
    summary: result.commentBody ?? "",
    pullNumber: pr.number,
    acceptLabel: config.labels.accept,
    ...(result.stale
      ? { stale: true, notice: `promptgate did not publish this review: ${result.stale}` }
      : {}),
  };
}
