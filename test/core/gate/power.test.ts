// Tests of src/core/gate/power.ts: the power of the sequential gate, the smallest detectable drop and the cases
// still needed — exact up to 200 cases, a normal approximation above, and the three figures agreeing.
import { describe, expect, it } from "vitest";
import { planLooks } from "../../../src/core/gate/looks.js";
import {
  additionalCasesNeeded,
  EXACT_POWER_MAX_CASES,
  MAX_CASES_SEARCHED,
  minDetectableDrop,
  PLANNING_BASE_PASS_RATE,
  PLANNING_SECOND_MOMENT,
  type PowerModel,
  powerAt,
} from "../../../src/core/gate/power.js";

const GATE = { falseFailRate: 0.02, margin: 0.05, detect: 0.2, power: 0.95 };

function model(cases: number, overrides: Partial<PowerModel> = {}): PowerModel {
  return {
    ...GATE,
    looks: planLooks(cases),
    unit: 1,
    secondMoment: PLANNING_SECOND_MOMENT,
    basePassRate: PLANNING_BASE_PASS_RATE,
    ...overrides,
  };
}

describe("powerAt", () => {
  it("fails a change that does nothing at most at the false-fail rate, exact and approximated", () => {
    for (const cases of [30, 150, EXACT_POWER_MAX_CASES + 100]) {
      expect(powerAt(model(cases), 0)).toBeLessThanOrEqual(GATE.falseFailRate);
    }
  });

  it("rises with the drop and with the number of cases", () => {
    for (const cases of [60, 150, 400]) {
      const curve = [0, 0.05, 0.1, 0.2, 0.3].map((drop) => powerAt(model(cases), drop));
      for (let i = 1; i < curve.length; i++) expect(curve[i]!).toBeGreaterThanOrEqual(curve[i - 1]!);
      expect(curve.at(-1)!).toBeGreaterThan(0.9);
    }
    expect(powerAt(model(150), 0.15)).toBeGreaterThan(powerAt(model(60), 0.15));
  });

  it("is zero for a drop larger than the base pass rate can lose", () => {
    expect(powerAt(model(150, { basePassRate: 0.3 }), 0.5)).toBe(0);
  });
});

describe("minDetectableDrop", () => {
  it("is the smallest drop caught with the design's power, to within a fifth of a point", () => {
    const m = model(150);
    const drop = minDetectableDrop(m);
    expect(powerAt(m, drop)).toBeGreaterThanOrEqual(GATE.power);
    expect(powerAt(m, drop - 0.003)).toBeLessThan(GATE.power);
  });

  it("is 1 when no possible drop is caught that often", () => {
    expect(minDetectableDrop(model(5))).toBe(1);
    expect(minDetectableDrop({ ...model(150), looks: [] })).toBe(1);
  });

  it("shrinks as the eval set grows", () => {
    const drops = [30, 60, 150].map((cases) => minDetectableDrop(model(cases)));
    expect(drops[0]!).toBeGreaterThan(drops[1]!);
    expect(drops[1]!).toBeGreaterThan(drops[2]!);
  });
});

describe("additionalCasesNeeded", () => {
  it("asks for nothing when the eval set already detects gate.detect, and for enough cases otherwise", () => {
    expect(minDetectableDrop(model(150))).toBeLessThanOrEqual(GATE.detect);
    expect(additionalCasesNeeded(model(150), 150)).toBe(0);

    const m = model(30);
    expect(minDetectableDrop(m)).toBeGreaterThan(GATE.detect);
    const more = additionalCasesNeeded(m, 30);
    expect(more % 10).toBe(0);
    expect(powerAt(model(30 + more), GATE.detect)).toBeGreaterThanOrEqual(GATE.power);
    // A step of ten fewer would not do: the answer is the smallest on its grid.
    expect(powerAt(model(30 + more - 10), GATE.detect)).toBeLessThan(GATE.power);
  });

  it("answers 'more than the search covers' when even the largest set is not enough", () => {
    const hopeless = { ...model(30), detect: 0.001 };
    expect(additionalCasesNeeded(hopeless, 30)).toBe(MAX_CASES_SEARCHED - 30);
  });
});
