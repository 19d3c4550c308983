// The drift monitor's records on a data branch, against the local fake GitHub: orphan creation, fast-forward
// updates that keep other files, reading back what was written, and bad records named by branch and file.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDataBranchBaselines, RECORDS_DIR } from "../../../src/adapters/github/data-branch.js";
import { MissingPermissionError } from "../../../src/adapters/github/errors.js";
import { createOctokit } from "../../../src/adapters/github/octokit.js";
import { InputError } from "../../../src/core/diagnostics.js";
import type { MonitorRecord } from "../../../src/core/gate/drift.js";
import { type FakeGitHubServer, startFakeGitHubServer } from "../../support/fake-github/server.js";

const target = { owner: "octo-org", repo: "prompts", branch: "promptgate-data" };

function record(path: string, passRate: number): MonitorRecord {
  return {
    schemaVersion: 1,
    path,
    contentHash: "a".repeat(40),
    model: "gpt-4o-mini",
    snapshots: ["gpt-4o-mini-2024-07-18"],
    baseline: [{ id: "case-1", passes: [true, false], outputs: ["yes", "no"] }],
    drifting: false,
    history: [
      {
        at: "2026-11-30T00:00:00.000Z",
        passRate,
        costPerCallUsd: 0.001,
        latencyP50Ms: 120,
        status: "recorded",
      },
    ],
  };
}

let github: FakeGitHubServer;
beforeEach(async () => {
  github = await startFakeGitHubServer();
  const main = github.addCommit({ message: "prompts", files: { "prompts/a.prompt.yml": "name: a\n" } });
  github.setBranch("main", main);
});
afterEach(async () => {
  await github.close();
});

const client = () => createOctokit({ token: "ghs_test", baseUrl: github.url, throttle: false, retry: false });

describe("data branch baselines", () => {
  it("reads nothing and creates the branch as an orphan commit on the first write", async () => {
    const store = createDataBranchBaselines(client(), target);
    expect(await store.read("prompts/a.prompt.yml")).toBeUndefined();
    const sha = await store.commit([record("prompts/a.prompt.yml", 0.8)], "Record baselines");

    expect(github.state.git.branches.get("promptgate-data")).toBe(sha);
    const commit = github.state.git.commits.get(sha)!;
    expect(commit.parents).toEqual([]);
    const files = [...github.state.git.trees.get(commit.treeSha)!.keys()];
    expect(files).toEqual([`${RECORDS_DIR}/prompts%2Fa.prompt.yml.json`]);
    // The default branch is untouched.
    expect(github.state.git.commits.get(github.state.git.branches.get("main")!)!.parents).toEqual([]);
  });

  it("reads back what a previous run wrote, and adds on top without dropping other records", async () => {
    await createDataBranchBaselines(client(), target).commit(
      [record("prompts/a.prompt.yml", 0.8), record("prompts/b.prompt.yml", 0.5)],
      "Record baselines",
    );
    const first = github.state.git.branches.get("promptgate-data")!;

    const next = createDataBranchBaselines(client(), target);
    expect(await next.read("prompts/a.prompt.yml")).toEqual(record("prompts/a.prompt.yml", 0.8));
    const sha = await next.commit([record("prompts/a.prompt.yml", 0.9)], "Update baselines");

    expect(github.state.git.commits.get(sha)!.parents).toEqual([first]);
    const again = createDataBranchBaselines(client(), target);
    expect((await again.read("prompts/a.prompt.yml"))!.history[0]!.passRate).toBe(0.9);
    expect((await again.read("prompts/b.prompt.yml"))!.history[0]!.passRate).toBe(0.5);
    const updates = github.writes().filter((r) => r.method === "PATCH");
    expect(updates.map((r) => (r.body as { force: boolean }).force)).toEqual([false]);
  });

  it("writes again on top of a run that moved the branch after this one read it, keeping that run's records", async () => {
    await createDataBranchBaselines(client(), target).commit([record("prompts/a.prompt.yml", 0.8)], "first");
    const slow = createDataBranchBaselines(client(), target);
    expect(await slow.read("prompts/a.prompt.yml")).toBeDefined();
    // A second monitor run records another prompt in between: the slow run's fast-forward is refused (422).
    const raced = await createDataBranchBaselines(client(), target).commit(
      [record("prompts/b.prompt.yml", 0.5)],
      "racing run",
    );
    const sha = await slow.commit([record("prompts/a.prompt.yml", 0.9)], "slow run");

    expect(github.state.git.branches.get("promptgate-data")).toBe(sha);
    expect(github.state.git.commits.get(sha)!.parents).toEqual([raced]);
    const after = createDataBranchBaselines(client(), target);
    expect((await after.read("prompts/a.prompt.yml"))!.history[0]!.passRate).toBe(0.9);
    expect((await after.read("prompts/b.prompt.yml"))!.history[0]!.passRate).toBe(0.5);
    const forced = github
      .writes()
      .filter((r) => r.method === "PATCH" && (r.body as { force?: boolean }).force);
    expect(forced).toEqual([]);
  });

  it("creates the branch again on top of a run that created it first", async () => {
    const slow = createDataBranchBaselines(client(), target);
    expect(await slow.read("prompts/a.prompt.yml")).toBeUndefined();
    const raced = await createDataBranchBaselines(client(), target).commit(
      [record("prompts/b.prompt.yml", 0.5)],
      "racing run",
    );
    const sha = await slow.commit([record("prompts/a.prompt.yml", 0.8)], "slow run");
    expect(github.state.git.commits.get(sha)!.parents).toEqual([raced]);
    expect(github.state.git.branches.get("promptgate-data")).toBe(sha);
  });

  it("names the branch, file and field of a record that does not match the schema", async () => {
    const file = `${RECORDS_DIR}/prompts%2Fa.prompt.yml.json`;
    github.setBranch(
      "promptgate-data",
      github.addCommit({ message: "hand edit", files: { [file]: '{"schemaVersion":2}' } }),
    );
    const error = await createDataBranchBaselines(client(), target)
      .read("prompts/a.prompt.yml")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toContain(`promptgate-data:${file}`);
    expect((error as Error).message).toContain("schemaVersion");
  });

  it("says which permission to grant when the token cannot write the branch", async () => {
    github.failNext({
      method: "POST",
      path: /\/git\/blobs$/,
      status: 403,
      message: "Resource not accessible by integration",
    });
    const error = await createDataBranchBaselines(client(), target)
      .commit([record("prompts/a.prompt.yml", 0.8)], "Record baselines")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MissingPermissionError);
    expect((error as MissingPermissionError).permission).toBe("contents: write");
    expect(github.state.git.branches.has("promptgate-data")).toBe(false);
  });
});
