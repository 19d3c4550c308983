// Tests of src/render/format.ts.
import { describe, expect, it } from "vitest";
import {
  formatChangePct,
  formatDuration,
  formatInt,
  formatInterval,
  formatMs,
  formatPoints,
  formatRate,
  formatSignedUsd,
  formatSpent,
  formatUsd,
} from "../../src/render/format.js";

describe("money", () => {
  it("shows unknown, never $0, when the price is unknown", () => {
    expect(formatUsd(null)).toBe("unknown");
    expect(formatSignedUsd(null)).toBe("unknown");
    expect(formatChangePct(null)).toBe("unknown");
  });

  it("keeps two significant digits below a dollar and cents above", () => {
    expect(formatUsd(0.00042)).toBe("$0.00042");
    expect(formatUsd(0.0123)).toBe("$0.012");
    expect(formatUsd(0.5)).toBe("$0.50");
    expect(formatUsd(1234.567)).toBe("$1,234.57");
    expect(formatUsd(0)).toBe("$0.00");
    expect(formatSignedUsd(540)).toBe("+$540.00");
    expect(formatSignedUsd(-12.5)).toBe("−$12.50");
  });
});

describe("rates and changes", () => {
  it("formats pass rates, points and intervals", () => {
    expect(formatRate(0.9)).toBe("90%");
    expect(formatRate(0.6667)).toBe("67%");
    expect(formatRate(0.999)).toBe("99.9%");
    expect(formatRate(0.001)).toBe("0.1%");
    expect(formatPoints(-0.2333)).toBe("−23 pts");
    expect(formatPoints(0.004)).toBe("+0.4 pts");
    expect(formatPoints(0)).toBe("±0 pts");
    expect(formatInterval([-0.35, 0.06])).toBe("−35 to +6");
  });

  it("formats percent changes with one decimal, whole percents from 100% up", () => {
    expect(formatChangePct(21.43)).toBe("+21.4%");
    expect(formatChangePct(-3)).toBe("−3.0%");
    expect(formatChangePct(1566.7)).toBe("+1,567%");
  });

  it("formats counts, latency and durations without locale", () => {
    expect(formatInt(1234567)).toBe("1,234,567");
    expect(formatMs(820)).toBe("820 ms");
    expect(formatMs(1_400)).toBe("1,400 ms");
    expect(formatMs(12_345)).toBe("12.3 s");
    expect(formatDuration(9_999)).toBe("9s");
    expect(formatDuration(65_000)).toBe("1m 05s");
    expect(formatDuration(3_720_000)).toBe("1h 02m");
  });
});

describe("formatSpent", () => {
  it("says when some calls had no known price", () => {
    expect(formatSpent(0.04, 0)).toBe("$0.04");
    expect(formatSpent(0.04, 3)).toBe("≥ $0.04 (3 calls at unknown prices)");
  });
});
