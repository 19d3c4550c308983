// Pull requests the Action may not spend on yet (forks waiting for the run label, Dependabot without a key):
// their required check still appears — `success` when no prompt changed, otherwise queued with what is missing.
import { MissingPermissionError } from "../adapters/github/errors.js";
import { toIsoTime } from "../adapters/github/pull-request.js";
import { noCache } from "../engine/cache.js";
import type { PullRequestRef } from "../ports.js";
import {
  buildForkRunQuery,
  decideForkRun,
  type ForkRunTrigger,
  forkRunTrigger,
} from "../pr/fork-run-gate.js";
import { readPullRequestEvent, toPullRequestEvent } from "../pr/pull-request-event.js";
import { hasPromptChanges, reviewPullRequestRange } from "../review/index.js";
import type { PullRequestRun } from "./action-deps.js";
import type { EventPayload, PullRequestPayload } from "./context.js";
import type { ActionOutcome } from "./outputs.js";
import { renderAwaitingLabelSummary, renderRestrictedSummary } from "./summaries.js";

/**
 * A fork PR under `pull_request_target` without the run label. Listing its changed files costs no model
 * call: without prompt changes the normal review completes the check as `success`; with them the check waits,
 * queued (never `neutral`, which branch protection counts as passing), until the label's run completes it.
 */
export async function runAwaitingLabel(
  run: PullRequestRun,
  pr: PullRequestRef,
  { label, why, review }: { label: string; why?: string; review: () => Promise<ActionOutcome> },
): Promise<ActionOutcome> {
  const reader = run.publisher.readRepository(pr, run.logger);
  if (!(await hasPromptChanges(reader, pr, run.config))) return review();
  const notice = `#${pr.number} is a fork pull request that changes prompts: add the ${label} label to review it`;
  const summary =
    renderAwaitingLabelSummary(label, pr.number) + (why ? `\n\nNot run on this head: ${why}.` : "");
  if (await headMoved(run, pr)) return { summary, notice, pullNumber: pr.number, stale: true };
  const check = await writePendingCheck(run, {
    title: `Waiting for a maintainer to add the ${label} label`,
    summary,
  });
  return { summary, notice, checkRunId: check.id, pullNumber: pr.number };
}

/**
 * A fork PR under `pull_request_target` that would be reviewed: runs only when a user with write access approved
 * this head (the shared rule in src/pr/fork-run-gate.ts); otherwise its check waits, as without the label.
 */
export async function gateForkRun(
  run: PullRequestRun,
  pr: PullRequestRef,
  payload: EventPayload & { pull_request: PullRequestPayload },
  review: () => Promise<ActionOutcome>,
): Promise<ActionOutcome> {
  const label = run.config.labels.run;
  const reading = readPullRequestEvent(toPullRequestEvent(payload), run.config.labels, true);
  const trigger: ForkRunTrigger = reading.kind === "review" ? forkRunTrigger(reading) : { kind: "other" };
  const headPushedAt = toIsoTime(payload.pull_request.head.repo?.pushed_at);
  const decision = await decideForkRun(
    run,
    buildForkRunQuery(pr, run.config.labels, { labels: pr.labels, headPushedAt, trigger, shell: "action" }),
  );
  if (decision.run) return review();
  run.logger.info(`fork pull request #${pr.number} not run: ${decision.reason}`);
  return runAwaitingLabel(run, pr, { label, why: decision.reason, review });
}

/**
 * No secrets: a dry run read through the API, reported in the job summary. A fork's token cannot write at
 * all. Dependabot's can when the workflow grants it: then its check shows up too, and when the token is
 * read-only after all, the job summary is still written.
 */
export async function runRestricted(
  run: PullRequestRun,
  pr: PullRequestRef,
  restriction: { reason: string; source: "fork" | "dependabot" },
  review: () => Promise<ActionOutcome>,
): Promise<ActionOutcome> {
  const repo = run.publisher.readRepository(pr, run.logger);
  const report = await reviewPullRequestRange(
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
    if (report.prompts.length === 0) return await review();
    if (await headMoved(run, pr)) return outcome;
    const check = await writePendingCheck(run, {
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

function writePendingCheck(run: PullRequestRun, output: { title: string; summary: string }) {
  // Only a fork's `pull_request` run has no check, and it is restricted to a dry run before any write.
  if (!run.check) throw new Error("this run's read-only token cannot write the check");
  return run.check.hold(output);
}

/** Every write first checks that the PR head is still the SHA this run is about. */
async function headMoved(run: PullRequestRun, pr: PullRequestRef): Promise<boolean> {
  return !(await run.publisher.isHeadCurrent(pr, pr.headSha));
}
