// Issue 9 row 2: a pull request cannot raise its own budget — unpriced models, head-config prices, fork PRs.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { ReviewReport } from "../../src/core/report/report.js";
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
  commentEvent,
  deliverSigned,
  INSTALLATION_ID,
  loadEvent,
  seedRepository,
  shasOf,
  startHttpApp,
} from "../app/app-harness.js";
import { type FakeGitHubServer, startFakeGitHubServer } from "../support/fake-github/server.js";
import { startFakeOpenAIServer } from "../support/fake-openai-server.js";
import { createSupportResponder, pricingConfig, supportPrompt } from "../support/review-harness.js";

const CAP = 0.05;
const capped = `${pricingConfig}budget:\n  maxCostUsd: ${CAP}\n`;
/** The head switches the prompt to a model the built-in table does not price. */
const onUnpricedModel = supportPrompt(withoutLink).replace(
  "model: openai/gpt-4o-mini",
  "model: acme-llm-70b",
);

let script: string;
const servers: Array<{ close(): Promise<void> }> = [];

beforeAll(() => {
  // test/global-setup.ts builds dist/ once before the suite, as `npm run bundle` does.
  script = copyFreshDist();
});

afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

function readReport(repo: Repository, number: number): ReviewReport {
  return JSON.parse(readFileSync(join(repo.runnerTemp, `promptgate-report-pr-${number}.json`), "utf8"));
}

describe("the Action (dist/index.js) under a $0.05 base budget", () => {
  it("makes no model call for a head on an unpriced model, and says which pricing entry would allow it", async () => {
    const repo = await createRepository(servers, capped);
    const head = openPullRequest(repo, 21, { [PROMPT]: onUnpricedModel });
    const run = await runOnPullRequest(script, repo, { number: 21, baseSha: repo.base, headSha: head });
    expect(repo.openai.received).toBe(0);
    const [check] = checksOn(repo.github, head);
    expect(check).toMatchObject({ status: "completed" });
    expect(check!.conclusion).not.toBe("success");
    const why = "has no known price";
    expect(`${check!.output.summary}\n${check!.output.text ?? ""}`).toContain(why);
    const comment = commentsOn(repo.github, 21)[0]!.body;
    expect(comment).toContain("acme-llm-70b");
    expect(comment).toContain(why);
    expect(comment).toContain("pricing: {acme-llm-70b: {input: …, output: …}}");
    expect(run.code, run.stdout).not.toBe(0);
  });

  it("does not take the price from a promptgate.yml the head adds", async () => {
    const repo = await createRepository(servers, capped);
    const headConfig = `pricing:\n  acme-llm-70b: {input: 0.01, output: 0.01}\nbudget:\n  maxCostUsd: 1000\n`;
    const head = openPullRequest(repo, 22, { [PROMPT]: onUnpricedModel, "promptgate.yml": headConfig });
    await runOnPullRequest(script, repo, { number: 22, baseSha: repo.base, headSha: head });
    expect(repo.openai.received).toBe(0);
    expect(commentsOn(repo.github, 22)[0]!.body).toContain("has no known price");
  });

  it("with a base pricing entry for the model, stops before an attempt could pass the cap", async () => {
    // o1's list price: each head attempt reserves ≈ $0.017 (its prompt plus 256 output tokens); answers cost less.
    const priced = `${pricingConfig}  acme-llm-70b: {input: 15, output: 60}\nbudget:\n  maxCostUsd: ${CAP}\n`;
    const repo = await createRepository(servers, priced);
    const head = openPullRequest(repo, 23, { [PROMPT]: onUnpricedModel });
    await runOnPullRequest(script, repo, { number: 23, baseSha: repo.base, headSha: head });
    const report = readReport(repo, 23);
    const planned = 12 * 2;
    // Some calls ran, not all: the review planned only the rows the budget covers (and the engine refuses any
    // attempt whose worst case would not fit), and every request the server saw was counted.
    expect(repo.openai.received).toBeGreaterThan(0);
    expect(repo.openai.received).toBeLessThan(planned);
    expect(report.calls.total - report.calls.cached - report.calls.failed + report.calls.retried).toBe(
      repo.openai.received,
    );
    // Every answer cost less than its reservation, so the documented in-flight overshoot is zero here.
    expect(report.costUsd).toBeGreaterThan(0);
    expect(report.costUsd).toBeLessThanOrEqual(CAP);
    // The report says the budget limited the review: rows left unasked, or a stop.
    const [prompt] = report.prompts;
    const stopped = report.errors.some((e) => /Stopped by the budget: budget.maxCostUsd/.test(e.message));
    expect(stopped || prompt!.sequential!.cases < prompt!.sequential!.totalCases).toBe(true);
  });
});

const lastReplyOf = (github: FakeGitHubServer) =>
  github.state.comments
    .filter((c) => c.user === "promptgate[bot]" && !c.body.includes("<!-- promptgate"))
    .at(-1)?.body ?? "";

describe("the App (HTTP server) on a fork pull request", () => {
  const peers: Array<{ close(): Promise<void> }> = [];
  afterEach(async () => {
    await Promise.all(peers.splice(0).map((peer) => peer.close()));
  });

  it("makes no model call without a maintainer's approval, and its check waits", async () => {
    const github = await startFakeGitHubServer({ actor: "promptgate[bot]", installationId: INSTALLATION_ID });
    const openai = await startFakeOpenAIServer({ respond: createSupportResponder() });
    const event = loadEvent("pull_request.opened.fork");
    seedRepository(github, { ...shasOf(event), fork: true, headSystem: withoutLink });
    const app = await startHttpApp(github, openai);
    peers.push(app, github, openai);
    const response = await deliverSigned(app, "pull_request", event);
    expect(response.status).toBeLessThan(300);
    expect(openai.received).toBe(0);
    const runs = github.state.checkRuns.filter((run) => run.name === "promptgate");
    expect(runs).toEqual([expect.objectContaining({ status: "queued", conclusion: null })]);
    expect(runs[0]!.output.summary).toContain("/promptgate run");
    // The fork's author cannot get it run: not by `/promptgate rerun`, not by `/promptgate run`, not by the label.
    await deliverSigned(app, "issue_comment", commentEvent("/promptgate rerun", "octocat", { github }));
    expect(lastReplyOf(github)).toContain("not run:");
    await deliverSigned(app, "issue_comment", commentEvent("/promptgate run", "octocat", { github }));
    expect(lastReplyOf(github)).toMatch(/only people with write access/);
    github.addLabel(7, "promptgate:run", "octocat");
    const labeled = loadEvent("pull_request.labeled") as Record<string, unknown>;
    await deliverSigned(app, "pull_request", {
      ...labeled,
      pull_request: { ...(event.pull_request as object), labels: [{ name: "promptgate:run" }] },
      label: { name: "promptgate:run" },
      sender: { login: "octocat", type: "User", id: 1 },
    });
    expect(openai.received).toBe(0);
    expect(github.state.checkRuns.filter((run) => run.name === "promptgate").at(-1)).toMatchObject({
      status: "queued",
    });
  });
});
