// Tests of src/core/statistics.ts.
import { describe, expect, it } from "vitest";
import { isIncreaseSignificant, passRate, studentTQuantile } from "../../src/core/statistics.js";

describe("passRate", () => {
  it("is the share of passing samples, 0 without samples", () => {
    expect(passRate([true, false, true, true])).toBe(0.75);
    expect(passRate([])).toBe(0);
  });
});

describe("studentTQuantile", () => {
  it.each([
    [0.975, 1, 12.706],
    [0.975, 2, 4.303],
    [0.95, 3, 2.353],
    [0.995, 10, 3.169],
    [0.95, 29, 1.699],
    [0.975, 29, 2.045],
    [0.95, 1000, 1.646],
  ])("t(%s, df %s) ≈ %s (printed tables)", (q, df, expected) => {
    expect(studentTQuantile(q, df)).toBeCloseTo(expected, 3);
  });
});

describe("isIncreaseSignificant", () => {
  it("needs the lower bound of the mean per-case rise above zero", () => {
    const steady = Array.from({ length: 20 }, (_, i) => ({ base: 1, head: 1.3 + (i % 2) * 0.01 }));
    const noisy = Array.from({ length: 20 }, (_, i) => ({ base: 1, head: i % 2 === 0 ? 2 : 0.2 }));
    expect(isIncreaseSignificant(steady, 0.95)).toBe(true);
    expect(isIncreaseSignificant(noisy, 0.95)).toBe(false);
    expect(isIncreaseSignificant([], 0.95)).toBe(false);
    expect(isIncreaseSignificant([{ base: 1, head: 2 }], 0.95)).toBe(true);
  });
});
