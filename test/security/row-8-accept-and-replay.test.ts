// Issue 9 row 8: an acceptance is pinned to the head a maintainer read, a replayed delivery runs once, and every
// HTTP attempt (retries, re-asked judges) counts against budget.maxCalls.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { AppServer } from "../../src/app/server.js";
import {
  checksOn,
  createRepository,
  MAINTAINER,
  openForkPullRequest,
  openPullRequest,
  PROMPT,
  runOnPullRequest,
  withoutLink,
} from "../action/support/e2e-repository.js";
import type { PullRequestEventInput } from "../action/support/events.js";
import { copyFreshDist } from "../action/support/run-dist.js";
import {
  commentEvent,
  deliverSigned,
  INSTALLATION_ID,
  loadEvent,
  seedRepository,
  startHttpApp,
} from "../app/app-harness.js";
import { type FakeGitHubServer, startFakeGitHubServer } from "../support/fake-github/server.js";
import { type FakeOpenAIServer, startFakeOpenAIServer } from "../support/fake-openai-server.js";
import { createSupportResponder, pricingConfig, supportPrompt } from "../support/review-harness.js";

const ACCEPT = "promptgate:accept";
const RUN = "promptgate:run";

describe("the App (HTTP server): accept and replays", () => {
  let github: FakeGitHubServer;
  let openai: FakeOpenAIServer;
  let app: AppServer;
  let head: string;

  beforeEach(async () => {
    github = await startFakeGitHubServer({
      actor: "promptgate[bot]",
      installationId: INSTALLATION_ID,
      permissions: { "maintainer-mo": "write" },
    });
    openai = await startFakeOpenAIServer({ respond: createSupportResponder() });
    head = seedRepository(github).head;
    app = await startHttpApp(github, openai);
  });

  afterEach(async () => {
    await app.close();
    await github.close();
    await openai.close();
  });

  const runs = () => github.state.checkRuns.filter((run) => run.name === "promptgate");
  const lastReply = () =>
    github.state.comments
      .filter((c) => c.user === "promptgate[bot]" && !c.body.includes("<!-- promptgate"))
      .at(-1)?.body ?? "";
  const say = (body: string) =>
    deliverSigned(app, "issue_comment", commentEvent(body, "maintainer-mo", { github }));

  /** A push of a commit that keeps the regression; with `deliverIt`, GitHub's synchronize delivery too. */
  async function push(deliverIt: boolean): Promise<string> {
    const newer = github.addCommit({
      parent: head,
      files: { "README.md": "# shop\n\nnewer\n" },
      message: "newer",
    });
    github.pushHead(7, newer);
    if (deliverIt) {
      const sync = loadEvent("pull_request.synchronize") as unknown as Record<string, unknown> & {
        pull_request: { head: { sha: string }; labels: unknown[] };
      };
      const labels = github.state.pulls.get(7)!.labels.map((name) => ({ name }));
      await deliverSigned(app, "pull_request", {
        ...sync,
        before: head,
        pull_request: { ...sync.pull_request, labels, head: { ...sync.pull_request.head, sha: newer } },
      });
    }
    return newer;
  }

  it("accepts the head the comment describes, or the one it names, and a later push clears it", async () => {
    await deliverSigned(app, "pull_request", loadEvent("pull_request.opened"));
    expect(runs().at(-1)).toMatchObject({ head_sha: head, conclusion: "failure" });

    await say("/promptgate accept 0badc0de");
    expect(lastReply()).toContain("nothing was accepted");
    expect(github.state.pulls.get(7)!.labels).not.toContain(ACCEPT);

    await say(`/promptgate accept ${head.slice(0, 7)}`);
    expect(lastReply()).toMatch(/^Accepted `a1b2c3d` by @maintainer-mo/);
    expect(runs().at(-1)).toMatchObject({ head_sha: head, status: "completed", conclusion: "success" });

    const newer = await push(true);
    expect(github.state.pulls.get(7)!.labels).not.toContain(ACCEPT);
    expect(runs().at(-1)).toMatchObject({ head_sha: newer, status: "completed", conclusion: "failure" });
    // Naming the head that was accepted before does not carry it over.
    await say(`/promptgate accept ${head.slice(0, 7)}`);
    expect(lastReply()).toContain("nothing was accepted");
    expect(runs().at(-1)).toMatchObject({ head_sha: newer, conclusion: "failure" });
  });

  it("accepts nothing when the head moved past the one the comment describes", async () => {
    await deliverSigned(app, "pull_request", loadEvent("pull_request.opened"));
    // A push lands before its review has run: the comment still describes the head the maintainer read.
    const newer = await push(false);
    await say("/promptgate accept");
    expect(lastReply()).toMatch(
      /answers the review of `a1b2c3d`, but the head is now `[0-9a-f]{7}`: nothing was accepted/,
    );
    expect(github.state.pulls.get(7)!.labels).not.toContain(ACCEPT);
    expect(runs().filter((run) => run.head_sha === newer && run.conclusion === "success")).toHaveLength(0);
  });

  it("processes the same signed delivery once", async () => {
    const id = crypto.randomUUID();
    const event = loadEvent("pull_request.opened");
    const first = await deliverSigned(app, "pull_request", event, id);
    expect(first.status).toBeLessThan(300);
    const writes = github.writes().length;
    const calls = openai.received;
    expect(calls).toBeGreaterThan(0);
    const replay = await deliverSigned(app, "pull_request", event, id);
    expect(replay.status).toBeLessThan(300);
    expect(github.writes()).toHaveLength(writes);
    expect(openai.received).toBe(calls);
    expect(runs()).toHaveLength(1);
  });
});

