// Tests of src/core/statistics.ts.
import { describe, expect, it } from "vitest";
import { createRandom } from "../../src/core/random.js";
import {
  boundHalfWidth,
  type CaseSamples,
  casesToSettle,
  comparePaired,
  passRate,
  studentTQuantile,
} from "../../src/core/statistics.js";

const PASS3 = [true, true, true];
const FAIL3 = [false, false, false];

function cases(pairs: [boolean[], boolean[]][]): CaseSamples[] {
  return pairs.map(([base, head], i) => ({ id: `case-${i}`, base, head }));
}

function repeat<T>(count: number, item: T): T[] {
  return Array.from({ length: count }, () => item);
}

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

describe("comparePaired", () => {
  it("pairs only cases with samples on both sides and reports case-weighted rates", () => {
    const result = comparePaired(
      cases([
        [PASS3, [true, false, false]],
        [
          [true, false],
          [true, true],
        ],
        [[], PASS3],
        [PASS3, []],
      ]),
      { confidence: 0.95 },
    );
    expect(result.n).toBe(2);
    expect(result.basePassRate).toBeCloseTo((1 + 0.5) / 2, 12);
    expect(result.headPassRate).toBeCloseTo((1 / 3 + 1) / 2, 12);
    expect(result.meanDiff).toBeCloseTo(result.headPassRate - result.basePassRate, 12);
    expect(result.repeats).toBeCloseTo(2.5, 12);
  });

  it("is deterministic and independent of the order of the cases", () => {
    const random = createRandom(7);
    const input = Array.from({ length: 25 }, (_, i) => ({
      id: `c${i}`,
      base: repeat(3, 0).map(() => random() < 0.85),
      head: repeat(3, 0).map(() => random() < 0.75),
    }));
    const first = comparePaired(input, { confidence: 0.95 });
    expect(comparePaired(input, { confidence: 0.95 })).toEqual(first);
    const reversed = comparePaired([...input].reverse(), { confidence: 0.95 });
    expect(reversed.ci[0]).toBeCloseTo(first.ci[0], 12);
    expect(reversed.ci[1]).toBeCloseTo(first.ci[1], 12);
    expect(first.ci[0]).toBeLessThan(first.meanDiff);
    expect(first.ci[1]).toBeGreaterThan(first.meanDiff);
  });

  it("gives [0, 0] when every case passes every sample on both sides", () => {
    const result = comparePaired(cases(repeat(30, [PASS3, PASS3])), { confidence: 0.95 });
    expect(result.meanDiff).toBe(0);
    expect(result.ci).toEqual([0, 0]);
  });

  it("gives [−1, 1] for one case and for none", () => {
    expect(comparePaired(cases([[PASS3, FAIL3]]), { confidence: 0.95 }).ci).toEqual([-1, 1]);
    const none = comparePaired([], { confidence: 0.95 });
    expect(none.n).toBe(0);
    expect(none.ci).toEqual([-1, 1]);
  });

  it.each([2, 3, 4])("keeps the interval wide with %i unanimous cases (no false certainty)", (n) => {
    const allPass = comparePaired(cases(repeat(n, [PASS3, PASS3])), { confidence: 0.95 });
    expect(allPass.ci[0]).toBeLessThan(-0.5);
    const allBroke = comparePaired(cases(repeat(n, [PASS3, FAIL3])), { confidence: 0.95 });
    expect(allBroke.meanDiff).toBe(-1);
    expect(allBroke.ci[1]).toBeGreaterThanOrEqual(0);
  });

  it("narrows as cases accumulate", () => {
    const noisy = (n: number) =>
      comparePaired(
        cases(Array.from({ length: n }, (_, i) => [PASS3, i % 4 === 0 ? [true, false, false] : PASS3])),
        {
          confidence: 0.95,
        },
      );
    const width = (n: number) => noisy(n).ci[1] - noisy(n).ci[0];
    expect(width(40)).toBeLessThan(width(20));
    expect(width(20)).toBeLessThan(width(8));
  });

  const runs = 2000;
  const trueDiff = -0.1;
  const coverage = (() => {
    const random = createRandom(11);
    let lowerHolds = 0;
    let upperHolds = 0;
    for (let run = 0; run < runs; run++) {
      const input = Array.from({ length: 40 }, (_, i) => ({
        id: `c${i}`,
        base: repeat(3, 0).map(() => random() < 0.8),
        head: repeat(3, 0).map(() => random() < 0.8 + trueDiff),
      }));
      const { ci } = comparePaired(input, { confidence: 0.95 });
      if (ci[0] <= trueDiff) lowerHolds++;
      if (ci[1] >= trueDiff) upperHolds++;
    }
    return { lower: lowerHolds / runs, upper: upperHolds / runs };
  })();

  it(`each bound holds the true difference at its 95% level (lower ${coverage.lower}, upper ${coverage.upper}, ${runs} runs)`, () => {
    // 0.94: three standard errors of a 2,000-run estimate below 0.95.
    expect(coverage.lower).toBeGreaterThanOrEqual(0.94);
    expect(coverage.upper).toBeGreaterThanOrEqual(0.94);
  });
});

describe("casesToSettle", () => {
  const gate = { margin: 0.05, confidence: 0.95 };
  /** Every base sample passes; on head, every tenth case fails one of three repeats: a small, uncertain drop. */
  const smallDrop = (n: number) =>
    comparePaired(
      cases(Array.from({ length: n }, (_, i) => [PASS3, i % 10 === 0 ? [true, true, false] : PASS3])),
      gate,
    );

  it("names the cases at which the deciding bound would clear its threshold", () => {
    const comparison = smallDrop(20);
    expect(comparison.ci[0]).toBeLessThan(-gate.margin); // inconclusive today
    const sentence = casesToSettle(comparison, gate);
    const match =
      /^About (\d+) cases \(now 20\)(, or about \d+ repeats per case \(now 3\),)? would likely settle it\.$/.exec(
        sentence,
      );
    expect(match, sentence).not.toBeNull();
    const needed = Number(match![1]);
    const distance = comparison.meanDiff + gate.margin;
    // The projection's spread: the observed sd, at least the repeat-to-repeat noise alone.
    const spread = Math.sqrt(Math.max(comparison.sd ** 2, comparison.samplingVariance));
    const half = (n: number) => boundHalfWidth(n, spread, comparison.repeats, gate.confidence);
    expect(half(needed)).toBeLessThanOrEqual(distance);
    expect(half(needed - 1)).toBeGreaterThan(distance);
  });

  it("offers more repeats when repeat-to-repeat noise explains the spread", () => {
    const sentence = casesToSettle(smallDrop(20), gate);
    const repeats = /or about (\d+) repeats per case \(now 3\)/.exec(sentence);
    expect(repeats, sentence).not.toBeNull();
    expect(Number(repeats![1])).toBeGreaterThan(3);
  });

  it("asks for the minimum number of cases when a few cases agree", () => {
    const comparison = comparePaired(cases(repeat(3, [PASS3, PASS3])), gate);
    expect(casesToSettle(comparison, gate)).toBe("About 5 cases (now 3) would likely settle it.");
  });

  it("says no practical number settles a drop sitting at the margin", () => {
    const comparison = { ...smallDrop(20), meanDiff: -0.05 };
    expect(casesToSettle(comparison, gate)).toBe(
      "The observed change sits at the 5-point margin, so no practical number of cases would settle it.",
    );
  });
});
