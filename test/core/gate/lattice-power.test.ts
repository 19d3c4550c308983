// The power model for repeats that disagree: its drop law, its accuracy against many drawn sizes, and agreement of the figures built on it.
import { describe, expect, it } from "vitest";
import { cellFigures } from "../../../src/core/gate/conditional-review.js";
import { latticeDropLaw, latticePower, type RepeatSummary } from "../../../src/core/gate/lattice-power.js";
import {
  additionalCasesNeeded,
  minDetectableDrop,
  PLANNING_BASE_PASS_RATE,
  PLANNING_SECOND_MOMENT,
  type PowerModel,
} from "../../../src/core/gate/power.js";
import {
  type CaseEvidence,
  decideAtLook,
  planLooks,
  plannedMinDetectableDrop,
} from "../../../src/core/gate/sequential.js";
import { createRandom } from "../../../src/core/random.js";

const GATE = { falseFailRate: 0.02, margin: 0.05, detect: 0.2, power: 0.95 };
/** Three answers per side, most cases easy, some flaky: 30% of cases differ by chance, by a third to all of it. */
const SUMMARY: RepeatSummary = {
  sizeShares: [0.7, 0.2, 0.07, 0.03],
  basePassShares: [0.05, 0.05, 0.15, 0.75],
};

describe("latticeDropLaw", () => {
  it("is a law whose mean is exactly the drop, symmetric with no drop, and undefined past the base pass rate", () => {
    for (const drop of [0, 0.1, 0.3, 0.8]) {
      const law = latticeDropLaw(SUMMARY, drop)!;
      expect(law.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 12);
      expect(law.reduce((s, p, i) => s + (p * (i - 3)) / 3, 0)).toBeCloseTo(-drop, 12);
    }
    const none = latticeDropLaw(SUMMARY, 0)!;
    expect(none).toEqual([...none].reverse());
    expect(latticeDropLaw(SUMMARY, 0.9)).toBeUndefined();
    expect(() => latticeDropLaw({ sizeShares: [1, 0], basePassShares: [0.5, 0.25, 0.25] }, 0.1)).toThrow(
      /1\/1 but base pass shares on 1\/2/,
    );
  });
});

describe("latticePower", () => {
  const design = { ...GATE, looks: planLooks(60) };

  it("fails a no-op at most 2% of the time and rises with the drop", () => {
    const powers = [0, 0.1, 0.2, 0.3].map((drop) => latticePower(design, SUMMARY, drop));
    expect(powers[0]).toBeLessThanOrEqual(0.02);
    for (let i = 1; i < powers.length; i++) expect(powers[i]).toBeGreaterThan(powers[i - 1]!);
    expect(powers[3]).toBeGreaterThan(0.9);
  });

  it("matches the average over 1,000 freely drawn sets of sizes within a point", () => {
    for (const drop of [0.15, 0.25]) {
      const law = latticeDropLaw(SUMMARY, drop)!;
      const many = cellFigures(design, law, 1000, createRandom(7)).fail;
      expect(Math.abs(latticePower(design, SUMMARY, drop) - many)).toBeLessThanOrEqual(0.01);
    }
  });
});

describe("the power figures agree", () => {
  const withRepeats = (cases: number): PowerModel => ({
    ...GATE,
    looks: planLooks(cases),
    unit: 3,
    secondMoment: 0.12,
    basePassRate: 0.85,
    repeats: SUMMARY,
  });
  const planning = (cases: number): PowerModel => ({
    ...GATE,
    looks: planLooks(cases),
    unit: 1,
    secondMoment: PLANNING_SECOND_MOMENT,
    basePassRate: PLANNING_BASE_PASS_RATE,
  });

  it("asks for no more cases exactly when the smallest detectable drop is within gate.detect", () => {
    for (const model of [withRepeats(30), withRepeats(150), planning(30), planning(150)]) {
      const cases = model.looks[model.looks.length - 1]!;
      const needed = additionalCasesNeeded(model, cases);
      expect(needed === 0, `${cases} cases, unit ${model.unit}`).toBe(
        minDetectableDrop(model) <= GATE.detect,
      );
      if (needed > 0) {
        const grown = { ...model, looks: planLooks(cases + needed) };
        expect(minDetectableDrop(grown), `${cases} + ${needed} cases`).toBeLessThanOrEqual(GATE.detect);
      }
    }
  });

  it("gives the dry run the figure a review with the planning spread reports", () => {
    expect(plannedMinDetectableDrop(60, GATE)).toBe(minDetectableDrop(planning(60)));
  });
});

describe("decideAtLook with repeats that disagree", () => {
  /** `count` cases answering base and head with these passes (three repeats a side). */
  const cases = (count: number, base: boolean[], head: boolean[]): CaseEvidence[] =>
    Array.from({ length: count }, (_, i) => ({ caseId: `${base}-${head}-${i}`, base, head }));
  const [yes, no] = [true, false];
  const evidence = [
    ...cases(30, [yes, yes, yes], [yes, yes, yes]),
    ...cases(10, [yes, yes, yes], [yes, yes, no]),
    ...cases(5, [yes, no, no], [yes, yes, no]),
    ...cases(5, [no, no, no], [yes, yes, no]),
  ];

  it("reports the smallest detectable drop of the per-case summaries it saw", () => {
    const design = { ...GATE, looks: [50] };
    const decision = decideAtLook(design, evidence, 0);
    // Sizes 0, ⅓, ⅔: 30, 15 and 5 cases; base passes 0, ⅓, 1: 5, 5 and 40 cases. Mean square 35/450 and
    // base pass rate 0.83, rounded up on their grids.
    const seen: PowerModel = {
      ...design,
      unit: 3,
      secondMoment: 0.08,
      basePassRate: 0.85,
      repeats: { sizeShares: [0.6, 0.3, 0.1, 0], basePassShares: [0.1, 0.1, 0, 0.8] },
    };
    expect(decision.minDetectableDrop).toBeCloseTo(minDetectableDrop(seen), 2);
    // Treated as one answer per case with the same mean square, the figure would promise less.
    const { repeats: _, ...asOneAnswer } = seen;
    expect(decision.minDetectableDrop).toBeLessThan(minDetectableDrop(asOneAnswer) - 0.01);
  });
});
