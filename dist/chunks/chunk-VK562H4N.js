import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  createTraceRecorder,
  providerNameOf
} from "./chunk-AB7LTCKJ.js";
import {
  defaultConfig,
  expandHeaderValues,
  listHeaderSecrets,
  parseOtlpHeaders
} from "./chunk-SLGLWCCW.js";
import {
  buildPromptExperiment,
  statusOf
} from "./chunk-OSCRZWD3.js";

// src/adapters/experiments/record-experiments.ts
var DEFAULT_EXPERIMENT_DEADLINE_MS = 6e4;
var DEFAULT_REQUEST_TIMEOUT_MS = 15e3;
function wantsExperiments(config) {
  return Boolean(config.tracing.langfuse || config.tracing.langsmith);
}
async function resolveExperimentRecorders(config, options) {
  const { env, logger, redact } = options;
  const timeoutMs = options.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const recorders = [];
  const { langfuse, langsmith } = config.tracing;
  if (langfuse) {
    const publicKey = env.LANGFUSE_PUBLIC_KEY?.trim();
    const secretKey = env.LANGFUSE_SECRET_KEY?.trim();
    if (!publicKey || !secretKey) {
      logger.warn(
        "experiments: tracing.langfuse is set but LANGFUSE_PUBLIC_KEY and LANGFUSE_SECRET_KEY are not both in the environment; no Langfuse experiment is recorded"
      );
    } else {
      redact.add(publicKey, secretKey);
      const { createLangfuseRecorder } = await import("./langfuse-2VJGV4AO.js");
      const baseUrl = langfuse.baseUrl ?? env.LANGFUSE_BASE_URL ?? "https://cloud.langfuse.com";
      recorders.push(
        createLangfuseRecorder({
          baseUrl,
          publicKey,
          secretKey,
          timeoutSeconds: timeoutMs / 1e3,
          maxRetries: 2
        })
      );
    }
  }
  if (langsmith) {
    const apiKey = env.LANGSMITH_API_KEY?.trim();
    if (!apiKey) {
      logger.warn(
        "experiments: tracing.langsmith is set but LANGSMITH_API_KEY is not in the environment; no LangSmith experiment is recorded"
      );
    } else {
      redact.add(apiKey);
      const { createLangSmithRecorder } = await import("./langsmith-HTN3XOHH.js");
      const endpoint = langsmith.endpoint ?? env.LANGSMITH_ENDPOINT ?? "https://api.smith.langchain.com";
      recorders.push(createLangSmithRecorder({ endpoint, apiKey, timeoutMs }));
    }
  }
  return recorders;
}
async function recordReviewExperiments(report, recorders, options) {
  if (recorders.length === 0 || report.dryRun) return report;
  const working = new Set(recorders);
  const prompts = [];
  for (const prompt of report.prompts) {
    const experiment = buildPromptExperiment(prompt, report, options.redact.content);
    if (!experiment) {
      prompts.push(prompt);
      continue;
    }
    const links = [];
    for (const recorder of working) {
      const link = await recordOne(recorder, experiment, options);
      if (link) links.push(link);
      else working.delete(recorder);
    }
    prompts.push(links.length > 0 ? { ...prompt, experiments: links } : prompt);
  }
  return { ...report, prompts };
}
async function recordOne(recorder, experiment, options) {
  const deadlineMs = options.deadlineMs ?? DEFAULT_EXPERIMENT_DEADLINE_MS;
  let timer;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${deadlineMs / 1e3} s`)), deadlineMs);
    timer.unref();
  });
  try {
    return await Promise.race([recorder.recordExperiment(experiment), late]);
  } catch (error) {
    const status = statusOf(error);
    const message = error instanceof Error ? error.message : String(error);
    options.logger.warn(
      `experiments: ${recorder.vendor} did not record ${experiment.promptPath} (${status ? `HTTP ${status}: ` : ""}${options.redact(firstLine(message))}); no more prompts are sent to it in this review; the review itself is not affected`
    );
    return void 0;
  } finally {
    clearTimeout(timer);
  }
}
function firstLine(text) {
  const line = text.split("\n")[0] ?? "";
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}

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
  let reviewConfig;
  return {
    createTracer(config) {
      reviewConfig = config;
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
    finishEval: (report) => exportRecorded(describeEval(report)),
    recordExperiments: async (report) => {
      if (!reviewConfig || options.trustConfig === false || !wantsExperiments(reviewConfig)) return report;
      const { env, logger, redact } = options;
      try {
        const recorders = await resolveExperimentRecorders(reviewConfig, { env, logger, redact });
        return await recordReviewExperiments(report, recorders, { logger, redact });
      } catch (error) {
        logger.warn(
          `experiments: none recorded (${redact(String(error))}); the review itself is not affected`
        );
        return report;
      }
    }
  };
  async function exportRecorded(root) {
    if (!active) return;
    const { recorder, targets, config } = active;
    active = void 0;
    try {
      const { exportReviewTrace } = await import("./export-trace-5Q6LBL3W.js");
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
