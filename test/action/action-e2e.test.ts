// The built Action end to end: dist/index.js as a child process with the runner's variables, against a fake
// GitHub REST server and a loopback OpenAI-compatible server whose answers follow the system prompt.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeGitHubServer, startFakeGitHubServer } from "../support/fake-github-server.js";
import { type FakeOpenAIServer, startFakeOpenAIServer } from "../support/fake-openai-server.js";
import {
  createSupportResponder,
  pricingConfig,
  supportPrompt,
  systemWithLink,
} from "../support/review-harness.js";
import {
  buildPullRequestEvent,
  buildWorkflowDispatchEvent,
  type PullRequestEventInput,
} from "./support/events.js";
import { copyFreshDist, runDist } from "./support/run-dist.js";

const PROMPT = "prompts/support.prompt.yml";
const withoutLink = systemWithLink.replace(
  "When the customer asks about refunds or returns, say that refunds are available within 30 days and link to https://acme.example/refunds.",
  "Refunds are available within 30 days.",
);

let script: string;
const servers: Array<FakeGitHubServer | FakeOpenAIServer> = [];

beforeAll(() => {
  // test/global-setup.ts builds dist/ once before the suite, exactly as `npm run build` does.
  script = copyFreshDist();
});

afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

/** A repository whose main has the support prompt with its refund link, a config and a README. */
async function createRepository(config = pricingConfig) {
  const github = await startFakeGitHubServer();
  // One provider per scenario: the responder numbers repeats of a request as samples 0, 1, 2.
  const openai = await startFakeOpenAIServer({ respond: createSupportResponder() });
  servers.push(github, openai);
  const base = github.addCommit({
    files: { "promptgate.yml": config, [PROMPT]: supportPrompt(systemWithLink), "README.md": "# shop\n" },
    message: "base",
  });
  github.setBranch("main", base);
  // RUNNER_TEMP stays the same across the runs of one scenario, as the response cache directory would after
  // @actions/cache restored it in a later job (keyed by base and head SHA, restore-keys by base SHA).
  const runnerTemp = mkdtempSync(join(tmpdir(), "promptgate-runner-"));
  return { github, openai, base, runnerTemp };
}

type Repository = Awaited<ReturnType<typeof createRepository>>;

function openPullRequest(repo: Repository, number: number, files: Record<string, string>) {
  const head = repo.github.addCommit({ files, parent: repo.base, message: `change ${number}` });
  repo.github.setBranch(`change-${number}`, head);
  repo.github.addPullRequest({ number, baseSha: repo.base, headSha: head, headRef: `change-${number}` });
  return head;
}

function runOnPullRequest(
  repo: Repository,
  event: PullRequestEventInput,
  options: { eventName?: string; inputs?: Record<string, string>; env?: Record<string, string> } = {},
) {
  return runDist({
    script,
    eventName: options.eventName ?? "pull_request",
    event: buildPullRequestEvent(event),
    runnerTemp: repo.runnerTemp,
    githubUrl: repo.github.url,
    inputs: {
      "github-token": "ghs_job_token",
      "openai-api-key": "sk-test-key",
      "fail-on": "regression",
      comment: "true",
      ...options.inputs,
    },
    env: { OPENAI_BASE_URL: repo.openai.url, ...options.env },
  });
}

const checksOn = (github: FakeGitHubServer, sha: string) =>
  github.state.checkRuns.filter((run) => run.head_sha === sha);
const commentsOn = (github: FakeGitHubServer, number: number) =>
  github.state.comments.filter((c) => c.issueNumber === number);

