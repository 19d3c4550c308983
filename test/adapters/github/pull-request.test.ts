// Pull request reads and the head-moved check, against a nock'd GitHub.
import { readFile } from "node:fs/promises";
import nock from "nock";
import { afterEach, describe, expect, it } from "vitest";
import { hasWriteAccess } from "../../../src/adapters/github/permissions.js";
import { getPullRequest, isHeadCurrent, toIsoTime } from "../../../src/adapters/github/pull-request.js";
import { createTestClient, githubScope, OWNER, pullRequest, REPO, REPO_PATH, sha } from "./github-api.js";

const ref = { owner: OWNER, repo: REPO, number: 7 };

afterEach(() => {
  nock.cleanAll();
});

describe("getPullRequest", () => {
  it("reads shas, refs, labels and the default branch", async () => {
    githubScope()
      .get(`${REPO_PATH}/pulls/7`)
      .reply(
        200,
        pullRequest({ headSha: sha("a"), baseSha: sha("b"), labels: ["promptgate: accept regression"] }),
      );

    expect(await getPullRequest(createTestClient(), ref)).toEqual({
      number: 7,
      baseSha: sha("b"),
      headSha: sha("a"),
      baseRef: "main",
      headRef: "tighten",
      headRepoFullName: "octo-org/prompts",
      isFork: false,
      headPushedAt: "2025-06-01T09:59:00.000Z",
      labels: ["promptgate: accept regression"],
      state: "open",
      defaultBranch: "main",
      htmlUrl: "https://github.com/octo-org/prompts/pull/7",
    });
  });

  it("reads pushed_at as GitHub writes it: ISO in the REST API, Unix seconds in some webhooks", () => {
    expect(toIsoTime("2025-06-01T09:59:00Z")).toBe("2025-06-01T09:59:00.000Z");
    expect(toIsoTime(1748771940)).toBe("2025-06-01T09:59:00.000Z");
    expect(toIsoTime(null)).toBeNull();
    expect(toIsoTime("not a time")).toBeNull();
  });

  it("marks a PR from a fork, or from a deleted fork, as a fork", async () => {
    githubScope()
      .get(`${REPO_PATH}/pulls/7`)
      .reply(200, pullRequest({ headSha: sha("a"), baseSha: sha("b"), headRepo: "contributor/prompts" }))
      .get(`${REPO_PATH}/pulls/7`)
      .reply(200, pullRequest({ headSha: sha("a"), baseSha: sha("b"), headRepo: null }));

    expect(await getPullRequest(createTestClient(), ref)).toMatchObject({
      isFork: true,
      headRepoFullName: "contributor/prompts",
    });
    expect(await getPullRequest(createTestClient(), ref)).toMatchObject({
      isFork: true,
      headRepoFullName: null,
    });
  });
});

describe("isHeadCurrent", () => {
  it("is true while the head is the reviewed SHA and false after a newer push", async () => {
    githubScope()
      .get(`${REPO_PATH}/pulls/7`)
      .reply(200, pullRequest({ headSha: sha("a"), baseSha: sha("b") }))
      .get(`${REPO_PATH}/pulls/7`)
      .reply(200, pullRequest({ headSha: sha("d"), baseSha: sha("b") }));

    expect(await isHeadCurrent(createTestClient(), ref, sha("a"))).toBe(true);
    expect(await isHeadCurrent(createTestClient(), ref, sha("a"))).toBe(false);
  });
});

describe("hasWriteAccess", () => {
  const permission = (role: string, legacy: string) => ({
    permission: legacy,
    role_name: role,
    user: { login: "someone", type: "User", permissions: {} },
  });

  it.each([
    ["admin", "admin", true],
    ["maintain", "write", true],
    ["write", "write", true],
    ["triage", "read", false],
    ["read", "read", false],
  ])("role %s → %s", async (role, legacy, expected) => {
    githubScope().get(`${REPO_PATH}/collaborators/someone/permission`).reply(200, permission(role, legacy));
    expect(await hasWriteAccess(createTestClient(), { owner: OWNER, repo: REPO, username: "someone" })).toBe(
      expected,
    );
  });

  it("is false for a user who is not a collaborator", async () => {
    githubScope()
      .get(`${REPO_PATH}/collaborators/drive-by/permission`)
      .reply(404, { message: "drive-by is not a user", status: "404" });
    expect(await hasWriteAccess(createTestClient(), { owner: OWNER, repo: REPO, username: "drive-by" })).toBe(
      false,
    );
  });
});

describe("event fixtures", () => {
  // A webhook's `pull_request` has the REST shape, so the recorded payloads double as API answers.
  it.each([
    ["pull_request.opened.json", { isFork: false, labels: ["prompts"], headRef: "tighten-support-prompt" }],
    ["pull_request.opened.fork.json", { isFork: true, labels: [], headRepoFullName: "contributor/prompts" }],
    ["pull_request.labeled.json", { labels: ["prompts", "promptgate: accept regression"] }],
  ])("%s reads back as %o", async (file, expected) => {
    const event = JSON.parse(
      await readFile(new URL(`../../fixtures/events/${file}`, import.meta.url), "utf8"),
    );
    githubScope().get(`${REPO_PATH}/pulls/7`).reply(200, event.pull_request);

    const pr = await getPullRequest(createTestClient(), ref);

    expect(pr).toMatchObject({ ...expected, number: event.number, headSha: event.pull_request.head.sha });
  });
});
