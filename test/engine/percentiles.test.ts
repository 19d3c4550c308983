// Tests of src/engine/percentiles.ts.
import { describe, expect, it } from "vitest";
import { percentile, summarizeLatency } from "../../src/engine/percentiles.js";

describe("percentile (linear interpolation between closest ranks)", () => {
  it("interpolates between the two middle values for an even count", () => {
    expect(percentile([4, 1, 3, 2], 50)).toBe(2.5);
  });

  it("matches NumPy's default method on 1..20", () => {
    const values = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(percentile(values, 95)).toBeCloseTo(19.05, 10);
    expect(percentile(values, 0)).toBe(1);
    expect(percentile(values, 100)).toBe(20);
  });

  it("returns the only value, null for none, and ignores non-finite values", () => {
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 50)).toBeNull();
    expect(percentile([Number.NaN, 10, Number.POSITIVE_INFINITY, 20], 50)).toBe(15);
  });

  it("does not reorder the caller's array and rejects p outside 0..100", () => {
    const values = [3, 1, 2];
    percentile(values, 50);
    expect(values).toEqual([3, 1, 2]);
    expect(() => percentile(values, 101)).toThrow(RangeError);
  });

  it("summarizes p50 and p95 together", () => {
    expect(summarizeLatency([100, 200, 300, 400, 500])).toEqual({ p50: 300, p95: 480 });
    expect(summarizeLatency([])).toEqual({ p50: 0, p95: 0 });
  });
});
