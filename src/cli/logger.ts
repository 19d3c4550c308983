// The CLI's logger: information and warnings on stderr, so stdout stays the summary.
import type { Logger } from "../ports.js";

export function createConsoleLogger(verbose = process.env.PROMPTGATE_DEBUG !== undefined): Logger {
  return {
    info: (message) => process.stderr.write(`${message}\n`),
    warn: (message) => process.stderr.write(`warning: ${message}\n`),
    debug: (message) => {
      if (verbose) process.stderr.write(`debug: ${message}\n`);
    },
  };
}
