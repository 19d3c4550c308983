// Exact operating figures of the sequential gate when each case's difference is −1, 0 or 1 (one answer per side, or identical repeats).
//
// When cases are drawn independently (from any mix), each case's difference is −1, 0 or +1 with
// the same probabilities, and the state after n cases is (differing cases D, sum S). Dynamic
// programming over that state runs the gate's own rule (applyRule with the exact sign-flip
// boundary) at every reachable state of every look: the figures are exact, not simulated. Used for
// the power of small eval sets, where a normal approximation misses the discreteness, and by the
// calibration test.

import { applyRule, budgetSlices, type RuleDesign } from "./rule.js";
import { lowerCritical, signFlipCdf } from "./sign-flip.js";

/** Probability below which a state is dropped (its total over all states stays below 1e-9). */
const NEGLIGIBLE = 1e-14;

/** P(d = −1) and P(d = +1) for one case. */
export interface DifferenceLaw {
  down: number;
  up: number;
}

/**
 * The law of a case's difference when a share of cases breaks outright (head never passes) so the
 * mean drops by `drop`, in an eval set whose cases differ by chance with probability `secondMoment`
 * and pass on base at `basePassRate`. With one answer per side a drop spread over all cases gives
 * the same law, so this covers both.
 */
export function dropLaw(secondMoment: number, basePassRate: number, drop: number): DifferenceLaw | undefined {
  if (drop > basePassRate) return undefined;
  const broken = basePassRate === 0 ? 0 : drop / basePassRate;
  const chance = ((1 - broken) * secondMoment) / 2;
  return { down: chance + broken * basePassRate, up: chance };
}

export interface ReviewFigures {
  fail: number;
  pass: number;
  inconclusive: number;
  /** Expected cases asked before the review stops. */
  expectedCases: number;
}

/** Exact fail/pass/inconclusive probabilities when each case's difference is −1 w.p. down and +1 w.p. up. */
export function exactReview(design: RuleDesign, law: DifferenceLaw): ReviewFigures {
  const last = design.looks[design.looks.length - 1] ?? 0;
  const width = 2 * last + 1;
  // mass[D * width + (S + last)]: probability of D differing cases summing to S, review not yet stopped.
  let mass = new Float64Array((last + 1) * width);
  let spare = new Float64Array((last + 1) * width);
  mass[last] = 1;
  const same = 1 - law.down - law.up;
  const { alpha, beta } = budgetSlices(design);
  const figures: ReviewFigures = { fail: 0, pass: 0, inconclusive: 0, expectedCases: 0 };
  let cases = 0;
  for (let k = 0; k < design.looks.length; k++) {
    const n = design.looks[k]!;
    for (; cases < n; cases++) {
      addCase(mass, spare, cases, last, width, { ...law, same });
      [mass, spare] = [spare, mass];
    }
    for (let d = 0; d <= n; d++) {
      const critical = lowerCritical(signFlipCdf([0, d]), alpha[k]!);
      for (let s = -d; s <= d; s += 2) {
        const at = d * width + s + last;
        const p = mass[at]!;
        if (p === 0) continue;
        const rule = applyRule(design, beta[k]!, { n, unit: 1, sum: s, sumSquares: d, critical });
        if (rule.outcome === "undecided" && k < design.looks.length - 1) continue;
        if (rule.outcome === "fail") figures.fail += p;
        else if (rule.outcome === "pass") figures.pass += p;
        else figures.inconclusive += p;
        figures.expectedCases += p * n;
        mass[at] = 0;
      }
    }
  }
  return figures;
}

/** Adds one case to `from`, writing into `to` (two buffers reused: a fresh array per case costs more than the sums). */
function addCase(
  from: Float64Array,
  to: Float64Array,
  casesSoFar: number,
  last: number,
  width: number,
  law: { down: number; up: number; same: number },
): void {
  to.fill(0, 0, (casesSoFar + 2) * width);
  for (let d = 0; d <= casesSoFar; d++) {
    const row = d * width + last;
    for (let s = -d; s <= d; s += 2) {
      const p = from[row + s]!;
      // Paths this unlikely change no figure shown; skipping them halves the work at 150 cases.
      if (p < NEGLIGIBLE) continue;
      to[row + s]! += p * law.same;
      to[row + width + s + 1]! += p * law.up;
      to[row + width + s - 1]! += p * law.down;
    }
  }
}
