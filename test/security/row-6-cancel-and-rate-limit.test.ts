// Issue 9 row 6: a check never stays pending. The built Action, against a fake GitHub and a model server that
// never answers: SIGINT (a cancelled workflow) completes the check as `cancelled` within 5 s and says so in the
// comment; a short `deadline-minutes` completes it with partial results that do not pass; and two secondary
// rate limits on the final check update are waited out, so the verdict still lands with one comment. The App,
// through its HTTP server, does the same on shutdown (what its SIGTERM handler runs) and at its deadline.
import type { ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runApp } from "../../src/app/run-app.js";
import {
  checksOn,
  commentsOn,
  createRepository,
  openPullRequest,
  PROMPT,
  type Repository,
  runOnPullRequest,
  withoutLink,
} from "../action/support/e2e-repository.js";
import { copyFreshDist } from "../action/support/run-dist.js";
import {
  APP_ID,
  INSTALLATION_ID,
  loadEvent,
  PRIVATE_KEY,
  seedRepository,
  signPayload,
  TestOctokit,
  WEBHOOK_SECRET,
} from "../app/app-harness.js";
import { startFakeGitHubServer } from "../support/fake-github/server.js";
import { type FakeOpenAIServer, startFakeOpenAIServer } from "../support/fake-openai-server.js";
import { pricingConfig, supportPrompt } from "../support/review-harness.js";

let script: string;
let repo: Repository;
let hanging: FakeOpenAIServer;
const servers: Array<{ close(): Promise<void> }> = [];

beforeAll(async () => {
  script = copyFreshDist();
  repo = await createRepository(servers);
  // Answers nothing for ten minutes: every call hangs until the review aborts it.
  hanging = await startFakeOpenAIServer({ latencyMs: 600_000 });
  servers.push(hanging);
});
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

async function until(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("a cancelled workflow run", () => {
  it("completes the check as cancelled within 5 s of SIGINT and says so in the comment", async () => {
    const head = openPullRequest(repo, 61, { [PROMPT]: supportPrompt(withoutLink) });
    let child: ChildProcess | undefined;
    const running = runOnPullRequest(
      script,
      repo,
      { number: 61, baseSha: repo.base, headSha: head },
      { env: { OPENAI_BASE_URL: hanging.url }, onSpawn: (spawned) => (child = spawned) },
    );
    // Model calls in flight and the check in progress: the moment a cancelled run used to hang forever.
    await until(() => hanging.received > 0 && checksOn(repo.github, head)[0]?.status === "in_progress");
    const signalled = Date.now();
    child!.kill("SIGINT");
    await until(() => checksOn(repo.github, head)[0]?.status === "completed", 5_000);
    expect(Date.now() - signalled).toBeLessThan(5_000);
    const run = await running;
    expect(Date.now() - signalled).toBeLessThan(5_000);
    const [check] = checksOn(repo.github, head);
    expect(check).toMatchObject({ status: "completed", conclusion: "cancelled" });
    expect(check!.output.summary).toContain("the workflow run was cancelled (SIGINT)");
    const comments = commentsOn(repo.github, 61);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain("review cancelled");
    expect(run.stdout).toContain("received SIGINT");
  });
});

describe("a review past its deadline", () => {
  it("completes the check with partial results that do not pass", async () => {
    const head = openPullRequest(repo, 62, { [PROMPT]: supportPrompt(withoutLink) });
    const run = await runOnPullRequest(
      script,
      repo,
      { number: 62, baseSha: repo.base, headSha: head },
      { inputs: { "deadline-minutes": "0.05" }, env: { OPENAI_BASE_URL: hanging.url } },
    );
    // 3 s of deadline, then the publish: far from the 10 minutes the model would have kept it waiting.
    expect(run.ms).toBeLessThan(20_000);
    const [check] = checksOn(repo.github, head);
    expect(check).toMatchObject({ status: "completed", conclusion: "failure" });
    expect(check!.output.summary).toContain("stopped at its deadline of 0.05 minutes");
    expect(run.outputs.verdict).toBe("error");
    const comments = commentsOn(repo.github, 62);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain("the results below are partial");
  });
});

describe("secondary rate limits on the final check update", () => {
  it("are waited out: the check completes with the verdict and there is one comment", async () => {
    const head = openPullRequest(repo, 63, { [PROMPT]: supportPrompt(withoutLink) });
    repo.github.failNext({
      method: "PATCH",
      path: /\/check-runs\/\d+$/,
      status: 403,
      message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
      headers: { "retry-after": "1" },
      times: 2,
    });
    const run = await runOnPullRequest(script, repo, { number: 63, baseSha: repo.base, headSha: head });
    const patches = repo.github.requests.filter((r) => r.method === "PATCH" && /check-runs/.test(r.path));
    expect(patches.length).toBeGreaterThanOrEqual(3);
    const [check] = checksOn(repo.github, head);
    expect(check).toMatchObject({ status: "completed", conclusion: "failure" });
    expect(check!.output.title).toMatch(/regress/i);
    expect(commentsOn(repo.github, 63)).toHaveLength(1);
    expect(run.stdout).toMatch(/secondary rate limit.*retrying in 1s/);
  });
});

/** The App over HTTP with a model that never answers; `config` is the base promptgate.yml. */
async function startHangingApp(config?: string) {
  const github = await startFakeGitHubServer({
    actor: "promptgate[bot]",
    appSlug: "promptgate",
    installationId: INSTALLATION_ID,
  });
  servers.push(github);
  const { head } = seedRepository(github, config ? { config } : {});
  const started = await runApp(
    {
      APP_ID,
      PRIVATE_KEY,
      WEBHOOK_SECRET,
      OPENAI_API_KEY: "sk-test",
      OPENAI_BASE_URL: hanging.url,
      GITHUB_API_URL: github.url,
      PORT: "0",
      HOST: "127.0.0.1",
      LOG_LEVEL: "fatal",
    },
    { Octokit: TestOctokit },
  );
  if (!("server" in started)) throw new Error("the app did not start");
  const body = JSON.stringify(loadEvent("pull_request.opened"));
  const response = await fetch(started.server.webhookUrl, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-github-event": "pull_request",
      "x-github-delivery": crypto.randomUUID(),
      "x-hub-signature-256": signPayload(body),
    },
    body,
  });
  expect(response.status).toBeLessThan(300);
  return {
    github,
    app: started.server,
    check: () => github.state.checkRuns.find((run) => run.head_sha === head),
  };
}

describe("the App", () => {
  it("completes a running review's check as cancelled within 5 s of shutting down", async () => {
    const calls = hanging.received;
    const { github, app, check } = await startHangingApp();
    await until(() => hanging.received > calls && check()?.status === "in_progress");
    const stopping = Date.now();
    await app.close();
    expect(Date.now() - stopping).toBeLessThan(5_000);
    expect(check()).toMatchObject({ status: "completed", conclusion: "cancelled" });
    expect(github.state.comments.filter((c) => c.issueNumber === 7)[0]?.body).toContain("review cancelled");
  });

  it("publishes partial results that do not pass at the deadline of the base config", async () => {
    const { app, check } = await startHangingApp(`${pricingConfig}review:\n  deadlineMinutes: 0.05\n`);
    await until(() => check()?.status === "completed", 20_000);
    expect(check()).toMatchObject({ conclusion: "failure" });
    expect(check()!.output.summary).toContain("stopped at its deadline of 0.05 minutes");
    await app.close();
  });
});
