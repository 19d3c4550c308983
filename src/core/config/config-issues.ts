// Turns zod issues on a parsed `promptgate.yml` into located diagnostics with plain-language messages.
import type { Document, LineCounter, Node } from "yaml";
import { isMap, isNode, isPair, isScalar, isSeq } from "yaml";
import type { z } from "zod";
import type { Diagnostic } from "../diagnostics.js";
import { findClosest } from "../suggest.js";
import { formatFieldPath, readValueAt } from "../yaml-location.js";
import { buildConfigJsonSchema, type JsonSchema } from "./config-json-schema.js";

type PathKey = PropertyKey;

export interface IssueSource {
  file: string;
  doc: Document;
  lineCounter: LineCounter;
  value: unknown;
}

let configJsonSchema: JsonSchema | undefined;

/** One diagnostic per problem; an unrecognized-keys issue yields one per key. */
export function buildIssueDiagnostics(source: IssueSource, issues: z.core.$ZodIssue[]): Diagnostic[] {
  configJsonSchema ??= buildConfigJsonSchema();
  const root = configJsonSchema;
  const diagnostics = issues.flatMap((issue): Diagnostic[] => {
    if (issue.code === "unrecognized_keys") {
      const known = Object.keys(asSchema(findSchemaAt(root, issue.path)?.properties) ?? {});
      return issue.keys.map((key) => ({
        file: source.file,
        ...locate(source, [...issue.path, key], true),
        field: formatFieldPath([...issue.path, key]),
        message: describeUnknownKey(key, known),
      }));
    }
    const fragment = findSchemaAt(root, issue.path);
    const actual = readValueAt(source.value, issue.path);
    return [
      {
        file: source.file,
        ...locate(source, issue.path, false),
        field: formatFieldPath(issue.path) || undefined,
        message: describeProblem(fragment, actual, issue.message),
      },
    ];
  });
  return diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

function describeUnknownKey(key: string, known: string[]): string {
  const guess = findClosest(key, known);
  if (guess) return `unknown key \`${key}\` — did you mean \`${guess}\`?`;
  return known.length > 0
    ? `unknown key \`${key}\`; known keys: ${known.map((k) => `\`${k}\``).join(", ")}`
    : `unknown key \`${key}\``;
}

function describeProblem(fragment: JsonSchema | undefined, actual: unknown, fallback: string): string {
  if (!fragment) return fallback;
  const expected = describeExpected(fragment);
  if (actual === undefined) return `is required: must be ${expected}`;
  return `must be ${expected} (got ${formatValue(actual)})`;
}

/** "a number between 0 and 1", "an integer ≥ 1", "one of `neutral`, `pass`, `fail`". */
export function describeExpected(fragment: JsonSchema): string {
  const anyOf = fragment.anyOf as JsonSchema[] | undefined;
  if (anyOf) {
    const nonNull = anyOf.filter((branch) => branch.type !== "null");
    const text = nonNull.map(describeExpected).join(" or ");
    return nonNull.length < anyOf.length ? `${text} or null` : text;
  }
  const values = fragment.enum as unknown[] | undefined;
  if (values) return `one of ${values.map((v) => `\`${String(v)}\``).join(", ")}`;
  switch (fragment.type) {
    case "integer":
      return `an integer${describeBounds(fragment)}`;
    case "number":
      return `a number${describeBounds(fragment)}`;
    case "string":
      if (fragment.format === "uri") return "a URL";
      return Number(fragment.minLength ?? 0) > 0 ? "a non-empty string" : "a string";
    case "boolean":
      return "true or false";
    case "array":
      return Number(fragment.minItems ?? 0) > 0 ? "a non-empty list" : "a list";
    case "object":
      return "a mapping";
    default:
      return "a valid value";
  }
}

function describeBounds(fragment: JsonSchema): string {
  const bound = (key: string): number | undefined => {
    const value = fragment[key];
    // Zod spells "safe integer" as ±2^53-1 bounds; those say nothing a user needs to read.
    return typeof value === "number" && Math.abs(value) < Number.MAX_SAFE_INTEGER ? value : undefined;
  };
  const [min, exclusiveMin] = [bound("minimum"), bound("exclusiveMinimum")];
  const [max, exclusiveMax] = [bound("maximum"), bound("exclusiveMaximum")];
  if (min !== undefined && max !== undefined) return ` between ${min} and ${max}`;
  const parts = [
    min !== undefined ? `≥ ${min}` : undefined,
    exclusiveMin !== undefined ? `> ${exclusiveMin}` : undefined,
    max !== undefined ? `≤ ${max}` : undefined,
    exclusiveMax !== undefined ? `< ${exclusiveMax}` : undefined,
  ].filter((part) => part !== undefined);
  return parts.length > 0 ? ` ${parts.join(" and ")}` : "";
}

function formatValue(value: unknown): string {
  // JSON.stringify returns undefined for functions and symbols, which YAML cannot produce anyway.
  const shown = JSON.stringify(value) ?? String(value);
  return shown.length > 40 ? `${shown.slice(0, 37)}...` : shown;
}

function asSchema(value: unknown): JsonSchema | undefined {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as JsonSchema) : undefined;
}

/** The JSON Schema fragment describing the value at `path` (objects, records and arrays; nullables unwrapped). */
function findSchemaAt(root: JsonSchema, path: readonly PathKey[]): JsonSchema | undefined {
  let current: JsonSchema | undefined = root;
  for (const key of path) {
    if (!current) return undefined;
    const container: JsonSchema =
      (current.anyOf as JsonSchema[] | undefined)?.find((b) => b.type === "object" || b.type === "array") ??
      current;
    current =
      typeof key === "number"
        ? asSchema(container.items)
        : (asSchema(asSchema(container.properties)?.[String(key)]) ??
          asSchema(container.additionalProperties));
  }
  return current;
}

/**
 * Line and column of the node at `path`: its key when `atKey` (unknown keys), else its value.
 * A missing node points at the deepest ancestor that exists.
 */
function locate(
  source: IssueSource,
  path: readonly PathKey[],
  atKey: boolean,
): Pick<Diagnostic, "line" | "column"> {
  let node: unknown = source.doc.contents;
  let lastPositioned: unknown = node;
  for (const [index, key] of path.entries()) {
    const isLast = index === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(key),
      );
      if (!pair) break;
      if (isLast && atKey) return positionOf(source, pair.key);
      lastPositioned = pair.value && isNode(pair.value) && pair.value.range ? pair.value : pair.key;
      node = pair.value;
    } else if (isSeq(node) && typeof key === "number") {
      node = node.items[key];
      if (!isNode(node)) break;
      lastPositioned = node;
    } else {
      break;
    }
  }
  return positionOf(source, lastPositioned);
}

function positionOf(source: IssueSource, node: unknown): Pick<Diagnostic, "line" | "column"> {
  const range = isNode(node) ? (node as Node).range : undefined;
  if (!range) return { line: 1, column: 1 };
  const { line, col } = source.lineCounter.linePos(range[0]);
  return { line, column: col };
}
