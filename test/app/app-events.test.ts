// Webhook events through `probot.receive` against the loopback fake GitHub and OpenAI servers.
import { describe, expect, it } from "vitest";
import { startFakeOpenAIServer } from "../support/fake-openai-server.js";
import { createSupportResponder, supportPrompt, systemWithLink } from "../support/review-harness.js";
import { ACCEPT_LABEL, acceptLabelConfig, useAppFakes } from "./app-fakes.js";
import {
  BOT_LOGIN,
  commentEvent,
  INSTALLATION_ID,
  loadEvent,
  seedRepository,
  shasOf,
  startTestApp,
} from "./app-harness.js";

const env = useAppFakes();
const config = acceptLabelConfig;

describe("pull_request events", () => {
  it("holds a fork PR until a maintainer approves its head, then reviews it through the API only", async () => {
    const event = loadEvent("pull_request.opened.fork");
    seedRepository(env.github, { ...shasOf(event), config, fork: true });
    env.github.state.permissions["maintainer-mo"] = "write";
    await env.app.receive("pull_request", event);
    // No approval: no model call, the check waits (queued, which branch protection does not count as passing).
    expect(env.openai.calls).toBe(0);
    expect(env.promptgateRuns()).toEqual([
      expect.objectContaining({ head_sha: shasOf(event).headSha, status: "queued", conclusion: null }),
    ]);
    expect(env.commentsOn(7)).toHaveLength(0);

    await env.app.receive(
      "issue_comment",
      commentEvent("/promptgate run", "maintainer-mo", { github: env.github }),
    );
    expect(env.promptgateRuns()).toEqual([
      expect.objectContaining({
        head_sha: shasOf(event).headSha,
        status: "completed",
        conclusion: "failure",
      }),
    ]);
    const sticky = env.commentsOn(7).filter((c) => c.body.includes("<!-- promptgate:comment"));
    expect(sticky).toHaveLength(1);
    expect(sticky[0]!.body).toContain("support.prompt.yml");
    // Only reads and our own writes: nothing checked out, no ref created.
    expect(
      env.github
        .writes()
        .map((r) => `${r.method} ${r.path.replace(/\d+$/, "N")}`)
        .filter((w) => !w.includes("/reactions"))
        .sort(),
    ).toEqual([
      // The waiting check is reused: queued → in progress → completed.
      "PATCH /repos/octo-org/prompts/check-runs/N",
      "PATCH /repos/octo-org/prompts/check-runs/N",
      `POST /app/installations/${INSTALLATION_ID}/access_tokens`,
      "POST /repos/octo-org/prompts/check-runs",
      "POST /repos/octo-org/prompts/issues/7/comments",
      "POST /repos/octo-org/prompts/issues/7/comments",
      "POST /repos/octo-org/prompts/issues/7/labels",
    ]);
  });

  it("a push updates the same comment and checks the new head", async () => {
    const sync = loadEvent("pull_request.synchronize");
    const { baseSha } = shasOf(sync);
    seedRepository(env.github, {
      baseSha,
      headSha: sync.before as string,
      headRef: shasOf(sync).headRef,
      config,
    });
    const opened = loadEvent("pull_request.opened");
    const openedPr = opened.pull_request as { base: { sha: string }; head: { sha: string; ref: string } };
    await env.app.receive("pull_request", {
      ...opened,
      pull_request: {
        ...openedPr,
        base: { ...openedPr.base, sha: baseSha },
        head: { ...openedPr.head, sha: sync.before },
      },
    });
    expect(env.commentsOn(7)).toHaveLength(1);
    const firstBody = env.commentsOn(7)[0]!.body;

    // The fix puts the refund link back: the regression is gone; twelve rows cannot rule out a 20-point drop,
    // so the new head is inconclusive, a neutral check that does not block the merge.
    const fixed = env.github.addCommit({
      sha: sync.after as string,
      parent: sync.before as string,
      files: {
        "prompts/support.prompt.yml": supportPrompt(systemWithLink.replace("three sentences", "3 sentences")),
      },
    });
    env.github.setBranch(shasOf(sync).headRef, fixed);
    await env.app.receive("pull_request", sync);

    expect(env.promptgateRuns().map((run) => [run.head_sha, run.conclusion])).toEqual([
      [sync.before, "failure"],
      [sync.after, "neutral"],
    ]);
    expect(env.commentsOn(7)).toHaveLength(1);
    expect(env.commentsOn(7)[0]!.body).not.toBe(firstBody);
  });

  it("the accept label re-reviews as accepted and records who accepted; other labels do nothing", async () => {
    const labeled = loadEvent("pull_request.labeled");
    seedRepository(env.github, { ...shasOf(labeled), config });
    env.github.state.permissions["maintainer-mo"] = "maintain";
    env.github.addLabel(7, ACCEPT_LABEL, "maintainer-mo");
    await env.app.receive("pull_request", labeled);

    expect(env.promptgateRuns()).toEqual([
      expect.objectContaining({ status: "completed", conclusion: "success" }),
    ]);
    expect(env.commentsOn(7)[0]!.body).toContain("maintainer-mo");

    const before = env.github.requests.length;
    await env.app.receive("pull_request", {
      ...labeled,
      label: { ...(labeled.label as object), name: "documentation" },
    });
    expect(
      env.github.requests
        .slice(before)
        .filter((r) => r.method !== "GET" && !r.path.endsWith("/access_tokens")),
    ).toEqual([]);
    expect(env.openai.calls).toBeGreaterThan(0);
  });

  it("ignores the accept label from someone without write access, and says so in the comment", async () => {
    const labeled = loadEvent("pull_request.labeled");
    seedRepository(env.github, { ...shasOf(labeled), config });
    env.github.state.permissions["maintainer-mo"] = "triage";
    env.github.addLabel(7, ACCEPT_LABEL, "maintainer-mo");
    await env.app.receive("pull_request", labeled);

    expect(env.promptgateRuns()).toEqual([
      expect.objectContaining({ status: "completed", conclusion: "failure" }),
    ]);
    expect(env.commentsOn(7)[0]!.body).toContain("who has no write access to this repository");
    expect(env.commentsOn(7)[0]!.body).not.toContain("**Accepted:**");
  });

  it("a push takes the accept label off: the acceptance was for the earlier head", async () => {
    const sync = loadEvent("pull_request.synchronize");
    const { baseSha, headRef } = shasOf(sync);
    seedRepository(env.github, { baseSha, headSha: sync.before as string, headRef, config });
    env.github.state.permissions["maintainer-mo"] = "maintain";
    env.github.addLabel(7, ACCEPT_LABEL, "maintainer-mo");
    const next = env.github.addCommit({
      sha: sync.after as string,
      parent: sync.before as string,
      files: { "README.md": "# shop!\n" },
    });
    env.github.setBranch(headRef, next);
    const pr = sync.pull_request as { labels: Array<{ name: string }> };
    await env.app.receive("pull_request", {
      ...sync,
      pull_request: { ...pr, labels: [...pr.labels, { name: ACCEPT_LABEL }] },
    });

    expect(env.github.state.pulls.get(7)!.labels).not.toContain(ACCEPT_LABEL);
    expect(env.promptgateRuns()).toEqual([
      expect.objectContaining({ head_sha: sync.after, status: "completed", conclusion: "failure" }),
    ]);
    const body = env.commentsOn(7)[0]!.body;
    expect(body).toContain(`accepted the earlier head \`${(sync.before as string).slice(0, 7)}\``);
    expect(body).toContain("promptgate removed the label");
  });

  it("removing the accept label reviews again without it", async () => {
    const labeled = loadEvent("pull_request.labeled");
    seedRepository(env.github, { ...shasOf(labeled), config });
    const pr = labeled.pull_request as { labels: Array<{ name: string }> };
    await env.app.receive("pull_request", {
      ...labeled,
      action: "unlabeled",
      pull_request: { ...pr, labels: pr.labels.filter((l) => l.name !== ACCEPT_LABEL) },
    });
    expect(env.promptgateRuns()).toEqual([
      expect.objectContaining({ status: "completed", conclusion: "failure" }),
    ]);
  });

  it("ignores label changes made by the app itself (it reviewed already)", async () => {
    const labeled = loadEvent("pull_request.labeled");
    seedRepository(env.github, { ...shasOf(labeled), config });
    await env.app.receive("pull_request", { ...labeled, sender: { login: BOT_LOGIN, type: "Bot", id: 1 } });
    expect(env.promptgateRuns()).toEqual([]);
    expect(env.openai.received).toBe(0);
  });

  it("a newer push supersedes the review in flight: the old one writes no result", async () => {
    await env.openai.close();
    env.openai = await startFakeOpenAIServer({ respond: createSupportResponder(), latencyMs: 30 });
    env.app = await startTestApp({ githubUrl: env.github.url, openaiUrl: env.openai.url });
    const sync = loadEvent("pull_request.synchronize");
    const { baseSha, headRef } = shasOf(sync);
    seedRepository(env.github, { baseSha, headSha: sync.before as string, headRef, config });
    const labeled = loadEvent("pull_request.labeled");
    const first = env.app.receive("pull_request", {
      ...labeled,
      action: "reopened",
      pull_request: { ...(labeled.pull_request as object), labels: [] },
    });
    await waitFor(() => env.openai.received > 0);
    const next = env.github.addCommit({
      sha: sync.after as string,
      parent: sync.before as string,
      files: { "README.md": "# shop!\n" },
    });
    env.github.setBranch(headRef, next);
    const second = env.app.receive("pull_request", sync);
    await Promise.all([first, second]);

    const byHead = Object.fromEntries(env.promptgateRuns().map((run) => [run.head_sha, run.conclusion]));
    expect(byHead).toEqual({ [sync.before as string]: "cancelled", [sync.after as string]: "failure" });
    // One comment, written by the newer review.
    expect(env.commentsOn(7)).toHaveLength(1);
    expect(env.commentsOn(7)[0]!.body).toContain((sync.after as string).slice(0, 7));
  });
});

