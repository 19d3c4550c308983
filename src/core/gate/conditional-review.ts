// Exact figures of one review given the sizes |d_i| of its cases' differences; averaged over drawn sizes, a cell's figures.
//
// Cases are drawn independently, so given the sizes the signs are independent, each negative with
// probability P(d = −m) / P(|d| = m) for its size m (one half under a no-op: sign-flip.ts). Dynamic
// programming over the running sum, running the gate's own rule at each look on every reachable
// sum, gives P(fail | sizes) exactly. Averaging that over drawn size sequences estimates a cell's
// rates with far less noise than counting simulated outcomes (Rao–Blackwell), and for a no-op its
// maximum over the draws checks the guarantee (≤ falseFailRate for every sequence) directly.
// The power model (lattice-power.ts) uses the same averages for differences finer than −1, 0, 1.

import { recycledCriticals } from "./recycled-boundary.js";
import { applyRule, budgetSlices, type RuleDesign } from "./rule.js";
import { lowerCritical, reduceLattice, signFlipCdf, sizeCounts } from "./sign-flip.js";

/** Boundaries that recycle what earlier looks left (the built rule), or each look's own slice of the fail budget (the rule before). */
export type Boundaries = "slices" | "recycled";

export interface Figures {
  fail: number;
  pass: number;
  expectedCases: number;
}

/** Fail/pass probabilities and expected cases given the sizes (integers on lattice 1/unit, in case order). */
export function conditionalOutcome(
  design: RuleDesign,
  sizes: number[],
  unit: number,
  downGivenSize: number[],
  boundaries: Boundaries = "recycled",
): Figures {
  const looks = design.looks;
  const max = sizes.slice(0, looks[looks.length - 1]).reduce((s, m) => s + m, 0);
  const state: SumState = {
    mass: new Float64Array(2 * max + 1),
    spare: new Float64Array(2 * max + 1),
    reach: 0,
    max,
  };
  state.mass[max] = 1;
  const { alpha, beta } = budgetSlices(design);
  const recycled =
    boundaries === "recycled" ? recycledCriticals(sizes, looks, design.falseFailRate) : undefined;
  const figures: Figures = { fail: 0, pass: 0, expectedCases: 0 };
  let cases = 0;
  for (let k = 0; k < looks.length; k++) {
    const n = looks[k]!;
    for (; cases < n; cases++) addCase(state, sizes[cases]!, downGivenSize);
    const { mass, reach } = state;
    // The rule sees the sizes on the coarsest lattice that holds them, as decideAtLook does.
    const seen = reduceLattice(sizes.slice(0, n), unit);
    const scale = unit / seen.unit;
    // A recycled boundary on the fine lattice holds the same sums as its floor on the coarser one.
    const critical = recycled
      ? Math.floor(recycled[k]! / scale)
      : lowerCritical(signFlipCdf(sizeCounts(seen.values, seen.unit)), alpha[k]!);
    const sumSquares = seen.values.reduce((s, v) => s + v * v, 0);
    const isLast = k === looks.length - 1;
    for (let s = -reach; s <= reach; s++) {
      const p = mass[s + max]!;
      if (p === 0) continue;
      const outcome = applyRule(design, beta[k]!, {
        n,
        unit: seen.unit,
        sum: s / scale,
        sumSquares,
        critical,
      }).outcome;
      if (outcome === "fail") figures.fail += p;
      else if (outcome === "pass") figures.pass += p;
      else if (!isLast) continue;
      figures.expectedCases += p * n;
      mass[s + max] = 0;
    }
  }
  return figures;
}

/** The distribution of the running sum of signed sizes, offset by `max`, reaching ±`reach`. */
interface SumState {
  mass: Float64Array;
  spare: Float64Array;
  reach: number;
  max: number;
}

/** One more case of size `m`: its sign is negative with probability downGivenSize[m] (one half for a tie). */
function addCase(state: SumState, m: number, downGivenSize: number[]): void {
  const { mass, spare, reach, max } = state;
  const down = m === 0 ? 0.5 : downGivenSize[m]!;
  spare.fill(0, max - reach - m, max + reach + m + 1);
  for (let s = -reach; s <= reach; s++) {
    const p = mass[s + max]!;
    if (p === 0) continue;
    spare[s + m + max]! += p * (1 - down);
    spare[s - m + max]! += p * down;
  }
  mass.fill(0, max - reach, max + reach + 1);
  state.reach = reach + m;
  state.mass = spare;
  state.spare = mass;
}

export interface CellFigures extends Figures {
  /** Largest P(fail | sizes) over the draws. */
  worstFail: number;
  /** Standard error of the fail rate over the draws. */
  failError: number;
}

/** A cell's figures: conditionalOutcome averaged over `draws` size sequences drawn from the difference law. */
export function cellFigures(
  design: RuleDesign,
  law: number[],
  draws: number,
  random: () => number,
  boundaries: Boundaries = "recycled",
): CellFigures {
  const r = (law.length - 1) / 2;
  const { sizeLaw, down } = splitLaw(law);
  const n = design.looks[design.looks.length - 1]!;
  let fail = 0;
  let failSquares = 0;
  let pass = 0;
  let expectedCases = 0;
  let worstFail = 0;
  for (let i = 0; i < draws; i++) {
    const sizes = Array.from({ length: n }, () => drawSize(sizeLaw, random()));
    const f = conditionalOutcome(design, sizes, r, down, boundaries);
    fail += f.fail;
    failSquares += f.fail * f.fail;
    pass += f.pass;
    expectedCases += f.expectedCases;
    worstFail = Math.max(worstFail, f.fail);
  }
  const mean = fail / draws;
  const failError = Math.sqrt(Math.max(0, failSquares / draws - mean * mean) / draws);
  return { fail: mean, pass: pass / draws, expectedCases: expectedCases / draws, worstFail, failError };
}

/** A difference law (P(d = j/r), index j + r) as the law of the size |d| and, per size, the chance the sign is negative. */
export function splitLaw(law: number[]): { sizeLaw: number[]; down: number[] } {
  const r = (law.length - 1) / 2;
  const sizeLaw = Array.from({ length: r + 1 }, (_, m) => (m === 0 ? law[r]! : law[r + m]! + law[r - m]!));
  const down = sizeLaw.map((p, m) => (m === 0 || p === 0 ? 0.5 : law[r - m]! / p));
  return { sizeLaw, down };
}

/** The size whose cumulative share first exceeds u (inverse-CDF draw). */
export function drawSize(sizeLaw: number[], u: number): number {
  let left = u;
  for (let m = 0; m < sizeLaw.length; m++) {
    left -= sizeLaw[m]!;
    if (left < 0) return m;
  }
  return sizeLaw.length - 1;
}
