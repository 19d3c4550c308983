// Tests of src/core/format/money.ts: the one rule for money in every message.
import { describe, expect, it } from "vitest";
import { formatSignedUsd, formatSpent, formatUsd } from "../../../src/core/format/money.js";

describe("formatUsd", () => {
  it("shows unknown, never $0, when the price is unknown", () => {
    expect(formatUsd(null)).toBe("unknown");
    expect(formatUsd(Number.NaN)).toBe("unknown");
    expect(formatSignedUsd(null)).toBe("unknown");
  });

  it("keeps two significant digits below a dollar, dropping zeros past the cents", () => {
    expect(formatUsd(0.00042)).toBe("$0.00042");
    expect(formatUsd(0.000123)).toBe("$0.00012");
    expect(formatUsd(0.0123)).toBe("$0.012");
    expect(formatUsd(0.0001)).toBe("$0.0001");
    expect(formatUsd(0.5)).toBe("$0.50");
  });

  it("shows cents with grouped thousands from a dollar up", () => {
    expect(formatUsd(1.234)).toBe("$1.23");
    expect(formatUsd(1234.567)).toBe("$1,234.57");
    expect(formatUsd(2_500_000)).toBe("$2,500,000.00");
  });

  it("shows zero as $0.00 and negatives with a true minus", () => {
    expect(formatUsd(0)).toBe("$0.00");
    expect(formatUsd(-0.0021)).toBe("−$0.0021");
    expect(formatUsd(-12.5)).toBe("−$12.50");
  });

  it("signs a change of money, ± for none", () => {
    expect(formatSignedUsd(540)).toBe("+$540.00");
    expect(formatSignedUsd(-12.5)).toBe("−$12.50");
    expect(formatSignedUsd(0)).toBe("±$0.00");
  });
});

describe("formatSpent", () => {
  it("says when some calls had no known price", () => {
    expect(formatSpent(0.04)).toBe("$0.04");
    expect(formatSpent(0.04, 1)).toBe("≥ $0.04 (1 call at unknown prices)");
    expect(formatSpent(0.04, 3)).toBe("≥ $0.04 (3 calls at unknown prices)");
    expect(formatSpent(0, 1200)).toBe("≥ $0.00 (1,200 calls at unknown prices)");
  });
});
