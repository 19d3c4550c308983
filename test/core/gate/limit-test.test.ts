// Cost and latency against their limits: fail only when the rise is shown to exceed the limit.

import { describe, expect, it } from "vitest";
import { decideAgainstLimit, type PairedMeasure } from "../../../src/core/gate/limit-test.js";
import { createRandom } from "../../../src/core/random.js";

/** Cases whose base cost varies 3× between cases; head costs `rise` more on average, with ±noise per case. */
function measures(cases: number, rise: number, noise: number, random: () => number): PairedMeasure[] {
  return Array.from({ length: cases }, () => {
    const base = 0.001 * (0.5 + random());
    return { base, head: base * (1 + rise) * (1 + noise * (2 * random() - 1)) };
  });
}

function failRate(rise: number, cases: number, seed: number): number {
  const random = createRandom(seed);
  let fails = 0;
  const reviews = 4000;
  for (let i = 0; i < reviews; i++)
    if (decideAgainstLimit(measures(cases, rise, 0.3, random), 0.25, 0.02).outcome === "fail") fails++;
  return fails / reviews;
}

describe("decideAgainstLimit", () => {
  it("reports the rise of the mean per call and fails one clearly above the limit", () => {
    const decision = decideAgainstLimit(
      [
        { base: 1, head: 2 },
        { base: 2, head: 4 },
        { base: 1, head: 2.1 },
        { base: 2, head: 3.8 },
        { base: 1, head: 1.9 },
      ],
      0.25,
      0.02,
    );
    expect(decision.rise).toBeCloseTo(13.8 / 7 - 1, 12);
    expect(decision.outcome).toBe("fail");
    expect(decision.riseLowerBound).toBeGreaterThan(0.25);
    expect(decision.explanation).toMatch(
      /Mean cost per call \+97\.1% \(at least \+\d+\.\d%\), above the 25% limit/,
    );
  });

  it("fails a true +20% rise inside a 25% limit at most 2% of the time", () => {
    expect(failRate(0.2, 30, 1)).toBeLessThanOrEqual(0.02);
    expect(failRate(0.25, 30, 2)).toBeLessThanOrEqual(0.03); // at the limit: about the error rate
  });

  it("catches a true +50% rise", () => {
    expect(failRate(0.5, 30, 3)).toBeGreaterThan(0.95);
  });

  it("does not decide from fewer than two cases or a zero base", () => {
    expect(decideAgainstLimit([{ base: 1, head: 5 }], 0.25, 0.02, "latency").outcome).toBe("inconclusive");
    expect(
      decideAgainstLimit(
        [
          { base: 0, head: 1 },
          { base: 0, head: 1 },
        ],
        0.25,
        0.02,
      ).outcome,
    ).toBe("inconclusive");
  });
});
