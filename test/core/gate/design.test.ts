// Tests of src/core/gate/design.ts: the looks from config and budget, the dry-run figure, the shown pass rates.
import { describe, expect, it } from "vitest";
import { budgetSchema, gateSchema } from "../../../src/core/config/config-schema.js";
import {
  buildDesign,
  casesWithinBudget,
  planDetectableDrop,
  summarizePassRates,
} from "../../../src/core/gate/design.js";

const gate = gateSchema.parse({});

describe("buildDesign", () => {
  it("looks at 30, 50, … up to every row, and stops sooner under gate.maxCases or the budget", () => {
    expect(buildDesign(gate, 150).looks).toEqual([30, 50, 70, 90, 110, 130, 150]);
    expect(buildDesign(gate, 24).looks).toEqual([24]);
    expect(buildDesign({ ...gate, maxCases: 60 }, 150).looks.at(-1)).toBe(60);
    expect(buildDesign(gate, 150, 45).looks.at(-1)).toBe(45);
    expect(buildDesign(gate, 150)).toMatchObject({
      falseFailRate: 0.02,
      margin: 0.05,
      detect: 0.2,
      power: 0.95,
    });
  });
});

describe("casesWithinBudget", () => {
  it("splits the call and dollar limits evenly between the prompts of a review", () => {
    const budget = budgetSchema.parse({ maxCalls: 1000, maxCostUsd: 1 });
    expect(casesWithinBudget(budget, { calls: 2, usd: 0.001 }, 2)).toBe(250);
    expect(casesWithinBudget(budget, { calls: 2, usd: 0.01 }, 1)).toBe(100);
    expect(casesWithinBudget(budget, { calls: 2, usd: null }, 1)).toBe(500);
    expect(casesWithinBudget({ maxCalls: null, maxCostUsd: null }, { calls: 2, usd: 1 }, 1)).toBeNull();
  });
});

describe("planDetectableDrop", () => {
  it("shrinks as the eval set grows, and a small eval set cannot see a drop of gate.detect", () => {
    const drops = [10, 30, 60, 150].map((n) => planDetectableDrop(gate, n)!);
    expect([...drops].sort((a, b) => b - a)).toEqual(drops);
    expect(drops[0]!).toBeGreaterThan(0.2);
    expect(planDetectableDrop(gate, 0)).toBeNull();
    expect(planDetectableDrop({ ...gate, maxCases: 10 }, 150)).toBe(drops[0]);
  });
});

describe("summarizePassRates", () => {
  it("weighs each case the same and shows an interval, not a point, when all cases agree", () => {
    const agree = Array.from({ length: 10 }, (_, i) => ({ caseId: `c${i}`, base: [true], head: [true] }));
    const summary = summarizePassRates(agree, 0.95);
    expect(summary).toMatchObject({ n: 10, basePassRate: 1, headPassRate: 1, meanDiff: 0 });
    expect(summary.ci[0]).toBeLessThan(0);
    expect(summary.ci[1]).toBeGreaterThan(0);
    const mixed = [
      { caseId: "a", base: [true, true], head: [false, true] },
      { caseId: "b", base: [true], head: [] },
    ];
    expect(summarizePassRates(mixed, 0.95)).toMatchObject({ n: 1, meanDiff: -0.5 });
  });
});
