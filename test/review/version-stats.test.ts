// Per-version figures: pass rate as the mean of per-case rates, cost per call, latency, tokens and errors.
import { describe, expect, it } from "vitest";
import type { CaseRun, SampleResult } from "../../src/review/execute-plans.js";
import { buildVersionStats, gradedSamples } from "../../src/review/version-stats.js";

function sample(
  pass: boolean,
  options: Partial<SampleResult> & { latencyMs?: number; tokensIn?: number } = {},
) {
  const { latencyMs = 100, tokensIn = 10, ...rest } = options;
  return {
    output: "x",
    pass,
    costUsd: 0.001,
    response: {
      text: "x",
      usage: { inputTokens: tokensIn, outputTokens: 5, cachedInputTokens: 0 },
      latencyMs,
      finishReason: "stop",
    },
    ...rest,
  } as SampleResult;
}

const side = {} as NonNullable<CaseRun["planned"]["base"]>;
const run = (
  base: SampleResult[],
  head: SampleResult[],
  planned: Partial<CaseRun["planned"]> = {},
): CaseRun => ({
  planned: { id: "c", index: 0, vars: {}, gated: true, base: side, head: side, ...planned },
  base,
  head,
});

describe("buildVersionStats", () => {
  it("averages per-case pass rates, so a case with more samples does not weigh more", () => {
    const stats = buildVersionStats(
      [run([], [sample(true), sample(true), sample(true), sample(false)]), run([], [sample(false)])],
      "head",
    );
    expect(stats).toMatchObject({ passRate: 0.375, cases: 2, samples: 5, errors: 0 });
  });

  it("leaves errors out of the pass rate and counts them", () => {
    const stats = buildVersionStats([run([sample(true), sample(false, { error: "timeout" })], [])], "base");
    expect(stats).toMatchObject({ passRate: 1, samples: 1, errors: 1 });
  });

  it("has no cost per call when one answer's price is unknown", () => {
    expect(buildVersionStats([run([sample(true)], [])], "base")?.costPerCallUsd).toBeCloseTo(0.001, 12);
    expect(
      buildVersionStats([run([sample(true), sample(true, { costUsd: null })], [])], "base")?.costPerCallUsd,
    ).toBeNull();
  });

  it("leaves answers without a measured latency or without token counts out of those figures", () => {
    const batch = sample(true, { latencyMs: 0, tokensIn: 10 });
    batch.response!.latencyMissing = true;
    const noUsage = sample(true, { latencyMs: 200, tokensIn: 0 });
    noUsage.response!.usageMissing = true;
    const measured = sample(true, { latencyMs: 200, tokensIn: 30 });
    expect(buildVersionStats([run([measured, batch], [])], "base")?.latencyMs?.p50).toBe(200);
    expect(buildVersionStats([run([measured, noUsage], [])], "base")?.tokens.inputPerCall).toBe(30);
    expect(buildVersionStats([run([batch], [])], "base")?.latencyMs).toBeNull();
  });

  it("is undefined for a side no case has (an added or deleted prompt)", () => {
    expect(buildVersionStats([run([], [sample(true)], { base: undefined })], "base")).toBeUndefined();
  });
});

describe("gradedSamples", () => {
  it("keeps answered and graded samples only", () => {
    const ok = sample(true);
    expect(gradedSamples([ok, sample(false, { error: "401" })])).toEqual([ok]);
  });
});
