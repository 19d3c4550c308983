// The exact operating figures of the gate for −1/0/+1 differences, and the law of a drop on a share of cases.

import { describe, expect, it } from "vitest";
import { dropLaw, exactReview } from "../../../src/core/gate/exact-review.js";
import { planLooks } from "../../../src/core/gate/looks.js";
import type { RuleDesign } from "../../../src/core/gate/rule.js";

const gate = { falseFailRate: 0.02, margin: 0.05, detect: 0.2, power: 0.95 };
const design = (cases: number): RuleDesign => ({ ...gate, looks: planLooks(cases) });

describe("dropLaw", () => {
  it("puts the drop on cases that break outright, over the chance differences both ways", () => {
    // 10% of cases break (a 8.5-point drop at an 85% base pass rate); the rest differ by chance 20% of the time.
    const law = dropLaw(0.2, 0.85, 0.085)!;
    expect(law.up).toBeCloseTo(0.9 * 0.1, 12);
    expect(law.down).toBeCloseTo(0.9 * 0.1 + 0.085, 12);
    expect(law.down - law.up).toBeCloseTo(0.085, 12);
  });

  it("is symmetric with no drop, and undefined for a drop larger than the base pass rate", () => {
    expect(dropLaw(0.2, 0.85, 0)).toEqual({ down: 0.1, up: 0.1 });
    expect(dropLaw(0.2, 0.5, 0.6)).toBeUndefined();
    expect(dropLaw(0.2, 0, 0)).toEqual({ down: 0.1, up: 0.1 });
  });
});

describe("exactReview", () => {
  it("gives probabilities that add up to 1 and an expected case count within the plan", () => {
    const plan = design(90);
    const figures = exactReview(plan, dropLaw(0.2, 0.85, 0.1)!);
    expect(figures.fail + figures.pass + figures.inconclusive).toBeCloseTo(1, 8);
    expect(figures.expectedCases).toBeGreaterThanOrEqual(30);
    expect(figures.expectedCases).toBeLessThanOrEqual(90);
  });

  it("keeps a change that does nothing under the false-fail rate, and catches a large drop", () => {
    const plan = design(150);
    expect(exactReview(plan, dropLaw(0.2, 0.85, 0)!).fail).toBeLessThanOrEqual(gate.falseFailRate);
    expect(exactReview(plan, dropLaw(0.2, 0.85, 0.3)!).fail).toBeGreaterThan(0.95);
  });

  it("passes a change that does nothing, on identical answers, at the first look that can rule out the detect drop", () => {
    const figures = exactReview(design(150), { down: 0, up: 0 });
    expect(figures.pass).toBeCloseTo(1, 12);
    expect(figures.expectedCases).toBe(30);
  });

  it("fails more often the larger the drop", () => {
    const plan = design(70);
    const fails = [0.05, 0.1, 0.2, 0.3].map((drop) => exactReview(plan, dropLaw(0.2, 0.85, drop)!).fail);
    expect([...fails].sort((a, b) => a - b)).toEqual(fails);
  });
});
