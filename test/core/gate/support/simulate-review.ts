// Simulated reviews through decideAtLook itself: cases drawn one by one, looks as planned, stop at the first decision.

import {
  type CaseEvidence,
  decideAtLook,
  type SequentialDesign,
} from "../../../../src/core/gate/sequential.js";
import { type Answers, type CaseType, drawRepeats, drawType } from "./case-mix.js";

export interface SimulatedReview {
  outcome: "fail" | "pass" | "inconclusive";
  cases: number;
}

/** One review of `types` (base/head pass probabilities) with `repeats` answers per side per case. */
export function simulateReview(
  design: SequentialDesign,
  types: CaseType[],
  repeats: number,
  answers: Answers,
  random: () => number,
): SimulatedReview {
  const evidence: CaseEvidence[] = [];
  for (let look = 0; look < design.looks.length; look++) {
    while (evidence.length < design.looks[look]!) {
      const t = drawType(types, random);
      evidence.push({
        caseId: `case-${evidence.length}`,
        base: drawRepeats(t.base, repeats, answers, random),
        head: drawRepeats(t.head, repeats, answers, random),
      });
    }
    const decision = decideAtLook(design, evidence, look);
    if (decision.outcome !== "continue") return { outcome: decision.outcome, cases: evidence.length };
  }
  throw new Error("the last look must decide");
}
