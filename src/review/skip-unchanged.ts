// A pull request that touches no prompt gets its report from one compare, without loading the engine.
import type { Config } from "../core/config/config-schema.js";
import { listPromptChanges, type PromptChange } from "../core/diff/change-set.js";
import { shortSha } from "../core/format/ids.js";
import { buildChangeSetOptions } from "../core/formats/prompt-formats.js";
import type { ReviewReport } from "../core/report/report.js";
import type { RepoReader } from "../ports.js";
import { buildReport } from "./build-report.js";

export interface PullRequestRange {
  baseSha: string;
  headSha: string;
}

/** The report of a range in which no prompt (nor its data) changed. */
export function reportUnchangedRange(
  logger: { info(message: string): void },
  range: PullRequestRange,
  options: { dryRun: boolean; config: Config },
): ReviewReport {
  const { baseSha, headSha } = range;
  const { config, dryRun } = options;
  logger.info(`no prompt file changed between ${shortSha(baseSha)} and ${shortSha(headSha)}`);
  const context = {
    config,
    dryRun,
    base: { ref: baseSha, sha: baseSha },
    head: { ref: headSha, sha: headSha },
  };
  return buildReport(context, [], undefined);
}

/** The prompts that changed (or whose data changed) in the range: one compare, no model call. */
export function listRangeChanges(
  repo: RepoReader,
  range: PullRequestRange,
  config: Config,
): Promise<PromptChange[]> {
  return listPromptChanges(repo, range.baseSha, range.headSha, buildChangeSetOptions(config.prompts));
}

/** Whether any prompt (or data a prompt reads) changed: one compare, no model call. */
export async function hasPromptChanges(
  repo: RepoReader,
  range: PullRequestRange,
  config: Config,
): Promise<boolean> {
  return (await listRangeChanges(repo, range, config)).length > 0;
}
