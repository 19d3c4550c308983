// Confidence bounds on the mean per-case difference that never collapse to zero width.
//
// A t bound uses the observed spread of the per-case differences, floored at the smallest spread a
// mean difference of −δ can have on the lattice of possible differences. With one answer per side
// a difference is −1, 0 or 1, so a true drop δ forces a spread of at least δ(1 − δ): twenty cases
// that all agree cannot rule out a 20-point drop that might sit on cases not yet drawn.

import { studentQuantile } from "./spending.js";

/** The smallest variance of a per-case difference whose mean is −delta, when differences are multiples of 1/unit. */
export function latticeMinVariance(delta: number, unit: number): number {
  const step = 1 / unit;
  const below = Math.floor(Math.abs(delta) / step) * step;
  const floor = (Math.abs(delta) - below) * (below + step - Math.abs(delta));
  // On a lattice point the minimum is 0; a quarter of a squared step keeps the bound open even there.
  return Math.max(floor, (step * step) / 4);
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
