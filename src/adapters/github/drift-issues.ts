// The drift monitor's issues: one issue per declined prompt, found again by its label and hidden marker,
// updated (never duplicated) while the decline lasts, closed with a comment when the prompt recovers, and
// reopened when it declines again, so a prompt's drift history stays in one thread.
import { z } from "zod";
import type { DriftOutcome } from "../../core/gate/drift.js";
import {
  DRIFT_LABEL,
  driftMarker,
  renderDriftIssue,
  renderDriftTitle,
  renderRecoveredComment,
} from "../../render/drift-issue.js";
import { withPermission } from "./errors.js";
import { type GitHubClient, listAllPages, requestParsed } from "./octokit.js";

const PERMISSION = "issues: write";

export interface RepoTarget {
  owner: string;
  repo: string;
}

/** What the monitor did about one prompt's issue. */
export type DriftIssueAction =
  | { kind: "opened"; number: number; url: string }
  | { kind: "updated"; number: number; url: string }
  | { kind: "reopened"; number: number; url: string }
  | { kind: "closed"; number: number; url: string }
  | { kind: "none" };

const issueSchema = z.object({
  number: z.number(),
  html_url: z.string(),
  body: z.string().nullable().optional(),
  // The issues list holds pull requests too; they are never the monitor's issue.
  pull_request: z.unknown().optional(),
});
type Issue = z.infer<typeof issueSchema>;

/**
 * The newest drift issue of `path` in `state`: carries the label and the prompt's marker (a quote of it elsewhere
 * does not count).
 */
export async function findDriftIssue(
  client: GitHubClient,
  { owner, repo }: RepoTarget,
  path: string,
  state: "open" | "closed" = "open",
): Promise<Issue | undefined> {
  const marker = driftMarker(path);
  const isOurs = (issue: Issue) => !issue.pull_request && (issue.body ?? "").startsWith(marker);
  const issues = await listAllPages(
    client,
    "GET /repos/{owner}/{repo}/issues",
    { owner, repo, labels: DRIFT_LABEL, state },
    (page) => page.some(isOurs),
    issueSchema,
  );
  return issues.find(isOurs);
}

/** Opens or updates the issue on a drift, closes it on recovery; any other outcome leaves GitHub alone. */
export async function publishDriftIssue(
  client: GitHubClient,
  target: RepoTarget,
  outcome: DriftOutcome,
): Promise<DriftIssueAction> {
  const { status, record } = outcome;
  if (status !== "drift" && status !== "recovered") return { kind: "none" };
  const existing = await findDriftIssue(client, target, record.path);
  const { owner, repo } = target;
  if (status === "recovered") {
    if (!existing) return { kind: "none" };
    await withPermission(PERMISSION, `close the drift issue of ${record.path}`, async () => {
      await client.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
        ...{ owner, repo, issue_number: existing.number },
        body: renderRecoveredComment(outcome),
      });
      await client.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
        ...{ owner, repo, issue_number: existing.number },
        state: "closed",
        state_reason: "completed",
      });
    });
    return { kind: "closed", number: existing.number, url: existing.html_url };
  }
  const content = { title: renderDriftTitle(record.path), body: renderDriftIssue(outcome) };
  const closed = existing ? undefined : await findDriftIssue(client, target, record.path, "closed");
  return withPermission(PERMISSION, `write the drift issue of ${record.path}`, async () => {
    const earlier = existing ?? closed;
    if (earlier) {
      const route = "PATCH /repos/{owner}/{repo}/issues/{issue_number}";
      const reopen = existing ? {} : { state: "open", state_reason: "reopened" };
      const params = { owner, repo, issue_number: earlier.number, ...content, ...reopen };
      const issue = await requestParsed(client, route, params, issueSchema);
      return { kind: existing ? "updated" : "reopened", number: issue.number, url: issue.html_url };
    }
    const params = { owner, repo, ...content, labels: [DRIFT_LABEL] };
    const issue = await requestParsed(client, "POST /repos/{owner}/{repo}/issues", params, issueSchema);
    return { kind: "opened", number: issue.number, url: issue.html_url };
  });
}
