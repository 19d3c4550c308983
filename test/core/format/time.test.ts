// Tests of src/core/format/time.ts: latency and elapsed time.
import { describe, expect, it } from "vitest";
import { formatDuration, formatMs } from "../../../src/core/format/time.js";

describe("formatMs", () => {
  it("shows milliseconds below ten seconds and seconds from there", () => {
    expect(formatMs(0)).toBe("0 ms");
    expect(formatMs(820)).toBe("820 ms");
    expect(formatMs(1_400)).toBe("1,400 ms");
    expect(formatMs(9_999)).toBe("9,999 ms");
    expect(formatMs(12_345)).toBe("12.3 s");
    expect(formatMs(600_000)).toBe("600.0 s");
  });

  it("says unknown, never 0 ms, when nothing was measured", () => {
    expect(formatMs(null)).toBe("unknown");
    expect(formatMs(undefined)).toBe("unknown");
    expect(formatMs(Number.POSITIVE_INFINITY)).toBe("unknown");
  });
});

describe("formatDuration", () => {
  it("shows elapsed wall time in seconds, minutes and hours, never negative", () => {
    expect(formatDuration(-5)).toBe("0s");
    expect(formatDuration(9_999)).toBe("9s");
    expect(formatDuration(65_000)).toBe("1m 05s");
    expect(formatDuration(3_720_000)).toBe("1h 02m");
  });
});
