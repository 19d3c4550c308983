// reviewPullRequest against the fake GitHub: what it writes (check run, comment) and when it writes nothing.
import { describe, expect, it } from "vitest";
import { reviewPullRequest } from "../../src/pr/review-pull-request.js";
import {
  bodyOf,
  commentOf,
  HEAD,
  options,
  PROMPT,
  pr,
  R,
  setup,
  supportPrompt,
  withoutLink,
} from "./support/review-setup.js";

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
