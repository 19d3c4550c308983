// `mode: review`: the pull request of a pull_request / pull_request_target event, from plan to outcome.

import { createActionResponseCache } from "../adapters/actions-response-cache.js";
import { findAppSlug } from "../adapters/github/check-run.js";
import { createGitHubPublisher } from "../adapters/github/github-publisher.js";
import { createTracingSession } from "../adapters/tracing/tracing-session.js";
import { loadConfig } from "../core/config/config.js";
import type { PullRequestRef } from "../ports.js";
import type { Publisher } from "../pr/publisher.js";
import { createReviewCheck } from "../pr/review-check.js";
import {
  buildCheckTarget,
  type PullRequestReviewOptions,
  reviewPullRequest,
} from "../pr/review-pull-request.js";
import {
  ACTIONS_BOT_LOGIN,
  type ActionRun,
  buildCacheDir,
  createActionOctokit,
  createModelFactory,
  findActionIdentity,
  findApiKey,
  type PullRequestRun,
} from "./action-deps.js";
import type { ActionContext, PullRequestPayload } from "./context.js";
import { type EventPlan, isForkPullRequest, planPullRequestEvent, requirePullRequest } from "./event-plan.js";
import { gateForkRun, runAwaitingLabel, runRestricted } from "./fork-gate.js";
import type { ActionOutcome } from "./outputs.js";
import { renderUnrelatedLabelSummary } from "./summaries.js";

export async function runReviewMode(run: ActionRun): Promise<ActionOutcome> {
  const { context, logger } = run;
  const payload = requirePullRequest(context.eventName, context.payload);
  const octokit = createActionOctokit(run);
  const publisher: Publisher = createGitHubPublisher(octokit);
  const pr = buildPullRequestRef(context, payload);
  // A fork's `pull_request` token is read-only: no check can be written, not even a failing one.
  if (context.eventName === "pull_request" && isForkPullRequest(payload)) {
    return handlePullRequestEvent({ ...run, publisher, identity: ACTIONS_BOT_LOGIN }, pr);
  }
  const identity = await findActionIdentity(octokit);
  const detailsUrl = context.runUrl ? { detailsUrl: context.runUrl } : {};
  const check = createReviewCheck(publisher, buildCheckTarget({ identity }, pr, detailsUrl), logger);
  // Whatever fails from here on (an invalid config at base included) completes the check as `failure`; a
  // cancelled run writes no failure: the check it started (if any) is completed as cancelled.
  return check.failOnError(
    () => handlePullRequestEvent({ ...run, publisher, identity, check }, pr),
    run.signal,
  );
}

async function handlePullRequestEvent(
  event: Omit<PullRequestRun, "config">,
  pr: PullRequestRef,
): Promise<ActionOutcome> {
  const { inputs, context, logger } = event;
  const reader = event.publisher.readRepository(context, logger);
  const { config } = await loadConfig(reader, pr.baseSha, inputs.config);
  const plan = planPullRequestEvent({
    eventName: context.eventName,
    payload: context.payload,
    config,
    hasApiKey: findApiKey(inputs, config) !== undefined,
    dryRun: inputs["dry-run"],
  });
  const run = { ...event, config };
  const payload = requirePullRequest(context.eventName, context.payload);
  const forkTarget = context.eventName === "pull_request_target" && isForkPullRequest(payload);
  // Every fork event passes the gate, a push without the run label too: the push must still void an accept label.
  if (forkTarget && plan.kind !== "restricted") {
    const forkEvent = { ...context.payload, pull_request: payload };
    return gateForkRun(run, pr, forkEvent, () => followPlan(run, pr, plan));
  }
  return followPlan(run, pr, plan);
}

async function followPlan(run: PullRequestRun, pr: PullRequestRef, plan: EventPlan): Promise<ActionOutcome> {
  const review = () => runPullRequestReview(run, pr, {});
  switch (plan.kind) {
    case "restricted":
      return runRestricted(run, pr, plan, review);
    case "await-run-label":
      return runAwaitingLabel(run, pr, { label: plan.label, review });
    case "unrelated-label": {
      const appSlug = findAppSlug(run.identity);
      const check = await run.publisher.findLatestCheck({
        owner: pr.owner,
        repo: pr.repo,
        headSha: pr.headSha,
        ...(appSlug ? { appSlug } : {}),
      });
      // A review cancelled by a newer event (concurrency group) leaves no finished check: finish it now.
      if (check?.status === "completed") {
        const notice = `label ${plan.label} is not promptgate's: the check on ${pr.headSha.slice(0, 7)} stands`;
        const summary = renderUnrelatedLabelSummary(plan.label, pr.headSha, check.conclusion);
        return { summary, notice, checkRunId: check.id, pullNumber: pr.number };
      }
      return review();
    }
    case "review":
      return runPullRequestReview(run, pr, {
        ...(plan.acceptedBy ? { acceptedBy: plan.acceptedBy } : {}),
        ...(plan.newPush ? { newPush: plan.newPush } : {}),
      });
  }
}

/** Reviews and publishes with the Action's adapters (model, response cache across runs, tracing). */
export async function runPullRequestReview(
  run: PullRequestRun,
  pr: PullRequestRef,
  options: Pick<PullRequestReviewOptions, "acceptedBy" | "newPush">,
): Promise<ActionOutcome> {
  const { inputs, context, logger, config } = run;
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
    publisher: run.publisher,
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
    ...(run.check ? { check: run.check } : {}),
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

export function buildPullRequestRef(context: ActionContext, payload: PullRequestPayload): PullRequestRef {
  return {
    owner: context.owner,
    repo: context.repo,
    number: payload.number,
    baseSha: payload.base.sha,
    headSha: payload.head.sha,
    labels: payload.labels.map((label) => label.name),
    baseRef: payload.base.ref,
    headRef: payload.head.ref,
  };
}
