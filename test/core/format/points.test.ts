// Tests of src/core/format/points.ts: rate differences in points, intervals and p-values.
import { describe, expect, it } from "vitest";
import {
  formatExactPoints,
  formatInterval,
  formatPoints,
  formatPValue,
  formatSignedExactPoints,
} from "../../../src/core/format/points.js";

describe("points in tables", () => {
  it("shows whole signed points, one decimal below one point, ±0 for none", () => {
    expect(formatPoints(-0.2333)).toBe("−23 pts");
    expect(formatPoints(0.004)).toBe("+0.4 pts");
    expect(formatPoints(0)).toBe("±0 pts");
    expect(formatPoints(1)).toBe("+100 pts");
    expect(formatInterval([-0.35, 0.06])).toBe("−35 to +6");
  });
});

describe("exact points in gate reasons", () => {
  it("keeps one decimal of a margin or a bound", () => {
    expect(formatExactPoints(0.05)).toBe("5");
    expect(formatExactPoints(0.025)).toBe("2.5");
    expect(formatExactPoints(0)).toBe("0");
    expect(formatSignedExactPoints(-0.351)).toBe("−35.1");
    expect(formatSignedExactPoints(0.038)).toBe("+3.8");
    expect(formatSignedExactPoints(0)).toBe("0.0");
  });
});

describe("formatPValue", () => {
  it("shows three decimals and a floor below 0.001", () => {
    expect(formatPValue(0.0123)).toBe("p = 0.012");
    expect(formatPValue(1)).toBe("p = 1.000");
    expect(formatPValue(0.001)).toBe("p = 0.001");
    expect(formatPValue(0.0004)).toBe("p < 0.001");
    expect(formatPValue(0)).toBe("p < 0.001");
  });
});
