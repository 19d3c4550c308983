// `cost` and `latency` evaluators: they grade what a sample's call measured, not what the model said.
import { formatUsd } from "../format/money.js";
import { formatMs } from "../format/time.js";
import type { EvaluatorSpec } from "../prompt-file/prompt-spec.js";

export type MeasuredEvaluator = Extract<EvaluatorSpec, { kind: "cost" } | { kind: "latency" }>;

/** What one sample's call measured: its list-price cost and its wall time, each null when unknown. */
export interface SampleMeasurement {
  costUsd: number | null;
  /** Null for a Batch API answer: the provider ran it on its own schedule, with no per-call time. */
  latencyMs: number | null;
}

/** Grades a measurement against its limit; an unknown cost is an error, never a pass (nor $0). */
export function evaluateMeasured(
  evaluator: MeasuredEvaluator,
  measured: SampleMeasurement | undefined,
): { pass: boolean; reason: string; error?: string } {
  if (evaluator.kind === "latency") {
    if (!measured || measured.latencyMs === null)
      return { pass: false, reason: "latency — not measured", error: "the call's latency is unknown" };
    const ms = Math.round(measured.latencyMs);
    return {
      pass: ms <= evaluator.maxMs,
      reason: `latency ${formatMs(ms)}, at most ${formatMs(evaluator.maxMs)}`,
    };
  }
  const cost = measured?.costUsd;
  if (cost === null || cost === undefined) {
    const error = "the sample's cost is unknown (no price for its model, or no usage in the answer)";
    return { pass: false, reason: "cost — unknown", error };
  }
  return {
    pass: cost <= evaluator.maxUsd,
    reason: `cost ${formatUsd(cost)}, at most ${formatUsd(evaluator.maxUsd)}`,
  };
}
