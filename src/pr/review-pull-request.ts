// Reviews one pull request through the GitHub API and publishes the result: shared by the Action and the App.
import { createGitHubRepoReader } from "../adapters/github/github-repo-reader.js";
import type { GitHubClient } from "../adapters/github/octokit.js";
import { isHeadCurrent } from "../adapters/github/pull-request.js";
import { loadConfig } from "../core/config/config.js";
import type { Config } from "../core/config/config-schema.js";
import type { ReviewReport } from "../core/report/report.js";
import { withReviewSignal } from "../engine/abortable-model.js";
import type { Cache } from "../engine/cache.js";
import type { CacheMode, OnRunProgress } from "../engine/engine-types.js";
import type { Model } from "../engine/model.js";
import type { Logger, RepoReader } from "../ports.js";
import type { CheckConclusion } from "../render/check-output.js";
import { joinMd, type SafeMarkdown } from "../render/escape.js";
import type { ReviewShell } from "../render/markdown-footer.js";
import { renderDeadlineNote } from "../render/stopped-review.js";
import type { ReviewDeps } from "../review/index.js";
import { reviewPullRequestRange } from "../review/index.js";
import { clearAcceptanceOnPush, resolveAcceptance } from "./acceptance.js";
import { completeFailedCheck } from "./check-guard.js";
import { publishReview, readPromptSources } from "./publish-review.js";
import { createReviewCheck, type ReviewCheck } from "./review-check.js";
import { createDeadline, type ReviewDeadline, stopKindOf, stopMessageOf } from "./review-stop.js";
import { watchStops } from "./stop-watch.js";

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
  /** Records the review's trace when the config or the shell asks for one (see `ReviewDeps.createTracer`). */
  createTracer?: ReviewDeps["createTracer"];
  cacheMode: CacheMode;
  onProgress?: OnRunProgress;
  /**
   * Aborted when a newer push supersedes this review (the App cancels reviews in flight) or the run is
   * cancelled; a `ReviewStopped` reason says which.
   */
  signal?: AbortSignal;
  /** The review's deadline, from the shell (which may fix its length); else one from the config. */
  deadline?: ReviewDeadline;
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
  /** A new push (`synchronize`) triggered this review: an accept label from the earlier head comes off. */
  newPush?: { previousHeadSha?: string };
  /** Which promptgate runs the review (`action` or `app`), so the comment's hints name its commands. */
  shell?: ReviewShell;
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
  /** Set when the review did not run yet: a fork's head waits for a maintainer's approval (why, as Markdown). */
  waiting?: SafeMarkdown;
}

interface StartedReview {
  config: Config;
  reader: RepoReader;
  check: ReviewCheck;
  deadline: ReviewDeadline;
}

/**
 * Starts the check, reviews, publishes. From the moment the check exists it is always completed: with the
 * verdict, as `failure` with the error, as `cancelled` when the run was cancelled or a newer push made this
 * review stale, or with partial results once the deadline passed.
 */
export async function reviewPullRequest(
  deps: PullRequestReviewDeps,
  pr: PullRequestRef,
  options: PullRequestReviewOptions,
): Promise<PullRequestReviewResult> {
  const { octokit, logger } = deps;
  const reader = createGitHubRepoReader(octokit, { owner: pr.owner, repo: pr.repo }, { logger });
  const config = options.config ?? (await loadConfig(reader, pr.baseSha, options.configPath)).config;
  const deadline = deps.deadline ?? createDeadline();
  deadline.configure(config.review.deadlineMinutes);
  const stale = await staleReason(deps, pr);
  if (stale) return { config, accepted: false, stale };
  const target = {
    ...pr,
    identity: deps.identity,
    ...(options.detailsUrl ? { detailsUrl: options.detailsUrl } : {}),
  };
  const check = createReviewCheck(octokit, target);
  await check.start();
  const stops = watchStops({ ...deps, pr, check, deadline, comment: options.comment });
  try {
    const result = await reviewAndPublish(deps, pr, options, { config, reader, check, deadline });
    if (result.stale) await check.cancel(result.stale, logger);
    return result;
  } catch (error) {
    if (!check.completed && !stopKindOf(deps.signal))
      await completeFailedCheck(octokit, target, error, logger, check);
    throw error;
  } finally {
    stops.dispose();
    await stops.settled();
    if (!deps.deadline) deadline.dispose();
  }
}

