// The built Action end to end on pull requests it must not spend on or write to, and on ones it cannot
// review: the required check still appears and never stays in progress.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { supportPrompt } from "../support/review-harness.js";
import {
  checksOn,
  commentsOn,
  createRepository,
  MAINTAINER,
  openForkPullRequest,
  openPullRequest,
  PROMPT,
  type Repository,
  runOnPullRequest as runOn,
  withoutLink,
} from "./support/e2e-repository.js";
import type { PullRequestEventInput } from "./support/events.js";
import { copyFreshDist } from "./support/run-dist.js";

let script: string;
const servers: Array<{ close(): Promise<void> }> = [];
const runOnPullRequest = (
  repo: Repository,
  event: PullRequestEventInput,
  options: { eventName?: string; inputs?: Record<string, string> } = {},
) => runOn(script, repo, event, options);

beforeAll(() => {
  // test/global-setup.ts builds dist/ once before the suite, exactly as `npm run bundle` does.
  script = copyFreshDist();
});

afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

describe("the Action on pull requests it must not spend on or write to", () => {
  let repo: Repository;

  beforeAll(async () => {
    repo = await createRepository(servers);
  });

  it("completes a README-only pull request as success without model calls or a comment", async () => {
    const head = openPullRequest(repo, 8, { "README.md": "# shop\n\nNow with docs.\n" });
    const calls = repo.openai.calls;
    const run = await runOnPullRequest(repo, { number: 8, baseSha: repo.base, headSha: head });
    expect(run.code, run.stdout).toBe(0);
    expect(repo.openai.calls).toBe(calls);
    expect(checksOn(repo.github, head)).toEqual([
      expect.objectContaining({ status: "completed", conclusion: "success" }),
    ]);
    expect(checksOn(repo.github, head)[0]!.output.title).toMatch(/no prompt/i);
    expect(commentsOn(repo.github, 8)).toHaveLength(0);
    expect(run.outputs.verdict).toBe("skipped");
  });

  it("writes nothing when the pull request's head moved past the event's SHA", async () => {
    const head = openPullRequest(repo, 9, { [PROMPT]: supportPrompt(withoutLink) });
    const newer = repo.github.addCommit({
      files: { "README.md": "# newer\n" },
      parent: head,
      message: "newer push",
    });
    repo.github.setBranch("change-9", newer);
    const writes = repo.github.writes().length;
    const run = await runOnPullRequest(repo, { number: 9, baseSha: repo.base, headSha: head });
    expect(run.code, run.stdout).toBe(0);
    expect(repo.github.writes()).toHaveLength(writes);
    expect(run.stdout).toContain("moved past");
  });

  it("gives a fork pull request under pull_request a dry-run job summary and writes nothing", async () => {
    const head = openForkPullRequest(repo, 10, { [PROMPT]: supportPrompt(withoutLink) });
    const writes = repo.github.writes().length;
    const calls = repo.openai.calls;
    const run = await runOnPullRequest(
      repo,
      { number: 10, baseSha: repo.base, headSha: head, fork: true },
      { inputs: { "openai-api-key": "" } },
    );
    expect(run.code, run.stdout).toBe(0);
    expect(repo.github.writes()).toHaveLength(writes);
    expect(repo.openai.calls).toBe(calls);
    expect(run.summary).toContain("dry run only");
    expect(run.summary).toContain(PROMPT);
  });

  it("queues the check of a fork pull request under pull_request_target until the run label comes", async () => {
    const head = openForkPullRequest(repo, 11, { [PROMPT]: supportPrompt(withoutLink) });
    const calls = repo.openai.calls;
    const event = { number: 11, baseSha: repo.base, headSha: head, fork: true };
    const waiting = await runOnPullRequest(repo, event, { eventName: "pull_request_target" });
    expect(waiting.code, waiting.stdout).toBe(0);
    expect(repo.openai.calls).toBe(calls);
    // Queued, not completed as neutral: branch protection would count neutral as passing.
    expect(checksOn(repo.github, head)).toEqual([
      expect.objectContaining({ status: "queued", conclusion: null }),
    ]);
    expect(checksOn(repo.github, head)[0]!.output.title).toBe(
      "Waiting for a maintainer to add the promptgate:run label",
    );
    expect(commentsOn(repo.github, 11)).toHaveLength(0);
    expect(waiting.summary).toContain("promptgate:run");
    const labels = ["promptgate:run"];
    // The fork's author can add the label too (anyone with triage can): without write access it runs nothing.
    const byAuthor = await runOnPullRequest(
      repo,
      { ...event, action: "labeled", label: labels[0], labels, sender: "octocat" },
      { eventName: "pull_request_target" },
    );
    expect(byAuthor.code, byAuthor.stdout).toBe(0);
    expect(repo.openai.calls).toBe(calls);
    expect(byAuthor.summary).toContain("has no write access");
    const cleared = await runOnPullRequest(
      repo,
      { ...event, action: "labeled", label: labels[0], labels, sender: MAINTAINER },
      { eventName: "pull_request_target" },
    );
    expect(cleared.code, cleared.stdout).toBe(1);
    // The label's run completes the same check.
    expect(checksOn(repo.github, head)).toEqual([
      expect.objectContaining({ status: "completed", conclusion: "failure" }),
    ]);
  });

  it("passes a fork pull request without prompt changes under pull_request_target, no label needed", async () => {
    const head = openForkPullRequest(repo, 13, { "README.md": "# shop\n\nTypo fixed.\n" });
    const calls = repo.openai.calls;
    const event = { number: 13, baseSha: repo.base, headSha: head, fork: true };
    const run = await runOnPullRequest(repo, event, { eventName: "pull_request_target" });
    expect(run.code, run.stdout).toBe(0);
    expect(repo.openai.calls).toBe(calls);
    expect(checksOn(repo.github, head)).toEqual([
      expect.objectContaining({ status: "completed", conclusion: "success" }),
    ]);
  });

  it("fails with the input and secret to set when prompts changed and no key reached the step", async () => {
    const head = openPullRequest(repo, 12, { [PROMPT]: supportPrompt(withoutLink) });
    const run = await runOnPullRequest(
      repo,
      { number: 12, baseSha: repo.base, headSha: head },
      { inputs: { "openai-api-key": "" } },
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("openai-api-key");
    expect(run.stdout).toContain("secrets.OPENAI_API_KEY");
    expect(checksOn(repo.github, head).at(-1)).toMatchObject({ status: "completed", conclusion: "failure" });
  });
});

describe("the Action on Dependabot pull requests without a key", () => {
  it("still posts the check: success without prompt changes, queued with them", async () => {
    const repo = await createRepository(servers);
    const dependabot = { sender: "dependabot[bot]" };
    const docs = openPullRequest(repo, 20, { "README.md": "# shop\n\nBumped.\n" });
    const noKey = { inputs: { "openai-api-key": "" } };
    const passed = await runOnPullRequest(
      repo,
      { number: 20, baseSha: repo.base, headSha: docs, ...dependabot },
      noKey,
    );
    expect(passed.code, passed.stdout).toBe(0);
    expect(checksOn(repo.github, docs)).toEqual([expect.objectContaining({ conclusion: "success" })]);

    const prompts = openPullRequest(repo, 21, { [PROMPT]: supportPrompt(withoutLink) });
    const event = { number: 21, baseSha: repo.base, headSha: prompts, ...dependabot };
    const waiting = await runOnPullRequest(repo, event, noKey);
    expect(waiting.code, waiting.stdout).toBe(0);
    expect(waiting.summary).toContain("dry run only");
    expect(checksOn(repo.github, prompts)).toEqual([
      expect.objectContaining({ status: "queued", conclusion: null }),
    ]);
    expect(repo.openai.calls).toBe(0);
  });
});

describe("the Action with an invalid promptgate.yml at base", () => {
  it("creates the check and fails it with the located config error", async () => {
    const repo = await createRepository(servers, "gate:\n  margin: lots\n");
    const head = openPullRequest(repo, 7, { [PROMPT]: supportPrompt(withoutLink) });
    const run = await runOnPullRequest(repo, { number: 7, baseSha: repo.base, headSha: head });
    expect(run.code, run.stdout).toBe(1);
    expect(run.stdout).toContain("promptgate.yml");
    const checks = checksOn(repo.github, head);
    expect(checks).toEqual([expect.objectContaining({ status: "completed", conclusion: "failure" })]);
    expect(checks[0]!.output.summary).toMatch(/promptgate\.yml:2:\d+.*margin/s);
  });
});
