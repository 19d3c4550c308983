// The engine's one cancel switch: a signal every wait listens to, and the reason given when it was thrown.
import { setMaxListeners } from "node:events";
import { ModelError } from "./model.js";

export interface Cancellation {
  readonly signal: AbortSignal;
  /** Why the run was cancelled; empty until it is. */
  readonly reason: string;
  /** Aborts the signal once; false when it was already cancelled (a second reason is ignored). */
  cancel(reason: string): boolean;
}

export function createCancellation(): Cancellation {
  const controller = new AbortController();
  // Retries sleeping on the signal can outnumber Node's default of 10 listeners; that is not a leak.
  setMaxListeners(0, controller.signal);
  let reason = "";
  return {
    signal: controller.signal,
    get reason() {
      return reason;
    },
    cancel(why) {
      if (controller.signal.aborted) return false;
      reason = why;
      controller.abort(new ModelError("aborted", why));
      return true;
    },
  };
}
