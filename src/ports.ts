// The ports a review runs over: how it reads the repository and how it tells what it is doing; the experiment
// recorder; and the App's stores (deliveries, the review queue), which the Redis adapters implement.

import type { PromptExperiment } from "./core/report/experiment.js";
import type { ExperimentLink } from "./core/report/report.js";
import type { CallOutcome, CallTag } from "./engine/engine-types.js";
import type { ChatRequest } from "./engine/model.js";

export type FileStatus = "added" | "modified" | "deleted" | "renamed";

export interface ChangedFile {
  status: FileStatus;
  /** Path at head (for deleted files: the path at base). */
  path: string;
  /** Path at base, for renames. */
  previousPath?: string;
}

/** Reads the repository at two commits. Local git (CLI) and the GitHub API (Action, App) implement it. */
export interface RepoReader {
  /** Resolves a ref (branch, tag, sha, `HEAD~1`) to a full commit sha. Throws when it does not exist. */
  resolveRef(ref: string): Promise<string>;
  /** Files that differ between two commits, with rename detection. */
  listChangedFiles(baseSha: string, headSha: string): Promise<ChangedFile[]>;
  /** A file's text at a commit, or null when it does not exist there. */
  readFile(sha: string, path: string): Promise<string | null>;
  /** Every file path at a commit (used to find prompts that reference a changed data file). */
  listFiles(sha: string): Promise<string[]>;
}

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  debug(message: string): void;
}

export const silentLogger: Logger = { info() {}, warn() {}, debug() {} };

/** One settled engine call (a sample or a judge's), as a tracer sees it. */
export interface TracedCall {
  tag?: CallTag;
  request: ChatRequest;
  outcome: CallOutcome;
  /** Epoch ms when the engine was asked and when it answered (queueing and retries included). */
  startMs: number;
  endMs: number;
}

/** One graded sample: its pass and each evaluator's result. */
export interface TracedSample {
  tag: CallTag;
  pass: boolean;
  evaluators: Array<{ name: string; pass: boolean; invariant: boolean; reason: string; error?: string }>;
  error?: string;
}

/** Records what a review did for export as a trace. Recording never throws and never slows a call. */
export interface Tracer {
  recordCall(call: TracedCall): void;
  recordSample(sample: TracedSample): void;
}

/**
 * Webhook deliveries the App already handled. Behind a port so a shared store (Redis) can replace the in-process
 * one when the App runs as several instances.
 */
export interface DeliveryLog {
  /** True the first time `id` is claimed; false when it was claimed before (a replay or a duplicate). */
  claim(id: string): Promise<boolean>;
  /** Forgets `id`, so a redelivery after a failed handling is handled again. */
  release(id: string): Promise<void>;
}

/**
 * Records one prompt's base and head as two runs of one dataset in an experiment tool (Langfuse, LangSmith), so
 * the tool's comparison view shows them side by side; resolves to that view's link, or throws a located error.
 */
export interface ExperimentRecorder {
  readonly vendor: ExperimentLink["vendor"];
  recordExperiment(experiment: PromptExperiment): Promise<ExperimentLink>;
}

/** The pull request a review is about: the two commits, the labels, and the branch names for the comment. */
export interface PullRequestRef {
  owner: string;
  repo: string;
  number: number;
  baseSha: string;
  headSha: string;
  labels: string[];
  /** Branch names shown in the comment instead of the SHAs. */
  baseRef?: string;
  headRef?: string;
}

/** What set a queued App review off, and what it carries into the review. */
export interface ReviewTrigger {
  /** Join a review of the same head already in line instead of superseding it. */
  join?: boolean;
  /** Who accepted the review (the accept label's author), recorded in the comment. */
  acceptedBy?: string;
  /** A push (`synchronize`) from this earlier head: an accept label from it comes off. */
  newPush?: { previousHeadSha?: string };
  /** Who approved a fork PR's current head just now (its run label, or `/promptgate run`). */
  forkApprovedBy?: string;
  /** Why this review runs, for the log. */
  reason: string;
}

/** A queued review as data: what a durable queue stores and any replica can run again. */
export interface StoredReview {
  pr: PullRequestRef;
  trigger: ReviewTrigger;
}

export interface ReviewJob {
  installationId: number;
  /** `owner/repo#number`, case-insensitive. */
  pullRequest: string;
  headSha: string;
  /**
   * Join a review of the same head that is already queued or running instead of superseding it (a PR the
   * app just opened also arrives as a webhook; `/promptgate rerun` repeated while one runs). Pushes and label
   * changes supersede: they change what the review must say.
   */
  join?: boolean;
  /** What to review, as data: a durable queue stores this, since a closure cannot outlive the process. */
  review?: StoredReview;
}

/**
 * What became of a job: it ran, it shared a run of the same head, a newer trigger replaced it first, or (on a
 * durable queue) it is stored and some replica will run it.
 */
export type ReviewJobOutcome = "ran" | "joined" | "superseded" | "queued";

/** Runs a job a durable queue read back from storage, perhaps queued by another replica or a crashed one. */
export type StoredReviewRunner = (job: ReviewJob, signal: AbortSignal) => Promise<void>;

export interface ReviewQueue {
  /**
   * Runs `task` once the PR's earlier review has settled, aborting that one first. `signal` aborts when a newer
   * trigger supersedes this run, which then must write nothing.
   */
  enqueue(job: ReviewJob, task: (signal: AbortSignal) => Promise<void>): Promise<ReviewJobOutcome>;
  /** Resolves when no review is queued or running (tests, shutdown). */
  idle(): Promise<void>;
  /** Aborts every queued and running review (shutdown). */
  abortAll(reason: string): void;
  /** A durable queue runs stored jobs with `runner` (the in-memory queue runs each job's own task). */
  serve?(runner: StoredReviewRunner): void;
  /** Releases connections (a durable queue). */
  close?(): Promise<void>;
}
