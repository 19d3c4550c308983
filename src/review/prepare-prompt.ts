// Everything known about a changed prompt before any model call: parsed versions, diff, plan, cost estimate.

import type { Config } from "../core/config/config-schema.js";
import { checkContextWindow } from "../core/cost/context-window.js";
import { estimateCost, estimateEvalCost } from "../core/cost/estimate.js";
import { builtInCatalogue } from "../core/cost/model-catalogue.js";
import { findPrice } from "../core/cost/pricing.js";
import type { Diagnostic } from "../core/diagnostics.js";
import type { PromptChange } from "../core/diff/change-set.js";
import { diffPrompt } from "../core/diff/prompt-diff.js";
import { deletedPromptOutcome } from "../core/gate/deleted-prompt.js";
import { planDetectableDrop } from "../core/gate/design.js";
import type { PromptSpec } from "../core/prompt-file/prompt-spec.js";
import { listSendableTools } from "../core/prompt-file/tools.js";
import type { CostEstimate, PromptDiffReport, PromptEstimate, PromptVerdict } from "../core/report/report.js";
import { describeUnpricedModel } from "../engine/budget.js";
import type { RepoReader } from "../ports.js";
import { listPlannedModels } from "./execute-plans.js";
import { type LoadedPrompt, loadPromptVersions } from "./load-versions.js";
import { pairRenamedPrompts } from "./pair-renames.js";
import { type PromptPlan, planPrompt } from "./plan-prompt.js";

export interface PreparedPrompt {
  change: PromptChange;
  loaded: LoadedPrompt;
  diff: PromptDiffReport;
  estimate?: PromptEstimate;
  plan?: PromptPlan;
  /** False when nothing is run for this prompt; `verdict` and `reasons` then say why. */
  runnable: boolean;
  verdict?: PromptVerdict;
  reasons: string[];
  errors: Diagnostic[];
  warnings: Diagnostic[];
}

/** Loads every changed prompt, pairs deletions with the additions that carry them on, and prepares each. */
export async function prepareAllPrompts(
  repo: RepoReader,
  changes: PromptChange[],
  shas: { base: string; head: string },
  config: Config,
): Promise<PreparedPrompt[]> {
  const loaded: LoadedPrompt[] = [];
  for (const change of changes)
    loaded.push(await loadPromptVersions(repo, change, shas, config.limits, config.prompts));
  return pairRenamedPrompts(loaded).map((prompt) => prepareLoadedPrompt(prompt, config));
}

function prepareLoadedPrompt(loaded: LoadedPrompt, config: Config): PreparedPrompt {
  const { change } = loaded;
  const baseSpec = loaded.base?.spec;
  const headSpec = loaded.head?.spec;
  const diff = diffPrompt(
    loaded.base && { path: loaded.base.path, text: loaded.base.text, spec: baseSpec ?? loaded.base.partial },
    loaded.head && { path: loaded.head.path, text: loaded.head.text, spec: headSpec ?? loaded.head.partial },
  );
  // The head's warnings are the ones the author can act on; a deleted prompt only has its base's.
  const warnings = [...((loaded.head ? headSpec?.warnings : baseSpec?.warnings) ?? [])];
  const prepared: PreparedPrompt = {
    change,
    loaded,
    diff,
    runnable: false,
    reasons: [],
    errors: [],
    warnings,
  };
  const headErrors = loaded.head?.errors ?? [];
  if (headErrors.length > 0)
    return notRunnable(prepared, "error", ["The head version has errors."], headErrors);
  // A broken base (the PR may be its fix) has no spec: it is reviewed like an added prompt, with a warning.
  warnings.push(...(loaded.base?.errors ?? []).map((d) => ({ ...d, message: `(base) ${d.message}` })));
  if (change.change === "deleted") return prepareDeleted(prepared, baseSpec, config);
  if (
    change.change === "renamed" &&
    loaded.base?.text === loaded.head?.text &&
    change.changedDataFiles.length === 0
  ) {
    return notRunnable(prepared, "skipped", ["Renamed without changes: nothing to evaluate."]);
  }
  const plan = planPrompt(baseSpec, headSpec, config);
  prepared.estimate = buildEstimate(plan, baseSpec, headSpec, config);
  if (plan.errors.length > 0)
    return notRunnable(prepared, "error", ["Test cases cannot be rendered."], plan.errors);
  const overflow = checkPlanContextWindow(plan, baseSpec, headSpec);
  if (overflow.length > 0) return notRunnable(prepared, "error", [OVER_CONTEXT_WINDOW], overflow);
  if (!plan.cases.some((c) => c.head)) {
    return notRunnable(prepared, "not_evaluable", [
      "No test data: add `testData` rows (and `evaluators`) to the prompt file so promptgate can compare versions.",
    ]);
  }
  if (plan.evaluators.length === 0) {
    warnings.push({
      file: change.path,
      field: "evaluators",
      message:
        "no evaluators: every answered sample counts as a pass, so only cost and latency can fail this prompt",
    });
  }
  warnings.push(...warnUnpricedModels(change.path, plan, config));
  prepared.plan = plan;
  prepared.runnable = true;
  return prepared;
}

