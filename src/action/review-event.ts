// `mode: review`: the pull request of a pull_request / pull_request_target event, from plan to outcome.
import { findAppSlug } from "../adapters/github/check-run.js";
import { createGitHubRepoReader } from "../adapters/github/github-repo-reader.js";
import type { GitHubClient } from "../adapters/github/octokit.js";
import { loadConfig } from "../core/config/config.js";
import { guardCheck } from "../pr/check-guard.js";
import { findLatestCheckRun } from "../pr/find-check-run.js";
import type { PullRequestRef } from "../pr/review-pull-request.js";
import {
  ACTIONS_BOT_LOGIN,
  type ActionRun,
  createActionOctokit,
  findActionIdentity,
  findApiKey,
} from "./action-deps.js";
import type { ActionContext, PullRequestPayload } from "./context.js";
import { type EventPlan, isForkPullRequest, planPullRequestEvent, requirePullRequest } from "./event-plan.js";
import { gateForkRun, runAwaitingLabel, runRestricted } from "./fork-gate.js";
import type { ActionOutcome } from "./outputs.js";
import { type PublishRun, publishPullRequestReview } from "./publish-pull-request.js";
import { renderUnrelatedLabelSummary } from "./summaries.js";

export async function runReviewMode(run: ActionRun): Promise<ActionOutcome> {
  const { context, logger } = run;
  const payload = requirePullRequest(context.eventName, context.payload);
  const octokit = createActionOctokit(run);
  const pr = buildPullRequestRef(context, payload);
  // A fork's `pull_request` token is read-only: no check can be written, not even a failing one.
  if (context.eventName === "pull_request" && isForkPullRequest(payload)) {
    return reviewEvent(run, octokit, pr, ACTIONS_BOT_LOGIN);
  }
  const identity = await findActionIdentity(octokit);
  // Whatever fails from here on (an invalid config at base included) completes the check as `failure`.
  const target = { ...pr, identity, ...(context.runUrl ? { detailsUrl: context.runUrl } : {}) };
  // A cancelled run writes no failure: the check it started (if any) is completed as cancelled.
  return guardCheck(octokit, target, logger, (client) => reviewEvent(run, client, pr, identity), run.signal);
}

async function reviewEvent(
  run: ActionRun,
  octokit: GitHubClient,
  pr: PullRequestRef,
  identity: string,
): Promise<ActionOutcome> {
  const { inputs, context, logger } = run;
  const reader = createGitHubRepoReader(octokit, context, { logger });
  const { config } = await loadConfig(reader, pr.baseSha, inputs.config);
  const plan = planPullRequestEvent({
    eventName: context.eventName,
    payload: context.payload,
    config,
    hasApiKey: findApiKey(inputs, config) !== undefined,
    dryRun: inputs["dry-run"],
  });
  const publish = { ...run, octokit, identity, config };
  const payload = requirePullRequest(context.eventName, context.payload);
  const forkTarget = context.eventName === "pull_request_target" && isForkPullRequest(payload);
  // Every fork event passes the gate, a push without the run label too: the push must still void an accept label.
  if (forkTarget && plan.kind !== "restricted") {
    const event = { ...context.payload, pull_request: payload };
    return gateForkRun(publish, pr, event, () => reviewPlanned(publish, pr, plan));
  }
  return reviewPlanned(publish, pr, plan);
}

async function reviewPlanned(
  publish: PublishRun,
  pr: PullRequestRef,
  plan: EventPlan,
): Promise<ActionOutcome> {
  const { octokit, identity } = publish;
  switch (plan.kind) {
    case "restricted":
      return runRestricted(publish, pr, plan);
    case "await-run-label":
      return runAwaitingLabel(publish, pr, plan.label);
    case "unrelated-label": {
      const appSlug = findAppSlug(identity);
      const check = await findLatestCheckRun(octokit, {
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
      return publishPullRequestReview(publish, pr, {});
    }
    case "review":
      return publishPullRequestReview(publish, pr, {
        ...(plan.acceptedBy ? { acceptedBy: plan.acceptedBy } : {}),
        ...(plan.newPush ? { newPush: plan.newPush } : {}),
      });
  }
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
