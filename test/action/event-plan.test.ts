// What each pull request event calls for: forks, Dependabot, the run and accept labels, unrelated labels.
import { describe, expect, it } from "vitest";
import { eventPayloadSchema } from "../../src/action/context.js";
import { planPullRequestEvent } from "../../src/action/event-plan.js";
import { defaultConfig } from "../../src/core/config/config-schema.js";
import { buildPullRequestEvent, type PullRequestEventInput } from "./support/events.js";

const base = { number: 7, baseSha: "b".repeat(40), headSha: "c".repeat(40) };

function plan(
  event: Partial<PullRequestEventInput>,
  options: { eventName?: string; hasApiKey?: boolean; dryRun?: boolean } = {},
) {
  return planPullRequestEvent({
    eventName: options.eventName ?? "pull_request",
    payload: eventPayloadSchema.parse(buildPullRequestEvent({ ...base, ...event })),
    config: defaultConfig,
    hasApiKey: options.hasApiKey ?? true,
    dryRun: options.dryRun ?? false,
  });
}

describe("planPullRequestEvent", () => {
  it("reviews a same-repository pull request", () => {
    expect(plan({})).toEqual({ kind: "review" });
    expect(plan({ action: "reopened" }, { hasApiKey: false })).toEqual({ kind: "review" });
  });

  it("marks a review after a push, with the earlier head, so an accept label does not carry over", () => {
    expect(plan({ action: "synchronize", before: "a".repeat(40) })).toEqual({
      kind: "review",
      newPush: { previousHeadSha: "a".repeat(40) },
    });
  });

  it("restricts a fork under pull_request to a dry run, key or not", () => {
    expect(plan({ fork: true })).toMatchObject({
      kind: "restricted",
      reason: expect.stringContaining("fork"),
      source: "fork",
    });
  });

  it("restricts Dependabot without a key, but not when a key or dry run is given", () => {
    expect(plan({ sender: "dependabot[bot]" }, { hasApiKey: false })).toMatchObject({
      kind: "restricted",
      source: "dependabot",
    });
    expect(plan({ sender: "dependabot[bot]" })).toEqual({ kind: "review" });
    expect(plan({ sender: "dependabot[bot]" }, { hasApiKey: false, dryRun: true })).toEqual({
      kind: "review",
    });
  });

  it("waits for the run label on a fork under pull_request_target, then reviews", () => {
    expect(plan({ fork: true }, { eventName: "pull_request_target" })).toEqual({
      kind: "await-run-label",
      label: "promptgate:run",
    });
    const labeled = {
      fork: true,
      action: "labeled" as const,
      label: "promptgate:run",
      labels: ["promptgate:run"],
    };
    expect(plan(labeled, { eventName: "pull_request_target" })).toEqual({ kind: "review" });
  });

  it("records who added the accept label, and re-reviews when it is removed", () => {
    const accepted = {
      action: "labeled" as const,
      label: "promptgate:accept",
      labels: ["promptgate:accept"],
      sender: "mona",
    };
    expect(plan(accepted)).toEqual({ kind: "review", acceptedBy: "mona" });
    expect(plan({ action: "unlabeled", label: "promptgate:accept" })).toEqual({ kind: "review" });
  });

  it("calls other labels unrelated, including the run label on a same-repository pull request", () => {
    expect(plan({ action: "labeled", label: "documentation" })).toEqual({
      kind: "unrelated-label",
      label: "documentation",
    });
    expect(plan({ action: "labeled", label: "promptgate:run" })).toEqual({
      kind: "unrelated-label",
      label: "promptgate:run",
    });
  });

  it("refuses events that carry no pull request, saying which triggers work", () => {
    expect(() => plan({}, { eventName: "push" })).toThrow(
      /pull_request and pull_request_target events, not push/,
    );
  });
});
