// Takes the looks of a sequential review over evidence that is all there up front, as the pipeline does batch by batch.
import type { GateConfig } from "../../../../src/core/config/config-schema.js";
import { buildDesign, summarizePassRates } from "../../../../src/core/gate/design.js";
import type { PassRateEvidence } from "../../../../src/core/gate/pass-rate-rule.js";
import { type CaseEvidence, decideAtLook, type LookDecision } from "../../../../src/core/gate/sequential.js";

export function decideLooks(
  gate: GateConfig,
  evidence: CaseEvidence[],
  totalCases = evidence.length,
): PassRateEvidence {
  const design = buildDesign(gate, totalCases);
  let decision: LookDecision | undefined;
  for (let look = 0; look < design.looks.length; look++) {
    decision = decideAtLook(design, evidence, look);
    if (decision.outcome !== "continue") break;
  }
  if (decision === undefined) throw new Error("decideLooks needs at least one case");
  const used = evidence.slice(0, design.looks[decision.look]);
  return { decision, summary: summarizePassRates(used, gate.confidence), totalCases };
}
