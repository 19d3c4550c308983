// The shared client: GHE base URLs, rate-limit handling in production, and Probot's octokit fitting the same adapters.
import { ProbotOctokit } from "probot";
import { describe, expect, expectTypeOf, it } from "vitest";
import { createOctokit, type GitHubClient } from "../../../src/adapters/github/octokit.js";
import { getPullRequest } from "../../../src/adapters/github/pull-request.js";
import type { Logger } from "../../../src/ports.js";
import { seedPullRequest } from "../../support/fake-github/seed.js";
import { useFakeGitHub } from "../../support/fake-github/use-fake-github.js";

const OWNER = "octo-org";
const REPO = "prompts";
const sha = (seed: string) => seed.repeat(40);
const fake = useFakeGitHub();
const seed = (labels: string[] = []) =>
  seedPullRequest(fake.github, { base: {}, head: {}, baseSha: sha("b"), headSha: sha("a"), labels });

describe("createOctokit", () => {
  it("talks to a GitHub Enterprise Server base URL", async () => {
    seed();
    const ghe = `${fake.github.url}/api/v3`;
    const client = createOctokit({ token: "t", baseUrl: `${ghe}/`, throttle: false, retry: false });

    expect((await getPullRequest(client, { owner: OWNER, repo: REPO, number: 7 })).headSha).toBe(sha("a"));
    expect(fake.github.requests.map((r) => [r.path, r.enterprise])).toEqual([
      [`/repos/${OWNER}/${REPO}/pulls/7`, true],
    ]);
  });

  it("waits out a primary rate limit when throttling is on, and says so", async () => {
    const warnings: string[] = [];
    const logger: Logger = { info() {}, debug() {}, warn: (message) => warnings.push(message) };
    seed();
    fake.github.failNext({
      method: "GET",
      path: /\/pulls\/7$/,
      status: 403,
      message: "API rate limit exceeded for installation ID 4242.",
      headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": "0" },
    });
    const client = createOctokit({ token: "t", baseUrl: fake.github.url, retry: false, logger });

    expect((await getPullRequest(client, { owner: OWNER, repo: REPO, number: 7 })).number).toBe(7);
    expect(warnings).toEqual([
      "GitHub primary rate limit on GET /repos/{owner}/{repo}/pulls/{pull_number}; retrying in 0s",
    ]);
    expect(fake.github.requests.map((r) => r.method)).toEqual(["GET", "GET"]);
  });
});

describe("Probot's octokit", () => {
  it("fits GitHubClient and works with the same adapters", async () => {
    expectTypeOf<InstanceType<typeof ProbotOctokit>>().toExtend<GitHubClient>();
    seed(["prompts"]);
    const octokit = new ProbotOctokit({
      baseUrl: fake.github.url,
      auth: { token: "ghs_installation" },
      retry: { enabled: false },
      throttle: { enabled: false },
    });

    expect(await getPullRequest(octokit, { owner: OWNER, repo: REPO, number: 7 })).toMatchObject({
      labels: ["prompts"],
    });
  });
});
