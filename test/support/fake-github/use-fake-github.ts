// Registers a fresh fake GitHub for each test of a file, with an Octokit for in-process adapters pointed at it.
import { afterEach, beforeEach } from "vitest";
import type { GitHubOctokit } from "../../../src/adapters/github/octokit.js";
import { createFakeGitHubClient } from "./client.js";
import { type FakeGitHubOptions, type FakeGitHubServer, startFakeGitHubServer } from "./server.js";

export interface LiveFakeGitHub {
  github: FakeGitHubServer;
  client: GitHubOctokit;
  /** Requests that could change state, as `METHOD /path`. */
  writeLines(): string[];
}

/** The returned object's fields are replaced before each test; read them inside the test. */
export function useFakeGitHub(options: FakeGitHubOptions = {}): LiveFakeGitHub {
  const live = {
    writeLines: () => live.github.writes().map((w) => `${w.method} ${w.path}`),
  } as LiveFakeGitHub;
  beforeEach(async () => {
    live.github = await startFakeGitHubServer(options);
    live.client = createFakeGitHubClient(live.github);
  });
  afterEach(async () => {
    await live.github.close();
  });
  return live;
}
