// The check's `failOnError` against the fake GitHub: a failure before or after the check started always ends in a
// completed check.
import { afterEach, describe, expect, it } from "vitest";
import { createGitHubPublisher } from "../../src/adapters/github/github-publisher.js";
import { silentLogger } from "../../src/ports.js";
import { createReviewCheck, type ReviewCheckTarget } from "../../src/pr/review-check.js";
import { createFakeGitHubClient } from "../support/fake-github/client.js";
import { seedPullRequest } from "../support/fake-github/seed.js";
import { type FakeGitHubServer, startFakeGitHubServer } from "../support/fake-github/server.js";

const OWNER = "octo-org";
const REPO = "prompts";
const BASE = "b".repeat(40);
const HEAD = "c".repeat(40);
const target = { owner: OWNER, repo: REPO, number: 7, headSha: HEAD, identity: "github-actions[bot]" };

let github: FakeGitHubServer;
afterEach(async () => {
  await github.close();
});

async function setup() {
  github = await startFakeGitHubServer();
  seedPullRequest(github, { base: {}, head: {}, baseSha: BASE, headSha: HEAD });
  return { writes: () => github.writes(), publisher: createGitHubPublisher(createFakeGitHubClient(github)) };
}

function guardCheck<T>(
  publisher: ReturnType<typeof createGitHubPublisher>,
  checkTarget: ReviewCheckTarget,
  work: () => Promise<T>,
  signal?: AbortSignal,
) {
  return createReviewCheck(publisher, checkTarget, silentLogger).failOnError(work, signal);
}

describe("ReviewCheck.failOnError", () => {
  it("creates and fails the check when the work throws before one exists, fencing the error safely", async () => {
    const { writes, publisher } = await setup();
    const error = new Error(
      "promptgate.yml:2:3 gate.margin: expected number\n```\n<!-- promptgate:comment -->",
    );
    await expect(
      guardCheck(publisher, target, async () => {
        throw error;
      }),
    ).rejects.toBe(error);
    const runId = github.state.checkRuns[0]!.id;
    expect(writes().map((w) => `${w.method} ${w.path}`)).toEqual([
      `POST /repos/${OWNER}/${REPO}/check-runs`,
      `PATCH /repos/${OWNER}/${REPO}/check-runs/${runId}`,
    ]);
    const patch = writes()[1]!.body as { conclusion: string; output: { summary: string } };
    expect(patch.conclusion).toBe("failure");
    // A fence longer than any backtick run inside, and no HTML comment that could pass for our marker.
    expect(patch.output.summary).toContain("````\npromptgate.yml:2:3 gate.margin: expected number\n```\n");
    expect(patch.output.summary).not.toContain("<!--");
    expect(patch.output.summary.trimEnd().endsWith("````")).toBe(true);
  });

  it("leaves a check the work completed itself alone", async () => {
    const { writes, publisher } = await setup();
    const check = createReviewCheck(publisher, target, silentLogger);
    await expect(
      check.failOnError(async () => {
        await check.start();
        await check.complete({ conclusion: "success", title: "ok", summary: "ok" });
        throw new Error("the comment could not be posted");
      }),
    ).rejects.toThrow("could not be posted");
    expect(writes()).toHaveLength(2);
    expect((writes()[1]!.body as { conclusion: string }).conclusion).toBe("success");
  });

  it("writes nothing for a superseded review or a head that moved on", async () => {
    const { writes, publisher } = await setup();
    const aborted = AbortSignal.abort();
    const fail = async () => {
      throw new Error("boom");
    };
    await expect(guardCheck(publisher, target, fail, aborted)).rejects.toThrow("boom");
    await expect(guardCheck(publisher, { ...target, headSha: "d".repeat(40) }, fail)).rejects.toThrow("boom");
    expect(writes()).toEqual([]);
  });
});
