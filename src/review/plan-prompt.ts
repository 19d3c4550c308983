// Turns both parsed versions of a prompt into the calls to make: paired cases, requests, one evaluator set.
//
// The gate is the base's: its test rows, run with the same inputs on both versions, and its evaluators. A pull
// request cannot weaken its own eval set (drop a failing row, edit an expected value, add an evaluator the old
// prompt fails): rows and evaluators the head adds are run and reported, and gate once merged.
import type { Config } from "../core/config/config-schema.js";
import { mapModelId } from "../core/cost/pricing.js";
import { type Diagnostic, InputError } from "../core/diagnostics.js";
import { pickModelParameters } from "../core/model-parameters.js";
import type { EvaluatorSpec, PromptSpec, TestCase } from "../core/prompt-file/prompt-spec.js";
import { renderMessages } from "../core/prompt-file/template.js";
import { listSendableTools } from "../core/prompt-file/tools.js";
import type { ChatMessage, ChatRequest, ChatResponseFormat } from "../engine/model.js";

export interface PlannedSide {
  testCase: TestCase;
  request: ChatRequest;
}

export interface PlannedCase {
  id: string;
  index: number;
  /** The row's variables: the base row's for gated cases. */
  vars: Record<string, string>;
  base?: PlannedSide;
  head?: PlannedSide;
  /** False for rows the head adds to an existing prompt: reported, not part of the verdict. */
  gated: boolean;
}

export interface PromptPlan {
  cases: PlannedCase[];
  /** The base's evaluators (the head's for an added prompt), applied identically to both sides. */
  evaluators: EvaluatorSpec[];
  /** Evaluators the head adds or redefines: not applied until the change is merged. */
  ungatedEvaluators: string[];
  models: { base?: string; head?: string };
  errors: Diagnostic[];
}

/** Cases pair by id; rows whose id changed (an edited row) pair by position among the unpaired. */
export function pairCases(
  base: TestCase[],
  head: TestCase[],
): { id: string; base?: TestCase; head?: TestCase }[] {
  const headById = new Map(head.map((c) => [c.id, c]));
  const pairs: { id: string; base?: TestCase; head?: TestCase }[] = [];
  const unpairedBase: TestCase[] = [];
  const pairedHead = new Set<string>();
  for (const b of base) {
    const h = headById.get(b.id);
    if (h && !pairedHead.has(h.id)) {
      pairs.push({ id: h.id, base: b, head: h });
      pairedHead.add(h.id);
    } else unpairedBase.push(b);
  }
  const unpairedHead = head.filter((h) => !pairedHead.has(h.id));
  const headByIndex = new Map(unpairedHead.map((h) => [h.index, h]));
  for (const b of unpairedBase) {
    const h = headByIndex.get(b.index);
    if (h) {
      pairs.push({ id: h.id, base: b, head: h });
      headByIndex.delete(b.index);
    } else pairs.push({ id: b.id, base: b });
  }
  for (const h of headByIndex.values()) pairs.push({ id: h.id, head: h });
  return pairs.sort((a, b) => caseIndex(a) - caseIndex(b) || a.id.localeCompare(b.id));
}

function caseIndex(pair: { base?: TestCase; head?: TestCase }): number {
  return pair.head?.index ?? pair.base?.index ?? 0;
}

export function modelOf(spec: PromptSpec, config: Config): string {
  return mapModelId(spec.model ?? config.model);
}

export function buildRequest(spec: PromptSpec, config: Config, messages: ChatMessage[]): ChatRequest {
  const request: ChatRequest = {
    model: modelOf(spec, config),
    messages,
    ...pickModelParameters(spec.modelParameters),
  };
  const format = buildResponseFormat(spec);
  if (format) request.responseFormat = format;
  const tools = listSendableTools(spec.tools);
  if (tools) request.tools = tools;
  return request;
}

