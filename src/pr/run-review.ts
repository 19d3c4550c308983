// Runs the review of one pull request; a PR that touches no prompt gets its report without loading the engine.
import { listPromptChanges } from "../core/change-set.js";
import type { Config } from "../core/config-schema.js";
import { buildChangeSetOptions } from "../core/formats/index.js";
import type { ReviewReport } from "../core/report.js";
import type { RepoReader } from "../ports.js";
import { buildReport } from "../review/build-report.js";
import type { ReviewDeps } from "../review.js";

export interface PullRequestRange {
  baseSha: string;
  headSha: string;
}

/**
 * The review modules (tokenizers, engine, statistics) are imported only when a prompt changed: most pull
 * requests touch none, and their required check should complete within a second of the job starting.
 */
export async function runReview(
  deps: ReviewDeps,
  range: PullRequestRange,
  options: { dryRun: boolean; config: Config },
): Promise<ReviewReport> {
  const { baseSha, headSha } = range;
  const { config, dryRun } = options;
  if (!(await hasPromptChanges(deps.repo, range, config))) {
    deps.logger.info(`no prompt file changed between ${baseSha.slice(0, 7)} and ${headSha.slice(0, 7)}`);
    const context = {
      config,
      dryRun,
      base: { ref: baseSha, sha: baseSha },
      head: { ref: headSha, sha: headSha },
    };
    return buildReport(context, [], undefined);
  }
  const { review } = await import("../review.js");
  return review(deps, { base: baseSha, head: headSha, dryRun, config });
}

/** Whether any prompt (or data a prompt reads) changed: one compare, no model call. */
export async function hasPromptChanges(
  repo: RepoReader,
  range: PullRequestRange,
  config: Config,
): Promise<boolean> {
  const changes = await listPromptChanges(
    repo,
    range.baseSha,
    range.headSha,
    buildChangeSetOptions(config.prompts),
  );
  return changes.length > 0;
}
