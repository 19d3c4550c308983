// `mode: review`: the pull request of a pull_request / pull_request_target event, from plan to outcome.

import { createGitHubRepoReader } from "../adapters/github/github-repo-reader.js";
import type { GitHubOctokit } from "../adapters/github/octokit.js";
import { loadConfig } from "../core/config.js";
import type { Config } from "../core/config-schema.js";
import { noCache } from "../engine/cache.js";
import type { Logger } from "../ports.js";
import { findLatestCheckRun } from "../pr/find-check-run.js";
import type { PullRequestRef } from "../pr/review-pull-request.js";
import { runReview } from "../pr/run-review.js";
import { type ActionRun, createActionOctokit, findApiKey } from "./action-deps.js";
import type { ActionContext, PullRequestPayload } from "./context.js";
import { planPullRequestEvent, requirePullRequest } from "./event-plan.js";
import type { ActionOutcome } from "./outputs.js";
import { publishPullRequestReview } from "./publish-pull-request.js";
import {
  renderAwaitingLabelSummary,
  renderRestrictedSummary,
  renderUnrelatedLabelSummary,
} from "./summaries.js";

export async function runReviewMode(run: ActionRun): Promise<ActionOutcome> {
  const { inputs, context, logger } = run;
  const payload = requirePullRequest(context.eventName, context.payload);
  const octokit = createActionOctokit(inputs, context, logger);
  const pr = buildPullRequestRef(context, payload);
  const reader = createGitHubRepoReader(octokit, context, { logger });
  const { config } = await loadConfig(reader, pr.baseSha, inputs.config);
  const plan = planPullRequestEvent({
    eventName: context.eventName,
    payload: context.payload,
    config,
    hasApiKey: findApiKey(inputs, config) !== undefined,
    dryRun: inputs["dry-run"],
  });
  switch (plan.kind) {
    case "restricted":
      return runRestricted(octokit, pr, config, plan.reason, logger);
    case "await-run-label": {
      const notice = `#${pr.number} is a fork pull request: add the ${plan.label} label to review it`;
      return { summary: renderAwaitingLabelSummary(plan.label, pr.number), notice, pullNumber: pr.number };
    }
    case "unrelated-label": {
      const check = await findLatestCheckRun(octokit, {
        owner: pr.owner,
        repo: pr.repo,
        headSha: pr.headSha,
      });
      // A review cancelled by a newer event (concurrency group) leaves no finished check: finish it now.
      if (check?.status === "completed") {
        const notice = `label ${plan.label} is not promptgate's: the check on ${pr.headSha.slice(0, 7)} stands`;
        const summary = renderUnrelatedLabelSummary(plan.label, pr.headSha, check.conclusion);
        return { summary, notice, checkRunId: check.id, pullNumber: pr.number };
      }
      return publishPullRequestReview({ ...run, octokit, config }, pr, {});
    }
    case "review":
      return publishPullRequestReview(
        { ...run, octokit, config },
        pr,
        plan.acceptedBy ? { acceptedBy: plan.acceptedBy } : {},
      );
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

/** No secrets, read-only token: a dry run read through the API, reported in the job summary only. */
async function runRestricted(
  octokit: GitHubOctokit,
  pr: PullRequestRef,
  config: Config,
  reason: string,
  logger: Logger,
): Promise<ActionOutcome> {
  const repo = createGitHubRepoReader(octokit, pr, { logger });
  const report = await runReview({ repo, logger, createCache: () => noCache, cacheMode: "off" }, pr, {
    dryRun: true,
    config,
  });
  const notice = `promptgate reviewed #${pr.number} as a dry run only: ${reason}`;
  return { report, summary: renderRestrictedSummary(reason, report), notice, pullNumber: pr.number };
}
