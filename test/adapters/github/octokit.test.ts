// The shared client: GHE base URLs, rate-limit handling in production, and Probot's octokit fitting the same adapters.
import nock from "nock";
import { ProbotOctokit } from "probot";
import { afterEach, describe, expect, expectTypeOf, it } from "vitest";
import { createOctokit, type GitHubClient } from "../../../src/adapters/github/octokit.js";
import { getPullRequest } from "../../../src/adapters/github/pull-request.js";
import type { Logger } from "../../../src/ports.js";
import { githubScope, OWNER, pullRequest, REPO, REPO_PATH, sha } from "./github-api.js";

afterEach(() => {
  nock.cleanAll();
});

describe("createOctokit", () => {
  it("talks to a GitHub Enterprise Server base URL", async () => {
    const ghe = "https://ghe.example.com/api/v3";
    const scope = githubScope([], "https://ghe.example.com")
      .get(`/api/v3${REPO_PATH}/pulls/7`)
      .reply(200, pullRequest({ headSha: sha("a"), baseSha: sha("b") }));
    const client = createOctokit({ token: "t", baseUrl: `${ghe}/`, throttle: false, retry: false });

    expect((await getPullRequest(client, { owner: OWNER, repo: REPO, number: 7 })).headSha).toBe(sha("a"));
    scope.done();
  });

  it("waits out a primary rate limit when throttling is on, and says so", async () => {
    const warnings: string[] = [];
    const logger: Logger = { info() {}, debug() {}, warn: (message) => warnings.push(message) };
    const scope = githubScope()
      .get(`${REPO_PATH}/pulls/7`)
      .reply(
        403,
        { message: "API rate limit exceeded for installation ID 4242." },
        { "x-ratelimit-remaining": "0", "x-ratelimit-reset": "0" },
      )
      .get(`${REPO_PATH}/pulls/7`)
      .reply(200, pullRequest({ headSha: sha("a"), baseSha: sha("b") }));
    const client = createOctokit({ token: "t", retry: false, logger });

    expect((await getPullRequest(client, { owner: OWNER, repo: REPO, number: 7 })).number).toBe(7);
    expect(warnings).toEqual([
      "GitHub primary rate limit on GET /repos/{owner}/{repo}/pulls/{pull_number}; retrying in 0s",
    ]);
    scope.done();
  });
});

describe("Probot's octokit", () => {
  it("fits GitHubClient and works with the same adapters", async () => {
    expectTypeOf<InstanceType<typeof ProbotOctokit>>().toExtend<GitHubClient>();
    githubScope()
      .get(`${REPO_PATH}/pulls/7`)
      .reply(200, pullRequest({ headSha: sha("a"), baseSha: sha("b"), labels: ["prompts"] }));
    const octokit = new ProbotOctokit({
      auth: { token: "ghs_installation" },
      retry: { enabled: false },
      throttle: { enabled: false },
    });

    expect(await getPullRequest(octokit, { owner: OWNER, repo: REPO, number: 7 })).toMatchObject({
      labels: ["prompts"],
    });
  });
});