function buildResponseFormat(spec: PromptSpec): ChatResponseFormat | undefined {
  if (spec.responseFormat === "json_object") return { type: "json_object" };
  if (spec.responseFormat !== "json_schema") return undefined;
  const raw = spec.jsonSchema;
  if (raw && typeof raw === "object" && "schema" in raw) {
    const wrapped = raw as { name?: unknown; schema: unknown; strict?: unknown };
    return {
      type: "json_schema",
      name: typeof wrapped.name === "string" ? wrapped.name : "response",
      schema: wrapped.schema,
      ...(typeof wrapped.strict === "boolean" ? { strict: wrapped.strict } : {}),
    };
  }
  return { type: "json_schema", name: "response", schema: raw ?? {} };
}

/** The gate's evaluators come from base; what the head adds or redefines is listed, not applied. */
export function selectEvaluators(
  base?: PromptSpec,
  head?: PromptSpec,
): { evaluators: EvaluatorSpec[]; ungated: string[] } {
  if (!base) return { evaluators: head?.evaluators ?? [], ungated: [] };
  const baseByName = new Map(base.evaluators.map((e) => [e.name, JSON.stringify({ ...e, line: undefined })]));
  const ungated = (head?.evaluators ?? [])
    .filter((e) => baseByName.get(e.name) !== JSON.stringify({ ...e, line: undefined }))
    .map((e) => e.name);
  return { evaluators: base.evaluators, ungated };
}

/**
 * Renders one row for one version. A row the prompt lacks a variable for gives undefined; its problems go to
 * `errors` when given (the version's own rows), and are dropped when not (the other version's rows).
 */
function renderSide(
  spec: PromptSpec,
  testCase: TestCase,
  config: Config,
  errors?: Diagnostic[],
): PlannedSide | undefined {
  try {
    return { testCase, request: buildRequest(spec, config, renderMessages(spec, testCase)) };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    errors?.push(...error.diagnostics);
    return undefined;
  }
}

/**
 * A head that renders its own row (it renamed a variable) is still graded with the base row's values: the
 * expected values are the gate's, so dropping `mustMention` from the rows does not disarm an evaluator.
 */
function gradedByBaseRow(side: PlannedSide | undefined, baseRow: TestCase): PlannedSide | undefined {
  return (
    side && { ...side, testCase: { ...side.testCase, vars: { ...side.testCase.vars, ...baseRow.vars } } }
  );
}

export function planPrompt(
  base: PromptSpec | undefined,
  head: PromptSpec | undefined,
  config: Config,
): PromptPlan {
  const errors: Diagnostic[] = [];
  const render = (spec: PromptSpec, testCase: TestCase) => renderSide(spec, testCase, config, errors);
  const tryRender = (spec: PromptSpec, testCase: TestCase) => renderSide(spec, testCase, config);
  const cases: PlannedCase[] = [];
  for (const pair of pairCases(base?.testData ?? [], head?.testData ?? [])) {
    const row = pair.base ?? pair.head!;
    // Without base rows there is no gate to weaken: the head's rows are the eval set.
    const gated = !base || base.testData.length === 0 || !!pair.base;
    const planned: PlannedCase = { id: pair.id, index: row.index, vars: row.vars, gated };
    if (base && pair.base) planned.base = render(base, pair.base);
    if (head && pair.base) {
      // Same inputs on both versions; the head's own row only when the head needs a variable base rows lack.
      planned.head =
        tryRender(head, pair.base) ?? gradedByBaseRow(pair.head && render(head, pair.head), pair.base);
    } else if (head && pair.head) planned.head = render(head, pair.head);
    if (base && !pair.base && pair.head) planned.base = tryRender(base, pair.head);
    cases.push(planned);
  }
  const selected = selectEvaluators(base, head);
  return {
    cases,
    evaluators: selected.evaluators,
    ungatedEvaluators: selected.ungated,
    models: {
      base: base ? modelOf(base, config) : undefined,
      head: head ? modelOf(head, config) : undefined,
    },
    errors,
  };
}
