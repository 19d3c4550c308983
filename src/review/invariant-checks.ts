// Invariant breaks with evidence: what each invariant evaluator did per case, and the re-asks that confirm a break.

import type { Config } from "../core/config/config-schema.js";
import {
  decideInvariantBreaks,
  type InvariantDecision,
  type InvariantObservation,
} from "../core/gate/invariant-evidence.js";
import type { Engine } from "../engine/engine-types.js";
import { askHeadAgain, type CaseRun, type PlannedPrompt, type SampleResult } from "./execute-plans.js";
import { gradedSamples } from "./version-stats.js";

/** Per gated case and invariant evaluator: broken answers on each side, and on head's re-asks. */
export function observeInvariants(runs: CaseRun[]): InvariantObservation[] {
  const observations: InvariantObservation[] = [];
  for (const run of runs) {
    if (!run.planned.gated) continue;
    const base = gradedSamples(run.base);
    const head = gradedSamples(run.head);
    if (base.length === 0 || head.length === 0) continue;
    const names = new Set(
      [...base, ...head].flatMap(
        (s) => s.grade?.results.filter((r) => r.invariant).map((r) => r.evaluator) ?? [],
      ),
    );
    const reasks = gradedSamples(run.reasks ?? []);
    for (const evaluator of names) {
      observations.push({
        evaluator,
        caseId: run.planned.id,
        baseBroken: countBroken(base, evaluator),
        baseAnswers: base.length,
        headBroken: countBroken(head, evaluator),
        headAnswers: head.length,
        ...(reasks.length > 0
          ? { reasked: reasks.length, reaskedBroken: countBroken(reasks, evaluator) }
          : {}),
      });
    }
  }
  return observations;
}

function countBroken(samples: SampleResult[], evaluator: string): number {
  return samples.filter((s) => s.grade?.results.find((r) => r.evaluator === evaluator)?.pass === false)
    .length;
}

/** Re-asks head on the cases whose break has not reproduced yet, as the gate asks, then decides. */
export async function confirmInvariantBreaks(
  prompt: PlannedPrompt,
  runs: CaseRun[],
  engine: Engine,
  config: Config,
): Promise<InvariantDecision> {
  let decision = decideInvariantBreaks(observeInvariants(runs));
  // Each round asks every remaining re-ask at once, so a second round finds none; the bound is a safeguard.
  for (let round = 0; round < 3 && decision.reasks.length > 0; round++) {
    const byId = new Map(runs.map((r) => [r.planned.id, r]));
    const perCase = new Map<string, number>();
    for (const { caseId, count } of decision.reasks) {
      perCase.set(caseId, Math.max(perCase.get(caseId) ?? 0, count));
    }
    await Promise.all(
      [...perCase].map(([caseId, count]) => askHeadAgain(prompt, byId.get(caseId)!, count, engine, config)),
    );
    decision = decideInvariantBreaks(observeInvariants(runs));
  }
  return decision;
}
