// promptfoo assertions as promptgate evaluators: string checks become regexes, rubrics LLM judges; code never runs.
/*
 * promptfoo's assertions belong to a test; promptgate's evaluators belong to a prompt. Each row names the
 * evaluators that grade it, with their `weight`, in `__asserts`, and its `threshold` in `__threshold`
 * (core/row-scoring.ts), so any assertion kind can be a test's own. String assertions share evaluators by
 * position: the k-th is carried by the row as a regex in `__assertK`, checked by `regex: {{__assertK}}`;
 * model-graded ones likewise put their rubric in `__rubricK`. The other kinds (`is-json`, `contains-json`,
 * `levenshtein`, `cost`, `latency`, `is-valid-openai-tools-call`) become one evaluator per distinct assertion.
 * `javascript`, `python` and the rest are never executed: each becomes a "not run" warning.
 */
import type { Diagnostic } from "../diagnostics.js";
import { ASSERTS_VAR, THRESHOLD_VAR } from "../grading/row-scoring.js";
import type { EvaluatorSpec } from "../prompt-file/prompt-spec.js";
import { listSendableTools } from "../prompt-file/tools.js";

export interface RawAssert {
  value: Record<string, unknown>;
  /** Where it is written, for the not-run warning. */
  where: Diagnostic;
}

