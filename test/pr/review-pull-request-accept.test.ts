// reviewPullRequest and the accept label: who added it, whether they may, and when it no longer applies.
import { describe, expect, it } from "vitest";
import { reviewPullRequest } from "../../src/pr/review-pull-request.js";
import {
  baseFiles,
  bodyOf,
  commentOf,
  options,
  PROMPT,
  pr,
  pricingConfig,
  R,
  setup,
  supportPrompt,
  systemWithLink,
  withoutLink,
} from "./support/review-setup.js";

describe("reviewPullRequest", () => {
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
});
