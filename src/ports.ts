// The ports a review runs over: how it reads the repository and how it tells what it is doing.

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
