// `/promptgate` commands through `probot.receive` against the fake GitHub: permission checks, replies and full flows.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { seedPullRequest } from "../support/fake-github/seed.js";
import { type FakeGitHubServer, startFakeGitHubServer } from "../support/fake-github/server.js";
import { type FakeOpenAIServer, startFakeOpenAIServer } from "../support/fake-openai-server.js";
import {
  createSupportResponder,
  pricingConfig,
  supportPrompt,
  systemWithLink,
} from "../support/review-harness.js";
import { useAppFakes } from "./app-fakes.js";
import {
  BOT_LOGIN,
  commentEvent,
  INSTALLATION_ID,
  loadEvent,
  seedRepository,
  shasOf,
  startTestApp,
  systemWithoutLink,
} from "./app-harness.js";

const REPO = "/repos/octo-org/prompts";

describe("commands answered from the pull request and its base config", () => {
  const env = useAppFakes();

  /** PR #7 at the labeled fixture's SHAs, with `config` as promptgate.yml at base (none when undefined). */
  function seedPull(config?: string) {
    const { baseSha, headSha, headRef } = shasOf(loadEvent("pull_request.labeled"));
    const base: Record<string, string> = { "README.md": "# shop\n" };
    if (config !== undefined) base["promptgate.yml"] = config;
    seedPullRequest(env.github, { base, head: { "README.md": "# shop!\n" }, baseSha, headSha, headRef });
  }

  /** The one reply the App posted on PR #7 after the command's own comment. */
  const replyOn7 = () => env.commentsOn(7).filter((c) => c.user === BOT_LOGIN);

  for (const [command, role] of [
    ["rollback prompts/support.prompt.yml", "triage"],
    ["accept", undefined],
  ] as const) {
    it(`refuses /promptgate ${command.split(" ")[0]} to a user without write access, politely, changing nothing`, async () => {
      seedPull();
      if (role) env.github.state.permissions = { "drive-by": role };
      const event = commentEvent(`/promptgate ${command}`, "drive-by", { github: env.github });
      await env.app.receive("issue_comment", event);
      const writes = env.github.writes().map((w) => `${w.method} ${w.path}`);
      expect(writes).toEqual([
        `POST /app/installations/${INSTALLATION_ID}/access_tokens`,
        `POST ${REPO}/issues/comments/${(event.comment as { id: number }).id}/reactions`,
        `POST ${REPO}/issues/7/comments`,
      ]);
      expect(env.github.state.reactions.map((r) => r.content)).toEqual(["eyes"]);
      expect(env.github.requests.some((r) => r.path === `${REPO}/collaborators/drive-by/permission`)).toBe(
        true,
      );
      const [reply] = replyOn7();
      expect(reply?.body).toContain("Sorry @drive-by, only people with write access to octo-org/prompts");
      expect(reply?.body).toContain("Nothing was changed");
      expect(env.github.state.pulls.get(7)?.labels).toEqual([]);
    });
  }

  it("answers /promptgate help with the commands and the repository's accept label", async () => {
    seedPull('labels:\n  accept: "ship it"\n');
    await env.app.receive(
      "issue_comment",
      commentEvent("/promptgate help", "octocat", { github: env.github }),
    );
    const { baseSha } = shasOf(loadEvent("pull_request.labeled"));
    expect(
      env.github.requests.some(
        (r) => r.path === `${REPO}/contents/promptgate.yml` && r.query.ref === baseSha,
      ),
    ).toBe(true);
    const [reply] = replyOn7();
    expect(reply?.body).toContain("`/promptgate rollback <path> [--to <sha>]`");
    expect(reply?.body).toContain("`ship it`");
  });

  it("explains an unknown command", async () => {
    seedPull();
    await env.app.receive(
      "issue_comment",
      commentEvent("/promptgate deploy now", "octocat", { github: env.github }),
    );
    const [reply] = replyOn7();
    expect(reply?.body).toContain("unknown command `deploy`");
    expect(reply?.body).toContain("`promptgate:accept`");
  });

  it("ignores bots (itself included), plain comments and comments on issues: no request at all", async () => {
    await env.app.receive(
      "issue_comment",
      commentEvent("/promptgate rerun", "dependabot[bot]", { type: "Bot" }),
    );
    await env.app.receive("issue_comment", commentEvent("/promptgate rerun", BOT_LOGIN, { type: "Bot" }));
    await env.app.receive("issue_comment", commentEvent("Looks good, merging.", "octocat"));
    const onIssue = commentEvent("/promptgate rerun", "octocat");
    const { pull_request: _ignored, ...issue } = onIssue.issue as Record<string, unknown>;
    await env.app.receive("issue_comment", { ...onIssue, issue });
    expect(env.github.requests).toEqual([]);
  });
});