describe("failures complete the check", () => {
  it("an invalid promptgate.yml at base fails the check with the located error", async () => {
    const event = loadEvent("pull_request.opened");
    seedRepository(env.github, { config: "gate:\n  margin: lots\n" });
    await env.app.receive("pull_request", event);
    const [run] = env.promptgateRuns();
    expect(run).toMatchObject({ status: "completed", conclusion: "failure" });
    expect(run!.output.summary).toMatch(/promptgate\.yml.*2/s);
  });

  it("a GitHub error while publishing does not leave the check in progress", async () => {
    const event = loadEvent("pull_request.opened");
    seedRepository(env.github, { config });
    // A refusal retrying cannot cure: the check is completed with the error instead.
    env.github.failNext({ method: "PATCH", path: /check-runs\/\d+$/, status: 422, message: "Unprocessable" });
    await env.app.receive("pull_request", event);
    const runs = env.promptgateRuns();
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ status: "completed", conclusion: "failure" });
    expect(runs[0]!.output.summary).toContain("Unprocessable");
  });

  it("a GitHub outage on the final check update is retried until the verdict lands", async () => {
    const event = loadEvent("pull_request.opened");
    seedRepository(env.github, { config });
    env.github.failNext({ method: "PATCH", path: /check-runs\/\d+$/, status: 502, message: "Bad gateway" });
    await env.app.receive("pull_request", event);
    const runs = env.promptgateRuns();
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ status: "completed", conclusion: "failure" });
    expect(runs[0]!.output.summary).not.toContain("Bad gateway");
    expect(runs[0]!.output.title).toMatch(/regress/i);
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
