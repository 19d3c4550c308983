// The calibration grid of the gate: case mixes × answer models × eval-set sizes, each cell's figures exact or Rao–Blackwellised.

import { cellFigures } from "../../../../src/core/gate/conditional-review.js";
import { exactReview } from "../../../../src/core/gate/exact-review.js";
import { minDetectableDrop } from "../../../../src/core/gate/power.js";
import { planLooks, type SequentialDesign } from "../../../../src/core/gate/sequential.js";
import { createRandom } from "../../../../src/core/random.js";
import {
  type Answers,
  type CaseMix,
  type Change,
  caseTypes,
  differenceLaw,
  meanPass,
  passCountLaw,
} from "./case-mix.js";

export const GATE = { falseFailRate: 0.02, margin: 0.05, detect: 0.2, power: 0.95 };

export interface AnswerModel {
  label: string;
  repeats: number;
  answers: Answers;
}

export const ANSWER_MODELS: AnswerModel[] = [
  { label: "1 answer", repeats: 1, answers: "independent" },
  { label: "3 identical (temperature 0)", repeats: 3, answers: "identical" },
  { label: "3 independent", repeats: 3, answers: "independent" },
  { label: "3 correlated (ρ 0.5)", repeats: 3, answers: "correlated" },
];

export interface Figures {
  fail: number;
  pass: number;
  expectedCases: number;
  /** Largest fail probability given one draw of case sizes (exact cells: the fail rate itself). */
  worstFail: number;
  exact: boolean;
}

/** Size sequences drawn per Rao–Blackwellised cell: each gives an exact conditional probability. */
export const DRAWS = 1000;

/**
 * A cell's figures: exact dynamic programming when differences are −1, 0, 1 and there is one look;
 * otherwise averaged over drawn sizes (a sequential boundary depends on the sizes' history, which
 * the exact state does not keep).
 */
export function figures(
  model: AnswerModel,
  mix: CaseMix,
  change: Change,
  cases: number,
  seed: number,
): Figures {
  const design: SequentialDesign = { ...GATE, looks: planLooks(cases) };
  const law = differenceLaw(caseTypes(mix, change), model.repeats, model.answers);
  const r = model.repeats;
  const onlyWhole = law.every((p, i) => p === 0 || i === 0 || i === r || i === 2 * r);
  if (onlyWhole && design.looks.length === 1) {
    const result = exactReview(design, { down: law[0]!, up: law[2 * r]! });
    return { ...result, worstFail: result.fail, exact: true };
  }
  const result = cellFigures(design, law, DRAWS, createRandom(seed));
  return { ...result, exact: false };
}

/**
 * What the gate reports as the smallest detectable drop for this cell, from the summaries decideAtLook
 * takes from the cases (expected values here): the mean square of the differences and the base pass
 * rate, and with repeats that disagree the shares of each size of difference and base pass fraction.
 */
export function reportedMinDetectableDrop(model: AnswerModel, mix: CaseMix, cases: number): number {
  const law = differenceLaw(caseTypes(mix, { kind: "none" }), model.repeats, model.answers);
  const r = model.repeats;
  const onlyWhole = law.every((p, i) => p === 0 || i === 0 || i === r || i === 2 * r);
  const secondMoment = law.reduce((s, p, i) => s + p * ((i - r) / r) ** 2, 0);
  const basePassShares = new Array<number>(r + 1).fill(0);
  for (const part of mix)
    passCountLaw(part.p, r, model.answers).forEach((p, j) => {
      basePassShares[j]! += part.weight * p;
    });
  const sizeShares = law.slice(r).map((p, m) => (m === 0 ? p : p + law[r - m]!));
  return minDetectableDrop({
    ...GATE,
    looks: planLooks(cases),
    unit: onlyWhole ? 1 : r,
    secondMoment: Math.ceil(secondMoment * 200 - 1e-9) / 200,
    basePassRate: Math.ceil(meanPass(mix) * 20 - 1e-9) / 20,
    ...(onlyWhole ? {} : { repeats: { sizeShares, basePassShares } }),
  });
}

/**
 * The worst no-op false-fail rate over every mix, for differences of −1, 0, 1: the law is
 * up = down = π/2 for some π. Exact over π = 1%…100% with one look; with several, each π in steps
 * of 5% averaged over drawn histories, with the largest rate given one history.
 */
export function worstSingleAnswerNoOp(cases: number): {
  fail: number;
  worstGivenSizes: number;
  differing: number;
} {
  const design: SequentialDesign = { ...GATE, looks: planLooks(cases) };
  const exact = design.looks.length === 1;
  let worst = { fail: 0, worstGivenSizes: 0, differing: 0 };
  for (let i = exact ? 1 : 5; i <= 100; i += exact ? 1 : 5) {
    const differing = i / 100;
    const found = exact
      ? { fail: exactReview(design, { down: differing / 2, up: differing / 2 }).fail, worstFail: 0 }
      : cellFigures(design, [differing / 2, 1 - differing, differing / 2], HISTORY_DRAWS, createRandom(i));
    const worstGivenSizes = exact ? found.fail : found.worstFail;
    if (found.fail > worst.fail) worst = { ...worst, fail: found.fail, differing };
    worst.worstGivenSizes = Math.max(worst.worstGivenSizes, worstGivenSizes);
  }
  return worst;
}

/** Histories drawn per share of differing cases in the sequential worst-case search. */
const HISTORY_DRAWS = 200;

/** The worst single-p mix (all cases pass with the same p) for a repeats model, by a coarse then a fine search. */
export function worstUniformMix(model: AnswerModel, cases: number): { p: number; figures: Figures } {
  let worst = { p: 0.5, fail: -1 };
  for (let i = 1; i < 20; i++) {
    const p = i / 20;
    const design: SequentialDesign = { ...GATE, looks: planLooks(cases) };
    const law = differenceLaw(caseTypes([{ weight: 1, p }], { kind: "none" }), model.repeats, model.answers);
    const fail = cellFigures(design, law, 100, createRandom(i)).fail;
    if (fail > worst.fail) worst = { p, fail };
  }
  return { p: worst.p, figures: figures(model, [{ weight: 1, p: worst.p }], { kind: "none" }, cases, 99) };
}
