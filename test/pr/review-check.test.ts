// The check run's lifecycle object against the loopback fake GitHub: created → in progress → completed exactly
// once, whichever path gets there first; and the review deadline that stops it.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createGitHubPublisher } from "../../src/adapters/github/github-publisher.js";
import { createOctokit } from "../../src/adapters/github/octokit.js";
import { silentLogger } from "../../src/ports.js";
import { createReviewCheck } from "../../src/pr/review-check.js";
import { createDeadline, ReviewStopped, stopKindOf } from "../../src/pr/review-stop.js";
import { type FakeGitHubServer, startFakeGitHubServer } from "../support/fake-github/server.js";

let server: FakeGitHubServer;
let head: string;
beforeEach(async () => {
  server = await startFakeGitHubServer();
  head = server.addCommit({ files: { "README.md": "# hi\n" } });
});
afterEach(async () => {
  await server.close();
});

const newCheck = () =>
  createReviewCheck(
    createGitHubPublisher(createOctokit({ token: "t", baseUrl: server.url, throttle: false, retry: false })),
    { owner: "octo-org", repo: "prompts", number: 1, headSha: head, identity: "github-actions[bot]" },
    silentLogger,
  );
const completions = () =>
  server.requests.filter(
    (r) => r.method === "PATCH" && (r.body as { status?: string }).status === "completed",
  );
const verdict = { conclusion: "failure" as const, title: "Regression", summary: "s" };

describe("createReviewCheck", () => {
  it("completes once: a cancel racing the verdict and a second verdict write nothing more", async () => {
    const check = newCheck();
    await check.start();
    expect(server.state.checkRuns[0]).toMatchObject({ status: "in_progress" });
    await Promise.all([
      check.complete(verdict),
      check.cancel("the workflow run was cancelled", silentLogger),
    ]);
    await check.complete({ ...verdict, conclusion: "success" });
    expect(completions()).toHaveLength(1);
    expect(server.state.checkRuns[0]).toMatchObject({ status: "completed", conclusion: "failure" });
    expect(check.completed).toBe(true);
  });

  it("cancels with the reason, and refuses to complete a run it never started", async () => {
    const check = newCheck();
    await expect(check.complete(verdict)).rejects.toThrow(/never started/);
    await check.start();
    await check.cancel("superseded by a newer review", silentLogger);
    await check.settled();
    expect(server.state.checkRuns[0]).toMatchObject({ status: "completed", conclusion: "cancelled" });
    expect(server.state.checkRuns[0]!.output.summary).toContain("superseded by a newer review");
  });
});

describe("createDeadline", () => {
  it("aborts with a `deadline` stop when the time is up, from the config unless the shell fixed it", async () => {
    const fromConfig = createDeadline({ startedAt: Date.now() });
    fromConfig.configure(0.0005); // 30 ms
    const fixed = createDeadline({ minutes: 30 });
    fixed.configure(0.0005);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(stopKindOf(fromConfig.signal)).toBe("deadline");
    expect(fromConfig.signal.reason).toBeInstanceOf(ReviewStopped);
    expect(fixed.signal.aborted).toBe(false);
    expect(fixed.lastAt()).toBeGreaterThan(fixed.at());
    fixed.dispose();
  });
});
