// One review's tracing: where the trace goes (Action inputs, config, environment, `--trace FILE`), recording
// while the review runs, and exporting after it; a failed export is a warning, never a failed review.
import { type Config, defaultConfig } from "../../core/config/config-schema.js";
import { expandHeaderValues, listHeaderSecrets, parseOtlpHeaders } from "../../core/config/tracing-config.js";
import type { Redactor } from "../../core/redact.js";
import type { EvalReport } from "../../core/report/eval-report.js";
import type { ReviewReport } from "../../core/report/report.js";
import type { Logger, Tracer } from "../../ports.js";
import {
  recordReviewExperiments,
  resolveExperimentRecorders,
  wantsExperiments,
} from "../experiments/record-experiments.js";
import type { TraceRoot } from "./build-spans.js";
import { providerNameOf } from "./call-attributes.js";
import type { TraceTargets } from "./export-trace.js";
import { createTraceRecorder, type TraceRecorder } from "./trace-recorder.js";
import { describeEval, describeReview, type ReviewSummary } from "./trace-roots.js";

export interface TracingOptions {
  env: Record<string, string | undefined>;
  logger: Logger;
  /** Learns the header values (they are credentials) and cleans every exported string. */
  redact: Redactor;
  /** `--trace FILE`: OTLP JSON lines for offline use. */
  traceFile?: string;
  /** The Action's `otlp-endpoint` and `otlp-headers` inputs; they win over the config. */
  otlpEndpoint?: string;
  otlpHeaders?: string;
  /** How long one export may wait for the collector. */
  timeoutMs?: number;
  /**
   * False in the App, which reviews many owners' repositories: a repository's `tracing` section must not send
   * its traces (or the host's `${NAME}` variables) anywhere; only the operator's environment decides.
   */
  trustConfig?: boolean;
}

export interface TracingSession {
  /** For `ReviewDeps.createTracer`: a recorder when the base config or the shell asks for a trace. */
  createTracer(config: Config): Tracer | undefined;
  /** Exports what was recorded; resolves when it is flushed or has failed (warned). */
  finish(summary: ReviewSummary): Promise<void>;
  /** The same for an eval run. */
  finishEval(report: EvalReport): Promise<void>;
  /**
   * Records the reviewed prompts as base/head experiments in the tools the base config names (`tracing.langfuse`,
   * `tracing.langsmith`) and returns the report with their links; the report unchanged when none is asked for.
   */
  recordExperiments(report: ReviewReport): Promise<ReviewReport>;
}

export const DEFAULT_EXPORT_TIMEOUT_MS = 10_000;

export function createTracingSession(options: TracingOptions): TracingSession {
  let active: { recorder: TraceRecorder; targets: TraceTargets; config: Config } | undefined;
  // The base config the review ran with; experiments are recorded after the verdict, before publishing.
  let reviewConfig: Config | undefined;
  return {
    createTracer(config) {
      reviewConfig = config;
      let targets: TraceTargets;
      try {
        targets = resolveTraceTargets(config, options);
      } catch (error) {
        options.logger.warn(
          `tracing: ${error instanceof Error ? error.message : String(error)}; no trace is exported`,
        );
        return undefined;
      }
      if (!targets.otlp && !targets.file) return undefined;
      active = { recorder: createTraceRecorder(), targets, config };
      return active.recorder;
    },
    finish: (summary) => exportRecorded(describeReview(summary)),
    finishEval: (report) => exportRecorded(describeEval(report)),
    recordExperiments: async (report) => {
      // The App passes trustConfig false: a repository's config may not send its data to any vendor.
      if (!reviewConfig || options.trustConfig === false || !wantsExperiments(reviewConfig)) return report;
      const { env, logger, redact } = options;
      try {
        const recorders = await resolveExperimentRecorders(reviewConfig, { env, logger, redact });
        return await recordReviewExperiments(report, recorders, { logger, redact });
      } catch (error) {
        logger.warn(
          `experiments: none recorded (${redact(String(error))}); the review itself is not affected`,
        );
        return report;
      }
    },
  };

  async function exportRecorded(root: TraceRoot): Promise<void> {
    if (!active) return;
    const { recorder, targets, config } = active;
    active = undefined;
    try {
      // The SDK loads only here, so a review without tracing (or without prompt changes) never parses it.
      const { exportReviewTrace } = await import("./export-trace.js");
      const result = await exportReviewTrace(recorder.recording(), root, targets, {
        provider: providerNameOf(config.provider.baseURL ?? options.env.OPENAI_BASE_URL),
        captureContent: options.trustConfig !== false && config.tracing.captureContent,
        redact: options.redact,
      });
      warnOfDrops(result, targets, options);
    } catch (error) {
      options.logger.warn(`tracing: the trace could not be exported (${options.redact(String(error))})`);
    }
  }
}

/** Where the trace goes; throws a message naming the field when a header cannot be built. */
function resolveTraceTargets(config: Config, options: TracingOptions): TraceTargets {
  const { env } = options;
  const tracing = options.trustConfig === false ? defaultConfig.tracing : config.tracing;
  const endpoint = options.otlpEndpoint || tracing.otlp.endpoint || env.OTEL_EXPORTER_OTLP_ENDPOINT;
  const targets: TraceTargets = options.traceFile ? { file: options.traceFile } : {};
  if (!endpoint) return targets;
  const headers = {
    ...(env.OTEL_EXPORTER_OTLP_HEADERS
      ? parseOtlpHeaders(env.OTEL_EXPORTER_OTLP_HEADERS, "OTEL_EXPORTER_OTLP_HEADERS")
      : {}),
    ...expandHeaderValues(tracing.otlp.headers, env, "promptgate.yml tracing.otlp.headers"),
    ...(options.otlpHeaders ? parseOtlpHeaders(options.otlpHeaders, "input otlp-headers") : {}),
  };
  options.redact.add(...listHeaderSecrets(headers));
  return {
    ...targets,
    otlp: {
      url: `${endpoint.replace(/\/+$/, "")}/v1/traces`,
      headers,
      timeoutMs: options.timeoutMs ?? timeoutFromEnv(env.OTEL_EXPORTER_OTLP_TIMEOUT),
    },
  };
}

/** `OTEL_EXPORTER_OTLP_TIMEOUT` (ms), the standard variable; anything unreadable → the default. */
function timeoutFromEnv(value: string | undefined): number {
  const ms = Number(value);
  return value && Number.isFinite(ms) && ms > 0 ? ms : DEFAULT_EXPORT_TIMEOUT_MS;
}

function warnOfDrops(
  result: Awaited<ReturnType<typeof import("./export-trace.js").exportReviewTrace>>,
  targets: TraceTargets,
  options: TracingOptions,
): void {
  const { logger, redact } = options;
  if (result.otlp && result.otlp.dropped > 0) {
    logger.warn(
      `tracing: ${result.otlp.dropped} of ${result.spans} spans dropped: the collector at ${redact(targets.otlp!.url)} ` +
        `did not take them (${redact(result.otlp.error ?? "no answer")}); the review itself is not affected`,
    );
  }
  if (result.file && result.file.dropped > 0) {
    logger.warn(
      `tracing: ${result.file.dropped} of ${result.spans} spans not written to ${targets.file} (${redact(result.file.error ?? "unknown error")})`,
    );
  }
}
