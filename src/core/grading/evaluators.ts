// Deterministic evaluators: string operators, JSON, JSON Schema and length checks of one model output.
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import { InputError } from "../diagnostics.js";
import type { EvaluatorSpec, StringOperator } from "../prompt-file/prompt-spec.js";
import { renderTemplate } from "../prompt-file/template.js";
import { evaluateToolCalls } from "../prompt-file/tools.js";

export type DeterministicEvaluator = Extract<
  EvaluatorSpec,
  | { kind: "string" }
  | { kind: "json" }
  | { kind: "jsonSchema" }
  | { kind: "maxLength" }
  | { kind: "levenshtein" }
  | { kind: "containsJson" }
  | { kind: "toolCall" }
>;

export interface EvaluatorWhere {
  file: string;
  caseId: string;
}

export interface EvaluationResult {
  pass: boolean;
  reason: string;
}

/** Longest excerpt of a value or an output quoted in a reason; reasons stay one short line. */
const QUOTE_CHARS = 60;

/** Most ajv errors listed in a reason. */
const MAX_SCHEMA_ERRORS = 3;

// `strict: false` so schemas with keywords ajv does not know (e.g. `format` without ajv-formats) still
// validate what they can; `logger: false` keeps ajv's warnings out of the review's output.
const ajv = new Ajv({ allErrors: true, strict: false, logger: false });
const compiledSchemas = new WeakMap<object, ValidateFunction>();

/** Grades one output with a deterministic evaluator. Throws InputError for a bad value, regex or schema. */
export function evaluateDeterministic(
  evaluator: DeterministicEvaluator,
  output: string,
  vars: Record<string, string>,
  where: EvaluatorWhere,
): EvaluationResult {
  switch (evaluator.kind) {
    case "string":
      return evaluateString(evaluator, output, vars, where);
    case "json":
      return evaluateJson(output);
    case "jsonSchema":
      return evaluateJsonSchema(evaluator, output, where);
    case "maxLength":
      return evaluateMaxLength(evaluator.value, output);
    case "levenshtein":
      return evaluateLevenshtein(evaluator, output, vars, where);
    case "containsJson":
      return evaluateContainsJson(evaluator, output, where);
    case "toolCall":
      return evaluateToolCalls(evaluator.tools, output);
  }
}

/** True for the evaluator kinds `evaluateDeterministic` grades (the rest are LLM judges). */
export function isDeterministic(evaluator: EvaluatorSpec): evaluator is DeterministicEvaluator {
  // `cost` and `latency` grade the call's measurements, not its output: engine/grade.ts does.
  return !["llm", "builtin", "cost", "latency"].includes(evaluator.kind);
}

/** Where a problem with an evaluator's `field` is reported: `evaluators.NAME.FIELD`, at the evaluator's line. */
function locate(
  evaluator: { name: string; line?: number | undefined },
  field: string,
  where: EvaluatorWhere,
) {
  return { ...where, field: `evaluators.${evaluator.name}.${field}`, line: evaluator.line };
}

function evaluateString(
  evaluator: Extract<EvaluatorSpec, { kind: "string" }>,
  output: string,
  vars: Record<string, string>,
  where: EvaluatorWhere,
): EvaluationResult {
  const at = locate(evaluator, `string.${evaluator.operator}`, where);
  const value = renderTemplate(evaluator.value, vars, at);
  const label = `${evaluator.operator} ${quote(value)}`;
  if (evaluator.operator === "regex") {
    const regex = parseRegex(value, at);
    return regex.test(output)
      ? { pass: true, reason: `regex ${regex} — matched` }
      : { pass: false, reason: `regex ${regex} — no match` };
  }
  const pass = compareString(evaluator.operator, output, value);
  return {
    pass,
    reason: pass
      ? `${label} — ${passWord(evaluator.operator)}`
      : failReason(label, evaluator.operator, output),
  };
}

// GitHub's semantics: `equals` is exact and case-sensitive; the other operators ignore case.
function compareString(operator: Exclude<StringOperator, "regex">, output: string, value: string): boolean {
  const out = output.toLowerCase();
  const val = value.toLowerCase();
  switch (operator) {
    case "equals":
      return output === value;
    case "contains":
      return out.includes(val);
    case "notContains":
      return !out.includes(val);
    case "startsWith":
      return out.startsWith(val);
    case "endsWith":
      return out.endsWith(val);
  }
}

function passWord(operator: StringOperator): string {
  if (operator === "contains") return "found";
  if (operator === "notContains") return "not found";
  return "matched";
}

function failReason(label: string, operator: StringOperator, output: string): string {
  if (operator === "contains") return `${label} — not found`;
  if (operator === "notContains") return `${label} — found`;
  if (operator === "startsWith") return `${label} — output starts ${quote(output)}`;
  if (operator === "endsWith") return `${label} — output ends ${quote(output.slice(-QUOTE_CHARS))}`;
  return `${label} — output is ${quote(output)}`;
}

/** `/pattern/flags` or a plain pattern (no flags). */
export function parseRegex(value: string, where: EvaluatorWhere & { field?: string; line?: number }): RegExp {
  const literal = /^\/(.*)\/([a-z]*)$/s.exec(value);
  try {
    return literal ? new RegExp(literal[1]!, literal[2]) : new RegExp(value);
  } catch (error) {
    throw new InputError({
      file: where.file,
      line: where.line,
      field: where.field,
      message: `invalid regular expression ${quote(value)}: ${(error as Error).message}`,
    });
  }
}