const OVER_CONTEXT_WINDOW = "A rendered prompt does not fit the model's context window.";

/** A deleted prompt with no eval set gated nothing; one with rows takes `gate.onDeletedPrompt`. */
function prepareDeleted(
  prepared: PreparedPrompt,
  base: PromptSpec | undefined,
  config: Config,
): PreparedPrompt {
  if (!base || base.testData.length === 0)
    return notRunnable(prepared, "skipped", ["Deleted: nothing to run."]);
  const outcome = deletedPromptOutcome(config.gate);
  return notRunnable(prepared, outcome.verdict, outcome.reasons);
}

/** Each version's rendered calls against its model's context window, located at the version's file. */
function checkPlanContextWindow(plan: PromptPlan, base?: PromptSpec, head?: PromptSpec): Diagnostic[] {
  const side = (spec: PromptSpec | undefined, which: "base" | "head") =>
    spec
      ? checkContextWindow(
          plan.cases.flatMap((c) => {
            const planned = c[which];
            if (!planned) return [];
            // The row's line only when the row is written in this version's own file.
            const own = planned.testCase.source === undefined && spec.testData.includes(planned.testCase);
            const line = own ? planned.testCase.line : undefined;
            return [{ request: planned.request, file: spec.path, ...(line !== undefined ? { line } : {}) }];
          }),
        )
      : [];
  return [...side(base, "base"), ...side(head, "head")];
}

/** Under a USD cap the engine refuses a model with no price before any call: said up front, on a dry run too. */
function warnUnpricedModels(file: string, plan: PromptPlan, config: Config): Diagnostic[] {
  if (config.budget.maxCostUsd === null) return [];
  return listPlannedModels([plan], config)
    .filter((model) => findPrice(model, config.pricing, builtInCatalogue) === null)
    .map((model) => ({ file, field: "model", message: describeUnpricedModel(model) }));
}

function notRunnable(
  prepared: PreparedPrompt,
  verdict: PromptVerdict,
  reasons: string[],
  errors: Diagnostic[] = [],
): PreparedPrompt {
  return { ...prepared, runnable: false, verdict, reasons, errors };
}

function buildEstimate(
  plan: PromptPlan,
  base: PromptSpec | undefined,
  head: PromptSpec | undefined,
  config: Config,
): PromptEstimate {
  const side = (spec: PromptSpec | undefined, which: "base" | "head"): CostEstimate | undefined => {
    if (!spec) return undefined;
    const rendered = plan.cases.flatMap((c) => (c[which] ? [c[which].request.messages] : []));
    const calls =
      rendered.length > 0 ? rendered : [spec.messages.map((m) => ({ role: m.role, content: m.content }))];
    return estimateCost(
      {
        model: spec.model ?? config.model,
        calls,
        maxTokens: spec.modelParameters.maxTokens,
        maxCompletionTokens: spec.modelParameters.maxCompletionTokens,
        tools: listSendableTools(spec.tools),
      },
      config.pricing,
    );
  };
  const cases = {
    base: plan.cases.filter((c) => c.base).length,
    head: plan.cases.filter((c) => c.head).length,
  };
  const estimate = estimateEvalCost(side(base, "base"), side(head, "head"), cases, config.repeats);
  // Only a comparison with a base has a detectable drop; an added prompt is held to minPassRate instead.
  const gatedCases = plan.cases.filter((c) => c.gated && c.base && c.head).length;
  const drop = base && head ? planDetectableDrop(config.gate, gatedCases) : null;
  const shown = config.gate.maxCases === null ? gatedCases : Math.min(gatedCases, config.gate.maxCases);
  return drop === null ? estimate : { ...estimate, minDetectableDrop: drop, gatedCases: shown };
}
