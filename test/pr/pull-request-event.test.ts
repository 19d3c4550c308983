// The one pull-request event policy both shells use: which labels are promptgate's, who accepted or approved.
import { describe, expect, it } from "vitest";
import { forkRunTrigger } from "../../src/pr/fork-run-gate.js";
import { readPullRequestEvent } from "../../src/pr/pull-request-event.js";

const labels = { accept: "promptgate:accept", run: "promptgate:run" };

describe("readPullRequestEvent", () => {
  it("calls labels that are not promptgate's unrelated, and the run label on a same-repository PR too", () => {
    const docs = { action: "labeled", label: "documentation", sender: "mona" };
    expect(readPullRequestEvent(docs, labels, false)).toEqual({
      kind: "unrelated-label",
      label: "documentation",
    });
    const run = { action: "labeled", label: labels.run, sender: "mona" };
    expect(readPullRequestEvent(run, labels, false)).toEqual({ kind: "unrelated-label", label: labels.run });
  });

  it("reads the run label as an approval on a fork, or when the shell does not know yet (the App)", () => {
    const run = { action: "labeled", label: labels.run, sender: "mona" };
    expect(readPullRequestEvent(run, labels, true)).toEqual({ kind: "review", forkApprovedBy: "mona" });
    expect(readPullRequestEvent(run, labels, undefined)).toEqual({ kind: "review", forkApprovedBy: "mona" });
    expect(forkRunTrigger({ forkApprovedBy: "mona" })).toEqual({ kind: "approval", by: "mona" });
  });

  it("records who added the accept label; removing it reviews without anyone's acceptance", () => {
    const added = { action: "labeled", label: labels.accept, sender: "mona" };
    expect(readPullRequestEvent(added, labels, false)).toEqual({ kind: "review", acceptedBy: "mona" });
    expect(readPullRequestEvent({ ...added, action: "unlabeled" }, labels, false)).toEqual({
      kind: "review",
    });
  });

  it("reviews any label when the base config cannot be read (the review fails the check on it)", () => {
    const any = { action: "labeled", label: "documentation", sender: "mona" };
    expect(readPullRequestEvent(any, undefined, undefined)).toEqual({ kind: "review", acceptedBy: "mona" });
  });

  it("marks a push with the earlier head, which voids a fork's approval", () => {
    const push = readPullRequestEvent({ action: "synchronize", before: "a".repeat(40) }, labels, true);
    expect(push).toEqual({ kind: "review", newPush: { previousHeadSha: "a".repeat(40) } });
    expect(forkRunTrigger(push.kind === "review" ? push : {})).toEqual({ kind: "push" });
    expect(readPullRequestEvent({ action: "reopened" }, labels, true)).toEqual({ kind: "review" });
    expect(forkRunTrigger({})).toEqual({ kind: "other" });
  });
});
