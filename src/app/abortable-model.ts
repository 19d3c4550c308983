// A Model whose calls stop once the review is superseded: no more spending on a result nobody will see.
import { type Model, ModelError } from "../engine/model.js";

/** Calls made after `signal` aborts fail at once as `aborted` (not retried); calls in flight are aborted. */
export function withReviewSignal(model: Model, signal: AbortSignal): Model {
  const reason = () => new ModelError("aborted", "the review was superseded by a newer one");
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
