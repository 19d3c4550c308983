// Per-version figures of one prompt: pass rate, cost per call, latency percentiles, tokens.
import { mean, passRate } from "../core/grading/statistics.js";
import type { VersionStats } from "../core/report/report.js";
import { summarizeLatency } from "../engine/percentiles.js";
import type { CaseRun, SampleResult } from "./execute-plans.js";

/** Samples that were answered and graded; failed calls and judge errors are not evidence either way. */
export function gradedSamples(samples: SampleResult[]): SampleResult[] {
  return samples.filter((s) => s && !s.error);
}

export function buildVersionStats(runs: CaseRun[], side: "base" | "head"): VersionStats | undefined {
  const present = runs.filter((r) => r.planned[side]);
  if (present.length === 0) return undefined;
  const all = present.flatMap((r) => r[side].filter(Boolean));
  const graded = gradedSamples(all);
  const answered = all.filter((s) => s.response);
  const caseRates = present
    .map((r) => gradedSamples(r[side]))
    .filter((samples) => samples.length > 0)
    .map((samples) => passRate(samples.map((s) => s.pass)));
  // Batch answers have no per-call time: left out, so they neither pull the percentiles to 0 nor fake a figure.
  const latencies = answered.filter((s) => !s.response!.latencyMissing).map((s) => s.response!.latencyMs);
  const counted = answered.filter((s) => !s.response!.usageMissing);
  const costs = answered.map((s) => s.costUsd);
  return {
    passRate: mean(caseRates),
    cases: present.length,
    samples: graded.length,
    costPerCallUsd: costs.length === 0 || costs.some((c) => c === null) ? null : mean(costs as number[]),
    latencyMs: latencies.length === 0 ? null : summarizeLatency(latencies),
    tokens: {
      inputPerCall: mean(counted.map((s) => s.response!.usage.inputTokens)),
      outputPerCall: mean(counted.map((s) => s.response!.usage.outputTokens)),
    },
    errors: all.length - graded.length,
  };
}
