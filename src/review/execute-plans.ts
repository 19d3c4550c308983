// Runs a batch of planned cases through the engine, base and head interleaved in time, and grades each answer.
import type { Config } from "../core/config/config-schema.js";
import { mapModelId } from "../core/cost/pricing.js";
import type { CallSpec, CallTag, Engine } from "../engine/engine-types.js";
import { gradeSample, type SampleGrade } from "../engine/grade.js";
import type { ChatResponse } from "../engine/model.js";
import type { PlannedCase, PromptPlan } from "./plan-prompt.js";

export interface SampleResult {
  output: string;
  /** Passed every evaluator. False when the call or a judge failed (then `error` says why). */
  pass: boolean;
  grade?: SampleGrade;
  response?: ChatResponse;
  error?: string;
  /** Never sent to the model (budget stop, offline cache miss, cancelled). */
  notRun?: boolean;
  /** What this answer costs at list price (from its usage), null when the price is unknown. */
  costUsd: number | null;
}

export interface CaseRun {
  planned: PlannedCase;
  base: SampleResult[];
  head: SampleResult[];
  /** Head asked again after an invariant broke, to see whether the break reproduces (not pass-rate evidence). */
  reasks?: SampleResult[];
}

export interface PlannedPrompt {
  path: string;
  plan: PromptPlan;
}

type Side = "base" | "head";

/** The judges' model: the base config's `judge.model`, else the prompt's own (base first). */
function judgeModelOf(plan: PromptPlan, config: Config): string {
  return mapModelId(config.judge.model ?? plan.models.base ?? plan.models.head ?? config.model);
}

/**
 * Every model the plans will call, judges included, so the budget can refuse an unpriced one before the first
 * call rather than after the other side's calls were spent.
 */
export function listPlannedModels(plans: readonly PromptPlan[], config: Config): string[] {
  const models = new Set<string>();
  for (const plan of plans) {
    for (const planned of plan.cases) {
      if (planned.base) models.add(planned.base.request.model);
      if (planned.head) models.add(planned.head.request.model);
    }
    for (const evaluator of plan.evaluators) {
      if (evaluator.kind === "llm" && evaluator.modelId) models.add(mapModelId(evaluator.modelId));
      else if (evaluator.kind === "llm" || evaluator.kind === "builtin")
        models.add(judgeModelOf(plan, config));
    }
  }
  return [...models];
}

/**
 * Runs one batch of a prompt's cases (the cases of one look). Submission order is start order (the engine is
 * FIFO): repeat-major, then case, with base and head adjacent and their order alternating, so provider drift and
 * warm caches hit both versions alike.
 */
export async function executeCases(
  prompt: PlannedPrompt,
  cases: PlannedCase[],
  engine: Engine,
  config: Config,
  /** Told each sample once graded (for the trace). */
  onSample?: (tag: CallTag, result: SampleResult) => void,
): Promise<CaseRun[]> {
  const runs: CaseRun[] = cases.map((planned) => ({ planned, base: [], head: [] }));
  // Batch mode: the look's calls go to the provider as one batch first; the calls below then take its answers.
  await engine.prefetch?.(listSampleSpecs(prompt.path, cases, config.repeats));
  const pending: Promise<void>[] = [];
  for (let sample = 0; sample < config.repeats; sample++) {
    runs.forEach((run, i) => {
      const sides: Side[] = (sample + i) % 2 === 0 ? ["base", "head"] : ["head", "base"];
      for (const side of sides) {
        if (!run.planned[side]) continue;
        pending.push(
          runSample(engine, config, prompt.path, prompt.plan, run.planned, side, sample).then((result) => {
            run[side][sample] = result;
            onSample?.({ path: prompt.path, caseId: run.planned.id, version: side, sample }, result);
          }),
        );
      }
    });
  }
  await Promise.all(pending);
  return runs;
}

/** Asks head `count` more times for one case, at sample indices after the ones already asked (distinct cache keys). */
export async function askHeadAgain(
  prompt: PlannedPrompt,
  run: CaseRun,
  count: number,
  engine: Engine,
  config: Config,
): Promise<void> {
  const first = config.repeats + (run.reasks?.length ?? 0);
  const asked = await Promise.all(
    Array.from({ length: count }, (_, k) =>
      runSample(engine, config, prompt.path, prompt.plan, run.planned, "head", first + k),
    ),
  );
  run.reasks = [...(run.reasks ?? []), ...asked];
}

/** The engine calls of these cases' samples, as `runSample` makes them (judges are not known before answers). */
function listSampleSpecs(path: string, cases: PlannedCase[], repeats: number): CallSpec[] {
  const specs: CallSpec[] = [];
  for (let sample = 0; sample < repeats; sample++)
    for (const planned of cases)
      for (const side of ["base", "head"] as const)
        if (planned[side]) specs.push(sampleSpec(path, planned, side, sample));
  return specs;
}

function sampleSpec(path: string, planned: PlannedCase, side: Side, sample: number): CallSpec {
  const label = `${path}#${planned.id} ${side} sample ${sample + 1}`;
  const tag: CallTag = { path, caseId: planned.id, version: side, sample };
  return { label, request: planned[side]!.request, sample, tag };
}

async function runSample(
  engine: Engine,
  config: Config,
  path: string,
  plan: PromptPlan,
  planned: PlannedCase,
  side: Side,
  sample: number,
): Promise<SampleResult> {
  const planSide = planned[side]!;
  const spec = sampleSpec(path, planned, side, sample);
  const { label, tag } = spec;
  const outcome = await engine.call(spec);
  if (!outcome.ok) {
    const notRun = outcome.kind === "budget" || outcome.kind === "offline_miss" || outcome.kind === "aborted";
    return { output: "", pass: false, error: outcome.error, costUsd: null, ...(notRun ? { notRun } : {}) };
  }
  const judgeModel = judgeModelOf(plan, config);
  const grade = await gradeSample(plan.evaluators, outcome.response.text, {
    engine,
    file: path,
    caseId: planned.id,
    vars: planSide.testCase.vars,
    judgeModel,
    sample,
    label,
    tag,
    prompt: planSide.request.messages.filter((m) => m.role === "user").at(-1)?.content,
    measured: {
      costUsd: outcome.costUsd,
      latencyMs: outcome.response.latencyMissing ? null : outcome.response.latencyMs,
    },
  });
  return {
    output: outcome.response.text,
    pass: grade.pass,
    grade,
    response: outcome.response,
    ...(grade.error ? { error: grade.error } : {}),
    // What the answer costs at list price (the engine prices cached answers too, from their stored usage).
    costUsd: outcome.costUsd,
  };
}
