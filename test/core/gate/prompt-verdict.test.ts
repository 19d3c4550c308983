// Tests of src/core/gate/prompt-verdict.ts.
import { describe, expect, it } from "vitest";
import { type GateConfig, gateSchema } from "../../../src/core/config/config-schema.js";
import { classifyCase } from "../../../src/core/diff/case-change.js";
import { decideAgainstLimit } from "../../../src/core/gate/limit-test.js";
import { decideVerdict, type VerdictInput } from "../../../src/core/gate/prompt-verdict.js";
import type { CaseEvidence } from "../../../src/core/gate/sequential.js";
import { decideLooks } from "./support/decide-looks.js";

/** n cases whose per-call means are `base` and `head`, head alternating ± spread around its mean. */
function measures(n: number, base: number, head: number, spread = 0) {
  return Array.from({ length: n }, (_, i) => ({ base, head: head + (i % 2 === 0 ? spread : -spread) }));
}

const gate: GateConfig = gateSchema.parse({});
const PASS = [true];

/** n cases; base always passes, `headFor(i)` gives case i's head samples. */
function casesOf(n: number, headFor: (i: number) => boolean[]): CaseEvidence[] {
  return Array.from({ length: n }, (_, i) => ({ caseId: `case-${i}`, base: PASS, head: headFor(i) }));
}

function input(cases: CaseEvidence[], overrides: Partial<VerdictInput> = {}): VerdictInput {
  return {
    change: "modified",
    gate,
    ...(cases.length > 0 ? { passRate: decideLooks(gate, cases) } : {}),
    invariantBreaks: [],
    costPerCallUsd: { base: 0.0001, head: 0.0001 },
    incomplete: false,
    casesEvaluated: cases.length,
    ...overrides,
  };
}

const unchanged = casesOf(30, () => PASS);
const broken = casesOf(30, (i) => (i % 3 === 0 ? [false] : PASS)); // 10 of 30 cases stop passing

describe("decideVerdict: the pass-rate rule joins the other findings", () => {
  it("fails a significant drop beyond the margin and passes an unchanged prompt", () => {
    expect(decideVerdict(input(broken)).verdict).toBe("fail");
    expect(decideVerdict(input(unchanged)).verdict).toBe("pass");
  });
});

describe("decideVerdict: invariants, cost and latency", () => {
  it("fails on an invariant break whatever the statistics say", () => {
    const decision = decideVerdict(
      input(unchanged, {
        invariantBreaks: [
          { caseId: "c12abcdef0123456789", evaluator: "no-pii" },
          { caseId: "case-2", evaluator: "json" },
          { caseId: "case-3", evaluator: "json" },
        ],
      }),
    );
    expect(decision.verdict).toBe("fail");
    expect(decision.reasons.slice(0, 2)).toEqual([
      "Invariant evaluator `no-pii` failed on c12abcde… (passed on every base sample, and the break reproduced).",
      "Invariant evaluator `json` failed on case-2, case-3 (each passed on every base sample, and the break reproduced).",
    ]);
  });

  it("fails a cost rise above the limit and puts it before what passed", () => {
    const decision = decideVerdict(input(unchanged, { costPerCallUsd: { base: 0.00012, head: 0.0002 } }));
    expect(decision.verdict).toBe("fail");
    expect(decision.reasons[0]).toBe("Mean cost per call +66.7% ($0.00012 → $0.0002), above the 25% limit.");
    expect(decision.reasons[1]).toMatch(/^Pass rate unchanged/);
  });

  it("lets a cost rise within the limit, or any rise when the limit is null, pass", () => {
    expect(decideVerdict(input(unchanged, { costPerCallUsd: { base: 0.001, head: 0.00125 } })).verdict).toBe(
      "pass",
    );
    const reportOnly = { ...gate, maxCostIncrease: null };
    expect(
      decideVerdict(input(unchanged, { gate: reportOnly, costPerCallUsd: { base: 0.001, head: 0.01 } }))
        .verdict,
    ).toBe("pass");
  });

  it("never trips the cost gate on an unknown price, and says the cost is unknown", () => {
    const decision = decideVerdict(input(unchanged, { costPerCallUsd: { base: 0.0001, head: null } }));
    expect(decision.verdict).toBe("pass");
    expect(decision.reasons).toContain(
      "Cost per call is unknown on head (no price for the model), so the 25% limit was not checked.",
    );
    const neither = decideVerdict(input(unchanged, { costPerCallUsd: { base: null, head: null } }));
    expect(neither.verdict).toBe("pass");
    expect(neither.reasons.join(" ")).toContain("unknown on both versions");
  });

  it("fails a mean latency rise the data show above a set limit, ignores it when the limit is null", () => {
    const latencyGate = { ...gate, maxLatencyIncrease: 0.25 };
    const slower = { latencyLimit: decideAgainstLimit(measures(30, 800, 1120), 0.25, 0.02, "latency") };
    const decision = decideVerdict(input(unchanged, { gate: latencyGate, ...slower }));
    expect(decision.verdict).toBe("fail");
    expect(decision.reasons[0]).toMatch(
      /^Mean latency per call \+40\.0%, at least \+\d+\.\d%: above the 25% limit\.$/,
    );
    expect(decideVerdict(input(unchanged, slower)).verdict).toBe("pass");
    const unmeasured = decideVerdict(input(unchanged, { gate: latencyGate }));
    expect(unmeasured.verdict).toBe("pass");
    expect(unmeasured.reasons.join(" ")).toContain("could not be compared on two or more cases");
  });
});

