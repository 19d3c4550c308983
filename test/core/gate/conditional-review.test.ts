// Tests of src/core/gate/conditional-review.ts: exact fail/pass probabilities of one review given its case sizes,
// and a cell's figures averaged over drawn sizes.
import { describe, expect, it } from "vitest";
import {
  cellFigures,
  conditionalOutcome,
  drawSize,
  splitLaw,
} from "../../../src/core/gate/conditional-review.js";
import { planLooks } from "../../../src/core/gate/looks.js";
import { createRandom } from "../../../src/core/random.js";

const GATE = { falseFailRate: 0.02, margin: 0.05, detect: 0.2, power: 0.95 };
const design = (cases: number) => ({ ...GATE, looks: planLooks(cases) });

describe("splitLaw", () => {
  it("splits a difference law into the law of its size and, per size, the chance the sign is negative", () => {
    expect(splitLaw([0.1, 0.2, 0.4, 0.2, 0.1])).toEqual({ sizeLaw: [0.4, 0.4, 0.2], down: [0.5, 0.5, 0.5] });
    // Only losses of a whole case, only gains of a half: signs are certain.
    const { sizeLaw, down } = splitLaw([0.3, 0, 0.5, 0.2, 0]);
    expect(sizeLaw).toEqual([0.5, 0.2, 0.3]);
    expect(down).toEqual([0.5, 0, 1]);
  });
});

describe("drawSize", () => {
  it("draws by the inverse of the cumulative law", () => {
    const law = [0.5, 0.3, 0.2];
    expect([0, 0.49, 0.5, 0.79, 0.8, 0.999].map((u) => drawSize(law, u))).toEqual([0, 0, 1, 1, 2, 2]);
  });
});

describe("conditionalOutcome", () => {
  it("never fails a change that does nothing more often than the false-fail rate, whatever the sizes", () => {
    const random = createRandom(7);
    for (let trial = 0; trial < 20; trial++) {
      const sizes = Array.from({ length: 60 }, () => Math.floor(random() * 4));
      const figures = conditionalOutcome(design(60), sizes, 3, [0.5, 0.5, 0.5, 0.5]);
      expect(figures.fail).toBeLessThanOrEqual(GATE.falseFailRate + 1e-12);
      expect(figures.fail + figures.pass).toBeLessThanOrEqual(1 + 1e-12);
    }
  });

  it("fails more often as losses become likelier, and never on cases that all agree", () => {
    const sizes = Array.from({ length: 50 }, (_, i) => (i % 2 === 0 ? 1 : 0));
    const fails = [0.5, 0.7, 0.9].map((down) => conditionalOutcome(design(50), sizes, 1, [0.5, down]).fail);
    expect(fails[1]!).toBeGreaterThan(fails[0]!);
    expect(fails[2]!).toBeGreaterThan(fails[1]!);
    expect(fails[2]!).toBeGreaterThan(0.9);
    const agree = conditionalOutcome(design(50), new Array(50).fill(0), 1, [0.5, 0.5]);
    expect(agree.fail).toBe(0);
  });

  it("counts every planned case of a review that runs to its last look", () => {
    const figures = conditionalOutcome({ ...GATE, looks: [20] }, new Array(20).fill(1), 1, [0.5, 0.5]);
    expect(figures.expectedCases).toBeCloseTo(20, 9);
  });
});

describe("cellFigures", () => {
  it("averages the exact figures over drawn sizes; with one possible size every draw is the same", () => {
    // Every case differs by a whole case, losses three times in five.
    const law = [0.6, 0, 0.4];
    const cell = cellFigures(design(30), law, 5, createRandom(1));
    const exact = conditionalOutcome(design(30), new Array(30).fill(1), 1, [0.5, 0.6]);
    expect(cell.fail).toBeCloseTo(exact.fail, 12);
    expect(cell.worstFail).toBeCloseTo(exact.fail, 12);
    expect(cell.failError).toBeCloseTo(0, 9);
    expect(cell.expectedCases).toBeCloseTo(exact.expectedCases, 9);
  });
});
