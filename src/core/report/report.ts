// The JSON report contract (DESIGN.md, schemaVersion 1). Fields may be added; none renamed without a bump.
import type { Diagnostic } from "../diagnostics.js";

export type Verdict = "pass" | "fail" | "inconclusive" | "skipped" | "error";
export type PromptVerdict = "pass" | "fail" | "inconclusive" | "skipped" | "error" | "not_evaluable";
export type ChangeKind = "added" | "modified" | "deleted" | "renamed";
export type CaseChange = "regressed" | "improved" | "unchanged" | "flaky";

export interface MessageDiff {
  /** `messages[0] (system)` */
  label: string;
  /** Parts in order: unchanged, added or removed text (word-level). */
  parts: { value: string; added?: boolean; removed?: boolean }[];
}

export interface PromptDiffReport {
  /** Unified diff of the whole file (base → head). */
  unified: string;
  modelChanged?: { from: string; to: string };
  parametersChanged: { name: string; from: unknown; to: unknown }[];
  /** `schemaChanged`: the format stayed `json_schema` and its schema changed. */
  responseFormatChanged?: { from: string; to: string; schemaChanged?: boolean };
  variablesAdded: string[];
  variablesRemoved: string[];
  casesAdded: number;
  casesRemoved: number;
  /** Rows whose values changed in place (same position, new content); not in casesAdded/casesRemoved. */
  casesEdited?: number;
  evaluatorsAdded: string[];
  evaluatorsRemoved: string[];
  messages: MessageDiff[];
}

export interface CostEstimate {
  model: string;
  /** Mean input tokens per call over the rendered test cases (or the bare messages when there are none). */
  inputTokensPerCall: number;
  /** Assumed output tokens per call: `maxTokens`/`maxCompletionTokens`, else a stated default. */
  outputTokensPerCall: number;
  outputAssumption: string;
  /** Null when the model has no known price: never shown as $0. */
  costPerCallUsd: number | null;
  /** The encoding input tokens were counted with; `estimate` when it is not the model vendor's own. */
  tokenizer?: { encoding: string; estimate: boolean };
}

export interface PromptEstimate {
  base?: CostEstimate;
  head?: CostEstimate;
  /** Most calls the review of this prompt would make: cases × repeats × versions (it may stop earlier). */
  evalCalls: number;
  /** Smallest pass-rate drop (0–1) this eval set can detect with 95% power, before anything is spent. */
  minDetectableDrop?: number;
  /** Rows of the eval set that decide (the base's). */
  gatedCases?: number;
  /** Estimated cost of those calls, null when a price is unknown. */
  evalCostUsd: number | null;
}

export interface VersionStats {
  passRate: number;
  cases: number;
  samples: number;
  costPerCallUsd: number | null;
  /** Null when no sample's latency was measured (every answer came from a Batch API batch). */
  latencyMs: { p50: number; p95: number } | null;
  tokens: { inputPerCall: number; outputPerCall: number };
  /** Samples that could not be graded (call failed, judge unparseable). */
  errors: number;
}

export interface Delta {
  passRate: number;
  passRateCI: [number, number];
  /** Percent: 35.2 means +35.2%. Null when a price is unknown. */
  costPerCallPct: number | null;
  /** Percent; null when a version's latency was not measured. */
  latencyP50Pct: number | null;
  /** Projected monthly cost delta in USD from `traffic`, null without traffic or price. */
  monthlyCostUsd: number | null;
}

export interface SampleOutput {
  output: string;
  pass: boolean;
  /** Names of the evaluators that failed, with a short reason. */
  failed: { evaluator: string; reason: string }[];
  error?: string;
  /** The sample was never sent: the budget stopped the run, the offline cache missed, or it was cancelled. */
  notRun?: boolean;
}

export interface CaseReport {
  id: string;
  index: number;
  vars: Record<string, string>;
  change: CaseChange;
  /** A row the pull request adds to an existing prompt: run and reported, not part of the verdict until merged. */
  informational?: boolean;
  /** Where the row is written at head: the prompt file, or the dataset/tests file it came from. */
  at?: { file: string; line: number };
  base?: { passRate: number; outputs: SampleOutput[] };
  head?: { passRate: number; outputs: SampleOutput[] };
}

/** How the sequential review of one prompt went: its planned looks, the ones used, and why it stopped. */
export interface SequentialReport {
  /** Case counts at which the evidence was to be examined, fixed before any answer. */
  plannedLooks: number[];
  /** Looks examined before the review of this prompt stopped. */
  looksUsed: number;
  /** Cases answered and graded on both versions at the last look used. */
  cases: number;
  /** Gated rows of the eval set, whether or not they ran. */
  totalCases: number;
  /** The gate failed or passed at a look, the last planned look was inconclusive, or calls stopped (budget). */
  stoppedBecause: "fail" | "pass" | "last-look" | "stopped";
  /** Exact one-sided p-value of the no-op test at the last look used. */
  pValue: number;
  /** Smallest drop (0–1) these cases can detect with 95% power. */
  minDetectableDrop: number;
  /** When inconclusive: more cases that would give 95% power for a drop of `gate.detect`. */
  casesNeeded?: number;
}

export interface PromptReport {
  path: string;
  /** The repository file, when `path` names one of several prompts in it (promptfoo: `config.yaml#variant`). */
  file?: string;
  change: ChangeKind;
  previousPath?: string;
  /** Referenced eval-data files that changed (`testDataFile`), when they are why the prompt is reviewed. */
  changedDataFiles?: string[];
  verdict: PromptVerdict;
  reasons: string[];
  diff: PromptDiffReport;
  estimate?: PromptEstimate;
  base?: VersionStats;
  head?: VersionStats;
  delta?: Delta;
  cases: CaseReport[];
  /** When inconclusive: what would settle it, e.g. "about 60 more cases". */
  toSettle?: string;
  /** The looks of the sequential review (prompts compared with a base). */
  sequential?: SequentialReport;
  warnings: Diagnostic[];
  /** Where base and head of this prompt sit side by side in an experiment tool (`tracing.langfuse` / `langsmith`). */
  experiments?: ExperimentLink[];
}

/** A vendor's comparison view of one prompt's base and head runs. */
export interface ExperimentLink {
  vendor: "Langfuse" | "LangSmith";
  url: string;
}

export interface ReviewReport {
  schemaVersion: 1;
  verdict: Verdict;
  /** True when the review stopped early (budget, errors): never reported as a pass. */
  incomplete: boolean;
  dryRun: boolean;
  base: { ref: string; sha: string };
  head: { ref: string; sha: string };
  prompts: PromptReport[];
  calls: { total: number; cached: number; failed: number; retried: number };
  costUsd: number;
  /** Provider calls whose cost is unknown (no price for the model, or no usage sent): not in `costUsd`. */
  unpricedCalls?: number;
  errors: { path?: string; line?: number; column?: number; message: string }[];
  /** The model catalogue that priced calls a `pricing:` entry did not (name and version of the package). */
  catalogue?: { name: string; version: string };
  /** Config values the verdict depended on, for the comment's footnote. */
  gate: {
    margin: number;
    confidence: number;
    repeats: number;
    onInconclusive: "neutral" | "pass" | "fail";
    /** Most a no-op change may fail, over every look (reports since the sequential gate). */
    falseFailRate?: number;
    /** Drop caught 95% of the time, and ruled out to pass. */
    detect?: number;
    /** Most cases one review runs; null = every row. */
    maxCases?: number | null;
  };
}
