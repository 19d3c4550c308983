// What each invariant evaluator did per gated case: broken answers per side and on head's re-asks.
import { describe, expect, it } from "vitest";
import type { CaseRun, SampleResult } from "../../src/review/execute-plans.js";
import { observeInvariants } from "../../src/review/invariant-checks.js";

/** A sample graded by `no-pii` (an invariant) and `tone` (not one). */
function sample(piiPass: boolean, error?: string): SampleResult {
  return {
    output: "x",
    pass: piiPass,
    costUsd: 0,
    ...(error ? { error } : {}),
    grade: {
      pass: piiPass,
      results: [
        { evaluator: "no-pii", invariant: true, pass: piiPass, reason: "" },
        { evaluator: "tone", invariant: false, pass: false, reason: "" },
      ],
    },
  };
}

function run(id: string, base: SampleResult[], head: SampleResult[], extra: Partial<CaseRun> = {}): CaseRun {
  return { planned: { id, index: 0, vars: {}, gated: true }, base, head, ...extra };
}

describe("observeInvariants", () => {
  it("counts broken answers per side for each invariant evaluator, not for the others", () => {
    expect(
      observeInvariants([run("a", [sample(true), sample(true)], [sample(false), sample(true)])]),
    ).toEqual([
      { evaluator: "no-pii", caseId: "a", baseBroken: 0, baseAnswers: 2, headBroken: 1, headAnswers: 2 },
    ]);
  });

  it("adds the re-asks of head when there are some", () => {
    const observed = observeInvariants([
      run("a", [sample(true)], [sample(false)], { reasks: [sample(false), sample(true)] }),
    ]);
    expect(observed[0]).toMatchObject({ reasked: 2, reaskedBroken: 1 });
  });

  it("skips ungated cases, cases with no graded answer on a side, and errored samples", () => {
    const ungated = run("b", [sample(true)], [sample(false)]);
    ungated.planned.gated = false;
    const headErrored = run("c", [sample(true)], [sample(false, "timeout")]);
    const partly = run("d", [sample(true), sample(false, "timeout")], [sample(false)]);
    expect(observeInvariants([ungated, headErrored, partly])).toEqual([
      { evaluator: "no-pii", caseId: "d", baseBroken: 0, baseAnswers: 1, headBroken: 1, headAnswers: 1 },
    ]);
  });
});
