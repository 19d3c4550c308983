// The loopback fake GitHub, driven through the real GitHub adapters over real HTTP.
import { readFile } from "node:fs/promises";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { completeCheckRun, startCheckRun } from "../../../src/adapters/github/check-run.js";
import { MissingPermissionError } from "../../../src/adapters/github/errors.js";
import { createGitHubRepoReader } from "../../../src/adapters/github/github-repo-reader.js";
import { createOctokit, type GitHubClient } from "../../../src/adapters/github/octokit.js";
import { hasWriteAccess } from "../../../src/adapters/github/permissions.js";
import { getPullRequest, isHeadCurrent } from "../../../src/adapters/github/pull-request.js";
import { openRollbackPullRequest } from "../../../src/adapters/github/rollback.js";
import { findTokenIdentity, upsertStickyComment } from "../../../src/adapters/github/sticky-comment.js";
import { type FakeGitHubServer, startFakeGitHubServer } from "./server.js";

const repo = { owner: "octo-org", repo: "prompts" };
const marker = "<!-- promptgate:comment -->";
let server: FakeGitHubServer;
let client: GitHubClient;
let base: string;
let head: string;

beforeEach(async () => {
  server = await startFakeGitHubServer({ permissions: { maintainer: "maintain", reader: "read" } });
  client = createOctokit({ token: "ghs_test", baseUrl: server.url, throttle: false, retry: false });
  base = server.addCommit({
    files: { "prompts/support.prompt.yml": "name: v1\n", "data/cases.csv": "q,a\n", "README.md": "# hi\n" },
    message: "add support prompt",
  });
  server.setBranch("main", base);
  head = server.addCommit({
    parent: base,
    files: {
      "prompts/support.prompt.yml": "name: v2\n",
      "data/cases.csv": null,
      "data/support-cases.csv": "q,a\n",
      "README.md": null,
      "prompts/new.prompt.yml": "name: new\n",
    },
  });
  server.setBranch("feature-7", head);
  server.addPullRequest({
    number: 7,
    baseSha: base,
    headSha: head,
    headRef: "feature-7",
    labels: ["prompts"],
  });
});

afterEach(async () => {
  await server.close();
});

