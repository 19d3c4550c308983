// `/promptgate accept [sha]` and `/promptgate run`: approvals pinned to the head the maintainer read.
import { readErrorMessage } from "../adapters/github/errors.js";
import type { PullRequestInfo } from "../adapters/github/pull-request.js";
import { loadConfig } from "../core/config/config.js";
import type { ReviewTrigger } from "../ports.js";
import { readReviewedHead } from "../pr/reviewed-head.js";
import { escapeInline, inlineCode, md, mention, type SafeMarkdown } from "../render/escape.js";
import { COMMENT_MARKER } from "../render/limits.js";
import type { CommandInvocation } from "./command-handler.js";
import {
  type AppReviewOutcome,
  type AppServices,
  enqueueReview,
  type RepoContext,
  toPullRequestRef,
} from "./enqueue-review.js";

/**
 * Accepts exactly one head: the SHA the command names, or else the head the promptgate comment describes.
 * When the pull request has moved on since, nothing is accepted: the maintainer has not read the new head.
 */
export async function acceptHead(
  services: AppServices,
  ctx: RepoContext,
  call: CommandInvocation & { command: { name: "accept"; sha?: string } },
): Promise<SafeMarkdown> {
  const pr = await ctx.publisher.getPullRequest({ owner: ctx.owner, repo: ctx.repo, number: call.number });
  if (pr.state !== "open") return md`#${call.number} is closed: nothing to accept.`;
  const named = call.command.sha;
  const described = named ? undefined : await findDescribedHead(services, ctx, call.number);
  const target = named ?? described;
  const head = inlineCode(pr.headSha.slice(0, 7));
  const who = mention(call.sender);
  if (target === undefined) {
    const example = inlineCode(`/promptgate accept ${pr.headSha.slice(0, 7)}`);
    return md`${who} there is no promptgate review of this pull request to accept yet: nothing was accepted. Name the head to accept, e.g. ${example}, once it has been reviewed.`;
  }
  if (!pr.headSha.toLowerCase().startsWith(target)) {
    const what = named
      ? md`names ${inlineCode(target.slice(0, 12))}`
      : md`answers the review of ${inlineCode(target.slice(0, 7))}`;
    return md`${who} this \`/promptgate accept\` ${what}, but the head is now ${head}: nothing was accepted. Read the review of ${head} and accept it if it should pass.`;
  }
  const label = (await readBaseLabels(ctx, pr)).accept;
  const outcome = await labelAndReview(services, ctx, pr, label, {
    acceptedBy: call.sender,
    reason: `/promptgate accept ${pr.headSha.slice(0, 7)} by ${call.sender}`,
  });
  return md`Accepted ${head} by ${who} (label ${inlineCode(label)}; a new push clears it): ${describeOutcome(outcome)}`;
}

/** Lets a fork pull request's current head run: the run label is added, and the review starts as approved. */
export async function approveForkRun(
  services: AppServices,
  ctx: RepoContext,
  call: CommandInvocation,
): Promise<SafeMarkdown> {
  const pr = await ctx.publisher.getPullRequest({ owner: ctx.owner, repo: ctx.repo, number: call.number });
  if (pr.state !== "open") return md`#${call.number} is closed: nothing to run.`;
  if (!pr.isFork) return md`#${call.number} is not from a fork: every push is reviewed without approval.`;
  const outcome = await labelAndReview(services, ctx, pr, (await readBaseLabels(ctx, pr)).run, {
    forkApprovedBy: call.sender,
    reason: `/promptgate run by ${call.sender}`,
  });
  const head = inlineCode(pr.headSha.slice(0, 7));
  return md`Approved ${head} to run by ${mention(call.sender)} (a new push needs a new approval): ${describeOutcome(outcome)}`;
}

/** The label goes on as the token's own (its permission was checked), then the review of that head runs. */
async function labelAndReview(
  services: AppServices,
  ctx: RepoContext,
  pr: PullRequestInfo,
  label: string,
  trigger: ReviewTrigger,
): Promise<AppReviewOutcome> {
  if (!pr.labels.includes(label)) {
    await ctx.publisher.addLabel({ owner: ctx.owner, repo: ctx.repo, issueNumber: pr.number, label });
  }
  const ref = { ...toPullRequestRef(ctx, pr), labels: [...new Set([...pr.labels, label])] };
  return enqueueReview(services, ctx, ref, trigger);
}

async function findDescribedHead(services: AppServices, ctx: RepoContext, number: number) {
  const identity = await services.botLogin();
  const target = { owner: ctx.owner, repo: ctx.repo, issueNumber: number, marker: COMMENT_MARKER, identity };
  const comment = await ctx.publisher.findStickyComment(target);
  return comment ? readReviewedHead(comment.body) : undefined;
}

/** The labels named by the config at the PR's base (a PR cannot rename its own gate's labels). */
export async function readBaseLabels(ctx: RepoContext, pr: { baseSha: string }) {
  const reader = ctx.publisher.readRepository({ owner: ctx.owner, repo: ctx.repo });
  const { config } = await loadConfig(reader, pr.baseSha);
  return config.labels;
}

/** What became of the review a command started, for its reply. */
export function describeOutcome(outcome: AppReviewOutcome): SafeMarkdown {
  if (outcome.job === "superseded") return md`a newer review replaced it.`;
  if (outcome.job === "queued") return md`queued; the check and the promptgate comment will show the result.`;
  if (outcome.job === "joined")
    return md`it was already being reviewed; see the check and the promptgate comment.`;
  if (outcome.error) return md`the review failed: ${escapeInline(readErrorMessage(outcome.error))}`;
  const result = outcome.result;
  if (result?.stale) return md`nothing was written (${escapeInline(result.stale)}).`;
  if (result?.waiting) return md`not run: ${result.waiting}.`;
  const conclusion = inlineCode(result?.conclusion ?? "unknown");
  const verdict = inlineCode(result?.report?.verdict ?? "unknown");
  return md`the check is ${conclusion} (verdict ${verdict}); see the promptgate comment.`;
}
