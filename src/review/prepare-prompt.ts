// Everything known about a changed prompt before any model call: parsed versions, diff, plan, cost estimate.
import type { PromptChange } from "../core/change-set.js";
import type { Config } from "../core/config-schema.js";
import type { Diagnostic } from "../core/diagnostics.js";
import { estimateCost, estimateEvalCost } from "../core/estimate.js";
import { planDetectableDrop } from "../core/gate/design.js";
import { diffPrompt } from "../core/prompt-diff.js";
import type { PromptSpec } from "../core/prompt-spec.js";
import type { CostEstimate, PromptDiffReport, PromptEstimate, PromptVerdict } from "../core/report.js";
import type { RepoReader } from "../ports.js";
import { type LoadedPrompt, loadPromptVersions } from "./load-versions.js";
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

export async function preparePrompt(
  repo: RepoReader,
  change: PromptChange,
  shas: { base: string; head: string },
  config: Config,
): Promise<PreparedPrompt> {
  const loaded = await loadPromptVersions(repo, change, shas);
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
  if (change.change === "deleted") return notRunnable(prepared, "skipped", ["Deleted: nothing to run."]);
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
  prepared.plan = plan;
  prepared.runnable = true;
  return prepared;
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

export { buildReport } from "./build-report.js";
