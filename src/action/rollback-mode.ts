// `mode: rollback`: opens a PR restoring a prompt file's earlier version, then reviews that PR itself.
import { createGitHubRepoReader } from "../adapters/github/github-repo-reader.js";
import { getDefaultBranch } from "../adapters/github/repository.js";
import { openRollbackPullRequest } from "../adapters/github/rollback.js";
import { loadConfig } from "../core/config/config.js";
import { guardCheck } from "../pr/check-guard.js";
import { type ActionRun, createActionOctokit, findActionIdentity } from "./action-deps.js";
import type { ActionOutcome } from "./outputs.js";
import { publishPullRequestReview } from "./publish-pull-request.js";

export async function runRollbackMode(run: ActionRun): Promise<ActionOutcome> {
  const { inputs, context, logger } = run;
  const path = inputs.prompt!.replace(/^\.\//, "");
  const octokit = createActionOctokit(run);
  const reader = createGitHubRepoReader(octokit, context, { logger });
  const defaultBranch =
    context.payload.repository?.default_branch ??
    (await getDefaultBranch(octokit, { owner: context.owner, repo: context.repo }));
  const toSha = inputs.to ? await reader.resolveRef(inputs.to) : undefined;
  const opened = await openRollbackPullRequest(octokit, {
    owner: context.owner,
    repo: context.repo,
    path,
    defaultBranch,
    ...(toSha ? { toSha } : {}),
  });
  const verb = opened.reused ? "found the open" : "opened";
  logger.info(
    `${verb} rollback pull request ${opened.url}: restores ${path} as of ${opened.toSha.slice(0, 7)}`,
  );
  const pr = {
    owner: context.owner,
    repo: context.repo,
    number: opened.number,
    baseSha: opened.baseSha,
    headSha: opened.headSha,
    labels: [],
    baseRef: defaultBranch,
    headRef: opened.branch,
  };
  // Pull requests opened with GITHUB_TOKEN start no workflow, so the rollback PR is reviewed here.
  const identity = await findActionIdentity(octokit);
  const target = { ...pr, identity, ...(context.runUrl ? { detailsUrl: context.runUrl } : {}) };
  const outcome = await guardCheck(octokit, target, logger, async (client) => {
    const { config } = await loadConfig(reader, pr.baseSha, inputs.config);
    return publishPullRequestReview({ ...run, octokit: client, identity, config }, pr, {});
  });
  return { ...outcome, notice: outcome.notice ?? `${verb} rollback pull request ${opened.url}` };
}
