// Reviews one pull request through the GitHub API and publishes the result: shared by the Action and the App.
import { completeCheckRun, startCheckRun } from "../adapters/github/check-run.js";
import { createGitHubRepoReader } from "../adapters/github/github-repo-reader.js";
import type { GitHubClient } from "../adapters/github/octokit.js";
import { isHeadCurrent } from "../adapters/github/pull-request.js";
import { loadConfig } from "../core/config.js";
import type { Config } from "../core/config-schema.js";
import type { ReviewReport } from "../core/report.js";
import type { Cache } from "../engine/cache.js";
import type { CacheMode, EngineStats } from "../engine/engine-types.js";
import type { Model } from "../engine/model.js";
import type { Logger } from "../ports.js";
import type { CheckConclusion } from "../render/check-output.js";
import { fencedBlock, trimText } from "../render/escape.js";
import { findLabelActor } from "./label-actor.js";
import { publishReview, readPromptSources } from "./publish-review.js";
import { runReview } from "./run-review.js";

export interface PullRequestRef {
  owner: string;
  repo: string;
  number: number;
  baseSha: string;
  headSha: string;
  labels: string[];
  /** Branch names shown in the comment instead of the SHAs. */
  baseRef?: string;
  headRef?: string;
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
  /** The config at base, when the caller already loaded it (e.g. to decide whether to review at all). */
  config?: Config;
  /** Who added the accept label (from the label event); looked up in the PR's events when absent. */
  acceptedBy?: string;
  detailsUrl?: string;
}

export interface PullRequestReviewResult {
  report?: ReviewReport;
  config: Config;
  conclusion?: CheckConclusion;
  /** True when the accept label turned a failing review into a passing check. */
  accepted: boolean;
  checkRunId?: number;
  /** The comment's Markdown (also when `comment` is off), for a job summary. */
  commentBody?: string;
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
  const reader = createGitHubRepoReader(octokit, { owner: pr.owner, repo: pr.repo }, { logger });
  const config = options.config ?? (await loadConfig(reader, pr.baseSha, options.configPath)).config;
  const stale = await staleReason(deps, pr);
  if (stale) return { config, accepted: false, stale };
  const check = await startCheckRun(octokit, {
    owner: pr.owner,
    repo: pr.repo,
    headSha: pr.headSha,
    name: "promptgate",
    ...(options.detailsUrl ? { detailsUrl: options.detailsUrl } : {}),
  });
  let report: ReviewReport;
  try {
    report = await runReview(
      {
        repo: reader,
        logger,
        createModel: deps.createModel,
        createCache: deps.createCache,
        cacheMode: deps.cacheMode,
        onProgress: deps.onProgress,
      },
      pr,
      { dryRun: options.dryRun, config },
    );
  } catch (error) {
    await failCheckRun(deps, pr, check.id, error);
    throw error;
  }
  report = labelRefs(report, pr);
  if (deps.signal?.aborted) {
    return { config, accepted: false, checkRunId: check.id, report, stale: "superseded by a newer push" };
  }
  // Acceptance only matters for a failing verdict; on any other the comment must not claim one.
  const accepted = report.verdict === "fail" && pr.labels.includes(config.labels.accept);
  const acceptedBy = accepted ? (options.acceptedBy ?? (await findAcceptor(deps, pr, config))) : undefined;
  const published = await publishReview(deps, pr, {
    report,
    checkRunId: check.id,
    accepted: accepted
      ? { label: config.labels.accept, ...(acceptedBy ? { by: acceptedBy } : {}) }
      : undefined,
    acceptLabel: config.labels.accept,
    comment: options.comment,
    sources: await readPromptSources(reader, pr.headSha, report),
    runUrl: options.detailsUrl,
    isStale: () => staleReason(deps, pr),
  });
  return { report, config, accepted, checkRunId: check.id, ...published };
}

/** Undefined while the PR head is still the reviewed SHA; otherwise why nothing may be written. */
export async function staleReason(
  deps: PullRequestReviewDeps,
  pr: PullRequestRef,
): Promise<string | undefined> {
  if (deps.signal?.aborted) return "superseded by a newer review of this pull request";
  const current = await isHeadCurrent(
    deps.octokit,
    { owner: pr.owner, repo: pr.repo, number: pr.number },
    pr.headSha,
  );
  if (current) return undefined;
  const reason = `the head of #${pr.number} moved past ${pr.headSha.slice(0, 7)}: nothing written for this review`;
  deps.logger.info(reason);
  return reason;
}

/** The comment names branches, not bare SHAs, when the caller knows them. */
function labelRefs(report: ReviewReport, pr: PullRequestRef): ReviewReport {
  return {
    ...report,
    base: { ...report.base, ref: pr.baseRef ?? report.base.ref },
    head: { ...report.head, ref: pr.headRef ?? report.head.ref },
  };
}

async function findAcceptor(deps: PullRequestReviewDeps, pr: PullRequestRef, config: Config) {
  const target = { owner: pr.owner, repo: pr.repo, issueNumber: pr.number, label: config.labels.accept };
  return findLabelActor(deps.octokit, target).catch((error: unknown) => {
    deps.logger.warn(`could not find who added ${config.labels.accept}: ${(error as Error).message}`);
    return undefined;
  });
}

async function failCheckRun(
  deps: PullRequestReviewDeps,
  pr: PullRequestRef,
  checkRunId: number,
  error: unknown,
) {
  const message = error instanceof Error ? error.message : String(error);
  if (await staleReason(deps, pr).catch(() => "unknown")) return;
  await completeCheckRun(deps.octokit, {
    owner: pr.owner,
    repo: pr.repo,
    checkRunId,
    conclusion: "failure",
    title: "promptgate could not review this pull request",
    summary: `promptgate could not review this pull request:\n\n${fencedBlock(trimText(message, 4000))}`,
    annotations: [],
  }).catch((e: unknown) => deps.logger.warn(`could not complete the check run: ${(e as Error).message}`));
}
