// Branch refs through the git data API: create one, or move one forward (never a force push).
import type { GitHubClient } from "./octokit.js";

interface RepoName {
  owner: string;
  repo: string;
}

export async function createBranchRef(
  client: GitHubClient,
  { owner, repo }: RepoName,
  branch: string,
  sha: string,
) {
  await client.request("POST /repos/{owner}/{repo}/git/refs", {
    owner,
    repo,
    ref: `refs/heads/${branch}`,
    sha,
  });
}

/** Fast-forwards `branch` to `sha`; GitHub refuses (422) when that would drop commits. */
export async function advanceBranch(
  client: GitHubClient,
  { owner, repo }: RepoName,
  branch: string,
  sha: string,
) {
  await client.request("PATCH /repos/{owner}/{repo}/git/refs/{ref}", {
    owner,
    repo,
    ref: `heads/${branch}`,
    sha,
    force: false,
  });
}
