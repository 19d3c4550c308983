// reviewPullRequest against the fake GitHub: what it writes (check run, comment) and when it writes nothing.
import { afterEach, describe, expect, it } from "vitest";
// @ts-expect-error plain JavaScript module shared with the demo
import { answerSupportQuestion } from "../../scripts/demo/support-responder.mjs";
import { createMemoryCache } from "../../src/engine/cache.js";
import { silentLogger } from "../../src/ports.js";
import { type PullRequestReviewDeps, reviewPullRequest } from "../../src/pr/review-pull-request.js";
import { createFakeGitHubClient } from "../support/fake-github/client.js";
import { seedPullRequest } from "../support/fake-github/seed.js";
import {
  type FakeGitHubServer,
  type RepoRole,
  startFakeGitHubServer,
} from "../support/fake-github/server.js";
import { createFakeModel, type FakeModel } from "../support/fake-model.js";
import { pricingConfig, supportPrompt, systemWithLink } from "../support/review-harness.js";

const OWNER = "octo-org";
const REPO = "prompts";

const BASE = "b".repeat(40);
const HEAD = "c".repeat(40);
const PROMPT = "prompts/support.prompt.yml";
const withoutLink = systemWithLink.replace(
  "When the customer asks about refunds or returns, say that refunds are available within 30 days and link to https://acme.example/refunds.",
  "Refunds are available within 30 days.",
);
const baseFiles = {
  "promptgate.yml": pricingConfig,
  [PROMPT]: supportPrompt(systemWithLink),
  "README.md": "# shop\n",
};

let servers: FakeGitHubServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((server) => server.close()));
  servers = [];
});

/** Answers like the support bot, at zero latency, so the comment is the same on every run. */
function supportModel(): FakeModel {
  return createFakeModel({
    answer: (request) => {
      const system = request.messages.find((m) => m.role === "system")?.content ?? "";
      const question = request.messages.filter((m) => m.role === "user").at(-1)?.content ?? "";
      return answerSupportQuestion(system, question, 0) as string;
    },
  });
}

interface SetupOptions {
  base?: Record<string, string>;
  /** Earlier comments on the pull request. */
  comments?: Array<{ body: string; login: string }>;
  /** `labeled` events on the pull request, oldest first. */
  labelEvents?: Array<{ label: string; actor: string }>;
  permissions?: Record<string, RepoRole>;
  /** The head the pull request has moved to by the time the review reads it. */
  movedHead?: string;
}

async function setup(head: Record<string, string>, extra: SetupOptions = {}) {
  const model = supportModel();
  const github = await startFakeGitHubServer({ permissions: extra.permissions });
  servers.push(github);
  const base = extra.base ?? baseFiles;
  seedPullRequest(github, { base, head, baseSha: BASE, headSha: HEAD, headRef: "change" });
  if (extra.movedHead) {
    github.addCommit({ files: {}, parent: HEAD, sha: extra.movedHead });
    github.pushHead(7, extra.movedHead);
  }
  for (const comment of extra.comments ?? []) github.addComment(7, comment.body, comment.login);
  for (const { label, actor } of extra.labelEvents ?? []) {
    github.state.issueEvents.push({
      issueNumber: 7,
      event: "labeled",
      actor,
      label,
      createdAt: github.state.now(),
    });
  }
  const writes = () => github.writes();
  const deps: PullRequestReviewDeps = {
    octokit: createFakeGitHubClient(github),
    identity: "github-actions[bot]",
    logger: silentLogger,
    createModel: () => model,
    createCache: () => createMemoryCache(),
    cacheMode: "use",
  };
  /** The id GitHub gave the first check run (the one the review created). */
  const checkRunId = () => github.state.checkRuns[0]!.id;
  return { model, writes, deps, github, checkRunId };
}

const pr = (labels: string[] = []) => ({
  owner: OWNER,
  repo: REPO,
  number: 7,
  baseSha: BASE,
  headSha: HEAD,
  labels,
  baseRef: "main",
  headRef: "change",
});
const options = {
  dryRun: false,
  comment: true,
  detailsUrl: "https://github.com/octo-org/prompts/actions/runs/99",
};

