// Decides what one pull request event calls for: a review, a no-secrets dry run, waiting for a label, or nothing.
import type { Config } from "../core/config/config-schema.js";
import { InputError } from "../core/diagnostics.js";
import { readPullRequestEvent, toPullRequestEvent } from "../pr/pull-request-event.js";
import type { EventPayload, PullRequestPayload } from "./context.js";

export const PULL_REQUEST_EVENTS = ["pull_request", "pull_request_target"] as const;

export type EventPlan =
  /** Review and publish (check + comment); `newPush` when a push (`synchronize`) triggered it. */
  | { kind: "review"; acceptedBy?: string; newPush?: { previousHeadSha?: string } }
  /**
   * The run has no secrets: dry-run diff into the job summary. A fork's token is read-only (nothing can be
   * written); Dependabot's is read-only unless the workflow's `permissions:` grant more.
   */
  | { kind: "restricted"; reason: string; source: "fork" | "dependabot" }
  /** A fork PR under `pull_request_target` that a maintainer has not yet cleared with the run label. */
  | { kind: "await-run-label"; label: string }
  /** A label that is not promptgate's changed: the review of this head stands unless it never finished. */
  | { kind: "unrelated-label"; label: string };

export interface PlanInput {
  eventName: string;
  payload: EventPayload;
  config: Config;
  /** An API key reached the step (input or environment). */
  hasApiKey: boolean;
  dryRun: boolean;
}

/** The pull request of a `pull_request`/`pull_request_target` event; any other event is a workflow mistake. */
export function requirePullRequest(eventName: string, payload: EventPayload): PullRequestPayload {
  const isPullRequestEvent = (PULL_REQUEST_EVENTS as readonly string[]).includes(eventName);
  if (!isPullRequestEvent || !payload.pull_request) {
    throw new InputError({
      file: "workflow",
      field: "on",
      message:
        `promptgate reviews pull_request and pull_request_target events, not ${eventName}. ` +
        "Trigger the workflow on pull_request (types: opened, synchronize, reopened, labeled, unlabeled), " +
        "or use `mode: rollback` for workflow_dispatch.",
    });
  }
  return payload.pull_request;
}

/** Head branch in another repository (or in a fork that was deleted). */
export function isForkPullRequest(pr: PullRequestPayload): boolean {
  return pr.head.repo?.full_name.toLowerCase() !== pr.base.repo.full_name.toLowerCase();
}

export function planPullRequestEvent(input: PlanInput): EventPlan {
  const { eventName, payload, config } = input;
  const pr = requirePullRequest(eventName, payload);
  const fork = isForkPullRequest(pr);
  const labels = pr.labels.map((label) => label.name);
  if (eventName === "pull_request" && fork) {
    return {
      kind: "restricted",
      reason: "it comes from a fork, and GitHub gives fork pull requests no secrets and a read-only token",
      source: "fork",
    };
  }
  // Dependabot's pull_request runs get Dependabot secrets only and a read-only token, like forks.
  if (
    eventName === "pull_request" &&
    !input.hasApiKey &&
    !input.dryRun &&
    payload.sender?.login === "dependabot[bot]"
  ) {
    return {
      kind: "restricted",
      reason: "Dependabot runs get no Actions secrets and a read-only token",
      source: "dependabot",
    };
  }
  if (eventName === "pull_request_target" && fork && !labels.includes(config.labels.run)) {
    return { kind: "await-run-label", label: config.labels.run };
  }
  const reading = readPullRequestEvent(toPullRequestEvent(payload), config.labels, fork);
  if (reading.kind === "unrelated-label") return reading;
  // A fork's approval (the run label) is the fork gate's to weigh; the plan only says "review".
  return {
    kind: "review",
    ...(reading.acceptedBy ? { acceptedBy: reading.acceptedBy } : {}),
    ...(reading.newPush ? { newPush: reading.newPush } : {}),
  };
}
