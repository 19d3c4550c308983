// Whether the accept label accepts a failing review: added by someone with write access, for this very head.
import { canAccept } from "../core/gate/conclusion.js";
import type { ReviewReport } from "../core/report/report.js";
import type { PullRequestRef } from "../ports.js";
import { escapeInline, inlineCode, md, type SafeMarkdown } from "../render/escape.js";
import type { PullRequestReviewDeps } from "./review-pull-request.js";

export interface Acceptance {
  accepted?: { label: string; by?: string };
  /** Why a label on the PR did not accept the review, for the comment and the check. */
  note?: SafeMarkdown;
}

/**
 * A new push is new code nobody accepted: the label comes off (its `unlabeled` event is the token's own, which
 * starts no workflow and which the App ignores), and the note says which head the acceptance was for.
 */
export async function clearAcceptanceOnPush(
  deps: PullRequestReviewDeps,
  pr: PullRequestRef,
  label: string,
  previousHeadSha: string | undefined,
): Promise<{ labels: string[]; note: SafeMarkdown }> {
  const earlier = previousHeadSha
    ? md`the earlier head ${inlineCode(previousHeadSha.slice(0, 7))}`
    : md`an earlier head`;
  const labels = pr.labels.filter((name) => name !== label);
  const intro = md`The ${inlineCode(label)} label accepted ${earlier}; an acceptance does not carry over to new commits`;
  try {
    await deps.publisher.removeLabel({ owner: pr.owner, repo: pr.repo, issueNumber: pr.number, label });
    deps.logger.info(`removed ${label} from #${pr.number}: it accepted an earlier head`);
    return {
      labels,
      note: md`ℹ️ ${intro}, so promptgate removed the label. Add it again to accept this head.`,
    };
  } catch (error) {
    deps.logger.warn(`could not remove ${label} from #${pr.number}: ${(error as Error).message}`);
    return {
      labels,
      note: md`ℹ️ ${intro}, and promptgate could not remove the label. Remove it and add it again to accept this head.`,
    };
  }
}

/**
 * Acceptance only matters for a verdict the gate fails (a regression, or an inconclusive review under
 * `onInconclusive: fail`), and only counts when whoever added the label may write to the
 * repository (anyone who can triage can label). The token's own label (`/promptgate accept` in the App, after
 * its own permission check) counts.
 */
export async function resolveAcceptance(
  deps: PullRequestReviewDeps,
  pr: PullRequestRef,
  input: { label: string; acceptedBy?: string; report: ReviewReport },
): Promise<Acceptance> {
  const { label } = input;
  if (!canAccept(input.report) || !pr.labels.includes(label)) return {};
  const actor = input.acceptedBy ?? (await findActor(deps, pr, label));
  const ignored = md`does not accept the regression; someone with write access can add it again.`;
  if (!actor) {
    return {
      note: md`ℹ️ The ${inlineCode(label)} label is on this pull request, but its events do not say who added it: it ${ignored}`,
    };
  }
  if (actor.toLowerCase() === deps.identity.toLowerCase()) return { accepted: { label, by: actor } };
  const who = escapeInline(`@${actor}`);
  try {
    const allowed = await deps.publisher.hasWriteAccess({ owner: pr.owner, repo: pr.repo, username: actor });
    if (allowed) return { accepted: { label, by: actor } };
    deps.logger.info(`${label} on #${pr.number} was added by ${actor}, who has no write access: ignored`);
    return {
      note: md`ℹ️ The ${inlineCode(label)} label was added by ${who}, who has no write access to this repository: it ${ignored}`,
    };
  } catch (error) {
    deps.logger.warn(`could not check ${actor}'s permission: ${(error as Error).message}`);
    return {
      note: md`ℹ️ promptgate could not check whether ${who}, who added the ${inlineCode(label)} label, has write access, so the label ${ignored}`,
    };
  }
}

async function findActor(deps: PullRequestReviewDeps, pr: PullRequestRef, label: string) {
  const target = { owner: pr.owner, repo: pr.repo, issueNumber: pr.number, label };
  return deps.publisher.findLabelEvent(target).then(
    (event) => event?.actor,
    (error: unknown) => {
      deps.logger.warn(`could not find who added ${label}: ${(error as Error).message}`);
      return undefined;
    },
  );
}
