// The Action's logger: the runner's info/warning/debug log lines through @actions/core.
import * as core from "@actions/core";
import type { Logger } from "../ports.js";

export function createActionLogger(): Logger {
  return {
    info: (message) => core.info(message),
    warn: (message) => core.warning(message),
    debug: (message) => core.debug(message),
  };
}
