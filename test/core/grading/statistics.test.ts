// Tests of src/core/grading/statistics.ts.
import { describe, expect, it } from "vitest";
import { passRate } from "../../../src/core/grading/statistics.js";

describe("passRate", () => {
  it("is the share of passing samples, 0 without samples", () => {
    expect(passRate([true, false, true, true])).toBe(0.75);
    expect(passRate([])).toBe(0);
  });
});
