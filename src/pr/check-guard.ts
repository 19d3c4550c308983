// Makes sure a review never leaves its check in progress or missing: a failure before or after the check
// existed completes it through the one check-run object (review-check.ts).
import { CHECK_NAME } from "../adapters/github/check-run.js";
import type { GitHubClient } from "../adapters/github/octokit.js";
import { isHeadCurrent } from "../adapters/github/pull-request.js";
import type { Logger } from "../ports.js";
import { fencedBlock, trimText } from "../render/escape.js";
import { createReviewCheck, type ReviewCheck } from "./review-check.js";

const CHECK_RUN_PATCH = /^PATCH \/repos\/\{owner\}\/\{repo\}\/check-runs\/\{check_run_id\}$/;

/** Error text shown in the check: enough to act on, short enough to read. */
const MAX_ERROR_CHARS = 4000;

export interface GuardTarget {
  owner: string;
  repo: string;
  number: number;
  headSha: string;
  /** Login the token acts as: the check reused on failure must be one its app created. */
  identity: string;
  detailsUrl?: string;
}

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

/**
 * Runs `work` with a client that notes check completions. When it throws before a check was completed (a
 * config error before the check existed, a failed publish), the head's check is completed as `failure`
 * with the error; then the error is rethrown. Nothing is written once `signal` aborted: a newer review owns it.
 */
export async function guardCheck<T>(
  client: GitHubClient,
  target: GuardTarget,
  logger: Logger,
  work: (client: GitHubClient) => Promise<T>,
  signal?: AbortSignal,
): Promise<T> {
  const watched = watchCheckCompletion(client);
  try {
    return await work(watched.client);
  } catch (error) {
    if (!watched.completedCheck() && !signal?.aborted)
      await completeFailedCheck(client, target, error, logger);
    throw error;
  }
}

/**
 * Completes the head's check as `failure` with the error: `check` when the review started one, else the
 * unfinished run if there is one, else a new run. When the head moved on, that SHA's outcome no longer
 * matters: a known run is cancelled, no run is created. Never throws.
 */
export async function completeFailedCheck(
  client: GitHubClient,
  target: GuardTarget,
  error: unknown,
  logger: Logger,
  started?: ReviewCheck,
): Promise<void> {
  const { owner, repo, headSha } = target;
  try {
    if (!(await isHeadCurrent(client, { owner, repo, number: target.number }, headSha))) {
      await started?.cancel(`the head moved past ${headSha.slice(0, 7)}`, logger);
      return;
    }
    const check = started ?? createReviewCheck(client, target);
    if (check.id === undefined) await check.start();
    await check.complete({
      conclusion: "failure",
      title: "promptgate could not review this pull request",
      summary: renderFailureSummary(error),
      annotations: [],
    });
  } catch (writeError) {
    logger.warn(
      `could not complete the ${CHECK_NAME} check on ${headSha.slice(0, 7)}: ${(writeError as Error).message}`,
    );
  }
}

/** The error in a fence it cannot break out of, with no HTML comment that could pass for a marker. */
export function renderFailureSummary(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return `promptgate could not review this pull request:\n\n${fencedBlock(trimText(message, MAX_ERROR_CHARS))}`;
}
