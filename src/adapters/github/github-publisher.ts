// The Publisher port (declared in src/pr/publisher.ts) over one GitHub client: each verb is a checked adapter here.
import type { Logger } from "../../ports.js";
import {
  type CompleteCheckRunInput,
  completeCheckRun,
  findLatestCheckRun,
  type PendingCheckRunInput,
  type StartCheckRunInput,
  startCheckRun,
  upsertPendingCheckRun,
} from "./check-run.js";
import { createGitHubRepoReader } from "./github-repo-reader.js";
import { postComment, reactToComment } from "./issue-comments.js";
import { addLabel, findLabelEvent, type LabelTarget, removeLabel } from "./labels.js";
import type { GitHubClient } from "./octokit.js";
import { hasWriteAccess } from "./permissions.js";
import { getPullRequest, isHeadCurrent, listOpenPullRequestsAt } from "./pull-request.js";
import { openRollbackPullRequest, type RollbackInput } from "./rollback.js";
import { findStickyComment, type StickyCommentTarget, upsertStickyComment } from "./sticky-comment.js";

type Repo = { owner: string; repo: string };
type Pull = Repo & { number: number };

/**
 * Structurally the `Publisher` port: adapters sit below src/pr and may not import its types, so the shells
 * assign this to `Publisher` and the compiler holds the two together.
 */
export function createGitHubPublisher(client: GitHubClient) {
  return {
    readRepository: (repo: Repo, logger?: Logger) =>
      createGitHubRepoReader(client, repo, logger ? { logger } : {}),
    getPullRequest: (pr: Pull) => getPullRequest(client, pr),
    isHeadCurrent: (pr: Pull, reviewedSha: string) => isHeadCurrent(client, pr, reviewedSha),
    listOpenPullRequestsAt: (repo: Repo, headSha: string) => listOpenPullRequestsAt(client, repo, headSha),
    startCheck: (input: StartCheckRunInput) => startCheckRun(client, input),
    holdCheck: (input: PendingCheckRunInput) => upsertPendingCheckRun(client, input),
    completeCheck: (input: CompleteCheckRunInput) => completeCheckRun(client, input),
    findLatestCheck: (input: Repo & { headSha: string; appSlug?: string }) =>
      findLatestCheckRun(client, input),
    findStickyComment: (target: StickyCommentTarget) => findStickyComment(client, target),
    upsertStickyComment: (target: StickyCommentTarget & { body: string }) =>
      upsertStickyComment(client, target),
    postComment: (pr: Pull, body: string) =>
      postComment(client, { owner: pr.owner, repo: pr.repo, issueNumber: pr.number, body }),
    reactToComment: (repo: Repo, commentId: number, content: "eyes") =>
      reactToComment(client, { ...repo, commentId, content }),
    findLabelEvent: (target: LabelTarget) => findLabelEvent(client, target),
    addLabel: (target: LabelTarget) => addLabel(client, target),
    removeLabel: (target: LabelTarget) => removeLabel(client, target),
    hasWriteAccess: (target: Repo & { username: string }) => hasWriteAccess(client, target),
    openRollbackPullRequest: (input: RollbackInput) => openRollbackPullRequest(client, input),
  };
}