describe("commands against the fake GitHub", () => {
  let github: FakeGitHubServer;
  let openai: FakeOpenAIServer;
  let app: Awaited<ReturnType<typeof startTestApp>>;

  beforeEach(async () => {
    github = await startFakeGitHubServer({
      actor: BOT_LOGIN,
      installationId: INSTALLATION_ID,
      permissions: { "maintainer-mo": "maintain" },
    });
    openai = await startFakeOpenAIServer({ respond: createSupportResponder() });
    app = await startTestApp({ githubUrl: github.url, openaiUrl: openai.url });
  });
  afterEach(async () => {
    await github.close();
    await openai.close();
  });

  const runs = () => github.state.checkRuns.filter((run) => run.name === "promptgate");
  const lastReply = () =>
    github.state.comments.filter((c) => c.user === BOT_LOGIN && !c.body.includes("<!-- promptgate")).at(-1)
      ?.body ?? "";

  it("/promptgate rerun reviews again for anyone who can comment, with a 👀 and an answer", async () => {
    seedRepository(github, { ...shasOf(loadEvent("pull_request.labeled")), config: pricingConfig });
    await app.receive("issue_comment", commentEvent("/promptgate rerun", "octocat", { github }));
    expect(github.state.reactions).toEqual([expect.objectContaining({ content: "eyes" })]);
    expect(runs()).toEqual([expect.objectContaining({ status: "completed", conclusion: "failure" })]);
    expect(lastReply()).toMatch(/^Reviewed a1b2c3d again at @octocat's request: the check is `failure`/);
  });

  it("/promptgate accept accepts the head the promptgate comment describes, recording who", async () => {
    const { head } = seedRepository(github, {
      ...shasOf(loadEvent("pull_request.labeled")),
      config: pricingConfig,
    });
    await app.receive("issue_comment", commentEvent("/promptgate rerun", "octocat", { github }));
    await app.receive("issue_comment", commentEvent("/promptgate accept", "maintainer-mo", { github }));
    expect(github.state.pulls.get(7)!.labels).toContain("promptgate:accept");
    expect(runs().at(-1)).toMatchObject({ head_sha: head, status: "completed", conclusion: "success" });
    const sticky = github.state.comments.find((c) => c.body.includes("<!-- promptgate:comment"));
    expect(sticky?.body).toContain("maintainer-mo");
    expect(sticky?.body.split("\n")[1]).toBe(`<!-- promptgate:head ${head} -->`);
    expect(lastReply()).toMatch(
      /^Accepted `a1b2c3d` by @maintainer-mo \(label `promptgate:accept`; a new push clears it\)/,
    );
  });

  it("/promptgate accept accepts nothing before a review, or when the SHA it names is not the head", async () => {
    seedRepository(github, { ...shasOf(loadEvent("pull_request.labeled")), config: pricingConfig });
    await app.receive("issue_comment", commentEvent("/promptgate accept", "maintainer-mo", { github }));
    expect(lastReply()).toMatch(
      /no promptgate review of this pull request to accept yet: nothing was accepted/,
    );
    await app.receive(
      "issue_comment",
      commentEvent("/promptgate accept 0badc0de", "maintainer-mo", { github }),
    );
    expect(lastReply()).toMatch(/names `0badc0de`, but the head is now `a1b2c3d`: nothing was accepted/);
    expect(github.state.pulls.get(7)!.labels).not.toContain("promptgate:accept");
    expect(runs()).toHaveLength(0);
  });

  it("/promptgate rollback from a maintainer opens the revert PR and reviews it", async () => {
    // main: the good prompt, then a merged change that dropped the refund link. The good one costs more per call.
    const config = `${pricingConfig}gate:\n  maxCostIncrease: null\n`;
    const good = github.addCommit({
      files: { "promptgate.yml": config, "prompts/support.prompt.yml": supportPrompt(systemWithLink) },
    });
    const bad = github.addCommit({
      parent: good,
      files: { "prompts/support.prompt.yml": supportPrompt(systemWithoutLink) },
    });
    github.setBranch("main", bad);
    github.addPullRequest({ number: 7, baseSha: good, headSha: bad, headRef: "shorter-support-prompt" });

    await app.receive(
      "issue_comment",
      commentEvent("/promptgate rollback prompts/support.prompt.yml", "maintainer-mo", { github }),
    );

    const rollback = github.state.pulls.get(8);
    expect(rollback).toMatchObject({ baseRef: "main", baseSha: bad, state: "open" });
    expect(rollback!.headRef).toMatch(/^promptgate\/rollback-support-/);
    expect(runs()).toEqual([
      expect.objectContaining({ head_sha: rollback!.headSha, status: "completed", conclusion: "success" }),
    ]);
    expect(github.state.comments.filter((c) => c.issueNumber === 8)).toHaveLength(1);
    expect(lastReply()).toMatch(
      new RegExp(`^Opened #8 to roll \`prompts/support.prompt.yml\` back to ${good.slice(0, 7)}`),
    );

    // Asked again, naming the commit by its short SHA: the same rollback, so the open PR is reused.
    await app.receive(
      "issue_comment",
      commentEvent(
        `/promptgate rollback prompts/support.prompt.yml --to ${good.slice(0, 7)}`,
        "maintainer-mo",
        {
          github,
        },
      ),
    );
    expect(github.state.pulls.size).toBe(2);
    expect(lastReply()).toMatch(/^Found the open #8 to roll/);
  });

  it("reports a rollback that cannot be done in the reply", async () => {
    seedRepository(github, { ...shasOf(loadEvent("pull_request.labeled")), config: pricingConfig });
    await app.receive(
      "issue_comment",
      commentEvent("/promptgate rollback prompts/@org/team.prompt.yml", "maintainer-mo", { github }),
    );
    expect(github.state.pulls.size).toBe(1);
    expect(lastReply()).toMatch(/^@maintainer-mo `\/promptgate rollback` failed: /);
    // The error quotes the path: escaped, so it pings nobody.
    expect(lastReply()).toContain("prompts/＠org/team");
    expect(lastReply()).not.toContain("@org/team");
  });

  it("/promptgate rerun while the same head is being reviewed joins that review instead of restarting it", async () => {
    await openai.close();
    openai = await startFakeOpenAIServer({ respond: createSupportResponder(), latencyMs: 20 });
    app = await startTestApp({ githubUrl: github.url, openaiUrl: openai.url });
    seedRepository(github, { ...shasOf(loadEvent("pull_request.labeled")), config: pricingConfig });
    const first = app.receive("issue_comment", commentEvent("/promptgate rerun", "octocat", { github }));
    await waitFor(() => openai.received > 0);
    await app.receive("issue_comment", commentEvent("/promptgate rerun", "octocat", { github }));
    await first;
    expect(runs()).toEqual([expect.objectContaining({ status: "completed", conclusion: "failure" })]);
    const replies = github.state.comments.filter((c) => c.body.startsWith("Reviewed"));
    expect(replies.map((c) => c.body)).toContainEqual(
      expect.stringContaining("it was already being reviewed"),
    );
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
