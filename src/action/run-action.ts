// The Action's edge: parse inputs and context once, run the mode, publish outputs, fail the step at most once.
import * as core from "@actions/core";
import { readActionContext } from "./context.js";
import { describeActionError } from "./errors.js";
import { parseActionInputs } from "./inputs.js";
import { createActionLogger } from "./logger.js";
import { describeFailingOutcome, publishOutcome } from "./outputs.js";
import { runReviewMode } from "./review-event.js";
import { runRollbackMode } from "./rollback-mode.js";

/** Never throws: every failure becomes one `core.setFailed` with what to change. */
export async function runAction(): Promise<void> {
  let failure: string | undefined;
  try {
    const inputs = parseActionInputs((name) => core.getInput(name));
    // Masked before anything can log it, including errors quoting a request.
    if (inputs["openai-api-key"]) core.setSecret(inputs["openai-api-key"]);
    const context = readActionContext();
    const run = { inputs, context, logger: createActionLogger() };
    const outcome = inputs.mode === "rollback" ? await runRollbackMode(run) : await runReviewMode(run);
    await publishOutcome(outcome, context.tempDir);
    failure = describeFailingOutcome(outcome, inputs["fail-on"]);
  } catch (error) {
    core.debug(error instanceof Error ? (error.stack ?? error.message) : String(error));
    failure = describeActionError(error);
  }
  if (failure) core.setFailed(failure);
}
