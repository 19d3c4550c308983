// Makes sure a failed review leaves its check completed with the error, never in progress.
import { CHECK_NAME, completeCheckRun, startCheckRun } from "../adapters/github/check-run.js";
import type { GitHubClient } from "../adapters/github/octokit.js";
import { isHeadCurrent } from "../adapters/github/pull-request.js";
import type { Logger } from "../ports.js";

const CHECK_RUN_PATCH = /^PATCH \/repos\/\{owner\}\/\{repo\}\/check-runs\/\{check_run_id\}$/;

export interface WatchedClient {
  client: GitHubClient;
  /** True once this client completed a check run (the review reported its own outcome). */
  completedCheck(): boolean;
}

/** Passes every request through and notes when a check run was completed through it. */
export function watchCheckCompletion(client: GitHubClient): WatchedClient {
  let completed = false;
  return {
    client: {
      async request(route, parameters) {
        const response = await client.request(route, parameters);
        if (CHECK_RUN_PATCH.test(route) && parameters?.status === "completed") completed = true;
        return response;
      },
    },
    completedCheck: () => completed,
  };
}

export interface FailedReview {
  owner: string;
  repo: string;
  number: number;
  headSha: string;
  error: unknown;
}

/**
 * Completes the head's check as `failure` with the error: the in-progress run if there is one, else a new run
 * (a config error at base stops the review before its check starts, and must still show on the PR).
 * Skipped when the head moved on: that SHA's outcome no longer matters.
 */
export async function completeFailedCheck(
  client: GitHubClient,
  failed: FailedReview,
  logger: Logger,
): Promise<void> {
  const { owner, repo, headSha } = failed;
  try {
    if (!(await isHeadCurrent(client, { owner, repo, number: failed.number }, headSha))) return;
    const check = await startCheckRun(client, { owner, repo, headSha, name: CHECK_NAME });
    const message = failed.error instanceof Error ? failed.error.message : String(failed.error);
    await completeCheckRun(client, {
      owner,
      repo,
      checkRunId: check.id,
      conclusion: "failure",
      title: "promptgate could not review this pull request",
      summary: `promptgate could not review this pull request:\n\n\`\`\`\n${message.slice(0, 4000)}\n\`\`\``,
      annotations: [],
    });
  } catch (error) {
    logger.warn(
      `could not complete the ${CHECK_NAME} check on ${headSha.slice(0, 7)}: ${(error as Error).message}`,
    );
  }
}

/** A superseded review's run on its (old) head: completed as cancelled so it does not spin forever. */
export async function cancelCheck(
  client: GitHubClient,
  target: { owner: string; repo: string; checkRunId: number; reason: string },
  logger: Logger,
): Promise<void> {
  await completeCheckRun(client, {
    owner: target.owner,
    repo: target.repo,
    checkRunId: target.checkRunId,
    conclusion: "cancelled",
    title: "Superseded",
    summary: `This review was not finished: ${target.reason}.`,
    annotations: [],
  }).catch((error: unknown) =>
    logger.warn(`could not cancel check run ${target.checkRunId}: ${(error as Error).message}`),
  );
}
