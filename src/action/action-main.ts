// Entry of the GitHub Action (bundled to dist/index.js): parse inputs and context once, run the mode, publish outputs,
// fail the step at most once.
import * as core from "@actions/core";
import { listHeaderSecrets, parseOtlpHeaders } from "../core/config/tracing-config.js";
import { createRedactor, listEnvSecrets, listUrlSecrets, type Redactor } from "../core/redact.js";
import { createDeadline, ReviewStopped } from "../pr/review-stop.js";
import type { ActionRun } from "./action-deps.js";
import { describeActionError } from "./action-errors.js";
import { createActionLogger } from "./action-logger.js";
import { readActionContext } from "./context.js";
import { type ActionInputs, parseActionInputs } from "./inputs.js";
import { type ActionOutcome, describeFailingOutcome, publishOutcome } from "./outputs.js";
import { runReviewMode } from "./review-event.js";
import { runRollbackMode } from "./rollback-mode.js";

/** The runner kills a cancelled step a few seconds after its signal: leave once the check is completed. */
const EXIT_AFTER_SIGNAL_MS = 4_000;

/** Never throws: every failure becomes one `core.setFailed` with what to change. */
export async function runAction(): Promise<void> {
  let failure: string | undefined;
  const redact = createRedactor(listEnvSecrets(process.env));
  const logger = createActionLogger(redact);
  const cancel = listenForCancellation(logger);
  try {
    const inputs = parseActionInputs((name) => core.getInput(name));
    maskSecrets(inputs, redact);
    const context = readActionContext();
    const deadline = createDeadline(
      inputs["deadline-minutes"] !== undefined ? { minutes: inputs["deadline-minutes"] } : {},
    );
    const run = { inputs, context, logger, redact, signal: cancel.signal, deadline };
    const outcome =
      inputs.mode === "rollback"
        ? await runRollbackMode(run)
        : inputs.mode === "monitor"
          ? await runMonitor(run)
          : await runReviewMode(run);
    deadline.dispose();
    await publishOutcome(outcome, context.tempDir, redact.content);
    failure = describeFailingOutcome(outcome, inputs["fail-on"]);
  } catch (error) {
    core.debug(redact(error instanceof Error ? (error.stack ?? error.message) : String(error)));
    failure = redact(describeActionError(error));
  } finally {
    cancel.dispose();
  }
  if (failure) core.setFailed(failure);
}

/** Loaded only in `mode: monitor`: the eval pipeline (and the model catalogue) stays off the review's start-up path. */
async function runMonitor(run: ActionRun): Promise<ActionOutcome> {
  const { runMonitorMode } = await import("./monitor-mode.js");
  return runMonitorMode(run);
}

/**
 * Masked before anything can log them, including errors quoting a request: the key, the token, the
 * credentials of the provider URL (user-info and query values) and the environment's secrets (collected when
 * the redactor was made). The redactor covers what the runner cannot.
 */
function maskSecrets(inputs: ActionInputs, redact: Redactor): void {
  redact.add(
    inputs["openai-api-key"],
    inputs["github-token"],
    ...listUrlSecrets(inputs["openai-base-url"]),
    ...listOtlpInputSecrets(inputs["otlp-headers"]),
  );
  for (const secret of redact.secrets()) core.setSecret(secret);
}

/** The whole `otlp-headers` input and each value in it; a malformed one is masked whole (and fails later). */
function listOtlpInputSecrets(text: string | undefined): string[] {
  if (!text) return [];
  try {
    return [text.trim(), ...listHeaderSecrets(parseOtlpHeaders(text, "input otlp-headers"))];
  } catch {
    return [text.trim()];
  }
}

/** SIGINT/SIGTERM (a cancelled workflow) abort the review: the check is completed as `cancelled`, then we exit. */
function listenForCancellation(logger: { warn(message: string): void }) {
  const controller = new AbortController();
  const onSignal = (name: NodeJS.Signals) => {
    // The runner sends SIGINT, then SIGTERM: the first one starts the cancellation, the second changes nothing.
    if (controller.signal.aborted) return;
    logger.warn(`received ${name}: cancelling the review`);
    controller.abort(new ReviewStopped("cancelled", `the workflow run was cancelled (${name})`));
    setTimeout(() => process.exit(1), EXIT_AFTER_SIGNAL_MS).unref();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  return {
    signal: controller.signal,
    dispose() {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    },
  };
}

await runAction();
