// Tests of src/core/format/percent.ts: rates, exact percents and percent changes.
import { describe, expect, it } from "vitest";
import {
  changePct,
  formatChangePct,
  formatPassRate,
  formatPercent,
  formatRate,
} from "../../../src/core/format/percent.js";

describe("formatRate", () => {
  it("shows whole percents, one decimal where rounding would claim 0% or 100%", () => {
    expect(formatRate(0)).toBe("0%");
    expect(formatRate(0.001)).toBe("0.1%");
    expect(formatRate(0.6667)).toBe("67%");
    expect(formatRate(0.9)).toBe("90%");
    expect(formatRate(0.999)).toBe("99.9%");
    expect(formatRate(1)).toBe("100%");
  });

  it("shows an em dash for a version with nothing graded", () => {
    expect(formatPassRate({ passRate: 0, samples: 0 })).toBe("—");
    expect(formatPassRate({ passRate: 0.5, samples: 4 })).toBe("50%");
  });
});

describe("formatPercent", () => {
  it("keeps one decimal of an exact value, or the digits asked for", () => {
    expect(formatPercent(0)).toBe("0%");
    expect(formatPercent(0.95)).toBe("95%");
    expect(formatPercent(0.975)).toBe("97.5%");
    expect(formatPercent(0.9, 1)).toBe("90.0%");
    expect(formatPercent(-0.25)).toBe("−25%");
    expect(formatPercent(-0.0001)).toBe("0%");
  });
});

describe("changePct", () => {
  it("is the relative change in percent, 0 from 0 to 0, null without a positive base", () => {
    expect(changePct(100, 125)).toBe(25);
    expect(changePct(0, 0)).toBe(0);
    expect(changePct(0, 5)).toBeNull();
    expect(changePct(-1, 5)).toBeNull();
  });
});

describe("formatChangePct", () => {
  it("signs a change with one decimal below 100% and whole percents from there", () => {
    expect(formatChangePct(21.43)).toBe("+21.4%");
    expect(formatChangePct(-3)).toBe("−3.0%");
    expect(formatChangePct(0)).toBe("±0.0%");
    expect(formatChangePct(100)).toBe("+100%");
    expect(formatChangePct(1566.7)).toBe("+1,567%");
  });

  it("says unknown when the change is unknown", () => {
    expect(formatChangePct(null)).toBe("unknown");
    expect(formatChangePct(Number.NaN)).toBe("unknown");
  });
});
