// Error spending, the normal and t quantiles, the bounds' floors and the planned looks.

import { describe, expect, it } from "vitest";
import {
  concentratedDropVariance,
  latticeMinVariance,
  oneSidedBound,
} from "../../../src/core/gate/bounds.js";
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

describe("bounds", () => {
  it("never collapse to zero width, even when every case moved by the same amount", () => {
    const allEqual = { mean: 0, variance: 0 };
    const lower = oneSidedBound("lower", allEqual, 5, 0.95, concentratedDropVariance(0.2));
    // Five agreeing cases cannot rule out a 20-point drop that sits on cases not drawn yet.
    expect(lower).toBeLessThan(-0.2);
    expect(oneSidedBound("upper", allEqual, 5, 0.8, latticeMinVariance(0.05, 3))).toBeGreaterThan(0);
  });

  it("floor the spread at the least a drop can have on its lattice", () => {
    expect(latticeMinVariance(0.2, 1)).toBeCloseTo(0.16, 12);
    expect(latticeMinVariance(0.2, 3)).toBeCloseTo(0.2 * (1 / 3 - 0.2), 12);
    expect(latticeMinVariance(1 / 3, 3)).toBeCloseTo(1 / 36, 12); // on a lattice point: a quarter step²
    expect(concentratedDropVariance(0.2)).toBeCloseTo(0.16, 12);
  });
});

describe("planLooks", () => {
  it("looks at 30, 50, 70, … and always at the cap", () => {
    expect(planLooks(10)).toEqual([10]);
    expect(planLooks(30)).toEqual([30]);
    expect(planLooks(55)).toEqual([30, 55]);
    expect(planLooks(60)).toEqual([30, 50, 60]);
    expect(planLooks(150)).toEqual([30, 50, 70, 90, 110, 130, 150]);
    expect(planLooks(400, 100)).toEqual([30, 50, 70, 90, 100]);
    expect(planLooks(95)).toEqual([30, 50, 70, 95]);
    expect(planLooks(0)).toEqual([]);
  });
});
