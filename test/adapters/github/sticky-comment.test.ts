// The sticky comment against a nock'd GitHub: one comment of ours, found by marker and author, edited only on change.
import nock from "nock";
import { afterEach, describe, expect, it } from "vitest";
import { MissingPermissionError } from "../../../src/adapters/github/errors.js";
import {
  findStickyComment,
  findTokenIdentity,
  upsertStickyComment,
} from "../../../src/adapters/github/sticky-comment.js";
import {
  API,
  createTestClient,
  githubScope,
  issueComment,
  OWNER,
  REPO,
  REPO_PATH,
  type SeenRequest,
} from "./github-api.js";

const marker = "<!-- promptgate:comment -->";
const target = { owner: OWNER, repo: REPO, issueNumber: 7, marker, identity: "github-actions[bot]" };
const commentsPath = `${REPO_PATH}/issues/7/comments`;

afterEach(() => {
  nock.cleanAll();
});

describe("upsertStickyComment", () => {
  it("creates the comment when none of ours exists", async () => {
    const seen: SeenRequest[] = [];
    const scope = githubScope(seen)
      .get(commentsPath)
      .query({ per_page: 100, page: 1 })
      .reply(200, [issueComment(1, "LGTM", "octocat")])
      .post(commentsPath)
      .reply(201, (_uri, body) => issueComment(11, (body as { body: string }).body, "github-actions[bot]"));

    const result = await upsertStickyComment(createTestClient(), {
      ...target,
      body: `${marker}\n## promptgate`,
    });

    expect(result).toEqual({
      action: "created",
      id: 11,
      url: "https://github.com/octo-org/prompts/pull/7#issuecomment-11",
    });
    expect(seen.filter((r) => r.method !== "GET")).toMatchInlineSnapshot(`
      [
        {
          "body": {
            "body": "<!-- promptgate:comment -->
      ## promptgate",
          },
          "method": "POST",
          "path": "/repos/octo-org/prompts/issues/7/comments",
        },
      ]
    `);
    scope.done();
  });

  it("edits our comment in place when the body changed", async () => {
    const seen: SeenRequest[] = [];
    const scope = githubScope(seen)
      .get(commentsPath)
      .query(true)
      .reply(200, [issueComment(5, `${marker}\nold`, "github-actions[bot]")])
      .patch(`${REPO_PATH}/issues/comments/5`)
      .reply(200, (_uri, body) => issueComment(5, (body as { body: string }).body, "github-actions[bot]"));

    const result = await upsertStickyComment(createTestClient(), { ...target, body: `${marker}\nnew` });

    expect(result.action).toBe("updated");
    expect(result.id).toBe(5);
    expect(seen.filter((r) => r.method !== "GET")).toMatchInlineSnapshot(`
      [
        {
          "body": {
            "body": "<!-- promptgate:comment -->
      new",
          },
          "method": "PATCH",
          "path": "/repos/octo-org/prompts/issues/comments/5",
        },
      ]
    `);
    scope.done();
  });

  it("sends nothing when the body is unchanged (CRLF from a browser edit included)", async () => {
    const seen: SeenRequest[] = [];
    const scope = githubScope(seen)
      .get(commentsPath)
      .query(true)
      .reply(200, [issueComment(5, `${marker}\r\nsame\r\n`, "github-actions[bot]")]);

    const result = await upsertStickyComment(createTestClient(), { ...target, body: `${marker}\nsame\n` });

    expect(result).toMatchObject({ action: "unchanged", id: 5 });
    expect(seen.map((r) => r.method)).toEqual(["GET"]);
    scope.done();
  });

  it("ignores a comment by someone else that quotes the marker, and adds the marker when missing", async () => {
    const seen: SeenRequest[] = [];
    const scope = githubScope(seen)
      .get(commentsPath)
      .query(true)
      .reply(200, [
        issueComment(3, `> ${marker}\n> the bot said this`, "octocat"),
        issueComment(4, `${marker}\nfrom another app`, "other-app[bot]"),
      ])
      .post(commentsPath)
      .reply(201, (_uri, body) => issueComment(12, (body as { body: string }).body, "github-actions[bot]"));

    const result = await upsertStickyComment(createTestClient(), { ...target, body: "body without marker" });

    expect(result.action).toBe("created");
    expect(seen.at(-1)?.body).toEqual({ body: `${marker}\nbody without marker` });
    scope.done();
  });

  it("follows the Link header to find our comment on a later page, and stops there", async () => {
    const others = Array.from({ length: 100 }, (_, i) => issueComment(100 + i, `comment ${i}`, "octocat"));
    const next = `<${API}/repositories/1/issues/7/comments?per_page=100&page=2>; rel="next"`;
    const scope = githubScope()
      .get(commentsPath)
      .query({ per_page: 100, page: 1 })
      .reply(200, others, {
        link: `${next}, <${API}/repositories/1/issues/7/comments?per_page=100&page=3>; rel="last"`,
      })
      .get(commentsPath)
      .query({ per_page: 100, page: 2 })
      .reply(200, [issueComment(250, `${marker}\nours`, "github-actions[bot]")], {
        link: `<${API}/repositories/1/issues/7/comments?per_page=100&page=3>; rel="next"`,
      });

    const found = await findStickyComment(createTestClient(), target);

    expect(found).toEqual({
      id: 250,
      url: "https://github.com/octo-org/prompts/pull/7#issuecomment-250",
      body: `${marker}\nours`,
    });
    scope.done(); // page 3 was never asked for
  });

  it("maps a refused comment write to MissingPermissionError", async () => {
    githubScope().get(commentsPath).query(true).reply(200, []).post(commentsPath).reply(403, {
      message: "Resource not accessible by integration",
      documentation_url: "https://docs.github.com/rest/issues/comments#create-an-issue-comment",
      status: "403",
    });

    const error = await upsertStickyComment(createTestClient(), { ...target, body: marker }).catch(
      (e: unknown) => e,
    );

    expect(error).toBeInstanceOf(MissingPermissionError);
    expect((error as MissingPermissionError).permission).toBe("pull-requests: write");
    expect((error as Error).message).toContain("permissions:\n    contents: read\n    pull-requests: write");
  });
});

describe("findTokenIdentity", () => {
  it("uses the login GET /user returns", async () => {
    githubScope().get("/user").reply(200, { login: "promptgate-bot", id: 9, type: "User" });
    expect(await findTokenIdentity(createTestClient(), "github-actions[bot]")).toBe("promptgate-bot");
  });

  it("falls back when an installation token or GITHUB_TOKEN may not call /user", async () => {
    githubScope()
      .get("/user")
      .reply(403, { message: "Resource not accessible by integration", status: "403" });
    expect(await findTokenIdentity(createTestClient(), "promptgate[bot]")).toBe("promptgate[bot]");
  });

  it("does not hide other failures", async () => {
    githubScope().get("/user").reply(500, { message: "Server Error" });
    await expect(findTokenIdentity(createTestClient(), "x[bot]")).rejects.toMatchObject({ status: 500 });
  });
});
