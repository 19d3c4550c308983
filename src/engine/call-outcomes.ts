// The engine's failed call outcomes, worded once: cancelled, stopped by the budget, unusable answer, given up.
import type { CallOutcome } from "./engine-types.js";
import type { ModelError } from "./model.js";
import { describeFailure } from "./retry-policy.js";

/** The run was cancelled before this call completed. */
export function abortedOutcome(label: string, attempts: number, reason: string): CallOutcome {
  return {
    ok: false,
    kind: "aborted",
    error: `${label}: not completed, the run was cancelled (${reason})`,
    attempts,
  };
}

/** The budget refused the next attempt: the call ends here, counted as never (fully) run. */
export function budgetOutcome(label: string, attempts: number, reason: string): CallOutcome {
  const tries = attempts === 1 ? "1 attempt" : `${attempts} attempts`;
  const when = attempts === 0 ? "not run" : `stopped after ${tries}`;
  return { ok: false, kind: "budget", error: `${label}: ${when}, ${reason}`, attempts };
}

/** The answer never passed the call's validator (a judge's verdict that would not parse). */
export function invalidAnswerOutcome(label: string, problem: string, attempts: number): CallOutcome {
  return { ok: false, kind: "invalid_answer", error: `${label}: ${problem}`, attempts };
}

/** The model's error ended the call: not retryable, or out of retries. */
export function failedOutcome(label: string, error: ModelError, attempts: number): CallOutcome {
  return { ok: false, kind: error.kind, error: describeFailure(label, error, attempts), attempts };
}
