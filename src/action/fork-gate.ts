// Pull requests the Action may not spend on yet (forks waiting for the run label, Dependabot without a key):
// their required check still appears — `success` when no prompt changed, otherwise queued with what is missing.
import { findAppSlug, upsertPendingCheckRun } from "../adapters/github/check-run.js";
import { MissingPermissionError } from "../adapters/github/errors.js";
import { createGitHubRepoReader } from "../adapters/github/github-repo-reader.js";
import type { GitHubClient } from "../adapters/github/octokit.js";
import { isHeadCurrent } from "../adapters/github/pull-request.js";
import { noCache } from "../engine/cache.js";
import type { PullRequestRef } from "../pr/review-pull-request.js";
import { hasPromptChanges, runReview } from "../pr/run-review.js";
import type { ActionOutcome } from "./outputs.js";
import { type PublishRun, publishPullRequestReview } from "./publish-pull-request.js";
import { renderAwaitingLabelSummary, renderRestrictedSummary } from "./summaries.js";

/**
 * A fork PR under `pull_request_target` without the run label. Listing its changed files costs no model
 * call: without prompt changes the normal review completes the check as `success`; with them the check waits,
 * queued (never `neutral`, which branch protection counts as passing), until the label's run completes it.
 */
export async function runAwaitingLabel(
  run: PublishRun,
  pr: PullRequestRef,
  label: string,
): Promise<ActionOutcome> {
  const reader = createGitHubRepoReader(run.octokit, pr, { logger: run.logger });
  if (!(await hasPromptChanges(reader, pr, run.config))) return publishPullRequestReview(run, pr, {});
  const notice = `#${pr.number} is a fork pull request that changes prompts: add the ${label} label to review it`;
  const summary = renderAwaitingLabelSummary(label, pr.number);
  if (await headMoved(run.octokit, pr)) return { summary, notice, pullNumber: pr.number, stale: true };
  const check = await writePendingCheck(run, pr, {
    title: `Waiting for a maintainer to add the ${label} label`,
    summary,
  });
  return { summary, notice, checkRunId: check.id, pullNumber: pr.number };
}

/**
 * No secrets: a dry run read through the API, reported in the job summary. A fork's token cannot write at
 * all. Dependabot's can when the workflow grants it: then its check shows up too, and when the token is
 * read-only after all, the job summary is still written.
 */
export async function runRestricted(
  run: PublishRun,
  pr: PullRequestRef,
  restriction: { reason: string; source: "fork" | "dependabot" },
): Promise<ActionOutcome> {
  const repo = createGitHubRepoReader(run.octokit, pr, { logger: run.logger });
  const report = await runReview(
    { repo, logger: run.logger, createCache: () => noCache, cacheMode: "off" },
    pr,
    {
      dryRun: true,
      config: run.config,
    },
  );
  const notice = `promptgate reviewed #${pr.number} as a dry run only: ${restriction.reason}`;
  const outcome = {
    report,
    summary: renderRestrictedSummary(restriction.reason, report),
    notice,
    pullNumber: pr.number,
  };
  if (restriction.source === "fork") return outcome;
  try {
    if (report.prompts.length === 0) return await publishPullRequestReview(run, pr, {});
    if (await headMoved(run.octokit, pr)) return outcome;
    const check = await writePendingCheck(run, pr, {
      title: "Waiting for a review with an API key",
      summary:
        "Dependabot runs get no Actions secrets, so promptgate could not run the eval sets of the changed " +
        "prompts. Add the API key as a Dependabot secret and re-run the job, or review this pull request " +
        "with the promptgate App.",
    });
    return { ...outcome, checkRunId: check.id };
  } catch (error) {
    if (!(error instanceof MissingPermissionError)) throw error;
    run.logger.warn(
      `no promptgate check on #${pr.number}: the token is read-only (${error.permission} missing)`,
    );
    return outcome;
  }
}

function writePendingCheck(run: PublishRun, pr: PullRequestRef, output: { title: string; summary: string }) {
  const appSlug = findAppSlug(run.identity);
  return upsertPendingCheckRun(run.octokit, {
    owner: pr.owner,
    repo: pr.repo,
    headSha: pr.headSha,
    ...output,
    ...(appSlug ? { appSlug } : {}),
    ...(run.context.runUrl ? { detailsUrl: run.context.runUrl } : {}),
  });
}

/** Every write first checks that the PR head is still the SHA this run is about. */
async function headMoved(client: GitHubClient, pr: PullRequestRef): Promise<boolean> {
  return !(await isHeadCurrent(client, pr, pr.headSha));
}
