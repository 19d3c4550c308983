// Webhook events through `probot.receive` against the loopback fake GitHub and OpenAI servers.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type FakeGitHubServer, startFakeGitHubServer } from "../support/fake-github-server.js";
import { type FakeOpenAIServer, startFakeOpenAIServer } from "../support/fake-openai-server.js";
import {
  createSupportResponder,
  pricingConfig,
  supportPrompt,
  systemWithLink,
} from "../support/review-harness.js";
import {
  BOT_LOGIN,
  INSTALLATION_ID,
  loadEvent,
  seedRepository,
  shasOf,
  startTestApp,
} from "./app-harness.js";

const ACCEPT_LABEL = "promptgate: accept regression";
const config = `${pricingConfig}labels:\n  accept: "${ACCEPT_LABEL}"\n`;

let github: FakeGitHubServer;
let openai: FakeOpenAIServer;
let app: Awaited<ReturnType<typeof startTestApp>>;

beforeEach(async () => {
  github = await startFakeGitHubServer({ actor: BOT_LOGIN, installationId: INSTALLATION_ID });
  openai = await startFakeOpenAIServer({ respond: createSupportResponder() });
  app = await startTestApp({ githubUrl: github.url, openaiUrl: openai.url });
});

afterEach(async () => {
  await github.close();
  await openai.close();
});

const promptgateRuns = () => github.state.checkRuns.filter((run) => run.name === "promptgate");
const commentsOn = (number: number) => github.state.comments.filter((c) => c.issueNumber === number);

