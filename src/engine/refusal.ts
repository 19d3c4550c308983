// Refusal detection: a failure that means every later call would fail the same way, so none should be sent.
import type { ModelError } from "./model.js";
import { describeFailure } from "./retry-policy.js";

/** Rejected requests (400/404/422) with no success yet after which the provider is taken to reject them all. */
export const MAX_BAD_REQUESTS_BEFORE_SUCCESS = 5;

export interface RefusalDetector {
  /** A call was answered: the provider accepts requests like ours. */
  recordSuccess(): void;
  /**
   * A call given up on: the provider's refusal in one line (for `stats.refusedBy`) when this failure means
   * every later call fails too, else undefined.
   */
  recordFailure(error: ModelError, attempts: number): string | undefined;
}

export function createRefusalDetector(): RefusalDetector {
  let successes = 0;
  let badRequests = 0;
  return {
    recordSuccess() {
      successes += 1;
    },
    recordFailure(error, attempts) {
      // A refused key or an empty account fails every later call the same way: stop sending them. So does
      // a request the provider rejects before anything ever succeeded (an unknown model, a bad parameter).
      if (error.kind === "bad_request") badRequests += 1;
      const refused = error.kind === "auth" || error.kind === "quota";
      const neverWorks = badRequests >= MAX_BAD_REQUESTS_BEFORE_SUCCESS && successes === 0;
      if (!refused && !neverWorks) return undefined;
      return describeFailure("provider", error, attempts).replace(/^provider: /, "");
    },
  };
}
