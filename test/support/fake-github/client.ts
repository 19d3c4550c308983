// An Octokit for in-process tests pointed at the fake GitHub, with retries and throttling off so every request shows.
import { createOctokit, type GitHubOctokit } from "../../../src/adapters/github/octokit.js";
import type { FakeGitHubServer } from "./server.js";

export function createFakeGitHubClient(github: Pick<FakeGitHubServer, "url">): GitHubOctokit {
  return createOctokit({ token: "ghs_test", baseUrl: github.url, throttle: false, retry: false });
}
