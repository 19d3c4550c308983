// `mode: monitor` (meant for `on: schedule`): the default branch's prompts against their baselines on the data
// branch, with one drift issue per declined prompt, closed when it recovers, and the report as the job summary.
import { createDataBranchBaselines } from "../adapters/github/data-branch.js";
import { type DriftIssueAction, publishDriftIssue } from "../adapters/github/drift-issues.js";
import { createGitHubRepoReader } from "../adapters/github/github-repo-reader.js";
import { getDefaultBranch } from "../adapters/github/repository.js";
import { loadConfig } from "../core/config/config.js";
import { InputError } from "../core/diagnostics.js";
import { matchesPromptGlobs } from "../core/diff/change-set.js";
import type { DriftOutcome } from "../core/gate/drift.js";
import { noCache } from "../engine/cache.js";
import { renderMonitorMarkdown } from "../render/drift-issue.js";
import type { EvalDeps } from "../review/index.js";
import { monitorPrompt } from "../review/index.js";
import { type ActionRun, createActionOctokit, createModelFactory } from "./action-deps.js";
import type { ActionOutcome } from "./outputs.js";

export async function runMonitorMode(run: ActionRun): Promise<ActionOutcome> {
  const { inputs, context, logger } = run;
  const octokit = createActionOctokit(run);
  const reader = createGitHubRepoReader(octokit, context, { logger });
  const defaultBranch =
    context.payload.repository?.default_branch ?? (await getDefaultBranch(octokit, repoOf(run)));
  const sha = await reader.resolveRef(defaultBranch);
  const { config } = await loadConfig(reader, sha, inputs.config);
  const read = (path: string) => reader.readFile(sha, path);
  const paths = (await reader.listFiles(sha)).filter((p) => matchesPromptGlobs(p, config.prompts)).sort();
  if (paths.length === 0) {
    throw new InputError({
      file: "promptgate.yml",
      field: "prompts",
      message: `no prompt file matches on ${defaultBranch}`,
    });
  }
  // The same deadline as a review: past it the calls stop, and a cut-short run is inconclusive, never a baseline.
  run.deadline.configure(config.review.deadlineMinutes);
  const signal = run.signal ? AbortSignal.any([run.signal, run.deadline.signal]) : run.deadline.signal;
  // Never from the response cache: a cached answer is an old answer, and would hide the model's change.
  const model = createModelFactory(inputs, run.redact)(config);
  const deps: EvalDeps = { model, cache: noCache, cacheMode: "off", logger, signal };
  const store = createDataBranchBaselines(octokit, { ...repoOf(run), branch: inputs["data-branch"] });
  const at = new Date().toISOString();
  const outcomes: DriftOutcome[] = [];
  for (const path of paths) {
    if (signal.aborted) {
      logger.warn(`${path}: not run, ${signal.reason instanceof Error ? signal.reason.message : "stopped"}`);
      continue;
    }
    const baseline = await store.read(path);
    const outcome = await monitorPrompt(deps, { path, readFile: read, config, baseline, at });
    logger.info(`${path}: ${outcome.status}`);
    outcomes.push(outcome);
  }
  await store.commit(
    outcomes.map((o) => o.record),
    `Monitor run of ${defaultBranch} at ${sha.slice(0, 7)}`,
  );
  const actions: DriftIssueAction[] = [];
  for (const outcome of outcomes) actions.push(await publishDriftIssue(octokit, repoOf(run), outcome));
  const written = actions.flatMap((a) => (a.kind === "none" ? [] : [`${a.kind} ${a.url}`]));
  return {
    summary: `## promptgate monitor\n\n${renderMonitorMarkdown(outcomes)}`,
    ...(written.length > 0 ? { notice: `drift issues: ${written.join(", ")}` } : {}),
  };
}

function repoOf({ context }: ActionRun) {
  return { owner: context.owner, repo: context.repo };
}
