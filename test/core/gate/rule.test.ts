// The gate's rule at one look: fail only on a significant drop beyond the margin, pass once the detect drop is
// ruled out, otherwise undecided; and each look's share of the error budgets.

import { describe, expect, it } from "vitest";
import { applyRule, budgetSlices, type RuleDesign } from "../../../src/core/gate/rule.js";

const design: RuleDesign = {
  looks: [30, 50, 100],
  falseFailRate: 0.02,
  margin: 0.05,
  detect: 0.2,
  power: 0.95,
};
const beta = budgetSlices(design).beta.at(-1)!;

/** Statistics of n one-answer cases, `drops` of which went from pass to fail (difference −1), the rest unchanged. */
function stats(n: number, drops: number, critical: number) {
  return { n, unit: 1, sum: -drops, sumSquares: drops, critical };
}

describe("applyRule", () => {
  it("fails a significant drop whose upper bound is below the margin", () => {
    const result = applyRule(design, beta, stats(100, 30, -10));
    expect(result).toMatchObject({ outcome: "fail", significant: true, mean: -0.3 });
    expect(result.upper).toBeLessThan(-design.margin);
  });

  it("counts a sum exactly on the exact boundary as significant", () => {
    expect(applyRule(design, beta, stats(100, 30, -30)).significant).toBe(true);
    expect(applyRule(design, beta, stats(100, 29, -30)).significant).toBe(false);
  });

  it("does not fail a drop the exact test does not find significant, however large", () => {
    const result = applyRule(design, beta, stats(100, 30, -Infinity));
    expect(result.significant).toBe(false);
    expect(result.outcome).toBe("undecided");
  });

  it("does not fail a significant drop that may still be within the margin", () => {
    // 4 of 100 cases dropped: significant by the given boundary, but the upper bound is above −5 points.
    const result = applyRule(design, beta, stats(100, 4, -3));
    expect(result.significant).toBe(true);
    expect(result.upper).toBeGreaterThan(-design.margin);
    expect(result.outcome).not.toBe("fail");
  });

  it("passes once the lower bound rules out the detect drop, and not before", () => {
    const many = applyRule(design, beta, stats(100, 0, -10));
    expect(many.outcome).toBe("pass");
    expect(many.lower).toBeGreaterThan(-design.detect);
    const few = applyRule(design, beta, stats(5, 0, -Infinity));
    expect(few.outcome).toBe("undecided");
    expect(few.lower).toBeLessThanOrEqual(-design.detect);
  });

  it("reads differences on a lattice: sums count steps of 1/unit", () => {
    // Two answers a side: a case that lost one of two passes moved by −1/2 = one step of 1/2.
    const result = applyRule(design, beta, { n: 10, unit: 2, sum: -4, sumSquares: 4, critical: -Infinity });
    expect(result.mean).toBeCloseTo(-0.2, 12);
  });
});

describe("budgetSlices", () => {
  it("splits the false-fail budget and the pass budget over the looks", () => {
    const { alpha, beta: slices } = budgetSlices(design);
    expect(alpha).toHaveLength(3);
    expect(slices).toHaveLength(3);
    expect(alpha.reduce((a, b) => a + b, 0)).toBeCloseTo(design.falseFailRate, 12);
    expect(slices.reduce((a, b) => a + b, 0)).toBeCloseTo(0.8 * (1 - design.power), 12);
  });
});
