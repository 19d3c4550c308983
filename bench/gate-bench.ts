// Gate benchmark: expected calls per review of the sequential gate against the fixed 30 × 3 design, its error rates, and its CPU cost.
import { exactReview } from "../src/core/gate/exact-review.js";
import {
  type CaseEvidence,
  decideAtLook,
  planLooks,
  plannedMinDetectableDrop,
} from "../src/core/gate/sequential.js";
import {
  ALL_09,
  type CaseMix,
  type Change,
  caseTypes,
  singleAnswerLaw,
  TYPICAL_MIX,
} from "../test/core/gate/support/case-mix.js";
import { createRandom } from "../test/support/random.js";
import { type BenchSection, formatNumber, formatSection } from "./report.js";

const GATE = { falseFailRate: 0.02, margin: 0.05, detect: 0.2, power: 0.95 };
/** The design the sequential gate replaces: 30 cases × 3 repeats × 2 sides, every time. */
const FIXED_CALLS = 30 * 3 * 2;
const EVAL_SET = 150;

/** Figures of a 150-row review (dynamic programming over the gate's rule; see exact-review.ts), one answer per side, for a mix and a change. */
function review(mix: CaseMix, change: Change) {
  return exactReview({ ...GATE, looks: planLooks(EVAL_SET) }, singleAnswerLaw(caseTypes(mix, change)));
}

function callsRows(label: string, mix: CaseMix): BenchSection["rows"] {
  const noOp = review(mix, { kind: "none" });
  const drop = review(mix, { kind: "few", drop: 0.2 });
  const calls = (cases: number) => 2 * cases;
  return [
    {
      metric: `${label}: expected calls, no-op`,
      value: formatNumber(calls(noOp.expectedCases)),
      target: `< ${FIXED_CALLS} (fixed 30 × 3)`,
      pass: calls(noOp.expectedCases) < FIXED_CALLS,
    },
    {
      metric: `${label}: expected calls, 20-point drop`,
      value: formatNumber(calls(drop.expectedCases)),
      target: `< ${FIXED_CALLS} (fixed 30 × 3)`,
      pass: calls(drop.expectedCases) < FIXED_CALLS,
    },
    {
      metric: `${label}: no-op false fail (dynamic programming)`,
      value: `${formatNumber(100 * noOp.fail, 2)}%`,
      target: "≤ 2%",
      pass: noOp.fail <= 0.02,
    },
    {
      metric: `${label}: 20-point drop caught (dynamic programming)`,
      value: `${formatNumber(100 * drop.fail, 2)}%`,
      target: "≥ 95%",
      pass: drop.fail >= 0.95,
    },
  ];
}

/** CPU of the seven looks of one 150-case review: first with cold caches, then again. */
function decisionCost(): { coldMs: number; warmMs: number } {
  const random = createRandom(42);
  const evidence: CaseEvidence[] = Array.from({ length: EVAL_SET }, (_, i) => ({
    caseId: `case-${i}`,
    base: [random() < 0.9],
    head: [random() < 0.88],
  }));
  const design = { ...GATE, looks: planLooks(EVAL_SET) };
  const run = () => {
    const start = performance.now();
    for (let look = 0; look < design.looks.length; look++) decideAtLook(design, evidence, look);
    return performance.now() - start;
  };
  const coldMs = run();
  return { coldMs, warmMs: run() };
}

export function runGateBench(): { sections: BenchSection[] } {
  const cost = decisionCost();
  const section: BenchSection = {
    title: `gate: sequential test over a ${EVAL_SET}-row eval set, one answer per side (fixed design: 30 × 3 = ${FIXED_CALLS} calls)`,
    rows: [
      ...callsRows("75% p .97 / 20% .5 / 5% .15", TYPICAL_MIX),
      ...callsRows("all p .9", ALL_09),
      ...[10, 30, 60, 150].map((cases) => ({
        metric: `minimum detectable drop, ${cases} cases (planning spread)`,
        value: `${formatNumber(100 * plannedMinDetectableDrop(cases, GATE))} pts`,
      })),
      {
        metric: "CPU, all 7 looks of a 150-case review, cold caches",
        value: `${formatNumber(cost.coldMs)} ms`,
      },
      { metric: "CPU, all 7 looks again, warm caches", value: `${formatNumber(cost.warmMs, 2)} ms` },
    ],
  };
  console.log(formatSection(section));
  return { sections: [section] };
}
