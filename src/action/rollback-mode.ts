// `mode: rollback`: opens a PR restoring a prompt file's earlier version, then reviews that PR itself.
import { createGitHubPublisher } from "../adapters/github/github-publisher.js";
import { getDefaultBranch } from "../adapters/github/repository.js";
import { loadConfig } from "../core/config/config.js";
import type { Publisher } from "../pr/publisher.js";
import { createReviewCheck } from "../pr/review-check.js";
import { buildCheckTarget } from "../pr/review-pull-request.js";
import { type ActionRun, createActionOctokit, findActionIdentity } from "./action-deps.js";
import type { ActionOutcome } from "./outputs.js";
import { runPullRequestReview } from "./review-event.js";

export async function runRollbackMode(run: ActionRun): Promise<ActionOutcome> {
  const { inputs, context, logger } = run;
  const path = inputs.prompt!.replace(/^\.\//, "");
  const octokit = createActionOctokit(run);
  const publisher: Publisher = createGitHubPublisher(octokit);
  const reader = publisher.readRepository(context, logger);
  const defaultBranch =
    context.payload.repository?.default_branch ??
    (await getDefaultBranch(octokit, { owner: context.owner, repo: context.repo }));
  const toSha = inputs.to ? await reader.resolveRef(inputs.to) : undefined;
  const opened = await publisher.openRollbackPullRequest({
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
  const detailsUrl = context.runUrl ? { detailsUrl: context.runUrl } : {};
  const check = createReviewCheck(publisher, buildCheckTarget({ identity }, pr, detailsUrl), logger);
  const outcome = await check.failOnError(async () => {
    const { config } = await loadConfig(reader, pr.baseSha, inputs.config);
    return runPullRequestReview({ ...run, publisher, identity, config, check }, pr, {});
  });
  return { ...outcome, notice: outcome.notice ?? `${verb} rollback pull request ${opened.url}` };
}
