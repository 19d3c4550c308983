// Decorates an engine so every settled call (cache hits and failures included) reaches a tracer.
import type { Tracer } from "../ports.js";
import type { Engine } from "./engine-types.js";

export function traceEngine(engine: Engine, tracer: Tracer, now: () => number = Date.now): Engine {
  return {
    async call(spec) {
      const startMs = now();
      const outcome = await engine.call(spec);
      // A tracer bug must not cost the review its answer.
      try {
        tracer.recordCall({
          ...(spec.tag ? { tag: spec.tag } : {}),
          request: spec.request,
          outcome,
          startMs,
          endMs: now(),
        });
      } catch {}
      return outcome;
    },
    prefetch: (specs) => engine.prefetch?.(specs) ?? Promise.resolve(),
    stats: () => engine.stats(),
    cancel: (reason) => engine.cancel(reason),
  };
}
