// The bounds' floors: a one-sided bound never collapses to zero width, and the spread is floored per lattice.

import { describe, expect, it } from "vitest";
import {
  concentratedDropVariance,
  latticeMinVariance,
  oneSidedBound,
} from "../../../src/core/gate/bounds.js";

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

describe("oneSidedBound", () => {
  it("is fully open with no case and clamped to [-1, 1] otherwise", () => {
    const stats = { mean: -0.5, variance: 0.25 };
    expect(oneSidedBound("lower", stats, 0, 0.95, 0)).toBe(-1);
    expect(oneSidedBound("upper", stats, 0, 0.95, 0)).toBe(1);
    expect(oneSidedBound("lower", stats, 2, 0.99, 0)).toBe(-1);
    expect(oneSidedBound("upper", { mean: 0.9, variance: 0.25 }, 2, 0.99, 0)).toBe(1);
  });

  it("uses the observed spread when it is above the floor, and narrows as cases add up", () => {
    const stats = { mean: 0, variance: 0.25 };
    const wide = oneSidedBound("upper", stats, 10, 0.95, 0.01);
    const narrow = oneSidedBound("upper", stats, 100, 0.95, 0.01);
    expect(narrow).toBeGreaterThan(0);
    expect(narrow).toBeLessThan(wide);
    // mean + t(0.95, 99)·0.5/√100
    expect(narrow).toBeCloseTo((1.6604 * 0.5) / 10, 3);
  });
});
