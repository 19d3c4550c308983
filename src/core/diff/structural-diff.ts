// What changed in a prompt's meaning between two parsed versions: model, parameters, format, variables, tests.
import { isModelParameterName, type ModelParameters, modelParameterNames } from "../model-parameters.js";
import type { PromptSpec } from "../prompt-file/prompt-spec.js";
import type { PromptDiffReport } from "../report/report.js";

export type StructuralDiff = Omit<PromptDiffReport, "unified" | "messages">;

/** Shown when a prompt names no model and runs on promptgate.yml's `model`. */
export const configDefaultModel = "(config default)";

/** Parameters in the order a reader expects them; keys outside this list follow, sorted. */

export function emptyStructuralDiff(): StructuralDiff {
  return {
    parametersChanged: [],
    variablesAdded: [],
    variablesRemoved: [],
    casesAdded: 0,
    casesRemoved: 0,
    evaluatorsAdded: [],
    evaluatorsRemoved: [],
  };
}

/** JSON with sorted object keys, so two equal values compare equal whatever their key order. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner === null || typeof inner !== "object" || Array.isArray(inner)) return inner;
    const entries = Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return Object.fromEntries(entries);
  });
}

function sameValue(a: unknown, b: unknown): boolean {
  return stableJson(a) === stableJson(b);
}

function listParameterChanges(
  from: ModelParameters,
  to: ModelParameters,
): StructuralDiff["parametersChanged"] {
  const extra = [...new Set([...Object.keys(from), ...Object.keys(to)])]
    .filter((key) => !isModelParameterName(key))
    .sort();
  const changes: StructuralDiff["parametersChanged"] = [];
  for (const name of [...modelParameterNames, ...extra]) {
    const before = (from as Record<string, unknown>)[name];
    const after = (to as Record<string, unknown>)[name];
    // A parameter that is not set is reported as null so the JSON report keeps the key.
    if (!sameValue(before, after)) changes.push({ name, from: before ?? null, to: after ?? null });
  }
  return changes;
}

function describeResponseFormatChange(
  from: PromptSpec,
  to: PromptSpec,
): StructuralDiff["responseFormatChanged"] {
  if (from.responseFormat !== to.responseFormat) return { from: from.responseFormat, to: to.responseFormat };
  if (from.responseFormat === "json_schema" && !sameValue(from.jsonSchema, to.jsonSchema)) {
    // Same format, new schema: said once, not as a change from a value to itself.
    return { from: "json_schema", to: "json_schema", schemaChanged: true };
  }
  return undefined;
}

function difference(items: string[], minus: string[]): string[] {
  const removed = new Set(minus);
  return [...new Set(items.filter((item) => !removed.has(item)))].sort();
}

/** Rows of `a` with no counterpart in `b`, by case id; repeated ids count once per extra occurrence. */
function countExtraCases(a: PromptSpec | undefined, b: PromptSpec | undefined): number {
  const available = new Map<string, number>();
  for (const row of b?.testData ?? []) available.set(row.id, (available.get(row.id) ?? 0) + 1);
  let extra = 0;
  for (const row of a?.testData ?? []) {
    const left = available.get(row.id) ?? 0;
    if (left > 0) available.set(row.id, left - 1);
    else extra += 1;
  }
  return extra;
}

const evaluatorNames = (spec: PromptSpec | undefined): string[] =>
  (spec?.evaluators ?? []).map((e) => e.name);

/**
 * Differences between two versions. A missing side (added or deleted prompt) contributes nothing, so every
 * variable, case and evaluator of the other side counts as added or removed; model, parameters and response
 * format are compared only when both versions exist.
 */
export function buildStructuralDiff(
  base: PromptSpec | undefined,
  head: PromptSpec | undefined,
): StructuralDiff {
  const diff = emptyStructuralDiff();
  diff.variablesAdded = difference(head?.variables ?? [], base?.variables ?? []);
  diff.variablesRemoved = difference(base?.variables ?? [], head?.variables ?? []);
  diff.casesAdded = countExtraCases(head, base);
  diff.casesRemoved = countExtraCases(base, head);
  const edited = countEditedCases(base, head);
  if (edited > 0) {
    diff.casesEdited = edited;
    diff.casesAdded -= edited;
    diff.casesRemoved -= edited;
  }
  diff.evaluatorsAdded = difference(evaluatorNames(head), evaluatorNames(base));
  diff.evaluatorsRemoved = difference(evaluatorNames(base), evaluatorNames(head));
  if (base === undefined || head === undefined) return diff;

  const fromModel = base.model ?? configDefaultModel;
  const toModel = head.model ?? configDefaultModel;
  if (fromModel !== toModel) diff.modelChanged = { from: fromModel, to: toModel };
  diff.parametersChanged = listParameterChanges(base.modelParameters, head.modelParameters);
  const responseFormatChanged = describeResponseFormatChange(base, head);
  if (responseFormatChanged) diff.responseFormatChanged = responseFormatChanged;
  return diff;
}

/** Rows changed in place: a row at the same position whose id (its values) is new on one side and gone on the other. */
function countEditedCases(base: PromptSpec | undefined, head: PromptSpec | undefined): number {
  if (!base || !head) return 0;
  const baseIds = new Set(base.testData.map((row) => row.id));
  const headIds = new Set(head.testData.map((row) => row.id));
  const removedAt = new Set(base.testData.filter((row) => !headIds.has(row.id)).map((row) => row.index));
  return head.testData.filter((row) => !baseIds.has(row.id) && removedAt.has(row.index)).length;
}
