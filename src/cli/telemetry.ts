// The CLI's log and trace for one run: one redactor, so the tracing headers it learns are masked in log lines too.
import { createTracingSession, type TracingSession } from "../adapters/tracing/tracing-session.js";
import { createRedactor, listEnvSecrets } from "../core/redact.js";
import type { Logger } from "../ports.js";
import { createConsoleLogger } from "./logger.js";

export function createCliTelemetry(traceFile: string | undefined): {
  logger: Logger;
  tracing: TracingSession;
} {
  const redact = createRedactor(listEnvSecrets(process.env));
  const logger = createConsoleLogger(undefined, redact);
  const tracing = createTracingSession({
    env: process.env,
    logger,
    redact,
    ...(traceFile ? { traceFile } : {}),
  });
  return { logger, tracing };
}
