// Error spending: each look's slices of the fail and pass budgets, and the normal and t quantiles.

import { describe, expect, it } from "vitest";
import { planLooks } from "../../../src/core/gate/looks.js";
import {
  failSlices,
  normalCdf,
  normalQuantile,
  PASS_BUDGET_SHARE,
  passSlices,
  studentQuantile,
} from "../../../src/core/gate/spending.js";

describe("spending", () => {
  it("gives each look a slice and the slices add up to the budget", () => {
    const looks = planLooks(150);
    const alpha = failSlices(looks, 0.02);
    expect(alpha.reduce((a, b) => a + b, 0)).toBeCloseTo(0.02, 12);
    expect(alpha.every((a) => a > 0)).toBe(true);
    expect(alpha[0]).toBeCloseTo(0.02 * 0.2 ** 2, 12); // α·t² at t = 30/150
    expect(passSlices(looks, 0.95).reduce((a, b) => a + b, 0)).toBeCloseTo(PASS_BUDGET_SHARE * 0.05, 12);
  });

  it("has quantiles that match published tables", () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
    expect(normalQuantile(0.02)).toBeCloseTo(-2.053749, 5);
    expect(normalCdf(1.644854)).toBeCloseTo(0.95, 6);
    expect(studentQuantile(0.975, 1)).toBeCloseTo(12.7062, 3);
    expect(studentQuantile(0.95, 2)).toBeCloseTo(2.91999, 4);
    expect(studentQuantile(0.98, 3)).toBeCloseTo(3.4819, 1);
    expect(studentQuantile(0.95, 9)).toBeCloseTo(1.8331, 3);
    expect(studentQuantile(0.975, 29)).toBeCloseTo(2.0452, 3);
  });
});
