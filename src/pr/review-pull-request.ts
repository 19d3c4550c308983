// Reviews one pull request through the GitHub API and publishes the result: shared by the Action and the App.
import { completeCheckRun, startCheckRun } from "../adapters/github/check-run.js";
import type { GitHubClient } from "../adapters/github/octokit.js";
import { createGitHubRepoReader } from "../adapters/github/github-repo-reader.js";
import { isHeadCurrent } from "../adapters/github/pull-request.js";
import { loadConfig } from "../core/config.js";
import type { Config } from "../core/config-schema.js";
import type { ReviewReport } from "../core/report.js";
import type { Cache } from "../engine/cache.js";
import type { CacheMode, EngineStats } from "../engine/engine-types.js";
import type { Model } from "../engine/model.js";
import type { Logger } from "../ports.js";
import { type CheckConclusion, renderCheckOutput } from "../render/check-output.js";
import { review } from "../review.js";
import { publishReview, readPromptSources } from "./publish-review.js";

export interface PullRequestRef {
  owner: string;
  repo: string;
  number: number;
  baseSha: string;
  headSha: string;
  labels: string[];
}

export interface PullRequestReviewDeps {
  octokit: GitHubClient;
  /** Login the token acts as; the sticky comment is the one with our marker written by it. */
  identity: string;
  logger: Logger;
  createModel: (config: Config) => Model;
  createCache: (config: Config) => Cache;
  cacheMode: CacheMode;
  onProgress?: (stats: EngineStats & { planned: number }) => void;
  /** Aborted when a newer push supersedes this review (the App cancels reviews in flight). */
  signal?: AbortSignal;
}

export interface PullRequestReviewOptions {
  dryRun: boolean;
  comment: boolean;
  configPath?: string;
  /** Who added the accept label (from the label event), recorded in the comment. */
  acceptedBy?: string;
  detailsUrl?: string;
}

export interface PullRequestReviewResult {
  report?: ReviewReport;
  config: Config;
  conclusion?: CheckConclusion;
  accepted: boolean;
  checkRunId?: number;
  commentUrl?: string;
  /** Set when nothing (more) was written because the PR head moved past the reviewed SHA. */
  stale?: string;
}

export async function reviewPullRequest(
  deps: PullRequestReviewDeps,
  pr: PullRequestRef,
  options: PullRequestReviewOptions,
): Promise<PullRequestReviewResult> {
  const { octokit, logger } = deps;
  const reader = createGitHubRepoReader(octokit, { owner: pr.owner, repo: pr.repo });
  const { config } = await loadConfig(reader, pr.baseSha, options.configPath);
  const accepted = pr.labels.includes(config.labels.accept);
  const stale = await staleReason(deps, pr);
  if (stale) return { config, accepted, stale };
  const check = await startCheckRun(octokit, {
    owner: pr.owner,
    repo: pr.repo,
    headSha: pr.headSha,
    name: "promptgate",
    ...(options.detailsUrl ? { detailsUrl: options.detailsUrl } : {}),
  });
  let report: ReviewReport;
  try {
    report = await review(
      {
        repo: reader,
        logger,
        createModel: deps.createModel,
        createCache: deps.createCache,
        cacheMode: deps.cacheMode,
        onProgress: deps.onProgress,
      },
      { base: pr.baseSha, head: pr.headSha, dryRun: options.dryRun, config },
    );
  } catch (error) {
    await failCheckRun(deps, pr, check.id, error);
    throw error;
  }
  if (deps.signal?.aborted) return { config, accepted, checkRunId: check.id, report, stale: "superseded by a newer push" };
  const acceptance = accepted ? { label: config.labels.accept, ...(options.acceptedBy ? { by: options.acceptedBy } : {}) } : undefined;
  const sources = await readPromptSources(reader, pr.headSha, report);
  const published = await publishReview(deps, pr, {
    report,
    checkRunId: check.id,
    accepted: acceptance,
    acceptLabel: config.labels.accept,
    comment: options.comment,
    sources,
    runUrl: options.detailsUrl,
    isStale: () => staleReason(deps, pr),
  });
  return { report, config, accepted, checkRunId: check.id, ...published };
}

/** Null while the PR head is still the reviewed SHA; otherwise why nothing may be written. */
export async function staleReason(deps: PullRequestReviewDeps, pr: PullRequestRef): Promise<string | undefined> {
  if (deps.signal?.aborted) return "superseded by a newer review of this pull request";
  const current = await isHeadCurrent(deps.octokit, { owner: pr.owner, repo: pr.repo, number: pr.number }, pr.headSha);
  if (current) return undefined;
  const reason = `the head of #${pr.number} moved past ${pr.headSha.slice(0, 7)}: nothing written for this review`;
  deps.logger.info(reason);
  return reason;
}

async function failCheckRun(deps: PullRequestReviewDeps, pr: PullRequestRef, checkRunId: number, error: unknown) {
  const message = error instanceof Error ? error.message : String(error);
  if (await staleReason(deps, pr).catch(() => "unknown")) return;
  await completeCheckRun(deps.octokit, {
    owner: pr.owner,
    repo: pr.repo,
    checkRunId,
    conclusion: "failure",
    title: "promptgate could not review this pull request",
    summary: `promptgate could not review this pull request:\n\n\`\`\`\n${message.slice(0, 4000)}\n\`\`\``,
    annotations: [],
  }).catch((e: unknown) => deps.logger.warn(`could not complete the check run: ${(e as Error).message}`));
}

export { renderCheckOutput };
