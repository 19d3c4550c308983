// Tests of src/core/grading/statistics.ts.
import { describe, expect, it } from "vitest";
import { mean, passRate, sampleVariance } from "../../../src/core/grading/statistics.js";

describe("passRate", () => {
  it("is the share of passing samples, 0 without samples", () => {
    expect(passRate([true, false, true, true])).toBe(0.75);
    expect(passRate([])).toBe(0);
  });
});

describe("mean and sampleVariance", () => {
  it("averages values, 0 without values", () => {
    expect(mean([1, 2, 3, 6])).toBe(3);
    expect(mean([-2, 2])).toBe(0);
    expect(mean([])).toBe(0);
  });

  it("divides the squared deviations by n − 1", () => {
    expect(sampleVariance([1, 2, 3, 6], 3)).toBeCloseTo(14 / 3, 12);
    expect(sampleVariance([5, 5], 5)).toBe(0);
  });
});
