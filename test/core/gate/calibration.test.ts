// Calibration of the sequential gate over case mixes, answer models and eval-set sizes: error rates, power and calls.
//
// Single-look cells with one answer per side, or identical repeats (temperature 0), are exact: every
// case's difference is −1, 0 or 1 and dynamic programming runs the gate's rule over every state.
// Every other cell (several looks, whose recycled fail boundaries depend on the history of case
// sizes, or three independent or correlated repeats) averages the exact fail probability given the
// cases' sizes over 1,000 drawn size sequences (Rao–Blackwell: each draw is exact over the signs, so
// the spread of the estimate is far below that of 20,000 counted reviews), and the largest of those
// conditional probabilities checks the guarantee itself. A separate test checks both methods
// against reviews simulated through decideAtLook itself.
//
// At 150 cases the 20-point target is checked against what any test can do: the exact power of the
// best fixed-sample level-2% conditional sign test (support/sign-test-bound.ts). Where even that
// is below 95% (every case at p = .5 with one answer: half the cases differ by chance), the gate
// must say so (its reported minimum detectable drop is above 20 points and is itself caught 95%
// ± 3 of the time) and come within 3 points of the bound.

import { beforeAll, describe, expect, it } from "vitest";
import {
  ANSWER_MODELS,
  type AnswerModel,
  type Figures,
  figures,
  reportedMinDetectableDrop,
  worstSingleAnswerNoOp,
  worstUniformMix,
} from "./support/calibration-cells.js";
import {
  ALL_05,
  ALL_09,
  type CaseMix,
  type Change,
  caseTypes,
  differenceLaw,
  meanPass,
  TYPICAL_MIX,
} from "./support/case-mix.js";
import { signTestPower } from "./support/sign-test-bound.js";

const MIXES: Array<{ label: string; mix: CaseMix }> = [
  { label: "75% .97 / 20% .5 / 5% .15", mix: TYPICAL_MIX },
  { label: "all .9", mix: ALL_09 },
  { label: "all .5", mix: ALL_05 },
];
const SIZES = [10, 30, 60, 150];

interface Row {
  model: AnswerModel;
  mix: string;
  mean: number;
  cases: number;
  noOp: Figures;
  few: Figures;
  spread: Figures;
  /** A harmless 2-point drop, spread over all cases. */
  harmless: Figures;
  mdd: number;
  mddFew?: Figures;
  mddSpread?: Figures;
  /** At 150 cases: power of the best level-2% conditional sign test for the 20-point drop, few / spread. */
  bound?: { few: number; spread: number };
}

/** Bounds closer to 95% than this are neither held to 95% nor called infeasible. */
const BOUND_MARGIN = 0.01;

/** The sign-test power for a 20-point drop of this kind at this many cases. */
function boundFor(model: AnswerModel, mix: CaseMix, change: Change, cases: number): number {
  const law = differenceLaw(caseTypes(mix, change), model.repeats, model.answers);
  const r = model.repeats;
  const down = law.slice(0, r).reduce((s, p) => s + p, 0);
  const up = law.slice(r + 1).reduce((s, p) => s + p, 0);
  return signTestPower(cases, down, up, 0.02);
}

const rows: Row[] = [];
const worst: Array<{ model: string; cases: number; where: string; fail: number; worstGivenSizes: number }> =
  [];

/** Repeats that can disagree within a side: differences finer than −1, 0, 1. */
const differingRepeats = (model: AnswerModel) => model.repeats > 1 && model.answers !== "identical";

const pct = (x: number) => `${(100 * x).toFixed(2)}%`;

function buildRows(): void {
  let seed = 1;
  for (const model of ANSWER_MODELS)
    for (const { label, mix } of MIXES)
      for (const cases of SIZES) {
        const mdd = reportedMinDetectableDrop(model, mix, cases);
        const bound =
          cases === 150
            ? {
                few: boundFor(model, mix, { kind: "few", drop: 0.2 }, cases),
                spread: boundFor(model, mix, { kind: "spread", drop: 0.2 }, cases),
              }
            : undefined;

        const detectable = mdd < meanPass(mix);
        rows.push({
          model,
          mix: label,
          mean: meanPass(mix),
          cases,
          noOp: figures(model, mix, { kind: "none" }, cases, seed++),
          few: figures(model, mix, { kind: "few", drop: 0.2 }, cases, seed++),
          spread: figures(model, mix, { kind: "spread", drop: 0.2 }, cases, seed++),
          harmless: figures(model, mix, { kind: "spread", drop: 0.02 }, cases, seed++),
          mdd,
          ...(bound ? { bound } : {}),
          ...(detectable
            ? {
                mddFew: figures(model, mix, { kind: "few", drop: mdd }, cases, seed++),
                mddSpread: figures(model, mix, { kind: "spread", drop: mdd }, cases, seed++),
              }
            : {}),
        });
      }
}

