// The App's fork gate: a fork PR's review waits (a queued check, no model call) until its head is approved.
import { loadConfig } from "../core/config/config.js";
import type { Config } from "../core/config/config-schema.js";
import type { Logger, PullRequestRef } from "../ports.js";
import { buildForkRunQuery, decideForkRun, type ForkRunTrigger } from "../pr/fork-run-gate.js";
import type { Publisher } from "../pr/publisher.js";
import type { ReviewCheck } from "../pr/review-check.js";
import type { PullRequestReviewResult } from "../pr/review-pull-request.js";
import { hasPromptChanges } from "../review/index.js";

export interface ForkHoldDeps {
  publisher: Publisher;
  identity: string;
  logger: Logger;
}

/**
 * What the gate decided: `held`, the result that stands instead of a review; or the review may go ahead (with
 * the base config when the gate already read it, a fork's).
 */
export type ForkHold = { held: PullRequestReviewResult } | { held?: undefined; config?: Config };

/**
 * The review may go ahead when the PR is not a fork, is approved for this head, or changes no prompt (then the
 * review makes no model call). Otherwise the check waits, queued — never `neutral`, which branch protection
 * counts as passing — with what would let it run.
 */
export async function holdUnapprovedFork(
  deps: ForkHoldDeps,
  pr: PullRequestRef,
  trigger: ForkRunTrigger,
  check: ReviewCheck,
): Promise<ForkHold> {
  const { publisher } = deps;
  // Read fresh, not from the webhook: whether it is a fork and when it was pushed decide what may be spent.
  const info = await publisher.getPullRequest(pr);
  if (!info.isFork) return {};
  const reader = publisher.readRepository({ owner: pr.owner, repo: pr.repo }, deps.logger);
  const { config } = await loadConfig(reader, pr.baseSha);
  const facts = { labels: info.labels, headPushedAt: info.headPushedAt, trigger, shell: "app" as const };
  const decision = await decideForkRun(deps, buildForkRunQuery(pr, config.labels, facts));
  if (decision.run) {
    deps.logger.info(`fork pull request #${pr.number} approved by ${decision.approvedBy}`);
    return { config };
  }
  if (!(await hasPromptChanges(reader, pr, config))) return { config };
  if (info.headSha !== pr.headSha) {
    const stale = `the head of #${pr.number} moved past ${pr.headSha.slice(0, 7)}`;
    return { held: { config, accepted: false, stale } };
  }
  deps.logger.info(`fork pull request #${pr.number} waits for approval: ${decision.reason}`);
  const held = await check.hold({
    title: "Waiting for a maintainer to approve this fork's head",
    summary:
      `This pull request comes from a fork and changes prompts. promptgate spends the repository's key and ` +
      `budget on it only after someone with write access approves its current head.\n\nNot run: ${decision.reason}.`,
  });
  return { held: { config, accepted: false, checkRunId: held.id, waiting: decision.reason } };
}
