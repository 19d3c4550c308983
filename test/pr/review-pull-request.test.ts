// reviewPullRequest against a nock'd GitHub: what it writes (check run, comment) and when it writes nothing.
import nock from "nock";
import { afterEach, describe, expect, it } from "vitest";
// @ts-expect-error plain JavaScript module shared with the demo
import { answerSupportQuestion } from "../../scripts/demo/support-responder.mjs";
import { createGitHubPublisher } from "../../src/adapters/github/github-publisher.js";
import { createMemoryCache } from "../../src/engine/cache.js";
import { silentLogger } from "../../src/ports.js";
import { type PullRequestReviewDeps, reviewPullRequest } from "../../src/pr/review-pull-request.js";
import { createFakeModel, type FakeModel } from "../support/fake-model.js";
import { pricingConfig, supportPrompt, systemWithLink } from "../support/review-harness.js";
import { createTestOctokit, type MockRepository, mockGitHub, OWNER, REPO } from "./support/github-nock.js";

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

afterEach(() => {
  nock.cleanAll();
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

function setup(head: Record<string, string>, extra: Partial<MockRepository> = {}) {
  const model = supportModel();
  const writes = mockGitHub({
    commits: { [BASE]: baseFiles, [HEAD]: { ...baseFiles, ...head } },
    pull: { number: 7, baseSha: BASE, headSha: HEAD },
    ...extra,
  });
  const deps: PullRequestReviewDeps = {
    publisher: createGitHubPublisher(createTestOctokit()),
    identity: "github-actions[bot]",
    logger: silentLogger,
    createModel: () => model,
    createCache: () => createMemoryCache(),
    cacheMode: "use",
  };
  return { model, writes, deps };
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

describe("reviewPullRequest", () => {
  it("starts the check on the head SHA, completes it as failure with annotations, and posts the comment", async () => {
    const { writes, deps, model } = setup({ [PROMPT]: supportPrompt(withoutLink) });
    const result = await reviewPullRequest(deps, pr(), options);
    expect(result).toMatchObject({ conclusion: "failure", accepted: false, checkRunId: 41 });
    expect(result.commentUrl).toContain("#issuecomment-501");
    expect(model.calls).toHaveLength(24);
    expect(writes.map((w) => `${w.method} ${w.path}`)).toEqual([
      `POST /repos/${OWNER}/${REPO}/check-runs`,
      `PATCH /repos/${OWNER}/${REPO}/check-runs/41`,
      `POST /repos/${OWNER}/${REPO}/issues/7/comments`,
    ]);
    expect(writes).toMatchSnapshot();
  });

  it("completes quickly as success with no model call and no comment when no prompt changed", async () => {
    const { writes, deps, model } = setup({ "README.md": "# shop\n\nDocs.\n" });
    const result = await reviewPullRequest(deps, pr(), options);
    expect(result.conclusion).toBe("success");
    expect(result.report?.verdict).toBe("skipped");
    expect(model.calls).toHaveLength(0);
    expect(writes).toMatchSnapshot();
  });

  it("corrects an earlier comment when a later push leaves no prompt change", async () => {
    const comments = [
      { id: 9, body: "<!-- promptgate:comment -->\nold review", login: "github-actions[bot]" },
    ];
    const { writes, deps } = setup({ "README.md": "# shop\n\nDocs.\n" }, { comments });
    await reviewPullRequest(deps, pr(), options);
    expect(writes.at(-1)).toMatchObject({
      method: "PATCH",
      path: `/repos/${OWNER}/${REPO}/issues/comments/9`,
    });
  });

  it("writes nothing when the head moved before the review started", async () => {
    const { writes, deps, model } = setup({ [PROMPT]: supportPrompt(withoutLink) });
    nock.cleanAll();
    const moved = mockGitHub({
      commits: { [BASE]: baseFiles, [HEAD]: { ...baseFiles, [PROMPT]: supportPrompt(withoutLink) } },
      pull: { number: 7, baseSha: BASE, headSha: "d".repeat(40) },
    });
    const result = await reviewPullRequest(deps, pr(), options);
    expect(result.stale).toMatch(/moved past cccccccc?/);
    expect([...writes, ...moved]).toEqual([]);
    expect(model.calls).toHaveLength(0);
  });

  it("records who added the accept label, found in the pull request's events, and passes the check", async () => {
    const labelEvents = [
      { label: "promptgate:accept", actor: "someone-else" },
      { label: "promptgate:accept", actor: "maintainer-mona" },
    ];
    const permissions = { "maintainer-mona": "write" as const };
    const { writes, deps } = setup({ [PROMPT]: supportPrompt(withoutLink) }, { labelEvents, permissions });
    const result = await reviewPullRequest(deps, pr(["promptgate:accept"]), options);
    expect(result).toMatchObject({ conclusion: "success", accepted: true });
    const patch = writes.find((w) => w.method === "PATCH")!.body as {
      conclusion: string;
      output: { title: string };
    };
    expect(patch.conclusion).toBe("success");
    expect(patch.output.title).toMatch(/^Accepted: /);
    const comment = writes.find((w) => w.path.endsWith("/comments"))!.body as { body: string };
    expect(comment.body).toContain("maintainer-mona");
    expect(comment.body).not.toContain("someone-else");
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
    const setupStrict = () =>
      setup({}, { commits: { [BASE]: base, [HEAD]: head }, labelEvents, permissions });

    const plain = setupStrict();
    const failing = await reviewPullRequest(plain.deps, pr(), options);
    expect(failing.report?.verdict).toBe("inconclusive");
    expect(failing.conclusion).toBe("failure");
    nock.cleanAll();

    const labelled = setupStrict();
    const accepted = await reviewPullRequest(labelled.deps, pr(["promptgate:accept"]), options);
    expect(accepted).toMatchObject({ conclusion: "success", accepted: true });
  });

  it("does not claim an acceptance when the review passes", async () => {
    const { writes, deps } = setup({
      "README.md": "# shop\n\nDocs.\n",
      [PROMPT]: supportPrompt(`${systemWithLink}\nBe kind.`),
    });
    const result = await reviewPullRequest(deps, pr(["promptgate:accept"]), options);
    expect(result.accepted).toBe(false);
    const comment = writes.find((w) => w.path.endsWith("/comments"))?.body as { body: string } | undefined;
    expect(comment?.body ?? "").not.toContain("Accepted");
  });

  it("completes the check as failure with the error, then rethrows it, when the review cannot run", async () => {
    const { writes, deps } = setup({ [PROMPT]: supportPrompt(withoutLink) });
    const failing = {
      ...deps,
      createModel: () => {
        throw new Error("no API key for the model provider");
      },
    };
    await expect(reviewPullRequest(failing, pr(), options)).rejects.toThrow("no API key");
    expect(writes).toMatchSnapshot();
  });

  it("ignores an accept label added by someone without write access, and says so", async () => {
    const labelEvents = [{ label: "promptgate:accept", actor: "drive-by" }];
    const { writes, deps } = setup(
      { [PROMPT]: supportPrompt(withoutLink) },
      { labelEvents, permissions: {} },
    );
    const result = await reviewPullRequest(deps, pr(["promptgate:accept"]), options);
    expect(result).toMatchObject({ conclusion: "failure", accepted: false });
    const patch = writes.find((w) => w.method === "PATCH")!.body as { output: { summary: string } };
    expect(patch.output.summary).toMatch(
      /^ℹ️ The `promptgate:accept` label was added by ＠drive-by, who has no write/,
    );
    const comment = (writes.find((w) => w.path.endsWith("/comments"))!.body as { body: string }).body;
    expect(comment).toContain(
      "who has no write access to this repository: it does not accept the regression",
    );
    expect(comment).not.toContain("Accepted:");
  });

  it("takes the accept label off on a new push: the acceptance was for the earlier head", async () => {
    const labelEvents = [{ label: "promptgate:accept", actor: "maintainer-mona" }];
    const permissions = { "maintainer-mona": "write" as const };
    const { writes, deps } = setup({ [PROMPT]: supportPrompt(withoutLink) }, { labelEvents, permissions });
    const result = await reviewPullRequest(deps, pr(["promptgate:accept"]), {
      ...options,
      newPush: { previousHeadSha: "a".repeat(40) },
    });
    expect(result).toMatchObject({ conclusion: "failure", accepted: false });
    expect(writes.map((w) => `${w.method} ${w.path}`)).toEqual([
      `POST /repos/${OWNER}/${REPO}/check-runs`,
      `DELETE /repos/${OWNER}/${REPO}/issues/7/labels/promptgate:accept`,
      `PATCH /repos/${OWNER}/${REPO}/check-runs/41`,
      `POST /repos/${OWNER}/${REPO}/issues/7/comments`,
    ]);
    const comment = (writes.at(-1)!.body as { body: string }).body;
    expect(comment).toContain("label accepted the earlier head `aaaaaaa`");
    expect(comment).toContain("promptgate removed the label. Add it again to accept this head.");
  });

  it("cancels its check when the head moves while the review runs", async () => {
    const { writes, deps } = setup(
      { [PROMPT]: supportPrompt(withoutLink) },
      { pull: { number: 7, baseSha: BASE, headSha: HEAD, movesTo: { sha: "d".repeat(40), afterReads: 1 } } },
    );
    const result = await reviewPullRequest(deps, pr(), options);
    expect(result.stale).toMatch(/moved past ccccccc/);
    expect(writes.map((w) => [w.method, (w.body as { conclusion?: string }).conclusion])).toEqual([
      ["POST", undefined],
      ["PATCH", "cancelled"],
    ]);
  });

  it("completes the check as failure when publishing fails after the review", async () => {
    // The second read of the PR (the head check before publishing) fails; the guard's own read succeeds.
    const pull = { number: 7, baseSha: BASE, headSha: HEAD, failReads: [2] };
    const { writes, deps } = setup({ [PROMPT]: supportPrompt(withoutLink) }, { pull });
    await expect(reviewPullRequest(deps, pr(), options)).rejects.toThrow("Bad gateway");
    const patch = writes.find((w) => w.method === "PATCH")!.body as {
      conclusion: string;
      output: { summary: string };
    };
    expect(patch.conclusion).toBe("failure");
    expect(patch.output.summary).toContain("Bad gateway");
  });
});
