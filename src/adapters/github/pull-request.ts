// A pull request as the review sees it, and the "has the head moved?" check made before every write.
import { z } from "zod";
import { type GitHubClient, requestData, requestParsed } from "./octokit.js";

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

/** The fields of `GET /pulls/{n}` the review reads; the head SHA above all (every write is gated on it). */
const pullRequestSchema = z.object({
  number: z.number(),
  state: z.enum(["open", "closed"]),
  html_url: z.string(),
  labels: z.array(z.object({ name: z.string() })),
  head: z.object({
    ref: z.string(),
    sha: z.string().regex(/^[0-9a-f]{40}$/i, "not a commit SHA"),
    repo: z
      .object({ full_name: z.string(), pushed_at: z.union([z.string(), z.number()]).nullish() })
      .nullable(),
  }),
  base: z.object({
    ref: z.string(),
    sha: z.string().regex(/^[0-9a-f]{40}$/i, "not a commit SHA"),
    repo: z.object({ full_name: z.string(), default_branch: z.string() }),
  }),
});

export async function getPullRequest(client: GitHubClient, ref: PullRequestRef): Promise<PullRequestInfo> {
  const pr = await requestParsed(
    client,
    "GET /repos/{owner}/{repo}/pulls/{pull_number}",
    { owner: ref.owner, repo: ref.repo, pull_number: ref.number },
    pullRequestSchema,
  );
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

/** Open pull requests whose head is `headSha`: a check run lists only same-repository PRs, so forks are found here. */
export async function listOpenPullRequestsAt(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  headSha: string,
): Promise<number[]> {
  const pulls = await requestData<Array<{ number: number; state: string }>>(
    client,
    "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls",
    { owner: repo.owner, repo: repo.repo, commit_sha: headSha },
  );
  return pulls.filter((pr) => pr.state === "open").map((pr) => pr.number);
}

/** GitHub's `pushed_at`: an ISO string in the REST API, Unix seconds in some webhook payloads. */
export function toIsoTime(value: string | number | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const ms = typeof value === "number" ? value * 1000 : Date.parse(value);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}
