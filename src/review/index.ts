// The review pipeline's one entry: review a range, review a pull request's range, evaluate or monitor one prompt.
// The pipeline (tokenizers, engine, statistics) is imported on first use: most pull requests change no
// prompt, and their required check should complete within a second of the job starting.
import type { Config } from "../core/config/config-schema.js";
import type { DriftOutcome } from "../core/gate/drift.js";
import type { PromptSpec } from "../core/prompt-file/prompt-spec.js";
import type { EvalReport } from "../core/report/eval-report.js";
import type { ReviewReport } from "../core/report/report.js";
import type { EvalDeps } from "./evaluate-prompt.js";
import type { MonitorPromptRequest } from "./monitor-prompt.js";
import type { ReviewDeps, ReviewRequest } from "./review-changes.js";
import { listRangeChanges, type PullRequestRange, reportUnchangedRange } from "./skip-unchanged.js";

export { buildErrorReport } from "./build-report.js";
export { hasPromptChanges } from "./skip-unchanged.js";
export type { EvalDeps, MonitorPromptRequest, PullRequestRange, ReviewDeps, ReviewRequest };

/** Reviews every prompt that changed between two refs (the CLI's `review`). */
export async function review(deps: ReviewDeps, request: ReviewRequest): Promise<ReviewReport> {
  const pipeline = await import("./review-changes.js");
  return pipeline.review(deps, request);
}

/** A pull request's review: "no prompt changed" from one compare, else the full review of the changes it listed. */
export async function reviewPullRequestRange(
  deps: ReviewDeps,
  range: PullRequestRange,
  options: { dryRun: boolean; config: Config },
): Promise<ReviewReport> {
  const changes = await listRangeChanges(deps.repo, range, options.config);
  if (changes.length === 0) return reportUnchangedRange(deps.logger, range, options);
  return review(deps, { base: range.baseSha, head: range.headSha, ...options, changes });
}

/** One prompt file's eval set on one version (`promptgate eval`). */
export async function evaluatePrompt(deps: EvalDeps, spec: PromptSpec, config: Config): Promise<EvalReport> {
  const evaluation = await import("./evaluate-prompt.js");
  return evaluation.evaluatePrompt(deps, spec, config);
}

/** One drift-monitor run of one prompt file against its recorded baseline. */
export async function monitorPrompt(deps: EvalDeps, request: MonitorPromptRequest): Promise<DriftOutcome> {
  const monitor = await import("./monitor-prompt.js");
  return monitor.monitorPrompt(deps, request);
}
