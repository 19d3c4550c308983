// The one sticky PR comment: found by its hidden marker and our own login, created once, then edited in place.
import { z } from "zod";
import { isHttpError, withPermission } from "./errors.js";
import { type GitHubClient, listAllPages, requestData, requestParsed } from "./octokit.js";

export interface StickyCommentTarget {
  owner: string;
  repo: string;
  issueNumber: number;
  /** Hidden HTML comment that marks our comment, e.g. `<!-- promptgate:comment -->`. */
  marker: string;
  /** Login the token acts as (`github-actions[bot]`, `<app-slug>[bot]`); see `findTokenIdentity`. */
  identity: string;
}

export interface StickyComment {
  id: number;
  url: string;
  body: string;
}

export interface UpsertResult {
  action: "created" | "updated" | "unchanged";
  id: number;
  url: string;
}

/** A comment as the sticky lookup reads it: a list item without these cannot be told ours or not. */
const issueCommentSchema = z.object({
  id: z.number(),
  html_url: z.string(),
  body: z.string().nullish(),
  user: z.object({ login: z.string() }).nullable(),
});

type IssueComment = z.infer<typeof issueCommentSchema>;

/** Comments come as a list of up to 100 per page, oldest first; our comment is the oldest match. */
export async function findStickyComment(
  client: GitHubClient,
  target: StickyCommentTarget,
): Promise<StickyComment | null> {
  const isOurs = (comment: IssueComment) =>
    (comment.body ?? "").includes(target.marker) &&
    comment.user?.login.toLowerCase() === target.identity.toLowerCase();
  const comments = await listAllPages<IssueComment>(
    client,
    "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
    { owner: target.owner, repo: target.repo, issue_number: target.issueNumber },
    (page) => page.some(isOurs),
    issueCommentSchema,
  );
  const found = comments.find(isOurs);
  return found ? { id: found.id, url: found.html_url, body: found.body ?? "" } : null;
}

/** Creates our comment, or edits it when the body changed; an unchanged body is not re-sent. */
export async function upsertStickyComment(
  client: GitHubClient,
  target: StickyCommentTarget & { body: string },
): Promise<UpsertResult> {
  const body = target.body.includes(target.marker) ? target.body : `${target.marker}\n${target.body}`;
  const { owner, repo } = target;
  return withPermission("pull-requests: write", "write the pull request comment", async () => {
    const existing = await findStickyComment(client, target);
    if (existing && normaliseBody(existing.body) === normaliseBody(body)) {
      return { action: "unchanged", id: existing.id, url: existing.url };
    }
    if (existing) {
      const updated = await requestParsed(
        client,
        "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}",
        { owner, repo, comment_id: existing.id, body },
        issueCommentSchema,
      );
      return { action: "updated", id: updated.id, url: updated.html_url };
    }
    const created = await requestParsed(
      client,
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments",
      { owner, repo, issue_number: target.issueNumber, body },
      issueCommentSchema,
    );
    return { action: "created", id: created.id, url: created.html_url };
  });
}

/** GitHub stores comment bodies with CRLF line endings when edited in the browser. */
function normaliseBody(body: string): string {
  return body.replace(/\r\n/g, "\n");
}

/**
 * The login the token acts as. `GET /user` answers for PATs and user tokens; GITHUB_TOKEN and App
 * installation tokens get 401/403 there, so the caller's known bot login is the fallback.
 */
export async function findTokenIdentity(client: GitHubClient, fallback: string): Promise<string> {
  try {
    const user = await requestParsed(client, "GET /user", {}, z.object({ login: z.string().min(1) }));
    return user.login;
  } catch (error) {
    if (isHttpError(error, 401, 403)) return fallback;
    throw error;
  }
}

/** The App's bot login, `<slug>[bot]`, asked with the App's own (JWT) client: installation tokens cannot ask `GET /user`. */
export async function findAppBotLogin(client: GitHubClient): Promise<string> {
  const answer = await requestData<{ slug: string }>(client, "GET /app");
  return `${answer.slug}[bot]`;
}
