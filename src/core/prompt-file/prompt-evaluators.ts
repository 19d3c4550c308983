// Reads the `evaluators` list of a prompt file into EvaluatorSpecs: GitHub's kinds and promptgate's extensions.
import { z } from "zod";
import { findClosest } from "../suggest.js";
import type { YamlDiagnostics, YamlPath } from "../yaml-location.js";
import { builtinJudges, type EvaluatorSpec, type StringOperator } from "./prompt-spec.js";
import { findUnsupportedSyntax } from "./template.js";

export const evaluatorKinds = [
  "string",
  "json",
  "jsonSchema",
  "maxLength",
  "levenshtein",
  "containsJson",
  "llm",
  "uses",
] as const;
export type EvaluatorKindKey = (typeof evaluatorKinds)[number];

export const evaluatorCommonSchema = z.looseObject({
  name: z.string().trim().min(1).optional(),
  invariant: z.boolean().optional(),
  passScore: z.number().optional(),
});

export const knownEvaluatorKeys = new Set<string>([...evaluatorKinds, "name", "invariant", "passScore"]);

export const stringOperators = [
  "equals",
  "contains",
  "startsWith",
  "endsWith",
  "notContains",
  "regex",
] as const;

// Scalars in YAML (`equals: 42`, `choice: 1`) are meant as text.
const textScalar = z.union([z.string(), z.number(), z.boolean()]).transform(String);

export const stringEvaluatorSchema = z.record(z.string(), textScalar, {
  error: `must be a mapping with one of ${stringOperators.join(", ")}`,
});

export const judgeChoiceSchema = z.looseObject({ choice: textScalar, score: z.number() });

export const llmEvaluatorSchema = z.looseObject({
  prompt: z.string().min(1),
  systemPrompt: z.string().optional(),
  modelId: z.string().min(1).optional(),
  choices: z.array(judgeChoiceSchema).min(1, { error: "must list at least one {choice, score}" }),
});

export const knownLlmKeys = new Set(Object.keys(llmEvaluatorSchema.shape));

export const maxLengthSchema = z.number().int().positive();

export const levenshteinSchema = z.strictObject({
  value: textScalar,
  maxDistance: z.number().int().min(0).default(5),
});

// ---- evaluators: raw mapping → EvaluatorSpec ----

type PlainObject = Record<string, unknown>;
type KindFields = DistributiveOmit<EvaluatorSpec, "name" | "invariant" | "line" | "passScore">;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

const isPlainObject = (value: unknown): value is PlainObject =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/** Parses the `evaluators` list; problems are reported to `d` and the evaluator is left out. */
export function parseEvaluators(list: unknown[], d: YamlDiagnostics): EvaluatorSpec[] {
  const specs: EvaluatorSpec[] = [];
  const names = new Set<string>();
  list.forEach((raw, i) => {
    const spec = parseEvaluator(raw, ["evaluators", i], d);
    if (!spec) return;
    if (names.has(spec.name)) {
      let n = 2;
      while (names.has(`${spec.name}-${n}`)) n++;
      d.warn(
        ["evaluators", i],
        `another evaluator is already named "${spec.name}"; this one is "${spec.name}-${n}"`,
      );
      spec.name = `${spec.name}-${n}`;
    }
    names.add(spec.name);
    specs.push(spec);
  });
  return specs;
}

function parseEvaluator(raw: unknown, at: YamlPath, d: YamlDiagnostics): EvaluatorSpec | undefined {
  const kindList = evaluatorKinds.map((k) => (k === "uses" ? "uses: github/…" : k)).join(", ");
  if (!isPlainObject(raw))
    return d.error(at, `each evaluator must be a mapping with a name and one of ${kindList}`);
  const common = evaluatorCommonSchema.safeParse(raw);
  if (!common.success) d.reportIssues(common.error.issues, at, {}, raw);
  d.warnUnknownKeys(raw, knownEvaluatorKeys, at);
  const kinds = evaluatorKinds.filter((k) => Object.hasOwn(raw, k));
  if (kinds.length > 1)
    return d.error(at, `has ${kinds.join(" and ")}; an evaluator must have exactly one kind`);
  const kind = kinds[0];
  if (!kind) {
    // Some repositories use promptfoo-style `type:` evaluators, which GitHub's format does not have.
    const hint = Object.hasOwn(raw, "type")
      ? ' (`type:` evaluators are not part of the format; e.g. write `string: {regex: "…"}` or `llm: {prompt, choices}`)'
      : "";
    return d.error(at, `has no kind: expected one of ${kindList}${hint}`);
  }
  const fields = parseKind(kind, raw[kind], [...at, kind], d);
  if (!fields || !common.success) return undefined;
  const { name, invariant, passScore } = common.data;
  const spec = {
    ...fields,
    name: name ?? defaultName(fields),
    invariant: invariant ?? false,
    line: d.lineOf(at),
  };
  if (!name) d.warn(at, `evaluator has no name; called it "${spec.name}"`);
  if (passScore === undefined) return spec;
  if (spec.kind === "llm" || spec.kind === "builtin") return { ...spec, passScore };
  d.warn([...at, "passScore"], "applies only to `llm` and `uses` evaluators; ignored", "key");
  return spec;
}

