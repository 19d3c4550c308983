// Confidence bounds on the mean per-case difference that never collapse to zero width.
//
// A t bound uses the observed spread of the per-case differences, floored so it never has zero
// width. The pass bound (ruling out a drop of δ) is floored at δ(1 − δ), the spread of a drop that
// sits on a share δ of cases that break outright: the drop hardest to see, whose cases may simply
// not have been drawn yet, and whose skew makes a t bound on its own too narrow. Twenty cases that
// all agree cannot rule out a 20-point drop. With one answer per side δ(1 − δ) is also the least
// spread any drop δ can have. The margin bound (on the fail side, where the exact test already
// guards the error rate) is floored at the least spread a difference of −δ has on its lattice.

import { studentQuantile } from "./spending.js";

/** The smallest variance of a per-case difference whose mean is −delta, when differences are multiples of 1/unit. */
export function latticeMinVariance(delta: number, unit: number): number {
  const step = 1 / unit;
  const below = Math.floor(Math.abs(delta) / step) * step;
  const floor = (Math.abs(delta) - below) * (below + step - Math.abs(delta));
  // On a lattice point the minimum is 0; a quarter of a squared step keeps the bound open even there.
  return floor > 1e-12 ? floor : (step * step) / 4;
}

/** The spread of a drop δ concentrated on a share δ of cases that break outright: δ(1 − δ). */
export function concentratedDropVariance(delta: number): number {
  const d = Math.min(1, Math.abs(delta));
  return Math.max(d * (1 - d), 1e-4);
}

/** One-sided bound mean ± t(confidence, n − 1)·sd/√n with sd floored at floorVariance, clamped to [−1, 1]. */
export function oneSidedBound(
  side: "lower" | "upper",
  stats: { mean: number; variance: number },
  n: number,
  confidence: number,
  floorVariance: number,
): number {
  if (n === 0) return side === "lower" ? -1 : 1;
  const sd = Math.sqrt(Math.max(stats.variance, floorVariance));
  const half = (studentQuantile(confidence, Math.max(1, n - 1)) * sd) / Math.sqrt(n);
  const bound = side === "lower" ? stats.mean - half : stats.mean + half;
  return Math.min(1, Math.max(-1, bound));
}