export interface MappedAsserts {
  evaluators: EvaluatorSpec[];
  /** Per row: the slot variables it sets. */
  rowVars: Record<string, string>[];
  warnings: Diagnostic[];
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** The regex literal (`/…/flags`) of a string assertion, or undefined when the type is not one. */
export function toRegexLiteral(type: string, value: unknown): string | undefined {
  const negated = type.startsWith("not-");
  const base = negated ? type.slice(4) : type;
  const values = Array.isArray(value) ? value.map(String) : value === undefined ? [] : [String(value)];
  const one = values[0] ?? "";
  let body: string | undefined;
  let flags = "";
  switch (base) {
    case "equals":
      body = `^${escapeRegex(one)}$`;
      break;
    case "contains":
    case "icontains":
      body = escapeRegex(one);
      break;
    case "starts-with":
      body = `^${escapeRegex(one)}`;
      break;
    case "regex":
      body = one;
      break;
    case "contains-any":
    case "icontains-any":
      body = values.map(escapeRegex).join("|");
      break;
    case "contains-all":
    case "icontains-all":
      body = `^${values.map((v) => `(?=[\\s\\S]*${escapeRegex(v)})`).join("")}`;
      break;
    default:
      return undefined;
  }
  if (base.startsWith("i")) flags = "i";
  // "Does not match anywhere" is a match at the start of a lookahead that fails.
  if (negated) body = `^(?![\\s\\S]*(?:${body}))`;
  return `/${body}/${flags}`;
}

const notRunReason: Record<string, string> = {
  "is-valid-openai-tools-call":
    "the provider declares no OpenAI function tools, so there is no tool call to check",
  cost: "it needs `threshold`: the most a sample may cost, in USD",
  latency: "it needs `threshold`: the most a sample's call may take, in ms",
  javascript: "promptgate never executes code from the repository",
  python: "promptgate never executes code from the repository",
  webhook: "promptgate does not call out to other services",
};

function notRun(assert: RawAssert, type: string): Diagnostic {
  const why = notRunReason[type] ?? "this assertion type is not supported by promptgate";
  return { ...assert.where, message: `\`${type}\` assertion not run: ${why}` };
}

/** The rubric an LLM judge grades with, for promptfoo's model-graded assertion types. */
export function toRubric(type: string, value: unknown): string | undefined {
  const text = typeof value === "string" ? value : undefined;
  switch (type) {
    case "llm-rubric":
      return text;
    case "model-graded-closedqa":
      return text && `The output meets this criterion: ${text}`;
    case "factuality":
      return (
        text &&
        `The output is factually consistent with this reference answer (it may add detail, not contradict it): ${text}`
      );
    case "answer-relevance":
      return "The output is a relevant, on-topic answer to the input.";
    // promptfoo compares embeddings; promptgate's model port has none, so the judge compares meaning instead.
    case "similar":
      return text && `The output means the same as this reference (wording may differ): ${text}`;
    default:
      return undefined;
  }
}

function rubricJudge(name: string, rubric: string): EvaluatorSpec {
  return {
    kind: "llm",
    name,
    invariant: false,
    prompt: `Grade the output of an assistant against the rubric.\n\nInput:\n{{input}}\n\nRubric: ${rubric}\n\nOutput:\n{{output}}\n\nIf the rubric is empty, answer "pass". Answer "pass" if the output meets the rubric, else "fail".`,
    choices: [
      { choice: "pass", score: 1 },
      { choice: "fail", score: 0 },
    ],
  };
}

/** Assertion keys that change how promptfoo grades but that promptgate cannot honour. */
function ignoredKeys(assert: RawAssert): Diagnostic[] {
  const keys = ["metric", "provider"].filter((k) => k in assert.value);
  const weight = assert.value["weight"];
  if (weight !== undefined && !(typeof weight === "number" && weight >= 0)) keys.push("weight");
  if (keys.length === 0) return [];
  const message = `${keys.map((k) => `\`${k}\``).join(", ")} ignored: promptgate keeps no named metrics, grades with its own judge model, and a weight must be a number ≥ 0`;
  return [{ ...assert.where, message }];
}

/** Fills `{{name}}` in an assertion value from the test's variables, as promptfoo does before comparing. */
function fillVars(value: unknown, vars: Record<string, string>): unknown {
  const fill = (text: string) =>
    text.replace(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g, (m, name: string) => vars[name] ?? m);
  if (typeof value === "string") return fill(value);
  if (Array.isArray(value)) return value.map((v) => (typeof v === "string" ? fill(v) : v));
  return value;
}

const positiveNumber = (value: unknown) => (typeof value === "number" && value >= 0 ? value : undefined);

/** The evaluator of an assertion kind that is not a string check or a rubric; undefined when not one. */
function toOwnEvaluator(assert: RawAssert, tools: unknown[] | undefined): EvaluatorSpec | undefined {
  const type = String(assert.value["type"]);
  const value = assert.value["value"];
  const threshold = positiveNumber(assert.value["threshold"]);
  const schema = value && typeof value === "object" && !Array.isArray(value) ? value : undefined;
  const common = { name: type, invariant: false };
  switch (type) {
    case "is-json":
      return schema ? { ...common, kind: "jsonSchema", schema } : { ...common, kind: "json" };
    case "contains-json":
      return { ...common, kind: "containsJson", ...(schema ? { schema } : {}) };
    case "levenshtein":
      // The reference is templated with each row when graded, so one evaluator serves every test alike.
      return {
        ...common,
        kind: "levenshtein",
        value: String(value ?? ""),
        maxDistance: Math.floor(threshold ?? 5),
      };
    case "cost":
      return threshold === undefined ? undefined : { ...common, kind: "cost", maxUsd: threshold };
    case "latency":
      return threshold === undefined ? undefined : { ...common, kind: "latency", maxMs: threshold };
    case "is-valid-openai-tools-call":
      return tools ? { ...common, kind: "toolCall", tools } : undefined;
    default:
      return undefined;
  }
}

/** Evaluators made so far, one per distinct definition, so tests with the same assertion share it. */
class OwnEvaluators {
  readonly list: EvaluatorSpec[] = [];
  private readonly byDefinition = new Map<string, string>();

  /** The name of the evaluator for this definition, adding it (named `type`, `type 2`, …) when new. */
  add(evaluator: EvaluatorSpec): string {
    const key = JSON.stringify({ ...evaluator, name: undefined });
    const known = this.byDefinition.get(key);
    if (known) return known;
    const taken = this.list.filter(
      (e) => e.name === evaluator.name || e.name.startsWith(`${evaluator.name} `),
    );
    const name = taken.length === 0 ? evaluator.name : `${evaluator.name} ${taken.length + 1}`;
    this.list.push({ ...evaluator, name });
    this.byDefinition.set(key, name);
    return name;
  }
}

interface Slots {
  regex: number;
  rubric: number;
}

export interface TestAsserts {
  asserts: RawAssert[];
  vars: Record<string, string>;
  /** promptfoo's test `threshold`: the least weighted score that passes. */
  threshold?: number;
}

/** One row's variables: its slot values, the evaluators that grade it with their weights, its threshold. */
function mapRow(
  test: TestAsserts,
  asserts: RawAssert[],
  context: { warnings: Diagnostic[]; slots: Slots; own: OwnEvaluators; tools: unknown[] | undefined },
) {
  const out: Record<string, string> = {};
  const weights: Record<string, number> = {};
  let regexSlot = 0;
  let rubricSlot = 0;
  for (const assert of asserts) {
    const type = String(assert.value["type"] ?? "");
    // A transform is code: without it the check would grade something else than its author meant.
    if ("transform" in assert.value) {
      const message = `\`${type}\` assertion not run: its \`transform\` is code, which promptgate never executes`;
      context.warnings.push({ ...assert.where, message });
      continue;
    }
    context.warnings.push(...ignoredKeys(assert));
    const weight = positiveNumber(assert.value["weight"]) ?? 1;
    const value = fillVars(assert.value["value"], test.vars);
    const regex = toRegexLiteral(type, value);
    const rubric = regex ? undefined : toRubric(type, value);
    const own = regex || rubric !== undefined ? undefined : toOwnEvaluator(assert, context.tools);
    let evaluator: string;
    if (regex) {
      out[`__assert${++regexSlot}`] = regex;
      evaluator = `assert ${regexSlot}`;
    } else if (rubric !== undefined) {
      out[`__rubric${++rubricSlot}`] = rubric;
      evaluator = `rubric ${rubricSlot}`;
    } else if (own) evaluator = context.own.add(own);
    else {
      context.warnings.push(notRun(assert, type || "(no type)"));
      continue;
    }
    // The same evaluator twice in one test (two equal assertions) counts with both weights.
    weights[evaluator] = (weights[evaluator] ?? 0) + weight;
  }
  context.slots.regex = Math.max(context.slots.regex, regexSlot);
  context.slots.rubric = Math.max(context.slots.rubric, rubricSlot);
  out[ASSERTS_VAR] = JSON.stringify(weights);
  if (test.threshold !== undefined) out[THRESHOLD_VAR] = String(test.threshold);
  return out;
}