function defaultName(fields: KindFields): string {
  if (fields.kind === "string") return fields.operator;
  if (fields.kind === "builtin") return fields.judge;
  return fields.kind;
}

function parseKind(
  kind: EvaluatorKindKey,
  value: unknown,
  at: YamlPath,
  d: YamlDiagnostics,
): KindFields | undefined {
  switch (kind) {
    case "string":
      return parseStringKind(value, at, d);
    case "json":
      return value === true
        ? { kind: "json" }
        : d.error(at, "must be `true` (checks the output is valid JSON)");
    case "jsonSchema": {
      const schema = parseJsonObject(value, at, d);
      if (!schema) return value == null ? d.error(at, "is required: a JSON Schema object") : undefined;
      // GitHub's files wrap schemas as `{name, strict, schema}`; the evaluator validates against the inner schema.
      const inner = isPlainObject(schema["schema"]) && !("type" in schema) ? schema["schema"] : schema;
      return { kind: "jsonSchema", schema: inner };
    }
    case "maxLength": {
      const result = maxLengthSchema.safeParse(value);
      if (result.success) return { kind: "maxLength", value: result.data };
      return d.error(at, "must be a positive whole number of characters");
    }
    case "levenshtein": {
      const result = levenshteinSchema.safeParse(value);
      if (result.success) return { kind: "levenshtein", ...result.data };
      return d.reportIssues(result.error.issues, at, {}, value);
    }
    case "containsJson": {
      if (value === true) return { kind: "containsJson" };
      const schema = parseJsonObject(value, at, d);
      return schema
        ? { kind: "containsJson", schema }
        : d.error(at, "must be `true` or a JSON Schema object");
    }
    case "llm":
      return parseLlmKind(value, at, d);
    case "uses": {
      const judge = typeof value === "string" ? value.match(/^github\/(.+)$/)?.[1] : undefined;
      const known = builtinJudges.find((j) => j === judge);
      if (known) return { kind: "builtin", judge: known };
      return d.error(
        at,
        `unknown evaluator "${String(value)}": use one of ${builtinJudges.map((j) => `github/${j}`).join(", ")}`,
      );
    }
  }
}

function parseStringKind(value: unknown, at: YamlPath, d: YamlDiagnostics): KindFields | undefined {
  const result = stringEvaluatorSchema.safeParse(value);
  if (!result.success) return d.reportIssues(result.error.issues, at, {}, value);
  const entries = Object.entries(result.data);
  const unknown = entries.filter(([op]) => !(stringOperators as readonly string[]).includes(op));
  for (const [op] of unknown) {
    const closest = findClosest(op, stringOperators);
    const hint = closest ? `did you mean \`${closest}\`?` : `use one of ${stringOperators.join(", ")}`;
    d.error([...at, op], `unknown operator; ${hint}`, "key");
  }
  if (unknown.length > 0) return undefined;
  const [first, ...others] = entries as [StringOperator, string][];
  if (!first || others.length > 0)
    return d.error(at, `must have exactly one of ${stringOperators.join(", ")}`);
  const [operator, text] = first;
  if (operator === "regex" && !/\{\{/.test(text)) {
    try {
      new RegExp(text);
    } catch (error) {
      return d.error([...at, "regex"], `is not a valid regular expression: ${(error as Error).message}`);
    }
  }
  return { kind: "string", operator, value: text };
}

function parseLlmKind(value: unknown, at: YamlPath, d: YamlDiagnostics): KindFields | undefined {
  const result = llmEvaluatorSchema.safeParse(value);
  if (!result.success) return d.reportIssues(result.error.issues, at, {}, value);
  d.warnUnknownKeys(result.data, knownLlmKeys, at);
  const { prompt, systemPrompt, modelId, choices } = result.data;
  for (const [field, text] of [
    ["prompt", prompt],
    ["systemPrompt", systemPrompt ?? ""],
  ] as const) {
    for (const { token } of findUnsupportedSyntax(text)) {
      d.error(
        [...at, field],
        `${token} is Handlebars/Mustache syntax, which is not evaluated (only {{name}} placeholders are)`,
      );
    }
  }
  return {
    kind: "llm",
    prompt,
    ...(systemPrompt !== undefined ? { systemPrompt } : {}),
    ...(modelId !== undefined ? { modelId } : {}),
    choices: choices.map(({ choice, score }) => ({ choice, score })),
  };
}

/** An object, or a JSON string that holds one; undefined (with an error when given but unusable) otherwise. */
export function parseJsonObject(value: unknown, at: YamlPath, d: YamlDiagnostics): PlainObject | undefined {
  if (value == null) return undefined;
  let parsed = value;
  if (typeof value === "string") {
    try {
      parsed = JSON.parse(value);
    } catch (error) {
      return d.error(at, `is not valid JSON: ${(error as Error).message}`);
    }
  }
  if (isPlainObject(parsed)) return parsed;
  return d.error(at, "must be a JSON Schema object (or a JSON string holding one)");
}
