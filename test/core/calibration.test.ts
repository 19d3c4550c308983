// Calibration of the pass-rate gate: simulated reviews with known per-case pass probabilities.
// The simulation is the sampling of pass/fail per sample (seeded), so the rates below are exact
// properties of decideVerdict + comparePaired, reproducible run to run.
import { describe, expect, it } from "vitest";
import { gateSchema } from "../../src/core/config-schema.js";
import { decideVerdict } from "../../src/core/gate/prompt-verdict.js";
import { createRandom, type Random } from "../../src/core/random.js";
import { type CaseSamples, comparePaired } from "../../src/core/statistics.js";

const CASES = 30;
const REPEATS = 3;
/** Well above the 200 asked for: the targets sit near what any test can reach, so the estimate must be tight. */
const RUNS = 10_000;
const gate = gateSchema.parse({ margin: 0.05, confidence: 0.95 });

/** Per-case [base, head] pass probabilities for one simulated review. */
type CaseModel = (random: Random) => [number, number];

function sampleCase(random: Random, id: string, [pBase, pHead]: [number, number]): CaseSamples {
  const draw = (p: number) => Array.from({ length: REPEATS }, () => random() < p);
  return { id, base: draw(pBase), head: draw(pHead) };
}

/** Share of simulated reviews that decideVerdict fails (only the pass-rate gate can trip here). */
function measureFailRate(model: CaseModel, seed: number): number {
  const random = createRandom(seed);
  let fails = 0;
  for (let run = 0; run < RUNS; run++) {
    const cases = Array.from({ length: CASES }, (_, i) => sampleCase(random, `case-${i}`, model(random)));
    const comparison = comparePaired(cases, { confidence: gate.confidence });
    const decision = decideVerdict({
      change: "modified",
      gate,
      comparison,
      invariantBreaks: [],
      costPerCallUsd: { base: 0.001, head: 0.001 },
      latencyP50Ms: { base: 800, head: 800 },
      incomplete: false,
      casesEvaluated: comparison.n,
    });
    if (decision.verdict === "fail") fails++;
  }
  return fails / RUNS;
}

const percent = (rate: number) => `${(rate * 100).toFixed(2)}%`;

const noOp: CaseModel = () => [0.9, 0.9];
/** Each case has its own pass probability, uniform in [0.8, 1.0] (mean 0.9), the same on both sides. */
const noOpHeterogeneous: CaseModel = (random) => {
  const p = 0.8 + 0.2 * random();
  return [p, p];
};
const drop20: CaseModel = () => [0.9, 0.7];

const noOpRate = measureFailRate(noOp, 1);
const noOpHeterogeneousRate = measureFailRate(noOpHeterogeneous, 2);
const dropRate = measureFailRate(drop20, 3);
console.info(
  `calibration over ${RUNS} reviews of ${CASES} cases × ${REPEATS} repeats: ` +
    `no-op false-fail ${percent(noOpRate)}, heterogeneous no-op false-fail ${percent(noOpHeterogeneousRate)}, ` +
    `20-point drop caught ${percent(dropRate)}`,
);

describe(`pass-rate gate calibration (${RUNS} simulated reviews each, margin 5 points, confidence 95%)`, () => {
  it(`no-op change, every case p = 0.9: false-fail rate ${percent(noOpRate)} ≤ 5%`, () => {
    expect(noOpRate).toBeLessThanOrEqual(0.05);
  });

  it(`no-op change, per-case p in [0.8, 1.0]: false-fail rate ${percent(noOpHeterogeneousRate)} ≤ 5%`, () => {
    expect(noOpHeterogeneousRate).toBeLessThanOrEqual(0.05);
  });

  it(`true 20-point drop (0.9 → 0.7): caught ${percent(dropRate)} ≥ 95%`, () => {
    expect(dropRate).toBeGreaterThanOrEqual(0.95);
  });
});
