// One drift-monitor run of one prompt file: its eval set today, compared with its recorded baseline.
import type { Config } from "../core/config/config-schema.js";
import { InputError } from "../core/diagnostics.js";
import { loadPromptSpec } from "../core/formats/prompt-formats.js";
import { type DriftOutcome, decideDrift, type MonitorRecord, type TodayRun } from "../core/gate/drift.js";
import { type EvalDeps, type EvalReport, evaluatePrompt } from "./evaluate-prompt.js";
import { gitBlobId } from "./run-looks.js";

export interface MonitorPromptRequest {
  path: string;
  /** Reads a repository file (the prompt and the data files it names); null when it does not exist. */
  readFile: (path: string) => Promise<string | null>;
  config: Config;
  /** The prompt's record from the last runs, if any. */
  baseline: MonitorRecord | undefined;
  /** When the run happened (ISO 8601), for the history. */
  at: string;
}

/** Shared by the CLI and the Action; the caller keeps `outcome.record` where its baselines live. */
export async function monitorPrompt(deps: EvalDeps, request: MonitorPromptRequest): Promise<DriftOutcome> {
  const { path, readFile, config } = request;
  const text = await readFile(path);
  if (text === null) throw new InputError({ file: path, message: "file not found" });
  const spec = await loadPromptSpec({ path, text, readFile, patterns: config.prompts });
  const report = await evaluatePrompt(deps, spec, config);
  return decideDrift(request.baseline, toTodayRun(report, gitBlobId(text), request.at), config.gate);
}

/** Graded answers only: a failed call is evidence of nothing, as in a review. */
export function toTodayRun(report: EvalReport, contentHash: string, at: string): TodayRun {
  return {
    path: report.path,
    contentHash,
    model: report.model,
    snapshots: report.snapshots ?? [],
    at,
    cases: report.cases.map((c) => {
      const graded = c.outputs.filter((o) => !o.error && !o.notRun);
      return { id: c.id, passes: graded.map((o) => o.pass), outputs: graded.map((o) => o.output) };
    }),
    passRate: report.passRate,
    costPerCallUsd: report.costPerCallUsd,
    latencyP50Ms: report.latencyMs?.p50 ?? null,
    incomplete: report.incomplete,
  };
}
