// One prompt's review as an experiment tool sees it: a dataset of cases, each answered by base and by head.
import { createHash } from "node:crypto";
import type { PromptReport, ReviewReport, SampleOutput } from "./report.js";

/** One version's answers to one case: every sample that ran, and how they were graded. */
export interface ExperimentAnswer {
  outputs: string[];
  /** Share of the samples that passed (0–1). */
  passRate: number;
  /** Evaluators that failed in any sample, with the first reason given. */
  failed: { evaluator: string; reason: string }[];
}

export interface ExperimentCase {
  /** The case id of the review (the row's own id, or a hash of the row). */
  id: string;
  /** The row's variables: the dataset item's input. */
  input: Record<string, string>;
  base: ExperimentAnswer;
  head: ExperimentAnswer;
}

/** What a version's run says as a whole (run metadata in the tool). */
export interface ExperimentVersion {
  ref: string;
  sha: string;
  passRate: number;
  costPerCallUsd: number | null;
  latencyP50Ms: number | null;
}

export interface PromptExperiment {
  promptPath: string;
  base: ExperimentVersion;
  head: ExperimentVersion;
  cases: ExperimentCase[];
}

/**
 * The experiment of one reviewed prompt: only cases both versions answered (an added or deleted prompt has no
 * pair to compare, so none). Every string passes `redact`, since inputs and outputs leave for a vendor.
 */
export function buildPromptExperiment(
  prompt: PromptReport,
  report: Pick<ReviewReport, "base" | "head">,
  redact: (text: string) => string,
): PromptExperiment | undefined {
  if (!prompt.base || !prompt.head) return undefined;
  const cases: ExperimentCase[] = [];
  for (const row of prompt.cases) {
    const base = row.base && toAnswer(row.base.outputs, redact);
    const head = row.head && toAnswer(row.head.outputs, redact);
    if (!base || !head) continue;
    const input = Object.fromEntries(Object.entries(row.vars).map(([k, v]) => [k, redact(v)]));
    cases.push({ id: row.id, input, base, head });
  }
  if (cases.length === 0) return undefined;
  const version = (which: "base" | "head"): ExperimentVersion => {
    const stats = prompt[which]!;
    return {
      ...report[which],
      passRate: stats.passRate,
      costPerCallUsd: stats.costPerCallUsd,
      latencyP50Ms: stats.latencyMs?.p50 ?? null,
    };
  };
  return { promptPath: prompt.path, base: version("base"), head: version("head"), cases };
}

function toAnswer(samples: SampleOutput[], redact: (text: string) => string): ExperimentAnswer | undefined {
  const ran = samples.filter((s) => !s.notRun);
  if (ran.length === 0) return undefined;
  const failed = new Map<string, string>();
  for (const sample of ran)
    for (const f of sample.failed) if (!failed.has(f.evaluator)) failed.set(f.evaluator, redact(f.reason));
  return {
    outputs: ran.map((s) => redact(s.error ? `error: ${s.error}` : s.output)),
    passRate: ran.filter((s) => s.pass).length / ran.length,
    failed: [...failed].map(([evaluator, reason]) => ({ evaluator, reason })),
  };
}

/**
 * A UUID-shaped id that is the same on every run for the same parts (both tools accept, and LangSmith
 * requires, UUIDs): a re-run updates the dataset item it made before instead of adding a copy.
 */
export function buildStableUuid(...parts: string[]): string {
  const hex = createHash("sha256").update(parts.join("\u0000")).digest("hex");
  // Version 5-style layout (name-based), variant 10xx.
  const variant = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The dataset's name in the tool: the prompt file's path, which is what people search for. */
export function buildDatasetName(promptPath: string): string {
  return `promptgate/${promptPath}`;
}