describe("the Action on a pull request that removes an instruction the answers depend on", () => {
  let repo: Repository;
  let head: string;
  const event = () => ({ number: 7, baseSha: repo.base, headSha: head, headRef: "change-7" });

  beforeAll(async () => {
    repo = await createRepository();
    head = openPullRequest(repo, 7, { [PROMPT]: supportPrompt(withoutLink) });
  });

  it("posts one comment and completes one failing check on the head SHA with annotations", async () => {
    const calls = repo.openai.calls;
    const run = await runOnPullRequest(repo, event());
    expect(run.code, run.stdout).toBe(1);
    expect(repo.openai.calls - calls).toBe(72);
    expect(run.stdout).toContain("::error::promptgate: the prompt change is a regression");
    const checks = checksOn(repo.github, head);
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ name: "promptgate", status: "completed", conclusion: "failure" });
    expect(checks[0]!.details_url).toBe("https://github.com/octo-org/prompts/actions/runs/4242");
    expect(checks[0]!.annotations.length).toBeGreaterThan(0);
    expect(checks[0]!.annotations).toContainEqual(
      expect.objectContaining({ path: PROMPT, annotation_level: "failure" }),
    );
    const comments = commentsOn(repo.github, 7);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain("<!-- promptgate:comment -->");
    expect(comments[0]!.body).toContain(PROMPT);
    expect(run.outputs).toMatchObject({ verdict: "fail", "check-run-id": String(checks[0]!.id) });
    expect(run.outputs["comment-url"]).toContain("/pull/7#issuecomment-");
    expect(Number(run.outputs["cost-usd"])).toBeGreaterThan(0);
    const report = JSON.parse(readFileSync(run.outputs.report!, "utf8"));
    expect(report).toMatchObject({ schemaVersion: 1, verdict: "fail", head: { sha: head, ref: "change-7" } });
    expect(run.summary).toContain(PROMPT);
    // The runner swallows `::add-mask::` and masks the value everywhere after it; nothing else may carry it.
    const logged = run.stdout.replace(/^::add-mask::.*$/m, "");
    expect(`${logged}${run.stderr}${readFileSync(run.outputs.report!, "utf8")}`).not.toContain("sk-test-key");
  });

  it("updates the same comment on a second run and answers every call from the response cache", async () => {
    const calls = repo.openai.calls;
    const [comment] = commentsOn(repo.github, 7);
    const run = await runOnPullRequest(repo, { ...event(), action: "synchronize" });
    expect(run.code, run.stdout).toBe(1);
    expect(repo.openai.calls - calls).toBe(0);
    const comments = commentsOn(repo.github, 7);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.id).toBe(comment!.id);
    expect(comments[0]!.body).toMatch(/72 cached/);
    expect(
      repo.github.writes().filter((w) => w.method === "PATCH" && w.path.includes("/issues/comments/")),
    ).toHaveLength(1);
    expect(checksOn(repo.github, head).at(-1)).toMatchObject({ status: "completed", conclusion: "failure" });
  });

  it("ignores a label that is not promptgate's: no review, no writes", async () => {
    const writes = repo.github.writes().length;
    const calls = repo.openai.calls;
    const run = await runOnPullRequest(repo, {
      ...event(),
      action: "labeled",
      label: "documentation",
      labels: ["documentation"],
    });
    expect(run.code, run.stdout).toBe(0);
    expect(repo.github.writes()).toHaveLength(writes);
    expect(repo.openai.calls).toBe(calls);
    expect(run.summary).toContain("is not one promptgate reads");
  });

  it("turns the conclusion to success when the accept label is added, naming who added it", async () => {
    const calls = repo.openai.calls;
    const labels = ["promptgate:accept"];
    const run = await runOnPullRequest(repo, {
      ...event(),
      action: "labeled",
      label: labels[0],
      labels,
      sender: "maintainer-mona",
    });
    expect(run.code, run.stdout).toBe(0);
    expect(repo.openai.calls).toBe(calls);
    expect(checksOn(repo.github, head).at(-1)).toMatchObject({ status: "completed", conclusion: "success" });
    const comments = commentsOn(repo.github, 7);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain("Accepted");
    expect(comments[0]!.body).toContain("maintainer-mona");
    expect(run.outputs.verdict).toBe("fail");
  });

  it("re-evaluates when the accept label is removed", async () => {
    const run = await runOnPullRequest(repo, {
      ...event(),
      action: "unlabeled",
      label: "promptgate:accept",
      labels: [],
    });
    expect(run.code, run.stdout).toBe(1);
    expect(checksOn(repo.github, head).at(-1)).toMatchObject({ conclusion: "failure" });
    expect(commentsOn(repo.github, 7)[0]!.body).not.toContain("Accepted:");
  });

  it("leaves the step green with fail-on: never while the check still fails", async () => {
    const run = await runOnPullRequest(
      repo,
      { ...event(), action: "reopened" },
      { inputs: { "fail-on": "never" } },
    );
    expect(run.code, run.stdout).toBe(0);
    expect(checksOn(repo.github, head).at(-1)).toMatchObject({ conclusion: "failure" });
  });
});