function dedupe(warnings: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return warnings.filter((w) => {
    const key = `${w.file}:${w.line}:${w.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Evaluators for the tests' assertions (`defaultTest.assert` then each test's own) and, per test, the row
 * variables that say which of them grade it, with what weight and threshold. `tools` are the provider's, for
 * `is-valid-openai-tools-call`.
 */
export function mapAsserts(defaults: RawAssert[], tests: TestAsserts[], tools?: unknown[]): MappedAsserts {
  const context = {
    warnings: [] as Diagnostic[],
    slots: { regex: 0, rubric: 0 },
    own: new OwnEvaluators(),
    tools: listSendableTools(tools),
  };
  const rowVars = tests.map((test) => mapRow(test, [...defaults, ...test.asserts], context));
  const evaluators: EvaluatorSpec[] = [...context.own.list];
  for (let k = 1; k <= context.slots.regex; k++) {
    evaluators.push({
      kind: "string",
      operator: "regex",
      value: `{{__assert${k}}}`,
      name: `assert ${k}`,
      invariant: false,
    });
  }
  for (let k = 1; k <= context.slots.rubric; k++)
    evaluators.push(rubricJudge(`rubric ${k}`, `{{__rubric${k}}}`));
  // Every row sets every slot, so a slot's template always has a value ("" when the row does not use it).
  const filled = rowVars.map((vars) => {
    const full: Record<string, string> = { ...vars };
    for (let k = 1; k <= context.slots.regex; k++) full[`__assert${k}`] = vars[`__assert${k}`] ?? "";
    for (let k = 1; k <= context.slots.rubric; k++) full[`__rubric${k}`] = vars[`__rubric${k}`] ?? "";
    return full;
  });
  return { evaluators, rowVars: filled, warnings: dedupe(context.warnings) };
}
