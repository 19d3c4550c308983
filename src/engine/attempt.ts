// One model call with its timeout: the model gets a signal that aborts on timeout or cancel; we stop waiting either way.
import { type ChatRequest, type ChatResponse, type Model, ModelError } from "./model.js";

export interface Attempter {
  /** One HTTP attempt, no retry. Throws the model's error, or a `ModelError` of kind timeout or aborted. */
  attempt(request: ChatRequest): Promise<ChatResponse>;
  /** Aborts every attempt in flight with `reason` (their promises reject with kind `aborted`). */
  abortAll(reason: string): void;
}

/** `timeoutMs` ≤ 0, Infinity or past 2^31−1 ms means no timeout. */
export function createAttempter(model: Model, timeoutMs: number): Attempter {
  // setTimeout treats Infinity and anything past 2^31−1 ms as 1 ms; those mean "no timeout".
  const hasTimeout = timeoutMs > 0 && timeoutMs <= 2 ** 31 - 1;
  /** Aborters of the attempts in flight. A Set: O(1) add/delete, nothing kept after. */
  const inFlight = new Set<(reason: string) => void>();

  async function attempt(request: ChatRequest): Promise<ChatResponse> {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let onCancel: ((reason: string) => void) | undefined;
    // A per-attempt guard rather than one shared "cancelled" promise: racing a long-lived promise would
    // pile a reaction on it per call and grow memory with the number of calls.
    const guard = new Promise<never>((_, reject) => {
      onCancel = (reason) => {
        controller.abort(new ModelError("aborted", reason));
        reject(new ModelError("aborted", reason));
      };
      if (!hasTimeout) return;
      timer = setTimeout(() => {
        const error = new ModelError("timeout", `no answer within ${timeoutMs} ms`);
        controller.abort(error);
        reject(error);
      }, timeoutMs);
    });
    inFlight.add(onCancel!);
    try {
      return await Promise.race([model.complete(request, controller.signal), guard]);
    } catch (thrown) {
      // The adapter may report our own timeout as an abort; what matters is why the signal fired.
      if (controller.signal.aborted && controller.signal.reason instanceof ModelError)
        throw controller.signal.reason;
      throw thrown;
    } finally {
      clearTimeout(timer);
      inFlight.delete(onCancel!);
    }
  }

  return {
    attempt,
    abortAll(reason) {
      for (const abortAttempt of [...inFlight]) abortAttempt(reason);
    },
  };
}
