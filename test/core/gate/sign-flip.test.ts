// The exact no-op test: its distribution against brute-force enumeration, its boundary, its lattice.

import { describe, expect, it } from "vitest";
import {
  latticeUnit,
  lowerCritical,
  lowerTail,
  reduceLattice,
  signFlipCdf,
  sizeCounts,
  toLattice,
} from "../../../src/core/gate/sign-flip.js";
import { createRandom, randomInt } from "../../support/random.js";

/** P(Σ ±m_i ≤ s) by listing all 2^n sign patterns. */
function bruteLowerTail(sizes: number[], s: number): number {
  let hits = 0;
  const total = 2 ** sizes.length;
  for (let mask = 0; mask < total; mask++) {
    const sum = sizes.reduce((acc, m, i) => acc + ((mask >> i) & 1 ? m : -m), 0);
    if (sum <= s) hits++;
  }
  return hits / total;
}

describe("signFlipCdf", () => {
  it("matches enumeration of every sign pattern for random sizes", () => {
    const random = createRandom(11);
    for (let trial = 0; trial < 20; trial++) {
      const sizes = Array.from({ length: 1 + randomInt(random, 12) }, () => randomInt(random, 4));
      const dist = signFlipCdf(sizeCounts(sizes, 3));
      const max = sizes.reduce((a, b) => a + b, 0);
      for (let s = -max - 1; s <= max; s++)
        expect(lowerTail(dist, s)).toBeCloseTo(bruteLowerTail(sizes, s), 12);
    }
  });

  it("handles thousands of cases without underflow", () => {
    const dist = signFlipCdf([0, 3000]);
    expect(lowerTail(dist, 3000)).toBeCloseTo(1, 9);
    expect(lowerTail(dist, -1)).toBeCloseTo(0.5 - 0.5 * 0.014566, 4); // P(Bin(3000, ½) < 1500)
  });
});

describe("lowerCritical", () => {
  it("is the most extreme sum whose lower tail stays within the level", () => {
    const dist = signFlipCdf([0, 20, 5, 3]);
    for (const alpha of [0.001, 0.005, 0.02, 0.05]) {
      const c = lowerCritical(dist, alpha);
      expect(lowerTail(dist, c)).toBeLessThanOrEqual(alpha);
      expect(lowerTail(dist, c + 1)).toBeGreaterThan(alpha);
    }
  });

  it("cannot fail when too few cases differ", () => {
    // Five differing cases: the most extreme sum has probability 1/32 > 2%.
    expect(lowerCritical(signFlipCdf([0, 5]), 0.02)).toBe(Number.NEGATIVE_INFINITY);
    // Six: only all six negative (1/64) is extreme enough; −5 is unreachable, so it bounds the same event.
    expect(lowerTail(signFlipCdf([0, 6]), lowerCritical(signFlipCdf([0, 6]), 0.02))).toBeCloseTo(1 / 64, 12);
  });
});

describe("toLattice", () => {
  it("counts differences in units of the repeats' lcm", () => {
    expect(latticeUnit([3, 3, 2])).toBe(6);
    expect(toLattice([1 / 3, -2 / 3, 0], [3, 3])).toEqual({ unit: 3, values: [1, -2, 0] });
  });

  it("moves identical repeats (temperature 0) to the one-answer lattice", () => {
    expect(toLattice([1, -1, 0, 1], [3, 3, 3])).toEqual({ unit: 1, values: [1, -1, 0, 1] });
    expect(reduceLattice([2, -4, 0], 6)).toEqual({ unit: 3, values: [1, -2, 0] });
  });
});