function buildWorst(): void {
  for (const cases of SIZES) {
    const single = worstSingleAnswerNoOp(cases);
    const where = `any mix: ${pct(single.differing)} of cases differ`;
    worst.push({
      model: "1 answer or identical",
      cases,
      where,
      fail: single.fail,
      worstGivenSizes: single.worstGivenSizes,
    });
    for (const model of ANSWER_MODELS.filter((m) => m.answers !== "identical" && m.repeats > 1)) {
      const found = worstUniformMix(model, cases);
      worst.push({
        model: model.label,
        cases,
        where: `all p = ${found.p}`,
        fail: found.figures.fail,
        worstGivenSizes: found.figures.worstFail,
      });
    }
  }
}

function printTables(): void {
  const lines = [
    "| answers | mix | cases | no-op false fail (worst given sizes) | 20-pt drop caught: few / spread | best sign test at 2%: few / spread | min detectable drop | caught at it: few / spread | 2-pt drop failed | calls: no-op / 20-pt |",
    "|---|---|---|---|---|---|---|---|---|---|",
  ];
  for (const r of rows) {
    const calls = (f: Figures) => (2 * r.model.repeats * f.expectedCases).toFixed(0);
    const mddCaught = r.mddFew && r.mddSpread ? `${pct(r.mddFew.fail)} / ${pct(r.mddSpread.fail)}` : "—";
    const mdd = r.mdd < r.mean ? `${(100 * r.mdd).toFixed(1)} pts` : "none";
    // With repeats that disagree the test on signs ignores the sizes: a floor of the best test's power.
    const floor = differingRepeats(r.model) ? "≥ " : "";
    const bound = r.bound ? `${floor}${pct(r.bound.few)} / ${floor}${pct(r.bound.spread)}` : "—";
    lines.push(
      `| ${r.model.label} | ${r.mix} | ${r.cases} | ${pct(r.noOp.fail)} (${pct(r.noOp.worstFail)})${r.noOp.exact ? " exact" : ""} | ${pct(r.few.fail)} / ${pct(r.spread.fail)} | ${bound} | ${mdd} | ${mddCaught} | ${pct(r.harmless.fail)} | ${calls(r.noOp)} / ${calls(r.few)} |`,
    );
  }
  lines.push(
    "",
    "| answers | cases | worst case found | no-op false fail | worst given sizes |",
    "|---|---|---|---|---|",
  );
  for (const w of worst)
    lines.push(`| ${w.model} | ${w.cases} | ${w.where} | ${pct(w.fail)} | ${pct(w.worstGivenSizes)} |`);
  console.log(lines.join("\n"));
}