describe("decideVerdict: added, deleted and incomplete", () => {
  const added = (headPassRate: number, overrides: Partial<VerdictInput> = {}) =>
    input([], { change: "added", passRate: undefined, headPassRate, casesEvaluated: 12, ...overrides });

  it("holds an added prompt to the minimum pass rate", () => {
    expect(decideVerdict(added(0.7))).toEqual({
      verdict: "fail",
      reasons: ["Pass rate 70.0% over 12 cases is below the 80.0% minimum for a new prompt."],
    });
    expect(decideVerdict(added(0.85)).verdict).toBe("pass");
  });

  it("is inconclusive for an added prompt with nothing graded", () => {
    expect(decideVerdict(added(0, { casesEvaluated: 0 })).verdict).toBe("inconclusive");
  });

  it("passes a deleted prompt", () => {
    expect(decideVerdict(input([], { change: "deleted", passRate: undefined })).verdict).toBe("pass");
  });

  it("never passes an incomplete review", () => {
    for (const incomplete of [input(unchanged, { incomplete: true }), added(0.95, { incomplete: true })]) {
      const decision = decideVerdict(incomplete);
      expect(decision.verdict).toBe("inconclusive");
      expect(decision.reasons.at(-1)).toBe(
        "The review is incomplete (some samples are missing), so it cannot pass.",
      );
      expect(decision.toSettle).toBe("A complete run (enough budget, no failed calls) would settle it.");
    }
  });

  it("keeps a failure found on the samples an incomplete review has", () => {
    const decision = decideVerdict(input(broken, { incomplete: true }));
    expect(decision.verdict).toBe("fail");
    expect(decision.reasons.at(-1)).toMatch(/^The review is incomplete .* the failure above stands/);
  });
});

describe("classifyCase", () => {
  const P = true;
  const F = false;
  it.each([
    [[P, P, P], [P, P, P], "unchanged"],
    [[F, F, F], [F, F, F], "unchanged"],
    [[P, F, P], [F, P, P], "flaky"],
    [[P, P, P], [P, F, F], "regressed"],
    [[P, P, P], [F, F, F], "regressed"],
    [[P, P, F], [F, F, F], "regressed"],
    [[P], [F], "regressed"],
    [[P, P], [P, F], "regressed"],
    [[F, F, F], [P, P, F], "improved"],
    [[F], [P], "improved"],
    [[P, P, P], [P, P, F], "flaky"],
    [[P, P, F], [P, F, F], "flaky"],
    [[F, F, F], [F, F, P], "flaky"],
    [[], [P, P, P], "unchanged"],
    [[P, P, P], [], "unchanged"],
  ])("%j → %j is %s", (base, head, expected) => {
    expect(classifyCase(base, head)).toBe(expected);
  });
});

describe("decideVerdict: cost and latency against their limits", () => {
  const same = casesOf(30, () => PASS);
  const cost = (base: number, head: number, spread = 0) =>
    decideAgainstLimit(measures(30, base, head, spread), 0.25, 0.02, "cost");

  it("fails a cost rise the data show is above the limit", () => {
    const decision = decideVerdict(
      input(same, { costPerCallUsd: { base: 0.0001, head: 0.0002 }, costLimit: cost(0.0001, 0.0002) }),
    );
    expect(decision.verdict).toBe("fail");
    expect(decision.reasons[0]).toMatch(/^Mean cost per call \+100% \(\$0\.0001 → \$0\.0002\), at least/);
  });

  it("calls a rise above the limit that the data do not show inconclusive, never a failure", () => {
    const noisy = cost(0.0001, 0.00013, 0.00008);
    expect(noisy.outcome).toBe("within");
    const decision = decideVerdict(
      input(same, { costPerCallUsd: { base: 0.0001, head: 0.00013 }, costLimit: noisy }),
    );
    expect(decision.verdict).toBe("inconclusive");
    expect(decision.reasons.join(" ")).toMatch(/not shown to exceed it/);
  });

  it("passes a true rise inside the limit", () => {
    const decision = decideVerdict(
      input(same, { costPerCallUsd: { base: 0.0001, head: 0.00012 }, costLimit: cost(0.0001, 0.00012) }),
    );
    expect(decision.verdict).toBe("pass");
  });
});

describe("decideVerdict: cost the provider did not report", () => {
  it("is inconclusive and says why, instead of blaming the price table", () => {
    const decision = decideVerdict(
      input(
        casesOf(30, () => PASS),
        {
          costPerCallUsd: { base: 0.0001, head: null },
          costUnknownReason: "the provider sent no token counts (usage) with some answers",
        },
      ),
    );
    expect(decision.verdict).toBe("inconclusive");
    expect(decision.reasons.join(" ")).toMatch(/sent no token counts/);
  });
});
