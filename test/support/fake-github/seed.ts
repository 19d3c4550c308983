// Seeds the fake GitHub for in-process tests: a base commit on the default branch and a pull request whose head
// commit holds the head files, at fixed SHAs so rendered output names the same commits on every run.

import type { FakeGitHubServer } from "./server.js";
import type { AddPullRequestInput } from "./state.js";

export interface SeedPullRequestInput extends Partial<Omit<AddPullRequestInput, "headSha" | "baseSha">> {
  /** Files of the base commit. */
  base: Record<string, string>;
  /** Files of the head commit, merged over the base's (null deletes). */
  head: Record<string, string | null>;
  baseSha?: string;
  headSha?: string;
}

export function seedPullRequest(github: FakeGitHubServer, input: SeedPullRequestInput) {
  const { base: baseFiles, head: headFiles, baseSha: fixedBase, headSha: fixedHead, ...pull } = input;
  const baseSha = github.addCommit({ files: baseFiles, sha: fixedBase, message: "base" });
  github.setBranch(github.state.defaultBranch, baseSha);
  const headSha = github.addCommit({ files: headFiles, parent: baseSha, sha: fixedHead, message: "head" });
  const number = pull.number ?? 7;
  const headRef = pull.headRef ?? `feature-${number}`;
  if (!pull.fork) github.setBranch(headRef, headSha);
  const pr = github.addPullRequest({ ...pull, number, headRef, baseSha, headSha });
  return { baseSha, headSha, pr };
}
