// A pull request as the review sees it, and the "has the head moved?" check made before every write.
import { type GitHubClient, requestData } from "./octokit.js";

export interface PullRequestRef {
  owner: string;
  repo: string;
  number: number;
}

export interface PullRequestInfo {
  number: number;
  baseSha: string;
  headSha: string;
  baseRef: string;
  headRef: string;
  /** `owner/repo` of the head branch; null when the fork was deleted. */
  headRepoFullName: string | null;
  /** Head branch lives in another repository (its token and secrets must not be trusted). */
  isFork: boolean;
  /** When the head repository was last pushed to (GitHub's `pushed_at`); null when unknown or deleted. */
  headPushedAt: string | null;
  labels: string[];
  state: "open" | "closed";
  defaultBranch: string;
  htmlUrl: string;
}

interface PullRequestData {
  number: number;
  state: "open" | "closed";
  html_url: string;
  labels: Array<{ name: string }>;
  head: { ref: string; sha: string; repo: { full_name: string; pushed_at?: string | number | null } | null };
  base: { ref: string; sha: string; repo: { full_name: string; default_branch: string } };
}

export async function getPullRequest(client: GitHubClient, ref: PullRequestRef): Promise<PullRequestInfo> {
  const pr = await requestData<PullRequestData>(client, "GET /repos/{owner}/{repo}/pulls/{pull_number}", {
    owner: ref.owner,
    repo: ref.repo,
    pull_number: ref.number,
  });
  const headRepoFullName = pr.head.repo?.full_name ?? null;
  return {
    number: pr.number,
    baseSha: pr.base.sha,
    headSha: pr.head.sha,
    baseRef: pr.base.ref,
    headRef: pr.head.ref,
    headRepoFullName,
    // A deleted fork has no head repo: still not ours.
    isFork: headRepoFullName?.toLowerCase() !== pr.base.repo.full_name.toLowerCase(),
    headPushedAt: toIsoTime(pr.head.repo?.pushed_at),
    labels: pr.labels.map((label) => label.name),
    state: pr.state,
    defaultBranch: pr.base.repo.default_branch,
    htmlUrl: pr.html_url,
  };
}

/** True when the PR head is still the SHA that was reviewed; a newer push makes our results stale. */
export async function isHeadCurrent(
  client: GitHubClient,
  ref: PullRequestRef,
  reviewedSha: string,
): Promise<boolean> {
  const pr = await getPullRequest(client, ref);
  return pr.headSha.toLowerCase() === reviewedSha.toLowerCase();
}

/** GitHub's `pushed_at`: an ISO string in the REST API, Unix seconds in some webhook payloads. */
export function toIsoTime(value: string | number | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const ms = typeof value === "number" ? value * 1000 : Date.parse(value);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}
