import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  createTraceRecorder,
  providerNameOf
} from "./chunk-WRUVYFTZ.js";
import {
  defaultConfig,
  expandHeaderValues,
  listHeaderSecrets,
  parseOtlpHeaders
} from "./chunk-BZTRHCH6.js";

// src/adapters/tracing/trace-roots.ts
function describeReview({ report, repo, pullRequest }) {
  return {
    name: "promptgate review",
    failed: report.verdict === "error",
    attributes: {
      "promptgate.verdict": report.verdict,
      "promptgate.incomplete": report.incomplete,
      "vcs.ref.base.revision": report.base.sha,
      "vcs.ref.head.revision": report.head.sha,
      "vcs.ref.base.name": report.base.ref,
      "vcs.ref.head.name": report.head.ref,
      "promptgate.prompts": report.prompts.length,
      "promptgate.calls.total": report.calls.total,
      "promptgate.calls.cached": report.calls.cached,
      "promptgate.calls.failed": report.calls.failed,
      "promptgate.cost_usd": report.costUsd,
      ...repo ? { "vcs.repository.name": repo } : {},
      ...pullRequest !== void 0 ? { "vcs.change.id": String(pullRequest) } : {}
    },
    versionAttributes(path, version) {
      const prompt = report.prompts.find((p) => p.path === path);
      const stats = prompt?.[version];
      return {
        "promptgate.version.sha": report[version].sha,
        ...prompt ? { "promptgate.prompt.verdict": prompt.verdict, "promptgate.prompt.change": prompt.change } : {},
        ...stats ? { "promptgate.pass_rate": stats.passRate, "promptgate.samples": stats.samples } : {}
      };
    }
  };
}
function describeEval(report) {
  return {
    name: "promptgate eval",
    failed: report.incomplete,
    attributes: {
      "promptgate.prompt.path": report.path,
      "promptgate.pass_rate": report.passRate,
      "promptgate.incomplete": report.incomplete,
      "promptgate.calls.total": report.calls.total,
      "promptgate.calls.cached": report.calls.cached,
      "promptgate.calls.failed": report.calls.failed,
      "promptgate.cost_usd": report.costUsd
    },
    versionAttributes: () => ({
      "promptgate.pass_rate": report.passRate,
      "promptgate.repeats": report.repeats
    })
  };
}

// src/adapters/tracing/tracing-session.ts
var DEFAULT_EXPORT_TIMEOUT_MS = 1e4;
function createTracingSession(options) {
  let active;
  return {
    createTracer(config) {
      let targets;
      try {
        targets = resolveTraceTargets(config, options);
      } catch (error) {
        options.logger.warn(
          `tracing: ${error instanceof Error ? error.message : String(error)}; no trace is exported`
        );
        return void 0;
      }
      if (!targets.otlp && !targets.file) return void 0;
      active = { recorder: createTraceRecorder(), targets, config };
      return active.recorder;
    },
    finish: (summary) => exportRecorded(describeReview(summary)),
    finishEval: (report) => exportRecorded(describeEval(report))
  };
  async function exportRecorded(root) {
    if (!active) return;
    const { recorder, targets, config } = active;
    active = void 0;
    try {
      const { exportReviewTrace } = await import("./export-trace-P3CILR3I.js");
      const result = await exportReviewTrace(recorder.recording(), root, targets, {
        provider: providerNameOf(config.provider.baseURL ?? options.env.OPENAI_BASE_URL),
        captureContent: options.trustConfig !== false && config.tracing.captureContent,
        redact: options.redact
      });
      warnOfDrops(result, targets, options);
    } catch (error) {
      options.logger.warn(`tracing: the trace could not be exported (${options.redact(String(error))})`);
    }
  }
}
function resolveTraceTargets(config, options) {
  const { env } = options;
  const tracing = options.trustConfig === false ? defaultConfig.tracing : config.tracing;
  const endpoint = options.otlpEndpoint || tracing.otlp.endpoint || env.OTEL_EXPORTER_OTLP_ENDPOINT;
  const targets = options.traceFile ? { file: options.traceFile } : {};
  if (!endpoint) return targets;
  const headers = {
    ...env.OTEL_EXPORTER_OTLP_HEADERS ? parseOtlpHeaders(env.OTEL_EXPORTER_OTLP_HEADERS, "OTEL_EXPORTER_OTLP_HEADERS") : {},
    ...expandHeaderValues(tracing.otlp.headers, env, "promptgate.yml tracing.otlp.headers"),
    ...options.otlpHeaders ? parseOtlpHeaders(options.otlpHeaders, "input otlp-headers") : {}
  };
  options.redact.add(...listHeaderSecrets(headers));
  return {
    ...targets,
    otlp: {
      url: `${endpoint.replace(/\/+$/, "")}/v1/traces`,
      headers,
      timeoutMs: options.timeoutMs ?? timeoutFromEnv(env.OTEL_EXPORTER_OTLP_TIMEOUT)
    }
  };
}
function timeoutFromEnv(value) {
  const ms = Number(value);
  return value && Number.isFinite(ms) && ms > 0 ? ms : DEFAULT_EXPORT_TIMEOUT_MS;
}
function warnOfDrops(result, targets, options) {
  const { logger, redact } = options;
  if (result.otlp && result.otlp.dropped > 0) {
    logger.warn(
      `tracing: ${result.otlp.dropped} of ${result.spans} spans dropped: the collector at ${redact(targets.otlp.url)} did not take them (${redact(result.otlp.error ?? "no answer")}); the review itself is not affected`
    );
  }
  if (result.file && result.file.dropped > 0) {
    logger.warn(
      `tracing: ${result.file.dropped} of ${result.spans} spans not written to ${targets.file} (${redact(result.file.error ?? "unknown error")})`
    );
  }
}

export {
  createTracingSession
};
