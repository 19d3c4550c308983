// The Action's logger: the runner's info/warning/debug log lines through @actions/core, secrets redacted.
import * as core from "@actions/core";
import type { Logger } from "../ports.js";

/** `redact` runs on every line: the runner masks what `core.setSecret` named, but not what it never saw. */
export function createActionLogger(redact: (text: string) => string = (text) => text): Logger {
  return {
    info: (message) => core.info(redact(message)),
    warn: (message) => core.warning(redact(message)),
    debug: (message) => core.debug(redact(message)),
  };
}
