// A Model whose calls stop once the review stops (superseded, cancelled, out of time): no more spending on a
// result nobody will see, and no call outlives the review's deadline.
import { type Model, ModelError } from "./model.js";

/** Calls made after `signal` aborts fail at once as `aborted` (not retried); calls in flight are aborted. */
export function withReviewSignal(model: Model, signal: AbortSignal): Model {
  const reason = () => {
    const why: unknown = signal.reason;
    const text =
      why instanceof Error && why.name !== "AbortError" ? why.message : "the review was superseded";
    return new ModelError("aborted", text);
  };
  return {
    endpoint: model.endpoint,
    complete(request, callSignal) {
      if (signal.aborted) return Promise.reject(reason());
      const stop = new AbortController();
      const onAbort = () => stop.abort(reason());
      const onCall = () => stop.abort(callSignal.reason);
      signal.addEventListener("abort", onAbort, { once: true });
      if (callSignal.aborted) onCall();
      else callSignal.addEventListener("abort", onCall, { once: true });
      return model.complete(request, stop.signal).finally(() => {
        signal.removeEventListener("abort", onAbort);
        callSignal.removeEventListener("abort", onCall);
      });
    },
  };
}