describe("pull_request events", () => {
  it("reviews a fork PR through the API only: a failing check on its head and one comment", async () => {
    const event = loadEvent("pull_request.opened.fork");
    seedRepository(github, { ...shasOf(event), config, fork: true });
    await app.receive("pull_request", event);

    expect(promptgateRuns()).toEqual([
      expect.objectContaining({
        head_sha: shasOf(event).headSha,
        status: "completed",
        conclusion: "failure",
      }),
    ]);
    expect(commentsOn(7)).toHaveLength(1);
    expect(commentsOn(7)[0]!.body).toContain("support.prompt.yml");
    // Only reads and our own writes: nothing checked out, no ref created.
    expect(
      github
        .writes()
        .map((r) => `${r.method} ${r.path.replace(/\d+$/, "N")}`)
        .sort(),
    ).toEqual([
      "PATCH /repos/octo-org/prompts/check-runs/N",
      `POST /app/installations/${INSTALLATION_ID}/access_tokens`,
      "POST /repos/octo-org/prompts/check-runs",
      "POST /repos/octo-org/prompts/issues/7/comments",
    ]);
  });

  it("a push updates the same comment and checks the new head", async () => {
    const sync = loadEvent("pull_request.synchronize");
    const { baseSha } = shasOf(sync);
    seedRepository(github, {
      baseSha,
      headSha: sync.before as string,
      headRef: shasOf(sync).headRef,
      config,
    });
    const opened = loadEvent("pull_request.opened");
    const openedPr = opened.pull_request as { base: { sha: string }; head: { sha: string; ref: string } };
    await app.receive("pull_request", {
      ...opened,
      pull_request: {
        ...openedPr,
        base: { ...openedPr.base, sha: baseSha },
        head: { ...openedPr.head, sha: sync.before },
      },
    });
    expect(commentsOn(7)).toHaveLength(1);
    const firstBody = commentsOn(7)[0]!.body;

    // The fix puts the refund link back: the new head passes.
    const fixed = github.addCommit({
      sha: sync.after as string,
      parent: sync.before as string,
      files: {
        "prompts/support.prompt.yml": supportPrompt(systemWithLink.replace("three sentences", "3 sentences")),
      },
    });
    github.setBranch(shasOf(sync).headRef, fixed);
    await app.receive("pull_request", sync);

    expect(promptgateRuns().map((run) => [run.head_sha, run.conclusion])).toEqual([
      [sync.before, "failure"],
      [sync.after, "success"],
    ]);
    expect(commentsOn(7)).toHaveLength(1);
    expect(commentsOn(7)[0]!.body).not.toBe(firstBody);
  });

  it("the accept label re-reviews as accepted and records who accepted; other labels do nothing", async () => {
    const labeled = loadEvent("pull_request.labeled");
    seedRepository(github, { ...shasOf(labeled), config });
    github.state.permissions["maintainer-mo"] = "maintain";
    github.addLabel(7, ACCEPT_LABEL, "maintainer-mo");
    await app.receive("pull_request", labeled);

    expect(promptgateRuns()).toEqual([
      expect.objectContaining({ status: "completed", conclusion: "success" }),
    ]);
    expect(commentsOn(7)[0]!.body).toContain("maintainer-mo");

    const before = github.requests.length;
    await app.receive("pull_request", {
      ...labeled,
      label: { ...(labeled.label as object), name: "documentation" },
    });
    expect(
      github.requests.slice(before).filter((r) => r.method !== "GET" && !r.path.endsWith("/access_tokens")),
    ).toEqual([]);
    expect(openai.calls).toBeGreaterThan(0);
  });

  it("ignores the accept label from someone without write access, and says so in the comment", async () => {
    const labeled = loadEvent("pull_request.labeled");
    seedRepository(github, { ...shasOf(labeled), config });
    github.state.permissions["maintainer-mo"] = "triage";
    github.addLabel(7, ACCEPT_LABEL, "maintainer-mo");
    await app.receive("pull_request", labeled);

    expect(promptgateRuns()).toEqual([
      expect.objectContaining({ status: "completed", conclusion: "failure" }),
    ]);
    expect(commentsOn(7)[0]!.body).toContain("who has no write access to this repository");
    expect(commentsOn(7)[0]!.body).not.toContain("**Accepted:**");
  });

  it("a push takes the accept label off: the acceptance was for the earlier head", async () => {
    const sync = loadEvent("pull_request.synchronize");
    const { baseSha, headRef } = shasOf(sync);
    seedRepository(github, { baseSha, headSha: sync.before as string, headRef, config });
    github.state.permissions["maintainer-mo"] = "maintain";
    github.addLabel(7, ACCEPT_LABEL, "maintainer-mo");
    const next = github.addCommit({
      sha: sync.after as string,
      parent: sync.before as string,
      files: { "README.md": "# shop!\n" },
    });
    github.setBranch(headRef, next);
    const pr = sync.pull_request as { labels: Array<{ name: string }> };
    await app.receive("pull_request", {
      ...sync,
      pull_request: { ...pr, labels: [...pr.labels, { name: ACCEPT_LABEL }] },
    });

    expect(github.state.pulls.get(7)!.labels).not.toContain(ACCEPT_LABEL);
    expect(promptgateRuns()).toEqual([
      expect.objectContaining({ head_sha: sync.after, status: "completed", conclusion: "failure" }),
    ]);
    const body = commentsOn(7)[0]!.body;
    expect(body).toContain(`accepted the earlier head \`${(sync.before as string).slice(0, 7)}\``);
    expect(body).toContain("promptgate removed the label");
  });

  it("removing the accept label reviews again without it", async () => {
    const labeled = loadEvent("pull_request.labeled");
    seedRepository(github, { ...shasOf(labeled), config });
    const pr = labeled.pull_request as { labels: Array<{ name: string }> };
    await app.receive("pull_request", {
      ...labeled,
      action: "unlabeled",
      pull_request: { ...pr, labels: pr.labels.filter((l) => l.name !== ACCEPT_LABEL) },
    });
    expect(promptgateRuns()).toEqual([
      expect.objectContaining({ status: "completed", conclusion: "failure" }),
    ]);
  });

  it("ignores label changes made by the app itself (it reviewed already)", async () => {
    const labeled = loadEvent("pull_request.labeled");
    seedRepository(github, { ...shasOf(labeled), config });
    await app.receive("pull_request", { ...labeled, sender: { login: BOT_LOGIN, type: "Bot", id: 1 } });
    expect(promptgateRuns()).toEqual([]);
    expect(openai.received).toBe(0);
  });

  it("a newer push supersedes the review in flight: the old one writes no result", async () => {
    await openai.close();
    openai = await startFakeOpenAIServer({ respond: createSupportResponder(), latencyMs: 30 });
    app = await startTestApp({ githubUrl: github.url, openaiUrl: openai.url });
    const sync = loadEvent("pull_request.synchronize");
    const { baseSha, headRef } = shasOf(sync);
    seedRepository(github, { baseSha, headSha: sync.before as string, headRef, config });
    const labeled = loadEvent("pull_request.labeled");
    const first = app.receive("pull_request", {
      ...labeled,
      action: "reopened",
      pull_request: { ...(labeled.pull_request as object), labels: [] },
    });
    await waitFor(() => openai.received > 0);
    const next = github.addCommit({
      sha: sync.after as string,
      parent: sync.before as string,
      files: { "README.md": "# shop!\n" },
    });
    github.setBranch(headRef, next);
    const second = app.receive("pull_request", sync);
    await Promise.all([first, second]);

    const byHead = Object.fromEntries(promptgateRuns().map((run) => [run.head_sha, run.conclusion]));
    expect(byHead).toEqual({ [sync.before as string]: "cancelled", [sync.after as string]: "failure" });
    // One comment, written by the newer review.
    expect(commentsOn(7)).toHaveLength(1);
    expect(commentsOn(7)[0]!.body).toContain((sync.after as string).slice(0, 7));
  });
});

describe("failures complete the check", () => {
  it("an invalid promptgate.yml at base fails the check with the located error", async () => {
    const event = loadEvent("pull_request.opened");
    seedRepository(github, { config: "gate:\n  margin: lots\n" });
    await app.receive("pull_request", event);
    const [run] = promptgateRuns();
    expect(run).toMatchObject({ status: "completed", conclusion: "failure" });
    expect(run!.output.summary).toMatch(/promptgate\.yml.*2/s);
  });

  it("a GitHub error while publishing does not leave the check in progress", async () => {
    const event = loadEvent("pull_request.opened");
    seedRepository(github, { config });
    github.failNext({ method: "PATCH", path: /check-runs\/\d+$/, status: 502, message: "Bad gateway" });
    await app.receive("pull_request", event);
    const runs = promptgateRuns();
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ status: "completed", conclusion: "failure" });
    expect(runs[0]!.output.summary).toContain("Bad gateway");
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
