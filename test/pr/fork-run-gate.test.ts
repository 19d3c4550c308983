// The shared fork run gate (src/pr/fork-run-gate.ts) against the loopback fake GitHub: who approved, and when.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createGitHubPublisher } from "../../src/adapters/github/github-publisher.js";
import { createOctokit } from "../../src/adapters/github/octokit.js";
import { silentLogger } from "../../src/ports.js";
import { decideForkRun, type ForkRunQuery } from "../../src/pr/fork-run-gate.js";
import { type FakeGitHubServer, startFakeGitHubServer } from "../support/fake-github/server.js";

const RUN = "promptgate:run";
const BOT = "github-actions[bot]";
let github: FakeGitHubServer;

beforeEach(async () => {
  github = await startFakeGitHubServer({ actor: BOT, permissions: { mona: "write", tria: "triage" } });
  const base = github.addCommit({ files: { "README.md": "# shop\n" } });
  const head = github.addCommit({ parent: base, files: { "README.md": "# fork\n" } });
  github.addPullRequest({ number: 5, baseSha: base, headSha: head, fork: true });
});

afterEach(async () => {
  await github.close();
});

function deps() {
  const octokit = createOctokit({ token: "ghs_test", baseUrl: github.url, throttle: false, retry: false });
  return { publisher: createGitHubPublisher(octokit), identity: BOT, logger: silentLogger };
}

function query(
  trigger: ForkRunQuery["trigger"],
  pushedAt: string | null = github.state.pulls.get(5)!.headPushedAt,
): ForkRunQuery {
  const pr = github.state.pulls.get(5)!;
  const where = { owner: "octo-org", repo: "prompts", number: 5 };
  return { ...where, labels: [...pr.labels], runLabel: RUN, headPushedAt: pushedAt, trigger, shell: "app" };
}

describe("decideForkRun", () => {
  it("runs on a run label added after the latest push by someone with write access", async () => {
    github.addLabel(5, RUN, "mona");
    expect(await decideForkRun(deps(), query({ kind: "other" }))).toEqual({ run: true, approvedBy: "mona" });
  });

  it("ignores a run label added before the latest push, and one from a user without write access", async () => {
    github.addLabel(5, RUN, "mona");
    const pushed = github.addCommit({ parent: github.state.pulls.get(5)!.headSha, files: { "a.txt": "x" } });
    github.state.pushHead(5, pushed);
    const stale = await decideForkRun(deps(), query({ kind: "other" }));
    expect(stale).toMatchObject({ run: false, reason: expect.stringContaining("before the latest push") });
    // Unknown push time (a deleted fork): no.
    expect(await decideForkRun(deps(), query({ kind: "other" }, null))).toMatchObject({ run: false });

    github.state.removeLabel(5, RUN);
    github.addLabel(5, RUN, "tria");
    const untrusted = await decideForkRun(deps(), query({ kind: "other" }));
    expect(untrusted).toMatchObject({ run: false, reason: expect.stringContaining("no write access") });
  });

  it("takes an approval given now from its giver's permission, and the token's own label as given", async () => {
    expect(await decideForkRun(deps(), query({ kind: "approval", by: "mona" }))).toMatchObject({ run: true });
    expect(await decideForkRun(deps(), query({ kind: "approval", by: "tria" }))).toMatchObject({
      run: false,
    });
    github.addLabel(5, RUN, BOT);
    expect(await decideForkRun(deps(), query({ kind: "other" }))).toEqual({ run: true, approvedBy: BOT });
  });

  it("on a push, runs nothing and takes the run and accept labels off", async () => {
    github.addLabel(5, RUN, "mona");
    github.addLabel(5, "promptgate:accept", "mona");
    const decision = await decideForkRun(deps(), {
      ...query({ kind: "push" }),
      clearOnPush: ["promptgate:accept"],
    });
    expect(decision).toMatchObject({ run: false, reason: expect.stringContaining("new approval") });
    expect(github.state.pulls.get(5)!.labels).toEqual([]);
  });

  it("runs nothing without the label, and says what the asking shell reads", async () => {
    const app = await decideForkRun(deps(), query({ kind: "other" }));
    expect(app).toMatchObject({
      run: false,
      reason: expect.stringContaining("or comment `/promptgate run`"),
    });
    const action = await decideForkRun(deps(), { ...query({ kind: "other" }), shell: "action" });
    expect(action).toMatchObject({ run: false, reason: expect.not.stringContaining("/promptgate run") });
  });
});
