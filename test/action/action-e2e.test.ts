// The built Action end to end: dist/index.js as a child process with the runner's variables, against a fake
// GitHub REST server and a loopback OpenAI-compatible server whose answers follow the system prompt.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pricingConfig, supportPrompt, systemWithLink } from "../support/review-harness.js";
import {
  checksOn,
  commentsOn,
  createRepository,
  MAINTAINER,
  openPullRequest,
  PROMPT,
  type Repository,
  runOnPullRequest as runOn,
  withoutLink,
} from "./support/e2e-repository.js";
import { buildWorkflowDispatchEvent, type PullRequestEventInput } from "./support/events.js";
import { copyFreshDist, runDist } from "./support/run-dist.js";

let script: string;
const servers: Array<{ close(): Promise<void> }> = [];
const runOnPullRequest = (repo: Repository, event: PullRequestEventInput, options = {}) =>
  runOn(script, repo, event, options);

beforeAll(() => {
  // test/global-setup.ts builds dist/ once before the suite, exactly as `npm run bundle` does.
  script = copyFreshDist();
});

afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

describe("the Action on a pull request that removes an instruction the answers depend on", () => {
  let repo: Repository;
  let head: string;
  const event = () => ({ number: 7, baseSha: repo.base, headSha: head, headRef: "change-7" });

  beforeAll(async () => {
    repo = await createRepository(servers);
    head = openPullRequest(repo, 7, { [PROMPT]: supportPrompt(withoutLink) });
  });

  it("posts one comment and completes one failing check on the head SHA with annotations", async () => {
    const calls = repo.openai.calls;
    const run = await runOnPullRequest(repo, event());
    expect(run.code, run.stdout).toBe(1);
    expect(repo.openai.calls - calls).toBe(24);
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
    const logged = run.stdout.replace(/^::add-mask::.*$/gm, "");
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
    expect(comments[0]!.body).toMatch(/24 cached/);
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

  it("ignores the accept label from someone without write access, and says so in the comment", async () => {
    const labels = ["promptgate:accept"];
    const run = await runOnPullRequest(repo, {
      ...event(),
      action: "labeled",
      label: labels[0],
      labels,
      sender: "drive-by",
    });
    expect(run.code, run.stdout).toBe(1);
    expect(checksOn(repo.github, head).at(-1)).toMatchObject({ status: "completed", conclusion: "failure" });
    const body = commentsOn(repo.github, 7)[0]!.body;
    expect(body).toContain("who has no write access to this repository: it does not accept the regression");
    expect(body).not.toContain("**Accepted:**");
  });

  it("turns the conclusion to success when the accept label is added, naming who added it", async () => {
    const calls = repo.openai.calls;
    const labels = ["promptgate:accept"];
    const run = await runOnPullRequest(repo, {
      ...event(),
      action: "labeled",
      label: labels[0],
      labels,
      sender: MAINTAINER,
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

  it("does not carry an acceptance over to a new push: it takes the label off and says why", async () => {
    repo.github.addLabel(7, "promptgate:accept", MAINTAINER);
    const pushed = repo.github.addCommit({ files: { "README.md": "# shop, v2\n" }, parent: head });
    repo.github.setBranch("change-7", pushed);
    const run = await runOnPullRequest(repo, {
      ...event(),
      headSha: pushed,
      action: "synchronize",
      before: head,
      labels: ["promptgate:accept"],
    });
    expect(run.code, run.stdout).toBe(1);
    expect(repo.github.state.pulls.get(7)!.labels).not.toContain("promptgate:accept");
    expect(checksOn(repo.github, pushed).at(-1)).toMatchObject({
      status: "completed",
      conclusion: "failure",
    });
    const body = commentsOn(repo.github, 7)[0]!.body;
    expect(body).toContain(`accepted the earlier head \`${head.slice(0, 7)}\``);
    expect(body).toContain("promptgate removed the label. Add it again to accept this head.");
  });
});

describe("the Action in rollback mode", () => {
  it("opens a pull request with the prompt's earlier content and posts its review", async () => {
    // Restoring the longer instruction costs +38% per call: within this repository's cost limit.
    const repo = await createRepository(servers, `${pricingConfig}gate: {maxCostIncrease: 0.5}\n`);
    const bad = repo.github.addCommit({
      files: { [PROMPT]: supportPrompt(withoutLink) },
      parent: repo.base,
      message: "bad merge",
    });
    repo.github.setBranch("main", bad);
    const rollback = {
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
    };
    const run = await runDist(rollback);
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

    // Run again (a re-run job, a second dispatch): the open rollback PR is found, not opened twice.
    const again = await runDist({
      ...rollback,
      event: buildWorkflowDispatchEvent({ prompt: PROMPT, to: "" }),
    });
    expect(again.code, again.stdout).toBe(0);
    expect(again.stdout).toContain(
      `found the open rollback pull request https://github.com/octo-org/prompts/pull/${pull.number}`,
    );
    expect(
      [...repo.github.state.pulls.values()].filter((pr) => pr.title.startsWith("Roll back")),
    ).toHaveLength(1);
    expect(commentsOn(repo.github, pull.number)).toHaveLength(1);
  });
});
