// Invariant breaks count only when they reproduce: the rule, and its no-op false-fail rate at 0.1% per answer.

import { describe, expect, it } from "vitest";
import {
  decideInvariantBreaks,
  type InvariantObservation,
  MAX_CASES_REASKED,
  MAX_REASKS,
} from "../../../src/core/gate/invariant-evidence.js";
import { createRandom } from "../../support/random.js";

function observe(
  caseId: string,
  headBroken: number,
  extra: Partial<InvariantObservation> = {},
): InvariantObservation {
  return {
    evaluator: "valid-json",
    caseId,
    baseBroken: 0,
    baseAnswers: 3,
    headBroken,
    headAnswers: 3,
    ...extra,
  };
}

describe("decideInvariantBreaks", () => {
  it("confirms a break seen twice among the case's own answers", () => {
    const decision = decideInvariantBreaks([observe("a", 2)]);
    expect(decision.confirmed).toEqual([{ evaluator: "valid-json", caseId: "a", broken: 2, answers: 3 }]);
    expect(decision.explanation).toMatch(/valid-json broke on case a in 2 of 3 head answers/);
  });

  it("asks a single break again, then confirms or dismisses it by the re-asks", () => {
    expect(decideInvariantBreaks([observe("a", 1)]).reasks).toEqual([
      { evaluator: "valid-json", caseId: "a", count: MAX_REASKS },
    ]);
    const reproduced = decideInvariantBreaks([observe("a", 1, { reasked: 2, reaskedBroken: 1 })]);
    expect(reproduced.confirmed).toHaveLength(1);
    const chance = decideInvariantBreaks([observe("a", 1, { reasked: 2, reaskedBroken: 0 })]);
    expect(chance.confirmed).toHaveLength(0);
    expect(chance.unconfirmed).toHaveLength(1);
    expect(chance.reasks).toHaveLength(0);
  });

  it("ignores a break base shows on the same case", () => {
    const decision = decideInvariantBreaks([observe("a", 3, { baseBroken: 1 })]);
    expect(decision.confirmed).toHaveLength(0);
    expect(decision.explanation).toBe("No invariant broke on head that holds on base.");
  });

  it("re-asks at most MAX_CASES_REASKED cases per evaluator", () => {
    const many = Array.from({ length: MAX_CASES_REASKED + 5 }, (_, i) => observe(`c${i}`, 1));
    const decision = decideInvariantBreaks(many);
    expect(decision.reasks).toHaveLength(MAX_CASES_REASKED);
    expect(decision.unconfirmed).toHaveLength(5);
  });
});

/** One no-op review: every answer, re-asks included, breaks independently with probability v. */
function simulateNoOp(v: number, cases: number, repeats: number, random: () => number): boolean {
  const count = (n: number) => Array.from({ length: n }, () => random() < v).filter(Boolean).length;
  let observations: InvariantObservation[] = Array.from({ length: cases }, (_, i) => ({
    evaluator: "e",
    caseId: `c${i}`,
    baseBroken: count(repeats),
    baseAnswers: repeats,
    headBroken: count(repeats),
    headAnswers: repeats,
  }));
  let decision = decideInvariantBreaks(observations);
  while (decision.reasks.length > 0) {
    const asked = new Map(decision.reasks.map((r) => [r.caseId, r.count]));
    observations = observations.map((o) => {
      const n = asked.get(o.caseId);
      return n
        ? { ...o, reasked: (o.reasked ?? 0) + n, reaskedBroken: (o.reaskedBroken ?? 0) + count(n) }
        : o;
    });
    decision = decideInvariantBreaks(observations);
  }
  return decision.confirmed.length > 0;
}

/** The no-op false-fail probability of one evaluator, by formula (the re-ask cap only lowers it). */
function noOpFailFormula(v: number, cases: number, repeats: number): number {
  const baseClean = (1 - v) ** repeats;
  const once = repeats * v * (1 - v) ** (repeats - 1);
  const twiceOrMore = 1 - (1 - v) ** repeats - once;
  const perCase = baseClean * (twiceOrMore + once * (1 - (1 - v) ** MAX_REASKS));
  return 1 - (1 - perCase) ** cases;
}

describe("invariant false fails", () => {
  it("the formula matches seeded simulations where they can tell (2% per answer)", () => {
    const random = createRandom(21);
    const reviews = 4000;
    let fails = 0;
    for (let i = 0; i < reviews; i++) if (simulateNoOp(0.02, 30, 3, random)) fails++;
    const expected = noOpFailFormula(0.02, 30, 3);
    expect(Math.abs(fails / reviews - expected)).toBeLessThan(
      4 * Math.sqrt((expected * (1 - expected)) / reviews),
    );
  });

  it("stay under 0.5% at 0.1% per answer for three invariant evaluators over 150 cases × 3 repeats", () => {
    const perEvaluator = noOpFailFormula(0.001, 150, 3);
    expect(perEvaluator).toBeLessThan(0.0014);
    expect(1 - (1 - perEvaluator) ** 3).toBeLessThanOrEqual(0.005);
    // The rule it replaces (any head break fails) failed 8.6% of no-op PRs at 30 × 3.
    expect(1 - (1 - 0.001) ** 90).toBeGreaterThan(0.08);
  });
});