describe("fake GitHub server through the adapters", () => {
  it("serves the pull request as data to the repo reader", async () => {
    const reader = createGitHubRepoReader(client, repo);
    expect(await reader.resolveRef("main")).toBe(base);
    expect(await reader.listChangedFiles(base, head)).toEqual([
      { status: "deleted", path: "README.md" },
      { status: "renamed", path: "data/support-cases.csv", previousPath: "data/cases.csv" },
      { status: "added", path: "prompts/new.prompt.yml" },
      { status: "modified", path: "prompts/support.prompt.yml" },
    ]);
    expect(await reader.readFile(head, "prompts/support.prompt.yml")).toBe("name: v2\n");
    expect(await reader.readFile(base, "prompts/support.prompt.yml")).toBe("name: v1\n");
    expect(await reader.readFile(head, "README.md")).toBeNull();
    expect(await reader.readFile(head, "prompts")).toBeNull();
    expect(await reader.listFiles(head)).toEqual([
      "data/support-cases.csv",
      "prompts/new.prompt.yml",
      "prompts/support.prompt.yml",
    ]);
    await expect(reader.resolveRef("no-such-branch")).rejects.toThrow('unknown ref "no-such-branch"');
    expect(server.writes()).toEqual([]);
  });

  it("reads the PR, notices a newer push, and answers permission checks", async () => {
    const pr = await getPullRequest(client, { ...repo, number: 7 });
    expect(pr).toMatchObject({
      headSha: head,
      baseSha: base,
      isFork: false,
      labels: ["prompts"],
      defaultBranch: "main",
    });
    expect(await isHeadCurrent(client, { ...repo, number: 7 }, head)).toBe(true);
    server.setBranch("feature-7", server.addCommit({ parent: head, files: { "x.txt": "x" } }));
    expect(await isHeadCurrent(client, { ...repo, number: 7 }, head)).toBe(false);
    expect(await hasWriteAccess(client, { ...repo, username: "maintainer" })).toBe(true);
    expect(await hasWriteAccess(client, { ...repo, username: "reader" })).toBe(false);
    expect(await hasWriteAccess(client, { ...repo, username: "stranger" })).toBe(false);
  });

  it("keeps one sticky comment and one check run per head SHA", async () => {
    const identity = await findTokenIdentity(client, "github-actions[bot]");
    expect(identity).toBe("github-actions[bot]");
    server.addComment(7, `> ${marker}\n> quoted by a human`, "octocat");
    const target = { ...repo, issueNumber: 7, marker, identity };
    const first = await upsertStickyComment(client, { ...target, body: `${marker}\nfirst` });
    const again = await upsertStickyComment(client, { ...target, body: `${marker}\nfirst` });
    const second = await upsertStickyComment(client, { ...target, body: `${marker}\nsecond` });
    expect([first.action, again.action, second.action]).toEqual(["created", "unchanged", "updated"]);
    expect(second.id).toBe(first.id);
    expect(server.state.comments.map((c) => [c.user, c.body])).toEqual([
      ["octocat", `> ${marker}\n> quoted by a human`],
      ["github-actions[bot]", `${marker}\nsecond`],
    ]);

    const run = await startCheckRun(client, { ...repo, headSha: head });
    expect((await startCheckRun(client, { ...repo, headSha: head })).id).toBe(run.id);
    const annotations = Array.from({ length: 120 }, (_, i) => ({
      path: "prompts/support.prompt.yml",
      start_line: i + 1,
      end_line: i + 1,
      annotation_level: "warning" as const,
      message: `case ${i}`,
    }));
    await completeCheckRun(client, {
      ...repo,
      checkRunId: run.id,
      conclusion: "failure",
      title: "1 regression",
      summary: "summary",
      annotations,
    });
    expect(server.state.checkRuns).toHaveLength(1);
    expect(server.state.checkRuns[0]).toMatchObject({
      status: "completed",
      conclusion: "failure",
      updates: 3,
    });
    expect(server.state.checkRuns[0]?.annotations).toHaveLength(120);
    // A completed run is not reused: a re-run gets a fresh one.
    expect((await startCheckRun(client, { ...repo, headSha: head })).id).not.toBe(run.id);
  });

  it("turns a refused check write into a MissingPermissionError", async () => {
    server.failNext({
      method: "POST",
      path: /\/check-runs$/,
      status: 403,
      message: "Resource not accessible by integration",
    });
    const error = await startCheckRun(client, { ...repo, headSha: head }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MissingPermissionError);
    expect((error as MissingPermissionError).permission).toBe("checks: write");
  });

  it("opens a rollback PR with the earlier version, through the GHE path prefix", async () => {
    const v2 = server.addCommit({ parent: base, files: { "prompts/support.prompt.yml": "name: v2\n" } });
    server.setBranch("main", v2);
    const ghe = createOctokit({
      token: "ghs_test",
      baseUrl: `${server.url}/api/v3`,
      throttle: false,
      retry: false,
    });
    const result = await openRollbackPullRequest(ghe, {
      ...repo,
      path: "prompts/support.prompt.yml",
      defaultBranch: "main",
    });
    expect(result).toMatchObject({
      toSha: base,
      baseSha: v2,
      branch: `promptgate/rollback-support-${base.slice(0, 7)}`,
    });
    const reader = createGitHubRepoReader(client, repo);
    expect(await reader.readFile(result.branch, "prompts/support.prompt.yml")).toBe("name: v1\n");
    expect(await reader.readFile(result.branch, "README.md")).toBe("# hi\n");
    const pr = await getPullRequest(client, { ...repo, number: result.number });
    expect(pr).toMatchObject({ headSha: result.headSha, baseRef: "main", headRef: result.branch });
    expect(server.writes().map((w) => `${w.method} ${w.path}`)).toEqual([
      "POST /repos/octo-org/prompts/git/refs",
      "POST /repos/octo-org/prompts/git/blobs",
      "POST /repos/octo-org/prompts/git/trees",
      "POST /repos/octo-org/prompts/git/commits",
      `PATCH /repos/octo-org/prompts/git/refs/heads/${result.branch}`,
      "POST /repos/octo-org/prompts/pulls",
    ]);
    expect(server.requests.every((r) => r.authorization === "token ghs_test")).toBe(true);
  });

  it("replays a webhook fixture's shas and pages comments with a Link header", async () => {
    const event = JSON.parse(
      await readFile(new URL("../../fixtures/events/pull_request.opened.json", import.meta.url), "utf8"),
    );
    const { base: b, head: h, number } = { ...event.pull_request, number: event.number };
    server.addCommit({ sha: b.sha, files: { "prompts/support.prompt.yml": "name: v1\n" } });
    server.addCommit({ sha: h.sha, parent: b.sha, files: { "prompts/support.prompt.yml": "name: v2\n" } });
    server.addPullRequest({ number, baseSha: b.sha, headSha: h.sha, headRef: h.ref, labels: ["prompts"] });
    for (let i = 0; i < 120; i++) server.addComment(number, `comment ${i}`, "octocat");
    server.addComment(number, `${marker}\nours`);

    const reader = createGitHubRepoReader(client, repo);
    expect(await reader.listChangedFiles(b.sha, h.sha)).toEqual([
      { status: "modified", path: "prompts/support.prompt.yml" },
    ]);
    const target = { ...repo, issueNumber: number, marker, identity: "github-actions[bot]" };
    expect((await upsertStickyComment(client, { ...target, body: `${marker}\nours` })).action).toBe(
      "unchanged",
    );
    expect(server.requests.filter((r) => r.path.endsWith("/comments")).map((r) => r.query.page)).toEqual([
      "1",
      "2",
    ]);
  });

  it("serves the App's installation, token, repository and reaction endpoints", async () => {
    const commentId = server.addComment(7, "/promptgate rollback prompts/support.prompt.yml", "octocat");
    const installation = await client.request("GET /repos/{owner}/{repo}/installation", repo);
    const token = await client.request("POST /app/installations/{installation_id}/access_tokens", {
      installation_id: (installation.data as { id: number }).id,
    });
    const repository = await client.request("GET /repos/{owner}/{repo}", repo);
    await client.request("POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions", {
      ...repo,
      comment_id: commentId,
      content: "eyes",
    });

    expect(installation.data).toMatchObject({ id: 4242, app_slug: "promptgate" });
    expect(token).toMatchObject({ status: 201, data: { token: expect.stringMatching(/^ghs_/) } });
    expect(repository.data).toMatchObject({ full_name: "octo-org/prompts", default_branch: "main" });
    expect(server.state.reactions).toEqual([{ commentId, content: "eyes", user: "github-actions[bot]" }]);
    await expect(
      client.request("GET /repos/{owner}/{repo}", { owner: "other", repo: "x" }),
    ).rejects.toMatchObject({
      status: 404,
    });
  });
});
