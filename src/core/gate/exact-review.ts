// Exact operating figures of the sequential gate when each case's difference is −1, 0 or 1 (one answer per side, or identical repeats).
//
// When cases are drawn independently (from any mix), each case's difference is −1, 0 or +1 with
// the same probabilities, and the state after n cases is (differing cases D, sum S). Dynamic
// programming over that state runs the gate's own rule (applyRule with the sign-flip boundary) at
// every reachable state of every look. With one look the figures are exact. With several, a look's
// boundary recycles the budget earlier looks left and so depends on how many cases differed by
// each earlier look, which the state does not keep: the boundary used is that of the history in
// which earlier looks saw differing cases in proportion (D_j ≈ D·n_j/n_k). That makes the figures
// of sequential designs an approximation (the calibration test measures it against the rule given
// each drawn history); they serve the power of small eval sets, where a normal approximation
// misses the discreteness.

import { recycledCriticals } from "./recycled-boundary.js";
import { applyRule, budgetSlices, type RuleDesign } from "./rule.js";

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
  const { beta } = budgetSlices(design);
  const figures: ReviewFigures = { fail: 0, pass: 0, inconclusive: 0, expectedCases: 0 };
  let cases = 0;
  for (let k = 0; k < design.looks.length; k++) {
    const n = design.looks[k]!;
    for (; cases < n; cases++) {
      addCase(mass, spare, cases, last, width, { ...law, same });
      [mass, spare] = [spare, mass];
    }
    const criticals = proportionalCriticals(design, k);
    for (let d = 0; d <= n; d++) {
      const critical = criticals[d]!;
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

/** Boundaries by design and look, indexed by differing cases: they do not depend on the law, so every power search reuses them. */
const boundaryCache = new Map<string, number[]>();

/** Look k's boundary for D = 0…n_k differing cases, on the history where look j saw round(D·n_j/n_k) of them. */
function proportionalCriticals(design: RuleDesign, k: number): number[] {
  const key = `${design.falseFailRate}|${design.looks.join(",")}|${k}`;
  const hit = boundaryCache.get(key);
  if (hit) return hit;
  const looks = design.looks;
  const n = looks[k]!;
  const criticals: number[] = [];
  for (let d = 0; d <= n; d++) {
    const sizes: number[] = [];
    let before = 0;
    for (let j = 0; j <= k; j++) {
      const start = j === 0 ? 0 : looks[j - 1]!;
      const segment = looks[j]! - start;
      const target = j === k ? d : Math.round((d * looks[j]!) / n);
      const ones = Math.min(segment, Math.max(0, target - before));
      for (let i = 0; i < segment; i++) sizes.push(i < ones ? 1 : 0);
      before += ones;
    }
    criticals.push(recycledCriticals(sizes, looks, design.falseFailRate, k + 1)[k]!);
  }
  if (boundaryCache.size > 1000) boundaryCache.clear();
  boundaryCache.set(key, criticals);
  return criticals;
}
