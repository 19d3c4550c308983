// The one pull-request event policy, for the Action and the App: which actions review, which labels are
// promptgate's, and who accepted or approved what. Each shell maps its payload to `PullRequestEvent` and back.

/** The `pull_request` actions that can change a review's outcome (the App subscribes to these; workflows should). */
export const REVIEW_ACTIONS = ["opened", "synchronize", "reopened", "labeled", "unlabeled"] as const;

/** A pull-request event as the policy reads it. */
export interface PullRequestEvent {
  /** `opened`, `synchronize`, `labeled`, … */
  action: string;
  /** The label added or removed (`labeled`/`unlabeled`). */
  label?: string;
  /** Login of whoever caused the event. */
  sender?: string;
  /** The head before a push (`synchronize`). */
  before?: string;
}

/** A webhook's `pull_request` payload (the workflow's event or the App's delivery), as far as the policy reads it. */
export interface PullRequestPayloadFields {
  action?: string;
  label?: { name: string } | null;
  sender?: { login: string } | null;
  before?: string | null;
}

/** The payload as the policy reads it. */
export function toPullRequestEvent(payload: PullRequestPayloadFields): PullRequestEvent {
  return {
    action: payload.action ?? "",
    ...(payload.label ? { label: payload.label.name } : {}),
    ...(payload.sender ? { sender: payload.sender.login } : {}),
    ...(payload.before ? { before: payload.before } : {}),
  };
}

/** The labels the base config names; undefined when that config cannot be read (the review then fails on it). */
export interface PolicyLabels {
  accept: string;
  run: string;
}

export type EventReading =
  /** A label that is not promptgate's changed: it cannot change the outcome. */
  | { kind: "unrelated-label"; label: string }
  /** Review this head; who accepted it or approved a fork's run just now, and the push that made it new. */
  | {
      kind: "review";
      acceptedBy?: string;
      forkApprovedBy?: string;
      newPush?: { previousHeadSha?: string };
    };

/**
 * The accept label is always promptgate's; the run label only on a fork PR (`isFork` undefined: not known yet,
 * the App reads it fresh before anything is spent). A new push is new code: an accept label from the earlier
 * head must not carry over to it. Whether the sender may accept or approve (write access) the review checks.
 */
export function readPullRequestEvent(
  event: PullRequestEvent,
  labels: PolicyLabels | undefined,
  isFork: boolean | undefined,
): EventReading {
  const changed = event.action === "labeled" || event.action === "unlabeled" ? event.label : undefined;
  const runCounts = isFork !== false;
  if (changed !== undefined && labels) {
    const ours = changed === labels.accept || (runCounts && changed === labels.run);
    if (!ours) return { kind: "unrelated-label", label: changed };
  }
  const by = event.action === "labeled" && changed !== undefined ? event.sender : undefined;
  const approvedRun = by !== undefined && labels !== undefined && runCounts && changed === labels.run;
  // Without readable labels every label reviews as an acceptance; the review fails on the config first.
  const accepted = by !== undefined && !approvedRun && (labels === undefined || changed === labels.accept);
  return {
    kind: "review",
    ...(approvedRun ? { forkApprovedBy: by } : {}),
    ...(accepted ? { acceptedBy: by } : {}),
    ...(event.action === "synchronize"
      ? { newPush: event.before ? { previousHeadSha: event.before } : {} }
      : {}),
  };
}
