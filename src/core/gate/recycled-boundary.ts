// Group-sequential fail boundaries for the sign-flip test that recycle the budget earlier looks did not spend.
//
// Given the sizes |d_i| of the first n_k cases, the signs are fair coins under a no-op, so the path
// of running sums S_1, S_2, … has a known law. Dynamic programming over that path (the running sum
// on the integer lattice, with the mass that crossed an earlier look's boundary removed at that
// look) gives P(no earlier crossing and S_k ≤ c); the boundary c_k is the most extreme c whose
// cumulative crossing probability stays within the spending function f·t_k². Earlier boundaries
// depend only on earlier cases' sizes, which are the same at every later look, so recomputing them
// gives the boundaries those looks used, and the total false fail stays ≤ f given every sequence of
// sizes: exact for every mix and correlation. Each boundary is at least as lenient as the look's own
// slice f·(t_k² − t_{k−1}²) would give (that slice alone already keeps the cumulative sum in budget).

import { lowerCritical, signFlipCdf, sizeCounts, toLattice } from "./sign-flip.js";
import { failSlices, failSpent } from "./spending.js";

/** A relative tolerance absorbs rounding in summed probabilities without spending real budget (as in sign-flip.ts). */
const TOLERANCE = 1e-9;

/**
 * The fail boundaries c_1…c_k (on the values' lattice; −Infinity where even the most extreme sum is
 * over budget) for the first `lookCount` planned looks. `values` are the signed differences on one
 * integer lattice in case order (only their sizes are used); `looks` is the whole plan, whose last
 * entry fixes the information fraction t = n / last. `positions` are how many of the values each look
 * has seen (the planned counts unless some cases were not answered on both sides).
 */
export function recycledCriticals(
  values: number[],
  looks: number[],
  falseFailRate: number,
  lookCount = looks.length,
  positions = looks,
): number[] {
  const last = looks[looks.length - 1] ?? 0;
  if (lookCount > looks.length) throw new RangeError(`${lookCount} looks asked of a plan of ${looks.length}`);
  const needed = positions[lookCount - 1] ?? 0;
  if (values.length < needed) throw new RangeError(`${needed} cases needed, ${values.length} given`);
  const sizes = values.slice(0, needed).map(Math.abs);
  const max = sizes.reduce((s, m) => s + m, 0);
  let mass = new Float64Array(2 * max + 1);
  let spare = new Float64Array(2 * max + 1);
  mass[max] = 1;
  let reach = 0;
  let cases = 0;
  let crossed = 0;
  const criticals: number[] = [];
  for (let k = 0; k < lookCount; k++) {
    for (; cases < positions[k]!; cases++) {
      const m = sizes[cases]!;
      if (m === 0) continue;
      spare.fill(0, max - reach - m, max + reach + m + 1);
      for (let s = -reach; s <= reach; s++) {
        const p = mass[s + max]!;
        if (p === 0) continue;
        spare[s + m + max]! += p / 2;
        spare[s - m + max]! += p / 2;
      }
      reach += m;
      [mass, spare] = [spare, mass];
    }
    const limit = failSpent(looks[k]! / last, falseFailRate) * (1 + TOLERANCE);
    const critical = boundaryAt(mass, max, reach, limit - crossed);
    criticals.push(critical);
    // Remove the crossing paths: later looks count only paths that never failed before.
    for (let s = -reach; s <= critical; s++) {
      crossed += mass[s + max]!;
      mass[s + max] = 0;
    }
  }
  return criticals;
}

/** The largest c in [−reach, reach] with Σ_{s ≤ c} mass ≤ budget, or −Infinity when none. */
function boundaryAt(mass: Float64Array, max: number, reach: number, budget: number): number {
  let total = 0;
  let critical = Number.NEGATIVE_INFINITY;
  for (let s = -reach; s <= reach; s++) {
    total += mass[s + max]!;
    if (total > budget) break;
    critical = s;
  }
  return critical;
}

/** One case's difference d (−1…1) and the repeat counts of its two sides. */
export interface PairedDifference {
  difference: number;
  repeats: [number, number];
}

/**
 * The fail boundary of look `look`, on the lattice of the differences it has seen (toLattice of
 * the first positions[look] cases), recycling what earlier looks left unspent. Earlier boundaries
 * are recomputed from the same cases, so they are the ones those looks used, as long as every
 * look's lattice holds the previous look's values unchanged. Rounding to a capped lattice (repeat
 * counts whose lcm exceeds MAX_LATTICE_UNIT) can break that; from the first look where it does,
 * each look uses its own slice f·(t_k² − t_{k−1}²), which keeps the cumulative budget by the
 * union bound on top of what the earlier looks spent.
 */
export function lookCritical(
  cases: PairedDifference[],
  positions: number[],
  design: { looks: number[]; falseFailRate: number },
  look: number,
): number {
  const lattices = positions.slice(0, look + 1).map((n) => latticeOf(cases.slice(0, n)));
  const current = lattices[look]!;
  const consistent = lattices.every((lattice, j) => j === 0 || holds(lattices[j - 1]!, lattice));
  if (!consistent) {
    const slice = failSlices(design.looks, design.falseFailRate)[look]!;
    return lowerCritical(signFlipCdf(sizeCounts(current.values, current.unit)), slice);
  }
  return memoised(current.values, positions.slice(0, look + 1), design);
}

function latticeOf(cases: PairedDifference[]): { unit: number; values: number[] } {
  return toLattice(
    cases.map((c) => c.difference),
    cases.flatMap((c) => c.repeats),
  );
}

/** The later lattice holds every earlier value unchanged (scaled by the ratio of the units). */
function holds(
  earlier: { unit: number; values: number[] },
  later: { unit: number; values: number[] },
): boolean {
  if (later.unit % earlier.unit !== 0) return false;
  const scale = later.unit / earlier.unit;
  return earlier.values.every((v, i) => v * scale === later.values[i]);
}

/** Boundaries already computed, by sizes and plan: a review asks for them again at every look and on every re-run. */
const cache = new Map<string, number>();
const CACHE_LIMIT = 5000;

function memoised(
  values: number[],
  positions: number[],
  design: { looks: number[]; falseFailRate: number },
): number {
  const key = `${design.falseFailRate}|${design.looks.join(",")}|${positions.join(",")}|${values.map(Math.abs).join(",")}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const lookCount = positions.length;
  const critical = recycledCriticals(values, design.looks, design.falseFailRate, lookCount, [
    ...positions,
    ...design.looks.slice(lookCount),
  ])[lookCount - 1]!;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, critical);
  return critical;
}
