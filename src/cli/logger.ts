// The CLI's logger: information and warnings on stderr, so stdout stays the summary; secrets redacted.
import { createRedactor, listEnvSecrets } from "../core/redact.js";
import type { Logger } from "../ports.js";

export function createConsoleLogger(
  verbose = process.env.PROMPTGATE_DEBUG !== undefined,
  redact: (text: string) => string = createRedactor(listEnvSecrets(process.env)),
): Logger {
  return {
    info: (message) => process.stderr.write(`${redact(message)}\n`),
    warn: (message) => process.stderr.write(`warning: ${redact(message)}\n`),
    debug: (message) => {
      if (verbose) process.stderr.write(`debug: ${redact(message)}\n`);
    },
  };
}
