// The one answer, for the Action and the App, to "may this fork pull request spend the repository's key on its head?"
import type { Logger } from "../ports.js";
import { escapeInline, inlineCode, md, type SafeMarkdown } from "../render/escape.js";
import type { Publisher } from "./publisher.js";

export interface ForkRunDeps {
  publisher: Publisher;
  /** The token's own login: its run label was added after its own permission check (`/promptgate run`). */
  identity: string;
  logger: Logger;
}

/** What the event that asks says about approval. */
export type ForkRunTrigger =
  /** A push (`synchronize`): new code nobody approved; the run label comes off. */
  | { kind: "push" }
  /** The run label was just added, or `/promptgate run` was just said, by `by`, while this head was current. */
  | { kind: "approval"; by: string }
  /** Anything else (a reopen, the accept label, a re-run): the run label must postdate the latest push. */
  | { kind: "other" };

export interface ForkRunQuery {
  owner: string;
  repo: string;
  number: number;
  labels: string[];
  /** The run label named by the base config. */
  runLabel: string;
  /** Other labels a push voids (the accept label: a fork's push is not reviewed, so the review cannot clear it). */
  clearOnPush?: string[];
  /** When the fork was last pushed to (GitHub's `pushed_at`, ISO); null when unknown (a deleted fork). */
  headPushedAt: string | null;
  trigger: ForkRunTrigger;
  /** Which shell asks, so the reason names what that shell reads (the App also takes `/promptgate run`). */
  shell: "action" | "app";
}

/** The gate's question for one pull request, with the base config's labels: its run label approves; a push
 * voids that and the accept label (a fork's push is not reviewed, so the review cannot clear it). */
export function buildForkRunQuery(
  pr: { owner: string; repo: string; number: number },
  configLabels: { run: string; accept: string },
  facts: Pick<ForkRunQuery, "labels" | "headPushedAt" | "trigger" | "shell">,
): ForkRunQuery {
  const where = { owner: pr.owner, repo: pr.repo, number: pr.number };
  return { ...where, ...facts, runLabel: configLabels.run, clearOnPush: [configLabels.accept] };
}

/** The approval an event carries: a push voids it, a run label or `/promptgate run` just now gives it. */
export function forkRunTrigger(event: {
  newPush?: { previousHeadSha?: string };
  forkApprovedBy?: string;
}): ForkRunTrigger {
  if (event.newPush) return { kind: "push" };
  return event.forkApprovedBy ? { kind: "approval", by: event.forkApprovedBy } : { kind: "other" };
}

/** `reason` is Markdown for the check summary and the App's command reply. */
export type ForkRunDecision = { run: true; approvedBy: string } | { run: false; reason: SafeMarkdown };

/**
 * A fork PR runs only after someone with write access approved its current head: the run label added after
 * the fork's latest push, or `/promptgate run`. Each push clears the approval (the label is removed; should that
 * fail, the label's time still predates the push, so it is ignored). Anything unknown is "no".
 */
export async function decideForkRun(deps: ForkRunDeps, query: ForkRunQuery): Promise<ForkRunDecision> {
  const label = inlineCode(query.runLabel);
  const command = query.shell === "app" ? md` or comment \`/promptgate run\`` : md``;
  const askAgain = md`someone with write access can add the ${label} label${command} to run it`;
  if (query.trigger.kind === "push") {
    for (const stale of [query.runLabel, ...(query.clearOnPush ?? [])]) {
      if (query.labels.includes(stale)) await removeStaleLabel(deps, query, stale);
    }
    return { run: false, reason: md`a new push to this fork pull request needs a new approval: ${askAgain}` };
  }
  let approver: string;
  if (query.trigger.kind === "approval") approver = query.trigger.by;
  else {
    if (!query.labels.includes(query.runLabel))
      return { run: false, reason: md`not approved yet: ${askAgain}` };
    const target = { owner: query.owner, repo: query.repo, issueNumber: query.number, label: query.runLabel };
    const event = await deps.publisher.findLabelEvent(target);
    if (!event?.actor || !event.at) {
      return {
        run: false,
        reason: md`the events do not say who added the ${label} label or when: ${askAgain}`,
      };
    }
    if (query.headPushedAt === null || Date.parse(event.at) <= Date.parse(query.headPushedAt)) {
      return {
        run: false,
        reason: md`the ${label} label was added before the latest push to the fork: ${askAgain}`,
      };
    }
    approver = event.actor;
  }
  if (approver.toLowerCase() === deps.identity.toLowerCase()) return { run: true, approvedBy: approver };
  const allowed = await deps.publisher.hasWriteAccess({
    owner: query.owner,
    repo: query.repo,
    username: approver,
  });
  if (allowed) return { run: true, approvedBy: approver };
  deps.logger.info(
    `${query.runLabel} on #${query.number} comes from ${approver}, who has no write access: ignored`,
  );
  return {
    run: false,
    reason: md`${escapeInline(`@${approver}`)} approved it but has no write access to this repository: ${askAgain}`,
  };
}

async function removeStaleLabel(deps: ForkRunDeps, query: ForkRunQuery, label: string): Promise<void> {
  const target = { owner: query.owner, repo: query.repo, issueNumber: query.number, label };
  try {
    await deps.publisher.removeLabel(target);
    deps.logger.info(`removed ${label} from #${query.number}: it was given to an earlier head`);
  } catch (error) {
    // Not fatal: a run label added before the push is ignored by its time anyway.
    deps.logger.warn(`could not remove ${label} from #${query.number}: ${(error as Error).message}`);
  }
}