/**
 * The JSON value of an output: strict `JSON.parse` of the trimmed text, or — because models often wrap JSON
 * in Markdown — of the body of one code fence (```json … ```) that is the whole output. Prose around a fence
 * is not accepted: an answer that needs extracting is not JSON.
 */
export function parseJsonOutput(output: string): { ok: true; value: unknown } | { ok: false; error: string } {
  const trimmed = output.trim();
  const body = stripCodeFence(trimmed) ?? trimmed;
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}

/** The body of a single code fence that spans the whole (trimmed) text, else undefined. */
export function stripCodeFence(text: string): string | undefined {
  const fence = /^```[\w-]*[^\S\n]*\n([\s\S]*?)\n?```$/.exec(text.trim());
  if (!fence || fence[1]!.includes("```")) return undefined;
  return fence[1]!.trim();
}

function evaluateJson(output: string): EvaluationResult {
  const parsed = parseJsonOutput(output);
  return parsed.ok
    ? { pass: true, reason: "json — valid" }
    : { pass: false, reason: `json — not valid JSON: ${parsed.error}` };
}

function evaluateJsonSchema(
  evaluator: Extract<EvaluatorSpec, { kind: "jsonSchema" }>,
  output: string,
  where: EvaluatorWhere,
): EvaluationResult {
  const validate = compileSchema(evaluator, where);
  const parsed = parseJsonOutput(output);
  if (!parsed.ok) return { pass: false, reason: `jsonSchema — not valid JSON: ${parsed.error}` };
  if (validate(parsed.value)) return { pass: true, reason: "jsonSchema — valid" };
  return { pass: false, reason: `jsonSchema — ${describeSchemaErrors(validate.errors ?? [])}` };
}

function compileSchema(
  evaluator: Extract<EvaluatorSpec, { kind: "jsonSchema" }>,
  where: EvaluatorWhere,
): ValidateFunction {
  const schema = evaluator.schema;
  const located = {
    file: where.file,
    line: evaluator.line,
    field: `evaluators.${evaluator.name}.jsonSchema`,
  };
  if (typeof schema !== "object" || schema === null || Array.isArray(schema)) {
    throw new InputError({ ...located, message: "the JSON Schema must be an object" });
  }
  const cached = compiledSchemas.get(schema);
  if (cached) return cached;
  try {
    const validate = ajv.compile(schema);
    compiledSchemas.set(schema, validate);
    return validate;
  } catch (error) {
    throw new InputError({ ...located, message: `invalid JSON Schema: ${(error as Error).message}` });
  }
}

function describeSchemaErrors(errors: ErrorObject[]): string {
  const listed = errors
    .slice(0, MAX_SCHEMA_ERRORS)
    .map((e) => `${e.instancePath || "/"} ${e.message ?? e.keyword}`);
  const more = errors.length > MAX_SCHEMA_ERRORS ? ` (+${errors.length - MAX_SCHEMA_ERRORS} more)` : "";
  return `${listed.join("; ")}${more}`;
}

// Characters are Unicode code points, so an emoji counts once, as a reader would count it.
function evaluateMaxLength(limit: number, output: string): EvaluationResult {
  const length = [...output].length;
  const reason = `maxLength ${limit} — output has ${length} characters`;
  return { pass: length <= limit, reason };
}

function evaluateLevenshtein(
  evaluator: Extract<EvaluatorSpec, { kind: "levenshtein" }>,
  output: string,
  vars: Record<string, string>,
  where: EvaluatorWhere,
): EvaluationResult {
  const reference = renderTemplate(evaluator.value, vars, locate(evaluator, "levenshtein.value", where));
  const distance = levenshteinDistance(output, reference);
  const reason = `levenshtein ${quote(reference)} — distance ${distance}, at most ${evaluator.maxDistance}`;
  return { pass: distance <= evaluator.maxDistance, reason };
}

/** Edit distance over code points, one row of the table at a time. */
export function levenshteinDistance(a: string, b: string): number {
  const [x, y] = [[...a], [...b]];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const substitution = previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[y.length]!;
}

/** Most spans `containsJson` tries to parse: a long output with many braces cannot make grading quadratic. */
const MAX_JSON_CANDIDATES = 2_000;

/** Each `{` or `[` starts a candidate; the longest span to a closing `}`/`]` that parses (and validates) passes. */
function evaluateContainsJson(
  evaluator: Extract<EvaluatorSpec, { kind: "containsJson" }>,
  output: string,
  where: EvaluatorWhere,
): EvaluationResult {
  const validate =
    evaluator.schema === undefined
      ? undefined
      : compileSchema({ ...evaluator, kind: "jsonSchema", schema: evaluator.schema }, where);
  const positions = (pattern: RegExp) => [...output.matchAll(pattern)].map((m) => m.index);
  const starts = positions(/[{[]/g);
  const ends = positions(/[}\]]/g).reverse();
  let tries = 0;
  for (const from of starts) {
    for (const to of ends) {
      if (to <= from || ++tries > MAX_JSON_CANDIDATES) continue;
      try {
        const value: unknown = JSON.parse(output.slice(from, to + 1));
        if (!validate || validate(value)) return { pass: true, reason: "containsJson — found" };
      } catch {
        // Not JSON over this span: try a shorter one.
      }
    }
  }
  return { pass: false, reason: "containsJson — no JSON object or array found" };
}

/** A JSON-quoted excerpt, cut at QUOTE_CHARS with an ellipsis. */
export function quote(text: string): string {
  const chars = [...text];
  return chars.length > QUOTE_CHARS
    ? `${JSON.stringify(chars.slice(0, QUOTE_CHARS).join(""))}…`
    : JSON.stringify(text);
}
