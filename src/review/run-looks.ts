// Runs one prompt's cases look by look in the seeded order, asking the gate after each look whether to stop.
//
// The order is seeded from the base blob and the path, so a re-run of the same base/head pair asks the same
// questions in the same order and every answer it already has comes from the response cache: a new push is
// the same review again, not an extra look, and its error rates are those of one review.
import { createHash } from "node:crypto";
import type { Config } from "../core/config/config-schema.js";
import { buildDesign } from "../core/gate/design.js";
import type { InvariantDecision } from "../core/gate/invariant-evidence.js";
import {
  type CaseEvidence,
  decideAtLook,
  type LookDecision,
  orderCases,
  type SequentialDesign,
} from "../core/gate/sequential.js";
import type { CallTag, Engine } from "../engine/engine-types.js";
import { type CaseRun, executeCases, type PlannedPrompt, type SampleResult } from "./execute-plans.js";
import { confirmInvariantBreaks } from "./invariant-checks.js";
import type { PlannedCase } from "./plan-prompt.js";
import { gradedSamples } from "./version-stats.js";

export interface SequentialPrompt extends PlannedPrompt {
  /** Seed of the case order: the base blob and its path (the head's for an added prompt). */
  seed: string;
  /** Most cases the budget allows this prompt, fixed before any call; null = no cap. */
  budgetCases: number | null;
}

export interface PromptRun {
  /** The cases that ran, in the seeded order; gated rows first, then the rows the head adds. */
  runs: CaseRun[];
  /** Set for prompts with a base to compare with: the plan and the decision at every look taken. */
  design?: SequentialDesign;
  looks: LookDecision[];
  /** Gated rows of the eval set, whether or not they ran. */
  totalCases: number;
  /** Invariant breaks after the re-asks that confirm or dismiss them (prompts compared with a base). */
  invariants?: InvariantDecision;
}

/** Git's blob id of a file's text: the seed does not change unless the base file does. */
export function gitBlobId(text: string): string {
  const body = Buffer.from(text, "utf8");
  return createHash("sha1").update(`blob ${body.length}\0`).update(body).digest("hex");
}

/** The per-case evidence of the gated cases, in run order: graded samples only (errors are evidence of nothing). */
export function buildCaseEvidence(runs: CaseRun[]): CaseEvidence[] {
  return runs
    .filter((r) => r.planned.gated)
    .map((r) => ({
      caseId: r.planned.id,
      base: gradedSamples(r.base).map((s) => s.pass),
      head: gradedSamples(r.head).map((s) => s.pass),
    }));
}

/**
 * The rows the head adds (reported, not gated) run with the first look. A prompt without a base (added, or a
 * broken base) has no paired test: its rows run in one batch, up to the case cap.
 */
export async function runPromptInLooks(
  prompt: SequentialPrompt,
  engine: Engine,
  config: Config,
  /** Told each sample once graded (for the trace). */
  onSample?: (tag: CallTag, result: SampleResult) => void,
): Promise<PromptRun> {
  const gated = orderGated(prompt);
  const extra = prompt.plan.cases.filter((c) => !c.gated);
  const paired = gated.some((c) => c.base && c.head);
  const design = buildDesign(config.gate, gated.length, prompt.budgetCases);
  const limit = design.looks.at(-1) ?? 0;
  if (!paired) {
    const runs = await executeCases(prompt, [...gated.slice(0, limit), ...extra], engine, config, onSample);
    return { runs, looks: [], totalCases: gated.length };
  }
  const runs: CaseRun[] = [];
  const looks: LookDecision[] = [];
  for (let look = 0; look < design.looks.length; look++) {
    const batch = gated.slice(runs.filter((r) => r.planned.gated).length, design.looks[look]);
    const cases = look === 0 ? [...batch, ...extra] : batch;
    runs.push(...(await executeCases(prompt, cases, engine, config, onSample)));
    const decision = decideAtLook(design, buildCaseEvidence(runs), look);
    looks.push(decision);
    const stats = engine.stats();
    if (decision.outcome !== "continue" || stats.stoppedBy || stats.refusedBy) break;
  }
  const invariants = await confirmInvariantBreaks(prompt, runs, engine, config);
  return { runs, design, looks, totalCases: gated.length, invariants };
}

function orderGated(prompt: SequentialPrompt): PlannedCase[] {
  const gated = prompt.plan.cases.filter((c) => c.gated);
  // Ids are unique in a plan; a queue per id keeps every case even if two ever shared one.
  const byId = new Map<string, PlannedCase[]>();
  for (const c of gated) byId.set(c.id, [...(byId.get(c.id) ?? []), c]);
  return orderCases(
    gated.map((c) => c.id),
    prompt.seed,
  ).map((id) => byId.get(id)!.shift()!);
}
