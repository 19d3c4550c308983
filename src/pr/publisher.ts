// The Publisher port: every GitHub read and write the pull-request flow makes, as domain verbs.
// Implemented once over Octokit in src/adapters/github/publisher.ts; src/pr never sees a route or a client.
import type {
  CheckRunState,
  CompleteCheckRunInput,
  PendingCheckRunInput,
  StartCheckRunInput,
} from "../adapters/github/check-run.js";
import type { LabelEvent, LabelTarget } from "../adapters/github/labels.js";
import type { PullRequestInfo } from "../adapters/github/pull-request.js";
import type { RollbackInput, RollbackResult } from "../adapters/github/rollback.js";
import type { StickyComment, StickyCommentTarget, UpsertResult } from "../adapters/github/sticky-comment.js";
import type { Logger, RepoReader } from "../ports.js";

export interface RepoTarget {
  owner: string;
  repo: string;
}

export interface PullTarget extends RepoTarget {
  number: number;
}

export interface Publisher {
  /** The repository's files at any commit, read through the API. */
  readRepository(repo: RepoTarget, logger?: Logger): RepoReader;
  getPullRequest(pr: PullTarget): Promise<PullRequestInfo>;
  /** True while the PR head is still `reviewedSha`: every write is gated on it. */
  isHeadCurrent(pr: PullTarget, reviewedSha: string): Promise<boolean>;
  /** Open pull requests whose head is `headSha` (a fork's PR is found this way, not in a check's payload). */
  listOpenPullRequestsAt(repo: RepoTarget, headSha: string): Promise<number[]>;
  /** The check run in progress on the head, reusing an unfinished one of ours. */
  startCheck(input: StartCheckRunInput): Promise<{ id: number }>;
  /** A queued check that waits for something (a label, an approval): a required check does not pass. */
  holdCheck(input: PendingCheckRunInput): Promise<{ id: number }>;
  completeCheck(input: CompleteCheckRunInput): Promise<void>;
  /** The newest `promptgate` run on a commit (with `appSlug`, one that app created). */
  findLatestCheck(
    input: RepoTarget & { headSha: string; appSlug?: string },
  ): Promise<CheckRunState | undefined>;
  findStickyComment(target: StickyCommentTarget): Promise<StickyComment | null>;
  upsertStickyComment(target: StickyCommentTarget & { body: string }): Promise<UpsertResult>;
  /** A new comment on the pull request (the answer to a `/promptgate` command). */
  postComment(pr: PullTarget, body: string): Promise<void>;
  /** Acknowledges a comment with a reaction (👀 for a command being handled). */
  reactToComment(repo: RepoTarget, commentId: number, content: "eyes"): Promise<void>;
  /** The latest `labeled` event for the label: who added it and when. */
  findLabelEvent(target: LabelTarget): Promise<LabelEvent | undefined>;
  addLabel(target: LabelTarget): Promise<void>;
  removeLabel(target: LabelTarget): Promise<void>;
  hasWriteAccess(target: RepoTarget & { username: string }): Promise<boolean>;
  openRollbackPullRequest(input: RollbackInput): Promise<RollbackResult>;
}
