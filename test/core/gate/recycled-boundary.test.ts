// The recycled group-sequential boundaries: their error rate by brute-force enumeration, their dependence on earlier cases only, their leniency.

import { describe, expect, it } from "vitest";
import { lookCritical, recycledCriticals } from "../../../src/core/gate/recycled-boundary.js";
import { lowerCritical, signFlipCdf, sizeCounts, toLattice } from "../../../src/core/gate/sign-flip.js";
import { failSlices, failSpent } from "../../../src/core/gate/spending.js";
import { createRandom, randomInt } from "../../support/random.js";

/** P(some look j ≤ k has S_j ≤ c_j), by listing all 2^n sign patterns. */
function bruteCrossing(sizes: number[], looks: number[], criticals: number[], k: number): number {
  let hits = 0;
  const n = looks[k]!;
  for (let mask = 0; mask < 2 ** n; mask++) {
    let sum = 0;
    let look = 0;
    let crossed = false;
    for (let i = 0; i < n && !crossed; i++) {
      sum += (mask >> i) & 1 ? sizes[i]! : -sizes[i]!;
      if (i + 1 === looks[look]) {
        if (sum <= criticals[look]!) crossed = true;
        look += 1;
      }
    }
    if (crossed) hits += 1;
  }
  return hits / 2 ** n;
}

function randomSizes(random: () => number, n: number, unit: number): number[] {
  return Array.from({ length: n }, () => randomInt(random, unit + 1));
}

describe("recycledCriticals", () => {
  const looks = [5, 9, 12, 14];
  const rate = 0.2; // large enough that 14 cases can fail at every look

  it("keeps the cumulative crossing probability within f·t_k² at every look, for every drawn set of sizes (enumerated exactly)", () => {
    const random = createRandom(7);
    for (let draw = 0; draw < 40; draw++) {
      const unit = 1 + (draw % 3);
      const sizes = randomSizes(random, 14, unit);
      const criticals = recycledCriticals(sizes, looks, rate);
      for (let k = 0; k < looks.length; k++) {
        const budget = failSpent(looks[k]! / 14, rate);
        expect(bruteCrossing(sizes, looks, criticals, k), `draw ${draw}, look ${k}`).toBeLessThanOrEqual(
          budget + 1e-12,
        );
      }
    }
  });

  it("uses the budget: one step less extreme would overspend it (the boundary is the most extreme allowed)", () => {
    const sizes = [1, 1, 0, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1];
    const criticals = recycledCriticals(sizes, looks, rate);
    for (let k = 0; k < looks.length; k++) {
      if (!Number.isFinite(criticals[k]!)) continue;
      const looser = criticals.map((c, j) => (j === k ? c + 1 : c));
      const budget = failSpent(looks[k]! / 14, rate);
      expect(bruteCrossing(sizes, looks, looser, k), `look ${k}`).toBeGreaterThan(budget);
    }
  });

  it("gives each look a boundary that depends only on the sizes of the cases up to it", () => {
    const random = createRandom(11);
    const sizes = randomSizes(random, 14, 3);
    const all = recycledCriticals(sizes, looks, rate);
    for (let k = 1; k <= looks.length; k++) {
      const changedLater = sizes.map((m, i) => (i < looks[k - 1]! ? m : 3 - m));
      expect(recycledCriticals(changedLater, looks, rate, k)).toEqual(all.slice(0, k));
      expect(recycledCriticals(sizes.slice(0, looks[k - 1]), looks, rate, k)).toEqual(all.slice(0, k));
    }
    // Only sizes matter: flipping signs changes nothing.
    expect(
      recycledCriticals(
        sizes.map((m, i) => (i % 2 ? -m : m)),
        looks,
        rate,
      ),
    ).toEqual(all);
  });

  it("is never stricter than each look's own slice of the budget, and strictly more lenient at the last look of a long review", () => {
    const plan = [30, 50, 70, 90, 110, 130, 150];
    const random = createRandom(3);
    const sizes = Array.from({ length: 150 }, () => (random() < 0.5 ? 1 : 0));
    const recycled = recycledCriticals(sizes, plan, 0.02);
    const slices = failSlices(plan, 0.02);
    const sliced = plan.map((n, k) =>
      lowerCritical(signFlipCdf(sizeCounts(sizes.slice(0, n), 1)), slices[k]!),
    );
    for (let k = 0; k < plan.length; k++) expect(recycled[k]!).toBeGreaterThanOrEqual(sliced[k]!);
    expect(recycled[plan.length - 1]!).toBeGreaterThan(sliced[plan.length - 1]!);
  });

  it("reduces to the one-look exact test when there is one look", () => {
    const sizes = [2, 1, 3, 0, 1, 2, 2, 3, 1, 1, 3, 2];
    const [critical] = recycledCriticals(sizes, [12], 0.05);
    expect(critical).toBe(lowerCritical(signFlipCdf(sizeCounts(sizes, 3)), 0.05));
  });

  it("refuses a look count beyond the plan or too few cases", () => {
    expect(() => recycledCriticals([1, 1], [2], 0.1, 2)).toThrow(/2 looks asked of a plan of 1/);
    expect(() => recycledCriticals([1], [2], 0.1)).toThrow(/2 cases needed, 1 given/);
  });
});

describe("lookCritical", () => {
  const design = { looks: [4, 8, 12], falseFailRate: 0.2 };
  const whole = (d: number) => ({ difference: d, repeats: [1, 1] as [number, number] });

  it("gives the recycled boundary on the look's lattice when every look's lattice holds the last one's values", () => {
    const cases = [1, -1, 0, 1, 1, 1, -1, 0, 1, 1, 0, -1].map(whole);
    const expected = recycledCriticals(
      cases.map((c) => c.difference),
      design.looks,
      0.2,
    );
    for (let look = 0; look < 3; look++)
      expect(lookCritical(cases, design.looks, design, look)).toBe(expected[look]);
  });

  it("falls back to the look's own slice when a capped lattice rounds an earlier look's values differently", () => {
    // Seven repeats put the first look on sevenths; adding nine repeats caps the lattice at 1/60.
    const sevenths = Array.from({ length: 4 }, () => ({
      difference: 3 / 7,
      repeats: [7, 7] as [number, number],
    }));
    const ninths = Array.from({ length: 8 }, () => ({
      difference: 4 / 9,
      repeats: [9, 9] as [number, number],
    }));
    const cases = [...sevenths, ...ninths];
    const last = toLattice(
      cases.map((c) => c.difference),
      cases.flatMap((c) => c.repeats),
    );
    const slice = failSlices(design.looks, 0.2)[2]!;
    // The recycled boundary would differ here, so the fallback is what is seen.
    expect(recycledCriticals(last.values, design.looks, 0.2)[2]).not.toBe(
      lowerCritical(signFlipCdf(sizeCounts(last.values, last.unit)), slice),
    );
    expect(lookCritical(cases, design.looks, design, 2)).toBe(
      lowerCritical(signFlipCdf(sizeCounts(last.values, last.unit)), slice),
    );
  });
});
