// Reviews one pull request through the GitHub API and publishes the result: shared by the Action and the App.
import { loadConfig } from "../core/config/config.js";
import type { Config } from "../core/config/config-schema.js";
import type { ReviewReport } from "../core/report/report.js";
import { withReviewSignal } from "../engine/abortable-model.js";
import type { Cache } from "../engine/cache.js";
import type { CacheMode, OnRunProgress } from "../engine/engine-types.js";
import type { Model } from "../engine/model.js";
import type { Logger, PullRequestRef, RepoReader } from "../ports.js";
import type { CheckConclusion } from "../render/check-output.js";
import { joinMd, type SafeMarkdown } from "../render/escape.js";
import type { ReviewShell } from "../render/markdown-footer.js";
import { renderDeadlineNote } from "../render/stopped-review.js";
import type { ReviewDeps } from "../review/index.js";
import { reviewPullRequestRange } from "../review/index.js";
import { clearAcceptanceOnPush, resolveAcceptance } from "./acceptance.js";
import { publishReview, readPromptSources } from "./publish-review.js";
import type { Publisher } from "./publisher.js";
import { createReviewCheck, type ReviewCheck, type ReviewCheckTarget } from "./review-check.js";
import { createDeadline, type ReviewDeadline, stopKindOf, stopMessageOf } from "./review-stop.js";
import { watchStops } from "./stop-watch.js";

export interface PullRequestReviewDeps {
  /** Every GitHub read and write of the review. */
  publisher: Publisher;
  /** Login the token acts as; the sticky comment is the one with our marker written by it. */
  identity: string;
  logger: Logger;
  createModel: (config: Config) => Model;
  createCache: (config: Config) => Cache;
  /** Records the review's trace when the config or the shell asks for one (see `ReviewDeps.createTracer`). */
  createTracer?: ReviewDeps["createTracer"];
  cacheMode: CacheMode;
  /** Records the reviewed prompts in experiment tools (`tracing.langfuse` / `langsmith`); adds their links. */
  recordExperiments?: (report: ReviewReport) => Promise<ReviewReport>;
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
  /** The shell's check for this head (it also fails it on errors before the review); else the review makes one. */
  check?: ReviewCheck;
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
  const { publisher, logger } = deps;
  const reader = publisher.readRepository({ owner: pr.owner, repo: pr.repo }, logger);
  const config = options.config ?? (await loadConfig(reader, pr.baseSha, options.configPath)).config;
  const deadline = deps.deadline ?? createDeadline();
  deadline.configure(config.review.deadlineMinutes);
  const stale = await staleReason(deps, pr);
  if (stale) return { config, accepted: false, stale };
  const check = options.check ?? createReviewCheck(publisher, buildCheckTarget(deps, pr, options), logger);
  await check.start();
  const stops = watchStops({ ...deps, pr, check, deadline, comment: options.comment });
  try {
    return await check.failOnError(async () => {
      const result = await reviewAndPublish(deps, pr, options, { config, reader, check, deadline });
      if (result.stale) await check.cancel(result.stale, logger);
      return result;
    }, deps.signal);
  } finally {
    stops.dispose();
    await stops.settled();
    if (!deps.deadline) deadline.dispose();
  }
}

/** The head's check as the token sees it: its app's unfinished run is reused; the details link is the run's. */
export function buildCheckTarget(
  deps: Pick<PullRequestReviewDeps, "identity">,
  pr: PullRequestRef,
  options: Pick<PullRequestReviewOptions, "detailsUrl">,
): ReviewCheckTarget {
  return {
    owner: pr.owner,
    repo: pr.repo,
    number: pr.number,
    headSha: pr.headSha,
    identity: deps.identity,
    ...(options.detailsUrl ? { detailsUrl: options.detailsUrl } : {}),
  };
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
  // Before publishing, so the comment carries the comparison links.
  if (deps.recordExperiments) report = await deps.recordExperiments(report);
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
  const current = await deps.publisher.isHeadCurrent(
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