describe("sequential gate calibration", () => {
  beforeAll(() => {
    buildRows();
    buildWorst();
    printTables();
  }, 120_000);

  it("fails a no-op change at most 2% of the time in every cell, and given every drawn set of case sizes", () => {
    for (const r of rows) {
      expect(r.noOp.fail, `${r.model.label}, ${r.mix}, ${r.cases} cases`).toBeLessThanOrEqual(0.02);
      expect(r.noOp.worstFail, `${r.model.label}, ${r.mix}, ${r.cases} cases`).toBeLessThanOrEqual(
        0.02 + 1e-12,
      );
    }
    for (const w of worst) {
      expect(w.fail, `${w.model}, ${w.cases} cases, ${w.where}`).toBeLessThanOrEqual(0.02);
      expect(w.worstGivenSizes, `${w.model}, ${w.cases} cases, ${w.where}`).toBeLessThanOrEqual(0.02 + 1e-12);
    }
  });

  it("rarely fails a harmless 2-point drop (the margin is 5 points)", () => {
    for (const r of rows)
      expect(r.harmless.fail, `${r.model.label}, ${r.mix}, ${r.cases}`).toBeLessThanOrEqual(0.05);
  });

  it("catches a 20-point drop at least 95% of the time with 150 cases wherever the best 2% sign test can", () => {
    const feasible = rows.filter((r) => r.bound && Math.min(r.bound.few, r.bound.spread) >= 0.95);
    expect(feasible).toHaveLength(10);
    for (const r of feasible) {
      // Within the margin of 95% the bound itself is the target, less 3 points.
      const target = (bound: number) => (bound >= 0.95 + BOUND_MARGIN ? 0.95 : bound - 0.03);
      expect(r.few.fail, `${r.model.label}, ${r.mix}, few`).toBeGreaterThanOrEqual(target(r.bound!.few));
      expect(r.spread.fail, `${r.model.label}, ${r.mix}, spread`).toBeGreaterThanOrEqual(
        target(r.bound!.spread),
      );
    }
  });

  it("where no 2% test reaches 95% for 20 points at 150 cases, says so, keeps its reported drop, and comes within 3 points of the bound", () => {
    const infeasible = rows.filter((r) => r.bound && Math.min(r.bound.few, r.bound.spread) < 0.95);
    // Every case at p = .5 with one answer per side (or identical repeats): the least favourable no-op.
    expect(infeasible.map((r) => `${r.model.label}, ${r.mix}`)).toEqual([
      "1 answer, all .5",
      "3 identical (temperature 0), all .5",
    ]);
    for (const r of infeasible) {
      const cell = `${r.model.label}, ${r.mix}`;
      expect(r.mdd, cell).toBeGreaterThan(0.2);
      expect(Math.abs(r.mddFew!.fail - 0.95), `${cell}, reported drop, few`).toBeLessThanOrEqual(0.03);
      expect(Math.abs(r.mddSpread!.fail - 0.95), `${cell}, reported drop, spread`).toBeLessThanOrEqual(0.03);
      expect(r.bound!.few - r.few.fail, `${cell}, few`).toBeLessThanOrEqual(0.03);
      expect(r.bound!.spread - r.spread.fail, `${cell}, spread`).toBeLessThanOrEqual(0.03);
    }
  });

  it("catches the reported minimum detectable drop 95% ± 3 points of the time (one answer or identical repeats)", () => {
    const checked = rows.filter((r) => r.mddFew && r.mddSpread && !differingRepeats(r.model));
    expect(checked).toHaveLength(22);
    for (const r of checked) {
      const cell = `${r.model.label}, ${r.mix}, ${r.cases} cases`;
      expect(Math.abs(r.mddFew!.fail - 0.95), `${cell}, few`).toBeLessThanOrEqual(0.03);
      expect(Math.abs(r.mddSpread!.fail - 0.95), `${cell}, spread`).toBeLessThanOrEqual(0.03);
    }
  });

  it("with repeats that disagree, catches the reported drop 95% ± 3 when it sits on a few cases, and at least 92% spread out", () => {
    // The figure is for the hardest drop to see: a share of cases breaks outright. The same drop
    // spread over every case moves many cases a little and is caught 96–100% of the time: no one
    // figure is within 3 points of 95% for both (at 30 cases a drop caught 92% on a few cases is
    // caught 99.6% spread out).
    const checked = rows.filter((r) => r.mddFew && r.mddSpread && differingRepeats(r.model));
    expect(checked).toHaveLength(23);
    for (const r of checked) {
      const cell = `${r.model.label}, ${r.mix}, ${r.cases} cases`;
      expect(Math.abs(r.mddFew!.fail - 0.95), `${cell}, few`).toBeLessThanOrEqual(0.03);
      expect(r.mddSpread!.fail, `${cell}, spread`).toBeGreaterThanOrEqual(0.92);
    }
  });

  it("asks fewer calls than the fixed 30 × 3 design (180) for a no-op and a 20-point drop at 150 cases", () => {
    const typical = rows.filter((r) => r.cases === 150 && r.mix === MIXES[0]!.label && r.model.repeats === 1);
    expect(typical).toHaveLength(1);
    expect(2 * typical[0]!.noOp.expectedCases).toBeLessThan(180);
    expect(2 * typical[0]!.few.expectedCases).toBeLessThan(180);
  });
});
