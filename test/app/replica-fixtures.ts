// Many pull requests with several pushes each, on the fake GitHub, and their webhook payloads (replica test, bench).
import { createHash } from "node:crypto";
import type { FakeGitHubServer } from "../support/fake-github/server.js";
import { pricingConfig, supportPrompt, systemWithLink } from "../support/review-harness.js";
import { loadEvent, systemWithoutLink } from "./app-harness.js";

/** The head SHA of pull request `pr` after push `rev` (1 = as opened). */
export const sha = (pr: number, rev: number): string =>
  createHash("sha1").update(`pr${pr}-rev${rev}`).digest("hex");

/** Text in the head's system prompt, so a model request shows which PR and push it reviews. */
export const marker = (pr: number, rev: number): string => `(revision ${pr}.${rev})`;

/** One base commit; each PR's head drops the refund link (a regression) and names its revision. */
export function seedPullRequests(github: FakeGitHubServer, prs: number[], revisions: number[]): string {
  const base = github.addCommit({
    message: "add the support prompt",
    files: { "promptgate.yml": pricingConfig, "prompts/support.prompt.yml": supportPrompt(systemWithLink) },
  });
  github.setBranch("main", base);
  for (const pr of prs) {
    let parent = base;
    for (const rev of revisions)
      parent = github.addCommit({
        sha: sha(pr, rev),
        parent,
        message: `revision ${rev}`,
        files: { "prompts/support.prompt.yml": supportPrompt(`${systemWithoutLink} ${marker(pr, rev)}`) },
      });
    github.addPullRequest({ number: pr, baseSha: base, headSha: sha(pr, 1), headRef: `feature-${pr}` });
  }
  return base;
}

/** `pull_request.opened` for revision 1, else `synchronize` from the previous revision. */
export function pullRequestEvent(pr: number, rev: number, baseSha: string): Record<string, unknown> {
  const event = loadEvent(rev === 1 ? "pull_request.opened" : "pull_request.synchronize");
  const pull = event.pull_request as Record<string, Record<string, unknown>>;
  return {
    ...event,
    number: pr,
    ...(rev > 1 ? { before: sha(pr, rev - 1), after: sha(pr, rev) } : {}),
    pull_request: {
      ...pull,
      number: pr,
      labels: [],
      base: { ...pull.base, sha: baseSha },
      head: { ...pull.head, sha: sha(pr, rev), ref: `feature-${pr}` },
    },
  };
}
