// Hands each graded sample to the tracer: its pass and every evaluator's result, for the sample's call span.
import type { CallTag } from "../engine/engine-types.js";
import type { Tracer } from "../ports.js";
import type { SampleResult } from "./execute-plans.js";

export function traceSample(tracer: Tracer): (tag: CallTag, result: SampleResult) => void {
  return (tag, result) =>
    tracer.recordSample({
      tag,
      pass: result.pass,
      evaluators: (result.grade?.results ?? []).map((r) => ({
        name: r.evaluator,
        pass: r.pass,
        invariant: r.invariant,
        reason: r.reason,
        ...(r.error ? { error: r.error } : {}),
      })),
      ...(result.error ? { error: result.error } : {}),
    });
}
