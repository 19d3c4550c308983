// decideAtLook: fail, pass, continue and inconclusive from real evidence, and what each decision reports.

import { describe, expect, it } from "vitest";
import {
  type CaseEvidence,
  decideAtLook,
  planLooks,
  plannedMinDetectableDrop,
  type SequentialDesign,
} from "../../../src/core/gate/sequential.js";

const GATE = { falseFailRate: 0.02, margin: 0.05, detect: 0.2, power: 0.95 };

/** n cases; `down` of them pass on base and fail on head, `up` the reverse, the rest pass on both. */
function evidence(n: number, down: number, up = 0, repeats = 1): CaseEvidence[] {
  return Array.from({ length: n }, (_, i) => ({
    caseId: `case-${i}`,
    base: Array.from({ length: repeats }, () => !(i >= down && i < down + up)),
    head: Array.from({ length: repeats }, () => i >= down),
  }));
}

const design = (n: number): SequentialDesign => ({ ...GATE, looks: planLooks(n) });

describe("decideAtLook", () => {
  it("fails a clear drop beyond the margin, with an exact p-value", () => {
    const decision = decideAtLook(design(30), evidence(30, 10), 0);
    expect(decision.outcome).toBe("fail");
    expect(decision.estimate).toBeCloseTo(-10 / 30, 12);
    expect(decision.pValue).toBeCloseTo(2 ** -10, 12); // all ten differing cases went down
    expect(decision.interval[1]).toBeLessThan(-0.05);
    expect(decision.explanation).toMatch(/dropped by 33 points/);
  });

  it("passes when a 20-point drop is ruled out", () => {
    const decision = decideAtLook(design(30), evidence(30, 0), 0);
    expect(decision.outcome).toBe("pass");
    expect(decision.interval[0]).toBeGreaterThan(-0.2);
    expect(decision.casesNeeded).toBeUndefined();
  });

  it("does not fail a drop that is significant but may be within the margin", () => {
    // 8 of 150 down, none up: exact p = 2^-8, yet the drop (5.3 points) is not shown to exceed 5.
    const decision = decideAtLook(design(150), evidence(150, 8), 6);
    expect(decision.pValue).toBeLessThan(0.005);
    expect(decision.outcome).toBe("pass");
  });

  it("continues before the last look and is inconclusive at it, saying how many cases would settle it", () => {
    const unclear = evidence(60, 5, 1);
    expect(decideAtLook(design(60), unclear, 0).outcome).toBe("continue");
    const last = decideAtLook({ ...GATE, looks: [12] }, evidence(12, 2, 1), 0);
    expect(last.outcome).toBe("inconclusive");
    expect(last.casesNeeded).toBeGreaterThan(0);
    expect(last.minDetectableDrop).toBeGreaterThan(0.2);
    expect(last.explanation).toMatch(/can detect a drop of ≥ \d+ points/);
  });

  it("says when the eval set is too small to detect any drop", () => {
    const tiny = decideAtLook({ ...GATE, looks: [3] }, evidence(3, 1), 0);
    expect(tiny.outcome).toBe("inconclusive");
    expect(tiny.minDetectableDrop).toBe(1);
    expect(tiny.explanation).toMatch(/too small to detect any drop with 95% power \(about \d+ more cases/);
  });

  it("never passes a handful of agreeing cases: the interval is never zero-width", () => {
    for (const n of [1, 2, 5, 10]) {
      const decision = decideAtLook({ ...GATE, looks: [n] }, evidence(n, 0), 0);
      expect(decision.outcome, `${n} cases`).toBe("inconclusive");
      expect(decision.interval[0]).toBeLessThan(decision.interval[1]);
    }
  });

  it("treats identical repeats (temperature 0) like one answer: repeats add no cases", () => {
    const one = decideAtLook(design(30), evidence(30, 7, 1, 1), 0);
    const three = decideAtLook(design(30), evidence(30, 7, 1, 3), 0);
    expect(three).toEqual(one);
  });

  it("uses only the cases of the look and skips cases missing a side", () => {
    const cases = [...evidence(30, 0), { caseId: "added", base: [], head: [true] }, ...evidence(40, 40)];
    const decision = decideAtLook({ ...GATE, looks: [31, 71] }, cases, 0);
    expect(decision.cases).toBe(30);
  });

  it("names the look that does not exist", () => {
    expect(() => decideAtLook(design(30), evidence(30, 0), 1)).toThrow(
      /look 1 is not one of the 1 planned looks/,
    );
  });
});

describe("plannedMinDetectableDrop", () => {
  it("shrinks as the eval set grows, and 150 cases can see 20 points at the planning spread", () => {
    const drops = [10, 30, 60, 150].map((n) => plannedMinDetectableDrop(n, GATE));
    for (let i = 1; i < drops.length; i++) expect(drops[i]!).toBeLessThan(drops[i - 1]!);
    expect(drops[3]!).toBeLessThan(0.22);
    expect(drops[0]!).toBeGreaterThan(0.5);
  });
});
