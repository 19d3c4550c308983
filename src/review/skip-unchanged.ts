// A pull request that touches no prompt gets its report from one compare, without loading the engine.
import type { Config } from "../core/config/config-schema.js";
import { listPromptChanges } from "../core/diff/change-set.js";
import { buildChangeSetOptions } from "../core/formats/prompt-formats.js";
import type { ReviewReport } from "../core/report/report.js";
import type { RepoReader } from "../ports.js";
import { buildReport } from "./build-report.js";

export interface PullRequestRange {
  baseSha: string;
  headSha: string;
}

/** The report of a range with no prompt change, or undefined when a prompt (or its data) changed. */
export async function reportUnchangedRange(
  deps: { repo: RepoReader; logger: { info(message: string): void } },
  range: PullRequestRange,
  options: { dryRun: boolean; config: Config },
): Promise<ReviewReport | undefined> {
  const { baseSha, headSha } = range;
  const { config, dryRun } = options;
  if (await hasPromptChanges(deps.repo, range, config)) return undefined;
  deps.logger.info(`no prompt file changed between ${baseSha.slice(0, 7)} and ${headSha.slice(0, 7)}`);
  const context = {
    config,
    dryRun,
    base: { ref: baseSha, sha: baseSha },
    head: { ref: headSha, sha: headSha },
  };
  return buildReport(context, [], undefined);
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
