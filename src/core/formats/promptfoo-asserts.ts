// promptfoo assertions as promptgate evaluators: string checks become regexes, rubrics LLM judges; code never runs.
/*
 * promptfoo's assertions belong to a test; promptgate's evaluators belong to a prompt and grade every row. So a
 * test's own string assertion k is carried by the row as a regex in the variable `__assertK`, and one evaluator
 * per position k checks `regex: {{__assertK}}` — a row without one holds "" (matches anything, passes).
 * `llm-rubric`, `model-graded-closedqa`, `factuality` and `answer-relevance` work the same way: an LLM judge
 * with the rubric in `__rubricK`. `defaultTest` assertions apply to every row, so they are
 * plain evaluators. `javascript`, `python` and the rest are never executed: each becomes a "not run" warning.
 */
import type { Diagnostic } from "../diagnostics.js";
import type { EvaluatorSpec } from "../prompt-spec.js";

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
  "is-valid-openai-tools-call": "tools are not sent to the model, so there is no tool call to check",
  cost: "cost is gated per prompt by `gate.maxCostIncrease` in promptgate.yml",
  latency: "latency is gated per prompt by `gate.maxLatencyIncrease` in promptgate.yml",
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

function ignoredKeys(assert: RawAssert): Diagnostic[] {
  const used = assert.value["type"] === "levenshtein" ? ["threshold"] : [];
  const keys = ["weight", "threshold", "transform", "metric", "provider"].filter(
    (k) => k in assert.value && !used.includes(k),
  );
  if (keys.length === 0) return [];
  const message = `${keys.map((k) => `\`${k}\``).join(", ")} ignored: every evaluator must pass for a sample to pass`;
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

interface Slots {
  regex: number;
  rubric: number;
}

/** One row's slot variables from its assertions (defaultTest's first); what cannot be carried is warned about. */
function mapRow(asserts: RawAssert[], vars: Record<string, string>, warnings: Diagnostic[], slots: Slots) {
  const out: Record<string, string> = {};
  let regexSlot = 0;
  let rubricSlot = 0;
  for (const assert of asserts) {
    const type = String(assert.value["type"] ?? "");
    warnings.push(...ignoredKeys(assert));
    const value = fillVars(assert.value["value"], vars);
    const regex = toRegexLiteral(type, value);
    if (regex) out[`__assert${++regexSlot}`] = regex;
    else if (toRubric(type, value) !== undefined) out[`__rubric${++rubricSlot}`] = toRubric(type, value)!;
    else if (!wholeTypes.has(type)) warnings.push(notRun(assert, type || "(no type)"));
  }
  slots.regex = Math.max(slots.regex, regexSlot);
  slots.rubric = Math.max(slots.rubric, rubricSlot);
  return out;
}

/** Assertion types that grade every row alike: evaluators of their own, read from `defaultTest` only. */
const wholeTypes = new Set(["is-json", "contains-json", "levenshtein"]);

function toWholeEvaluator(assert: RawAssert): EvaluatorSpec | undefined {
  const type = String(assert.value["type"]);
  const value = assert.value["value"];
  const schema = value && typeof value === "object" && !Array.isArray(value) ? value : undefined;
  const common = { name: type, invariant: false };
  if (type === "is-json")
    return schema ? { ...common, kind: "jsonSchema", schema } : { ...common, kind: "json" };
  if (type === "contains-json") return { ...common, kind: "containsJson", ...(schema ? { schema } : {}) };
  if (type !== "levenshtein") return undefined;
  const threshold = assert.value["threshold"];
  const maxDistance = typeof threshold === "number" && threshold >= 0 ? Math.floor(threshold) : 5;
  return { ...common, kind: "levenshtein", value: String(value ?? ""), maxDistance };
}

/**
 * Evaluators for the tests' assertions: `defaultTest.assert` then each test's own, as slots filled per row;
 * `is-json`, `contains-json` and `levenshtein` of `defaultTest` are plain evaluators (a test's own are reported
 * as not run).
 */
export function mapAsserts(
  defaults: RawAssert[],
  tests: { asserts: RawAssert[]; vars: Record<string, string> }[],
): MappedAsserts {
  const evaluators: EvaluatorSpec[] = [];
  const warnings: Diagnostic[] = [];
  for (const assert of defaults) {
    const evaluator = toWholeEvaluator(assert);
    if (!evaluator) continue;
    const taken = evaluators.filter((e) => e.name.startsWith(evaluator.name)).length;
    evaluators.push(taken === 0 ? evaluator : { ...evaluator, name: `${evaluator.name} ${taken + 1}` });
  }
  for (const test of tests) {
    for (const assert of test.asserts) {
      const type = String(assert.value["type"]);
      if (!wholeTypes.has(type)) continue;
      const message = `\`${type}\` on one test is not run; put it in \`defaultTest\` (a {{variable}} value is filled from each row)`;
      warnings.push({ ...assert.where, message });
    }
  }
  const slots: Slots = { regex: 0, rubric: 0 };
  const rowVars = tests.map((test) => mapRow([...defaults, ...test.asserts], test.vars, warnings, slots));
  for (let k = 1; k <= slots.regex; k++) {
    evaluators.push({
      kind: "string",
      operator: "regex",
      value: `{{__assert${k}}}`,
      name: `assert ${k}`,
      invariant: false,
    });
  }
  for (let k = 1; k <= slots.rubric; k++) evaluators.push(rubricJudge(`rubric ${k}`, `{{__rubric${k}}}`));
  // Every row sets every slot: "" is a regex that matches anything and an empty rubric the judge passes.
  const filled = rowVars.map((vars) => {
    const full: Record<string, string> = {};
    for (let k = 1; k <= slots.regex; k++) full[`__assert${k}`] = vars[`__assert${k}`] ?? "";
    for (let k = 1; k <= slots.rubric; k++) full[`__rubric${k}`] = vars[`__rubric${k}`] ?? "";
    return full;
  });
  const seen = new Set<string>();
  const unique = warnings.filter((w) => {
    const key = `${w.file}:${w.line}:${w.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { evaluators, rowVars: filled, warnings: unique };
}
