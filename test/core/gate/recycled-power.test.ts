// Power of the fail test across looks: each look's own slice of the budget against boundaries that recycle what earlier looks left, in the same run.
//
// Both are measured the same way (exact given each drawn set of case sizes, averaged over the same
// seeded draws), so the difference is the boundaries' alone. The no-op rows check the guarantee:
// given every drawn set of sizes, the recycled boundaries fail a no-op at most 2% of the time.

import { describe, expect, it } from "vitest";
import { type Boundaries, type CellFigures, cellFigures } from "../../../src/core/gate/conditional-review.js";
import { planLooks } from "../../../src/core/gate/sequential.js";
import { createRandom } from "../../../src/core/random.js";
import { GATE } from "./support/calibration-cells.js";
import { ALL_05, ALL_09, type CaseMix, type Change, caseTypes, differenceLaw } from "./support/case-mix.js";

const DRAWS = 300;
const design = { ...GATE, looks: planLooks(150) };

function cell(mix: CaseMix, change: Change, repeats: number, correlated: boolean, boundaries: Boundaries) {
  const law = differenceLaw(caseTypes(mix, change), repeats, correlated ? "correlated" : "independent");
  return cellFigures(design, law, DRAWS, createRandom(5), boundaries);
}

const CELLS = [
  { label: "1 answer, all p .5", mix: ALL_05, repeats: 1, correlated: false },
  { label: "1 answer, all p .9", mix: ALL_09, repeats: 1, correlated: false },
  { label: "3 correlated (ρ .5), all p .5", mix: ALL_05, repeats: 3, correlated: true },
];

describe("recycled fail boundaries at 150 cases (seven looks)", () => {
  const measured: Array<{ label: string; noOp: CellFigures[]; drop: CellFigures[] }> = [];
  for (const c of CELLS) {
    const run = (change: Change) =>
      (["slices", "recycled"] as const).map((b) => cell(c.mix, change, c.repeats, c.correlated, b));
    measured.push({ label: c.label, noOp: run({ kind: "none" }), drop: run({ kind: "few", drop: 0.2 }) });
  }
  const pct = (x: number) => `${(100 * x).toFixed(2)}%`;
  console.log(
    [
      "| answers, mix | 20-pt drop caught: slices → recycled | cases asked | no-op fail (worst given sizes): slices → recycled |",
      "|---|---|---|---|",
      ...measured.map(
        (m) =>
          `| ${m.label} | ${pct(m.drop[0]!.fail)} → ${pct(m.drop[1]!.fail)} | ${m.drop[0]!.expectedCases.toFixed(1)} → ${m.drop[1]!.expectedCases.toFixed(1)} | ${pct(m.noOp[0]!.fail)} (${pct(m.noOp[0]!.worstFail)}) → ${pct(m.noOp[1]!.fail)} (${pct(m.noOp[1]!.worstFail)}) |`,
      ),
    ].join("\n"),
  );

  it("fails a no-op at most 2% of the time given every drawn set of sizes", () => {
    for (const m of measured) expect(m.noOp[1]!.worstFail, m.label).toBeLessThanOrEqual(0.02 + 1e-12);
  });

  it("catches a 20-point drop more often than the per-look slices, on the same draws", () => {
    for (const m of measured) expect(m.drop[1]!.fail, m.label).toBeGreaterThan(m.drop[0]!.fail);
    // All p .5, one answer: from about 82.6% to about 90.6% (a one-look z-test at 2% reaches about 92.6%).
    expect(measured[0]!.drop[1]!.fail - measured[0]!.drop[0]!.fail).toBeGreaterThan(0.05);
    // Three correlated repeats on the all-.5 mix now clear 95%.
    expect(measured[2]!.drop[1]!.fail).toBeGreaterThanOrEqual(0.95);
  });
});