const R = `/repos/${OWNER}/${REPO}`;
type CheckRunBody = {
  head_sha?: string;
  name?: string;
  status?: string;
  conclusion?: string;
  details_url?: string;
  external_id?: string;
  output: { title: string; summary: string; annotations?: Array<{ path: string; annotation_level: string }> };
};
const bodyOf = (write: { body: unknown } | undefined) => write!.body as CheckRunBody;
const commentOf = (write: { body: unknown } | undefined) => (write!.body as { body: string }).body;

describe("reviewPullRequest", () => {
  it("starts the check on the head SHA, completes it as failure with annotations, and posts the comment", async () => {
    const { writes, deps, model, github, checkRunId } = await setup({ [PROMPT]: supportPrompt(withoutLink) });
    const result = await reviewPullRequest(deps, pr(), options);
    expect(result).toMatchObject({ conclusion: "failure", accepted: false, checkRunId: checkRunId() });
    expect(result.commentUrl).toContain(`#issuecomment-${github.state.comments[0]!.id}`);
    expect(model.calls).toHaveLength(24);
    expect(writes().map((w) => `${w.method} ${w.path}`)).toEqual([
      `POST ${R}/check-runs`,
      `PATCH ${R}/check-runs/${checkRunId()}`,
      `POST ${R}/issues/7/comments`,
    ]);
    const [start, complete, comment] = writes();
    expect(bodyOf(start)).toEqual({
      name: "promptgate",
      head_sha: HEAD,
      status: "in_progress",
      external_id: "promptgate",
      details_url: options.detailsUrl,
      output: {
        title: "Reviewing prompt changes",
        summary: "promptgate is running the eval sets of the changed prompts.",
      },
    });
    const completed = bodyOf(complete);
    expect(completed).toMatchObject({ status: "completed", conclusion: "failure" });
    expect(completed.output.summary).toMatch(
      /^❌ \*\*promptgate: regression\*\* — `prompts\/support.prompt.yml`/,
    );
    // One annotation for the verdict and one per regressed case, all on the prompt file.
    expect(completed.output.annotations).toHaveLength(7);
    for (const annotation of completed.output.annotations ?? []) {
      expect(annotation).toMatchObject({ path: PROMPT, annotation_level: "failure" });
    }
    expect(commentOf(comment)).toMatch(/^<!-- promptgate:comment -->/);
    expect(commentOf(comment)).toContain("❌ 6 regressed cases");
    expect(commentOf(comment)).toContain(`[run log](${options.detailsUrl})`);
  });

  it("completes quickly as success with no model call and no comment when no prompt changed", async () => {
    const { writes, deps, model, checkRunId } = await setup({ "README.md": "# shop\n\nDocs.\n" });
    const result = await reviewPullRequest(deps, pr(), options);
    expect(result.conclusion).toBe("success");
    expect(result.report?.verdict).toBe("skipped");
    expect(model.calls).toHaveLength(0);
    expect(writes().map((w) => `${w.method} ${w.path}`)).toEqual([
      `POST ${R}/check-runs`,
      `PATCH ${R}/check-runs/${checkRunId()}`,
    ]);
    expect(bodyOf(writes()[0])).toMatchObject({ head_sha: HEAD, status: "in_progress" });
    const completed = bodyOf(writes()[1]);
    expect(completed).toMatchObject({ status: "completed", conclusion: "success" });
    expect(completed.output.title).toBe("No prompt changes: no prompt files changed in this pull request");
    expect(completed.output.summary).toContain("**Run:** 0 model calls");
    expect(completed.output.annotations).toEqual([]);
  });

  it("corrects an earlier comment when a later push leaves no prompt change", async () => {
    const comments = [{ body: "<!-- promptgate:comment -->\nold review", login: "github-actions[bot]" }];
    const { writes, deps, github } = await setup({ "README.md": "# shop\n\nDocs.\n" }, { comments });
    await reviewPullRequest(deps, pr(), options);
    expect(writes().at(-1)).toMatchObject({
      method: "PATCH",
      path: `${R}/issues/comments/${github.state.comments[0]!.id}`,
    });
  });

  it("writes nothing when the head moved before the review started", async () => {
    const { writes, deps, model } = await setup(
      { [PROMPT]: supportPrompt(withoutLink) },
      { movedHead: "d".repeat(40) },
    );
    const result = await reviewPullRequest(deps, pr(), options);
    expect(result.stale).toMatch(/moved past cccccccc?/);
    expect(writes()).toEqual([]);
    expect(model.calls).toHaveLength(0);
  });

  it("records who added the accept label, found in the pull request's events, and passes the check", async () => {
    const labelEvents = [
      { label: "promptgate:accept", actor: "someone-else" },
      { label: "promptgate:accept", actor: "maintainer-mona" },
    ];
    const permissions = { "maintainer-mona": "write" as const };
    const { writes, deps } = await setup(
      { [PROMPT]: supportPrompt(withoutLink) },
      { labelEvents, permissions },
    );
    const result = await reviewPullRequest(deps, pr(["promptgate:accept"]), options);
    expect(result).toMatchObject({ conclusion: "success", accepted: true });
    const patch = bodyOf(writes().find((w) => w.method === "PATCH"));
    expect(patch.conclusion).toBe("success");
    expect(patch.output.title).toMatch(/^Accepted: /);
    const comment = commentOf(writes().find((w) => w.path.endsWith("/comments")));
    expect(comment).toContain("maintainer-mona");
    expect(comment).not.toContain("someone-else");
  });

  it("lets the accept label pass an inconclusive review that the gate fails (onInconclusive: fail)", async () => {
    // Two rows only: too few to decide, so the review is inconclusive, which this gate turns into a failure.
    const twoRows = (system: string) =>
      supportPrompt(system).replace(/testData:\n((?: {2}- .*\n){2})(?: {2}- .*\n)*/, "testData:\n$1");
    const strict = `${pricingConfig}gate: {onInconclusive: fail}\n`;
    const base = { ...baseFiles, "promptgate.yml": strict, [PROMPT]: twoRows(systemWithLink) };
    const head = { ...base, [PROMPT]: twoRows(systemWithLink.replace("assistant.", "assistant!")) };
    const permissions = { "maintainer-mona": "write" as const };
    const labelEvents = [{ label: "promptgate:accept", actor: "maintainer-mona" }];
    const setupStrict = () => setup(head, { base, labelEvents, permissions });

    const plain = await setupStrict();
    const failing = await reviewPullRequest(plain.deps, pr(), options);
    expect(failing.report?.verdict).toBe("inconclusive");
    expect(failing.conclusion).toBe("failure");

    const labelled = await setupStrict();
    const accepted = await reviewPullRequest(labelled.deps, pr(["promptgate:accept"]), options);
    expect(accepted).toMatchObject({ conclusion: "success", accepted: true });
  });

  it("does not claim an acceptance when the review passes", async () => {
    const { writes, deps } = await setup({
      "README.md": "# shop\n\nDocs.\n",
      [PROMPT]: supportPrompt(`${systemWithLink}\nBe kind.`),
    });
    const result = await reviewPullRequest(deps, pr(["promptgate:accept"]), options);
    expect(result.accepted).toBe(false);
    const comment = writes().find((w) => w.path.endsWith("/comments"))?.body as { body: string } | undefined;
    expect(comment?.body ?? "").not.toContain("Accepted");
  });

  it("completes the check as failure with the error, then rethrows it, when the review cannot run", async () => {
    const { writes, deps, checkRunId } = await setup({ [PROMPT]: supportPrompt(withoutLink) });
    const failing = {
      ...deps,
      createModel: () => {
        throw new Error("no API key for the model provider");
      },
    };
    await expect(reviewPullRequest(failing, pr(), options)).rejects.toThrow("no API key");
    expect(writes().map((w) => `${w.method} ${w.path}`)).toEqual([
      `POST ${R}/check-runs`,
      `PATCH ${R}/check-runs/${checkRunId()}`,
    ]);
    expect(bodyOf(writes()[1])).toEqual({
      status: "completed",
      conclusion: "failure",
      output: {
        title: "promptgate could not review this pull request",
        summary:
          "promptgate could not review this pull request:\n\n```\nno API key for the model provider\n```",
        annotations: [],
      },
    });
  });

  it("ignores an accept label added by someone without write access, and says so", async () => {
    const labelEvents = [{ label: "promptgate:accept", actor: "drive-by" }];
    const { writes, deps } = await setup(
      { [PROMPT]: supportPrompt(withoutLink) },
      { labelEvents, permissions: {} },
    );
    const result = await reviewPullRequest(deps, pr(["promptgate:accept"]), options);
    expect(result).toMatchObject({ conclusion: "failure", accepted: false });
    const patch = bodyOf(writes().find((w) => w.method === "PATCH"));
    expect(patch.output.summary).toMatch(
      /^ℹ️ The `promptgate:accept` label was added by ＠drive-by, who has no write/,
    );
    const comment = commentOf(writes().find((w) => w.path.endsWith("/comments")));
    expect(comment).toContain(
      "who has no write access to this repository: it does not accept the regression",
    );
    expect(comment).not.toContain("Accepted:");
  });

  it("takes the accept label off on a new push: the acceptance was for the earlier head", async () => {
    const labelEvents = [{ label: "promptgate:accept", actor: "maintainer-mona" }];
    const permissions = { "maintainer-mona": "write" as const };
    const { writes, deps, github, checkRunId } = await setup(
      { [PROMPT]: supportPrompt(withoutLink) },
      { labelEvents, permissions },
    );
    github.state.pulls.get(7)!.labels.push("promptgate:accept");
    const result = await reviewPullRequest(deps, pr(["promptgate:accept"]), {
      ...options,
      newPush: { previousHeadSha: "a".repeat(40) },
    });
    expect(result).toMatchObject({ conclusion: "failure", accepted: false });
    expect(writes().map((w) => `${w.method} ${w.path}`)).toEqual([
      `POST ${R}/check-runs`,
      `DELETE ${R}/issues/7/labels/promptgate:accept`,
      `PATCH ${R}/check-runs/${checkRunId()}`,
      `POST ${R}/issues/7/comments`,
    ]);
    const comment = commentOf(writes().at(-1));
    expect(comment).toContain("label accepted the earlier head `aaaaaaa`");
    expect(comment).toContain("promptgate removed the label. Add it again to accept this head.");
  });

  it("cancels its check when the head moves while the review runs", async () => {
    const { writes, deps, github } = await setup({ [PROMPT]: supportPrompt(withoutLink) });
    const moved = github.addCommit({ files: {}, parent: HEAD, sha: "d".repeat(40) });
    let reads = 0;
    // A push lands right after the first read of the pull request.
    github.onRequest("GET", /\/pulls\/7$/, () => {
      if (++reads === 1) github.pushHead(7, moved);
    });
    const result = await reviewPullRequest(deps, pr(), options);
    expect(result.stale).toMatch(/moved past ccccccc/);
    expect(writes().map((w) => [w.method, (w.body as { conclusion?: string }).conclusion])).toEqual([
      ["POST", undefined],
      ["PATCH", "cancelled"],
    ]);
  });

  it("completes the check as failure when publishing fails after the review", async () => {
    // The second read of the PR (the head check before publishing) fails; the guard's own read succeeds.
    const { writes, deps, github } = await setup({ [PROMPT]: supportPrompt(withoutLink) });
    github.failNext({ method: "GET", path: /\/pulls\/7$/, status: 502, message: "Bad gateway", after: 1 });
    await expect(reviewPullRequest(deps, pr(), options)).rejects.toThrow("Bad gateway");
    const patch = bodyOf(writes().find((w) => w.method === "PATCH"));
    expect(patch.conclusion).toBe("failure");
    expect(patch.output.summary).toContain("Bad gateway");
  });
});
