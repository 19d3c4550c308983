// The sticky comment against the fake GitHub: one comment of ours, found by marker and author, edited only on change.
import { describe, expect, it } from "vitest";
import { MissingPermissionError } from "../../../src/adapters/github/errors.js";
import {
  findStickyComment,
  findTokenIdentity,
  upsertStickyComment,
} from "../../../src/adapters/github/sticky-comment.js";
import { seedPullRequest } from "../../support/fake-github/seed.js";
import { useFakeGitHub } from "../../support/fake-github/use-fake-github.js";

const OWNER = "octo-org";
const REPO = "prompts";
const marker = "<!-- promptgate:comment -->";
const target = { owner: OWNER, repo: REPO, issueNumber: 7, marker, identity: "github-actions[bot]" };
const commentsPath = `/repos/${OWNER}/${REPO}/issues/7/comments`;
const fake = useFakeGitHub();

/** Pull request #7 with the given comments, oldest first; returns their ids. */
function withComments(...comments: Array<[body: string, login: string]>): number[] {
  seedPullRequest(fake.github, { base: { "README.md": "hi\n" }, head: {} });
  return comments.map(([body, login]) => fake.github.addComment(7, body, login));
}

const commentReads = () => fake.github.requests.filter((r) => r.method === "GET" && r.path === commentsPath);

describe("upsertStickyComment", () => {
  it("creates the comment when none of ours exists", async () => {
    withComments(["LGTM", "octocat"]);

    const result = await upsertStickyComment(fake.client, { ...target, body: `${marker}\n## promptgate` });

    const created = fake.github.state.comments.at(-1)!;
    expect(result).toEqual({
      action: "created",
      id: created.id,
      url: `https://github.com/octo-org/prompts/pull/7#issuecomment-${created.id}`,
    });
    expect(commentReads().map((r) => r.query)).toEqual([{ per_page: "100", page: "1" }]);
    expect(fake.github.writes().map(({ method, path, body }) => ({ method, path, body }))).toEqual([
      { method: "POST", path: commentsPath, body: { body: `${marker}\n## promptgate` } },
    ]);
  });

  it("edits our comment in place when the body changed", async () => {
    const [ours] = withComments([`${marker}\nold`, "github-actions[bot]"]);

    const result = await upsertStickyComment(fake.client, { ...target, body: `${marker}\nnew` });

    expect(result.action).toBe("updated");
    expect(result.id).toBe(ours);
    expect(fake.github.writes().map(({ method, path, body }) => ({ method, path, body }))).toEqual([
      {
        method: "PATCH",
        path: `/repos/octo-org/prompts/issues/comments/${ours}`,
        body: { body: `${marker}\nnew` },
      },
    ]);
  });

  it("sends nothing when the body is unchanged (CRLF from a browser edit included)", async () => {
    const [ours] = withComments([`${marker}\r\nsame\r\n`, "github-actions[bot]"]);

    const result = await upsertStickyComment(fake.client, { ...target, body: `${marker}\nsame\n` });

    expect(result).toMatchObject({ action: "unchanged", id: ours });
    expect(fake.github.requests.map((r) => r.method)).toEqual(["GET"]);
  });

  it("ignores a comment by someone else that quotes the marker, and adds the marker when missing", async () => {
    withComments(
      [`> ${marker}\n> the bot said this`, "octocat"],
      [`${marker}\nfrom another app`, "other-app[bot]"],
    );

    const result = await upsertStickyComment(fake.client, { ...target, body: "body without marker" });

    expect(result.action).toBe("created");
    expect(fake.github.writes().at(-1)?.body).toEqual({ body: `${marker}\nbody without marker` });
  });

  it("follows the Link header to find our comment on a later page, and stops there", async () => {
    const others = Array.from({ length: 100 }, (_, i): [string, string] => [`comment ${i}`, "octocat"]);
    const later = Array.from({ length: 100 }, (_, i): [string, string] => [`later ${i}`, "octocat"]);
    const ids = withComments(...others, [`${marker}\nours`, "github-actions[bot]"], ...later);

    const found = await findStickyComment(fake.client, target);

    expect(found).toEqual({
      id: ids[100],
      url: `https://github.com/octo-org/prompts/pull/7#issuecomment-${ids[100]}`,
      body: `${marker}\nours`,
    });
    // Page 3 was never asked for.
    expect(commentReads().map((r) => r.query.page)).toEqual(["1", "2"]);
  });

  it("maps a refused comment write to MissingPermissionError", async () => {
    withComments();
    fake.github.failNext({
      method: "POST",
      path: /\/issues\/7\/comments$/,
      status: 403,
      message: "Resource not accessible by integration",
    });

    const error = await upsertStickyComment(fake.client, { ...target, body: marker }).catch(
      (e: unknown) => e,
    );

    expect(error).toBeInstanceOf(MissingPermissionError);
    expect((error as MissingPermissionError).permission).toBe("pull-requests: write");
    expect((error as Error).message).toContain("permissions:\n    contents: read\n    pull-requests: write");
  });
});

describe("findTokenIdentity", () => {
  it("uses the login GET /user returns", async () => {
    fake.github.state.userLogin = "promptgate-bot";
    expect(await findTokenIdentity(fake.client, "github-actions[bot]")).toBe("promptgate-bot");
  });

  it("falls back when an installation token or GITHUB_TOKEN may not call /user", async () => {
    // The fake answers GET /user with GitHub's 403 unless it is given a login.
    expect(await findTokenIdentity(fake.client, "promptgate[bot]")).toBe("promptgate[bot]");
  });

  it("does not hide other failures", async () => {
    fake.github.failNext({ method: "GET", path: /^\/user$/, status: 500, message: "Server Error" });
    await expect(findTokenIdentity(fake.client, "x[bot]")).rejects.toMatchObject({ status: 500 });
  });
});
