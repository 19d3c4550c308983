// The calibration's two methods agree with reviews simulated case by case through decideAtLook itself.

import { describe, expect, it } from "vitest";
import { cellFigures } from "../../../src/core/gate/conditional-review.js";
import { exactReview } from "../../../src/core/gate/exact-review.js";
import { planLooks } from "../../../src/core/gate/sequential.js";
import { createRandom } from "../../../src/core/random.js";
import { GATE } from "./support/calibration-cells.js";
import { caseTypes, differenceLaw, TYPICAL_MIX } from "./support/case-mix.js";
import { simulateReview } from "./support/simulate-review.js";

const REVIEWS = 800;

function simulatedFailRate(
  cases: number,
  repeats: number,
  answers: "independent" | "correlated",
  seed: number,
) {
  const design = { ...GATE, looks: planLooks(cases) };
  const types = caseTypes(TYPICAL_MIX, { kind: "few", drop: 0.2 });
  const random = createRandom(seed);
  let fails = 0;
  let asked = 0;
  for (let i = 0; i < REVIEWS; i++) {
    const review = simulateReview(design, types, repeats, answers, random);
    if (review.outcome === "fail") fails++;
    asked += review.cases;
  }
  return { fail: fails / REVIEWS, expectedCases: asked / REVIEWS };
}

/** Four standard errors of a rate near p over REVIEWS reviews. */
const tolerance = (p: number) => 4 * Math.sqrt((p * (1 - p)) / REVIEWS);

describe("calibration methods", () => {
  it("the power model's dynamic programming (boundaries of the proportional history) matches simulated one-answer reviews (60 cases, 20-point drop)", () => {
    const design = { ...GATE, looks: planLooks(60) };
    const law = differenceLaw(caseTypes(TYPICAL_MIX, { kind: "few", drop: 0.2 }), 1, "independent");
    const exact = exactReview(design, { down: law[0]!, up: law[2]! });
    const simulated = simulatedFailRate(60, 1, "independent", 5);
    expect(Math.abs(simulated.fail - exact.fail)).toBeLessThan(tolerance(exact.fail));
    expect(Math.abs(simulated.expectedCases - exact.expectedCases)).toBeLessThan(2);
  }, 60_000);

  it("exact-given-sizes averaging matches simulated correlated-repeat reviews (60 cases, 20-point drop)", () => {
    const design = { ...GATE, looks: planLooks(60) };
    const law = differenceLaw(caseTypes(TYPICAL_MIX, { kind: "few", drop: 0.2 }), 3, "correlated");
    const averaged = cellFigures(design, law, 1000, createRandom(6));
    const simulated = simulatedFailRate(60, 3, "correlated", 7);
    expect(Math.abs(simulated.fail - averaged.fail)).toBeLessThan(
      tolerance(averaged.fail) + 3 * averaged.failError,
    );
    expect(Math.abs(simulated.expectedCases - averaged.expectedCases)).toBeLessThan(2);
  }, 60_000);
});