describe("the Action (dist/index.js) on a fork pull request: a push voids the run and accept labels", () => {
  const servers: Array<{ close(): Promise<void> }> = [];
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.close()));
  });

  it("accepts a reviewed head, then a push takes both labels off and nothing runs until a new approval", async () => {
    const script = copyFreshDist();
    const repo = await createRepository(servers);
    const head = openForkPullRequest(repo, 33, { [PROMPT]: supportPrompt(withoutLink) });
    const labelsOf = () => repo.github.state.pulls.get(33)!.labels;
    const event = (sha: string, more: Partial<PullRequestEventInput>) => ({
      number: 33,
      baseSha: repo.base,
      headSha: sha,
      fork: true,
      labels: labelsOf(),
      headPushedAt: repo.github.state.pulls.get(33)!.headPushedAt,
      sender: MAINTAINER,
      ...more,
    });
    const target = { eventName: "pull_request_target" };
    for (const label of [RUN, ACCEPT]) {
      repo.github.addLabel(33, label, MAINTAINER);
      await runOnPullRequest(script, repo, event(head, { action: "labeled", label }), target);
    }
    expect(checksOn(repo.github, head).at(-1)).toMatchObject({ status: "completed", conclusion: "success" });

    const newer = repo.github.addCommit({ parent: head, files: { "README.md": "# fork\n" } });
    repo.github.state.pushHead(33, newer);
    const calls = repo.openai.received;
    await runOnPullRequest(script, repo, event(newer, { action: "synchronize", before: head }), target);
    expect(labelsOf()).toEqual([]);
    expect(repo.openai.received).toBe(calls);
    expect(checksOn(repo.github, newer)).toEqual([expect.objectContaining({ status: "queued" })]);

    repo.github.addLabel(33, RUN, MAINTAINER);
    await runOnPullRequest(script, repo, event(newer, { action: "labeled", label: RUN }), target);
    // Reviewed again (its answers come from the response cache: the prompt did not change) and no longer accepted.
    expect(checksOn(repo.github, newer).at(-1)).toMatchObject({ status: "completed", conclusion: "failure" });
  });
});

describe("the Action (dist/index.js): budget.maxCalls counts HTTP attempts", () => {
  let script: string;
  const servers: Array<{ close(): Promise<void> }> = [];
  const config = `${pricingConfig}concurrency: 2\nbudget:\n  maxCalls: 10\n`;

  beforeAll(() => {
    script = copyFreshDist();
  });
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.close()));
  });

  it("counts retries after 500s", async () => {
    const repo = await createRepository(servers, config);
    const failing = await startFakeOpenAIServer({
      respond: createSupportResponder(),
      script: [{ status: 500 }, { status: 500 }, { status: 500 }],
    });
    servers.push(failing);
    const head = openPullRequest(repo, 31, { [PROMPT]: supportPrompt(withoutLink) });
    await runOnPullRequest(
      script,
      repo,
      { number: 31, baseSha: repo.base, headSha: head },
      {
        env: { OPENAI_BASE_URL: failing.url },
      },
    );
    expect(failing.failed500 + failing.calls).toBe(failing.received);
    expect(failing.failed500).toBe(3);
    expect(failing.received).toBe(10);
  });

  it("counts judge calls and the judges asked again after an unreadable verdict", async () => {
    // Two rows, one repeat: 4 answers and 4 judge calls, each judge asked up to 3 times — 16 attempts.
    const politePrompt = (system: string) =>
      [
        "name: Polite bot",
        "model: openai/gpt-4o-mini",
        "messages:",
        `  - {role: system, content: "${system}"}`,
        '  - {role: user, content: "{{question}}"}',
        "testData:",
        "  - {question: Hello?}",
        "  - {question: Where is my order?}",
        "evaluators:",
        "  - name: polite",
        "    llm:",
        '      prompt: "Reply: {{output}} Is the reply polite?"',
        "      choices:",
        '        - {choice: "yes", score: 1}',
        '        - {choice: "no", score: 0}',
        "",
      ].join("\n");
    const unreadableJudge = await startFakeOpenAIServer({
      respond: (body) =>
        body.response_format?.json_schema?.name === "judge_choice" ? "hmm, hard to say" : "Happy to help!",
    });
    servers.push(unreadableJudge);
    const repo = await createRepository(servers, `${config}repeats: 1\n`);
    const base = repo.github.addCommit({
      parent: repo.base,
      files: { "prompts/polite.prompt.yml": politePrompt("Be polite.") },
      message: "polite prompt",
    });
    repo.github.setBranch("main", base);
    const head = repo.github.addCommit({
      parent: base,
      files: { "prompts/polite.prompt.yml": politePrompt("Be very polite.") },
    });
    repo.github.setBranch("change-32", head);
    repo.github.addPullRequest({ number: 32, baseSha: base, headSha: head, headRef: "change-32" });
    await runOnPullRequest(
      script,
      repo,
      { number: 32, baseSha: base, headSha: head },
      { env: { OPENAI_BASE_URL: unreadableJudge.url } },
    );
    const judged = unreadableJudge.requests.filter(
      (r) => r.response_format?.json_schema?.name === "judge_choice",
    );
    // Judges were asked again (more judge requests than the 4 answers they grade could need once each)…
    expect(judged.length).toBeGreaterThan(4);
    // …and every request, answers and judges, re-asks included, counted against maxCalls: 10.
    expect(unreadableJudge.received).toBe(10);
  });
});
