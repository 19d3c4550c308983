// Pull request reads and the head-moved check, against the fake GitHub.
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { hasWriteAccess } from "../../../src/adapters/github/permissions.js";
import { getPullRequest, isHeadCurrent, toIsoTime } from "../../../src/adapters/github/pull-request.js";
import { type SeedPullRequestInput, seedPullRequest } from "../../support/fake-github/seed.js";
import type { RepoRole } from "../../support/fake-github/server.js";
import { useFakeGitHub } from "../../support/fake-github/use-fake-github.js";

const OWNER = "octo-org";
const REPO = "prompts";
const ref = { owner: OWNER, repo: REPO, number: 7 };
const sha = (seed: string) => seed.repeat(40);
const fake = useFakeGitHub();

function seed(pull: Partial<SeedPullRequestInput> = {}) {
  return seedPullRequest(fake.github, {
    base: { "README.md": "hi\n" },
    head: { "README.md": "hi there\n" },
    baseSha: sha("b"),
    headSha: sha("a"),
    headRef: "tighten",
    ...pull,
  });
}

describe("getPullRequest", () => {
  it("reads shas, refs, labels and the default branch", async () => {
    const { pr } = seed({ labels: ["promptgate: accept regression"] });

    expect(await getPullRequest(fake.client, ref)).toEqual({
      number: 7,
      baseSha: sha("b"),
      headSha: sha("a"),
      baseRef: "main",
      headRef: "tighten",
      headRepoFullName: "octo-org/prompts",
      isFork: false,
      headPushedAt: pr.headPushedAt,
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
    const { pr } = seed({ fork: true, headRepoFullName: "contributor/prompts" });

    expect(await getPullRequest(fake.client, ref)).toMatchObject({
      isFork: true,
      headRepoFullName: "contributor/prompts",
    });
    pr.headRepoFullName = null;
    expect(await getPullRequest(fake.client, ref)).toMatchObject({
      isFork: true,
      headRepoFullName: null,
    });
  });
});

describe("isHeadCurrent", () => {
  it("is true while the head is the reviewed SHA and false after a newer push", async () => {
    seed();
    expect(await isHeadCurrent(fake.client, ref, sha("a"))).toBe(true);
    fake.github.addCommit({ files: {}, parent: sha("a"), sha: sha("d") });
    fake.github.pushHead(7, sha("d"));
    expect(await isHeadCurrent(fake.client, ref, sha("a"))).toBe(false);
  });
});

describe("hasWriteAccess", () => {
  it.each([
    ["admin", "admin", true],
    ["maintain", "write", true],
    ["write", "write", true],
    ["triage", "read", false],
    ["read", "read", false],
  ])("role %s → %s", async (role, legacy, expected) => {
    // The fake answers the legacy permission GitHub derives from the role.
    fake.github.state.permissions = { someone: role as RepoRole };
    const answer = await fake.client.request(
      "GET /repos/{owner}/{repo}/collaborators/{username}/permission",
      {
        owner: OWNER,
        repo: REPO,
        username: "someone",
      },
    );
    expect(answer.data.permission).toBe(legacy);
    expect(await hasWriteAccess(fake.client, { owner: OWNER, repo: REPO, username: "someone" })).toBe(
      expected,
    );
  });

  it("is false for a user who is not a collaborator", async () => {
    expect(await hasWriteAccess(fake.client, { owner: OWNER, repo: REPO, username: "drive-by" })).toBe(false);
    expect(fake.github.requests.at(-1)?.path).toBe(
      `/repos/${OWNER}/${REPO}/collaborators/drive-by/permission`,
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
    // Answered as recorded: the fake sends the webhook's own pull request object.
    fake.github.answerNext("GET", /\/pulls\/7$/, event.pull_request);

    const pr = await getPullRequest(fake.client, ref);

    expect(pr).toMatchObject({ ...expected, number: event.number, headSha: event.pull_request.head.sha });
  });
});
