// After a review: each reviewed prompt recorded as a base/head experiment in the tools the base config names
// (`tracing.langfuse`, `tracing.langsmith`), the comparison links added to the report. Never fails the review.
import type { Config } from "../../core/config/config-schema.js";
import type { Redactor } from "../../core/redact.js";
import { buildPromptExperiment, type PromptExperiment } from "../../core/report/experiment.js";
import type { ExperimentLink, PromptReport, ReviewReport } from "../../core/report/report.js";
import type { ExperimentRecorder, Logger } from "../../ports.js";
import { statusOf } from "./vendor-kit.js";

export interface ExperimentOptions {
  env: Record<string, string | undefined>;
  logger: Logger;
  /** Learns the vendor keys; cleans inputs, outputs and warnings. */
  redact: Redactor;
  /** Longest one vendor may take for one prompt, retries included; past it, a warning and no link. */
  deadlineMs?: number;
  /** Per request. */
  timeoutMs?: number;
}

export const DEFAULT_EXPERIMENT_DEADLINE_MS = 60_000;
const DEFAULT_REQUEST_TIMEOUT_MS = 15_000;

/** Whether the config asks for any experiment (the SDKs load only then). */
export function wantsExperiments(config: Config): boolean {
  return Boolean(config.tracing.langfuse || config.tracing.langsmith);
}

/** The recorders the config asks for whose keys are set; a block without its keys is a warning, not an error. */
export async function resolveExperimentRecorders(
  config: Config,
  options: ExperimentOptions,
): Promise<ExperimentRecorder[]> {
  const { env, logger, redact } = options;
  const timeoutMs = options.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const recorders: ExperimentRecorder[] = [];
  const { langfuse, langsmith } = config.tracing;
  if (langfuse) {
    const publicKey = env.LANGFUSE_PUBLIC_KEY?.trim();
    const secretKey = env.LANGFUSE_SECRET_KEY?.trim();
    if (!publicKey || !secretKey) {
      logger.warn(
        "experiments: tracing.langfuse is set but LANGFUSE_PUBLIC_KEY and LANGFUSE_SECRET_KEY are not both in the environment; no Langfuse experiment is recorded",
      );
    } else {
      redact.add(publicKey, secretKey);
      const { createLangfuseRecorder } = await import("./langfuse.js");
      const baseUrl = langfuse.baseUrl ?? env.LANGFUSE_BASE_URL ?? "https://cloud.langfuse.com";
      recorders.push(
        createLangfuseRecorder({
          baseUrl,
          publicKey,
          secretKey,
          timeoutSeconds: timeoutMs / 1000,
          maxRetries: 2,
        }),
      );
    }
  }
  if (langsmith) {
    const apiKey = env.LANGSMITH_API_KEY?.trim();
    if (!apiKey) {
      logger.warn(
        "experiments: tracing.langsmith is set but LANGSMITH_API_KEY is not in the environment; no LangSmith experiment is recorded",
      );
    } else {
      redact.add(apiKey);
      const { createLangSmithRecorder } = await import("./langsmith.js");
      const endpoint = langsmith.endpoint ?? env.LANGSMITH_ENDPOINT ?? "https://api.smith.langchain.com";
      recorders.push(createLangSmithRecorder({ endpoint, apiKey, timeoutMs }));
    }
  }
  return recorders;
}

/**
 * Records every prompt that has both versions measured in every recorder; returns the report with each prompt's
 * links. A vendor that fails or is too slow is a warning naming it, the prompt and the HTTP status.
 */
export async function recordReviewExperiments(
  report: ReviewReport,
  recorders: readonly ExperimentRecorder[],
  options: Pick<ExperimentOptions, "logger" | "redact" | "deadlineMs">,
): Promise<ReviewReport> {
  if (recorders.length === 0 || report.dryRun) return report;
  // A vendor that failed once (down, key refused) is not asked again for the other prompts of this review.
  const working = new Set(recorders);
  const prompts: PromptReport[] = [];
  for (const prompt of report.prompts) {
    const experiment = buildPromptExperiment(prompt, report, options.redact.content);
    if (!experiment) {
      prompts.push(prompt);
      continue;
    }
    const links: ExperimentLink[] = [];
    for (const recorder of working) {
      const link = await recordOne(recorder, experiment, options);
      if (link) links.push(link);
      else working.delete(recorder);
    }
    prompts.push(links.length > 0 ? { ...prompt, experiments: links } : prompt);
  }
  return { ...report, prompts };
}

async function recordOne(
  recorder: ExperimentRecorder,
  experiment: PromptExperiment,
  options: Pick<ExperimentOptions, "logger" | "redact" | "deadlineMs">,
): Promise<ExperimentLink | undefined> {
  const deadlineMs = options.deadlineMs ?? DEFAULT_EXPERIMENT_DEADLINE_MS;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${deadlineMs / 1000} s`)), deadlineMs);
    timer.unref();
  });
  try {
    return await Promise.race([recorder.recordExperiment(experiment), late]);
  } catch (error) {
    const status = statusOf(error);
    const message = error instanceof Error ? error.message : String(error);
    options.logger.warn(
      `experiments: ${recorder.vendor} did not record ${experiment.promptPath} (${status ? `HTTP ${status}: ` : ""}${options.redact(firstLine(message))}); ` +
        "no more prompts are sent to it in this review; the review itself is not affected",
    );
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}

function firstLine(text: string): string {
  const line = text.split("\n")[0] ?? "";
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}