async function reviewAndPublish(
  deps: PullRequestReviewDeps,
  pr: PullRequestRef,
  options: PullRequestReviewOptions,
  { config, reader, check, deadline }: StartedReview,
): Promise<PullRequestReviewResult> {
  const label = config.labels.accept;
  const notes: SafeMarkdown[] = [];
  let current = pr;
  if (options.newPush && pr.labels.includes(label)) {
    const cleared = await clearAcceptanceOnPush(deps, pr, label, options.newPush.previousHeadSha);
    current = { ...pr, labels: cleared.labels };
    notes.push(cleared.note);
  }
  // Calls stop when the run stops or time is up; what ran by then is the review's partial result.
  const stop = deps.signal ? AbortSignal.any([deps.signal, deadline.signal]) : deadline.signal;
  const review = {
    repo: reader,
    logger: deps.logger,
    createModel: (forConfig: Config) => withReviewSignal(deps.createModel(forConfig), stop),
    createCache: deps.createCache,
    ...(deps.createTracer ? { createTracer: deps.createTracer } : {}),
    cacheMode: deps.cacheMode,
    onProgress: deps.onProgress,
    signal: stop,
  };
  let report = labelRefs(await reviewPullRequestRange(review, pr, { dryRun: options.dryRun, config }), pr);
  const checkRunId = check.id;
  if (deps.signal && stopKindOf(deps.signal)) {
    return { config, accepted: false, checkRunId, report, stale: stopMessageOf(deps.signal) };
  }
  if (deadline.signal.aborted) {
    report = markPartial(report, deadline.minutes);
    notes.push(renderDeadlineNote(deadline.minutes));
  }
  const acceptance = await resolveAcceptance(deps, current, {
    label,
    report,
    ...(options.acceptedBy ? { acceptedBy: options.acceptedBy } : {}),
  });
  if (acceptance.note) notes.push(acceptance.note);
  const published = await publishReview(deps, pr, {
    report,
    check,
    accepted: acceptance.accepted,
    acceptLabel: label,
    comment: options.comment,
    sources: await readPromptSources(reader, pr.headSha, report),
    runUrl: options.detailsUrl,
    isStale: () => staleReason(deps, pr),
    ...(notes.length > 0 ? { note: joinMd(notes, "\n\n") } : {}),
    ...(options.shell ? { shell: options.shell } : {}),
  });
  return { report, config, accepted: acceptance.accepted !== undefined, checkRunId, ...published };
}

/** Undefined while the PR head is still the reviewed SHA; otherwise why nothing may be written. */
export async function staleReason(
  deps: PullRequestReviewDeps,
  pr: PullRequestRef,
): Promise<string | undefined> {
  if (deps.signal?.aborted) return stopMessageOf(deps.signal);
  const current = await isHeadCurrent(
    deps.octokit,
    { owner: pr.owner, repo: pr.repo, number: pr.number },
    pr.headSha,
  );
  if (current) return undefined;
  const reason = `the head of #${pr.number} moved past ${pr.headSha.slice(0, 7)}`;
  deps.logger.info(`${reason}: this review publishes nothing`);
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

/** A review cut short by its deadline: incomplete, and never a pass (a failure already seen stays one). */
function markPartial(report: ReviewReport, minutes: number): ReviewReport {
  const message = `Stopped at the deadline of ${minutes} minute(s): the review is incomplete.`;
  return {
    ...report,
    incomplete: true,
    verdict: report.verdict === "fail" ? "fail" : "error",
    errors: [...report.errors, { message }],
  };
}