describe("the Action on pull requests it must not spend on or write to", () => {
  let repo: Repository;

  beforeAll(async () => {
    repo = await createRepository();
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
    const head = repo.github.addCommit({
      files: { [PROMPT]: supportPrompt(withoutLink) },
      parent: repo.base,
    });
    repo.github.addPullRequest({ number: 10, baseSha: repo.base, headSha: head, fork: true });
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

  it("waits for the run label before reviewing a fork pull request under pull_request_target", async () => {
    const head = repo.github.addCommit({
      files: { [PROMPT]: supportPrompt(withoutLink) },
      parent: repo.base,
    });
    repo.github.addPullRequest({ number: 11, baseSha: repo.base, headSha: head, fork: true });
    const writes = repo.github.writes().length;
    const event = { number: 11, baseSha: repo.base, headSha: head, fork: true };
    const waiting = await runOnPullRequest(repo, event, { eventName: "pull_request_target" });
    expect(waiting.code, waiting.stdout).toBe(0);
    expect(repo.github.writes()).toHaveLength(writes);
    expect(waiting.summary).toContain("promptgate:run");
    const labels = ["promptgate:run"];
    const cleared = await runOnPullRequest(
      repo,
      { ...event, action: "labeled", label: labels[0], labels },
      { eventName: "pull_request_target" },
    );
    expect(cleared.code, cleared.stdout).toBe(1);
    expect(checksOn(repo.github, head).at(-1)).toMatchObject({ conclusion: "failure" });
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

describe("the Action in rollback mode", () => {
  it("opens a pull request with the prompt's earlier content and posts its review", async () => {
    // Restoring the longer instruction costs +38% per call: within this repository's cost limit.
    const repo = await createRepository(`${pricingConfig}gate: {maxCostIncrease: 0.5}\n`);
    const bad = repo.github.addCommit({
      files: { [PROMPT]: supportPrompt(withoutLink) },
      parent: repo.base,
      message: "bad merge",
    });
    repo.github.setBranch("main", bad);
    const run = await runDist({
      script,
      eventName: "workflow_dispatch",
      event: buildWorkflowDispatchEvent({ prompt: PROMPT, to: "" }),
      runnerTemp: repo.runnerTemp,
      githubUrl: repo.github.url,
      inputs: {
        "github-token": "ghs_job_token",
        "openai-api-key": "sk-test-key",
        mode: "rollback",
        prompt: PROMPT,
      },
      env: { OPENAI_BASE_URL: repo.openai.url },
    });
    expect(run.code, run.stdout).toBe(0);
    const pull = [...repo.github.state.pulls.values()].find((pr) => pr.title.startsWith("Roll back"))!;
    expect(pull.title).toBe(`Roll back ${PROMPT} to ${repo.base.slice(0, 7)}`);
    const restored = repo.github.state.git.filesAt(pull.headSha).get(PROMPT)!;
    expect(repo.github.state.git.blobs.get(restored)).toBe(supportPrompt(systemWithLink));
    expect(checksOn(repo.github, pull.headSha)).toEqual([
      expect.objectContaining({ status: "completed", conclusion: "success" }),
    ]);
    expect(commentsOn(repo.github, pull.number)).toHaveLength(1);
    expect(run.outputs.verdict).toBe("pass");
    expect(run.stdout).toContain("opened rollback pull request");
  });
});
