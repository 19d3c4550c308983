// Maps a path inside a parsed YAML document (e.g. `messages[1].role`) to the line and column it was written at.
import {
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
  visit,
} from "yaml";
import type { z } from "zod";
import type { Diagnostic } from "./diagnostics.js";
import { findClosest } from "./suggest.js";

export type YamlPath = readonly (string | number)[];

export interface YamlSource {
  file: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** Syntax errors, located; empty when the text parsed. */
  syntaxErrors: Diagnostic[];
}

export interface Position {
  line: number;
  column: number;
}

/** Parses YAML keeping positions. Errors are not thrown: they come back located, so every one can be reported. */
export function parseYamlSource(file: string, text: string): YamlSource {
  const lineCounter = new LineCounter();
  // prettyErrors off: the default appends a multi-line source excerpt to the message; we locate errors ourselves.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const syntaxErrors = doc.errors.map((error): Diagnostic => {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    return { file, line: Math.max(line, 1), column: col, message: `YAML syntax error: ${error.message}` };
  });
  return { file, doc, lineCounter, syntaxErrors };
}

/**
 * Most aliases one document may expand while converting to plain values: an alias bomb ("billion laughs")
 * stops with an error instead of exhausting memory. The yaml package's own default, made explicit.
 */
export const MAX_YAML_ALIAS_COUNT = 100;

/**
 * The document as plain values, or a located error when it cannot be converted (an alias bomb, an alias
 * to nothing). Located at the first alias, the likeliest culprit, else at the document's start.
 */
export function readYamlValue(source: YamlSource): { value: unknown } | { error: Diagnostic } {
  try {
    return { value: source.doc.toJS({ maxAliasCount: MAX_YAML_ALIAS_COUNT }) };
  } catch (error) {
    let offset = source.doc.contents?.range?.[0] ?? 0;
    visit(source.doc, {
      Alias(_key, node) {
        offset = node.range?.[0] ?? offset;
        return visit.BREAK;
      },
    });
    const { line, col } = source.lineCounter.linePos(offset);
    const message = `YAML cannot be converted: ${(error as Error).message}`;
    return { error: { file: source.file, line: Math.max(line, 1), column: col, message } };
  }
}

/** `["messages", 1, "role"]` → `messages[1].role`; a key that is not a plain name is quoted: `pricing["openai/gpt-4o"]`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => {
      if (typeof key === "number") return `[${key}]`;
      const name = String(key);
      if (/^[A-Za-z_$][\w$-]*$/.test(name)) return index === 0 ? name : `.${name}`;
      return `[${JSON.stringify(name)}]`;
    })
    .join("");
}

function childOf(
  source: YamlSource,
  node: unknown,
  part: string | number,
): { key?: Node; value?: Node } | undefined {
  const resolved = isAlias(node) ? node.resolve(source.doc) : node;
  if (isMap(resolved)) {
    const pair = resolved.items.find(
      (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(part),
    );
    if (!pair) return undefined;
    return { key: pair.key as Node, value: (pair.value ?? undefined) as Node | undefined };
  }
  if (isSeq(resolved) && typeof part === "number") {
    const item = resolved.items[part];
    return item ? { value: item as Node } : undefined;
  }
  return undefined;
}

/**
 * The YAML node at `path`, or the deepest ancestor that exists (a missing key is reported where its parent is).
 * `target: "key"` returns the key of the last segment instead of its value.
 */
export function findYamlNode(
  source: YamlSource,
  path: YamlPath,
  target: "key" | "value" = "value",
): Node | undefined {
  let node: Node | undefined = (source.doc.contents ?? undefined) as Node | undefined;
  for (const [i, part] of path.entries()) {
    const child = childOf(source, node, part);
    if (!child) return node;
    const last = i === path.length - 1;
    if (last && target === "key" && child.key) return child.key;
    // `key:` with no value has a null scalar positioned after the key; the key is the better place to point at.
    if (!child.value || (isScalar(child.value) && child.value.value === null && child.key))
      return child.key ?? node;
    node = child.value;
  }
  return node;
}

export function locateYamlPath(
  source: YamlSource,
  path: YamlPath,
  target: "key" | "value" = "value",
): Position {
  const node = findYamlNode(source, path, target);
  const offset = node?.range?.[0] ?? 0;
  const { line, col } = source.lineCounter.linePos(offset);
  return { line: Math.max(line, 1), column: col };
}

/** Collects located errors and warnings for one YAML file, so every problem is reported at once. */
export class YamlDiagnostics {
  readonly errors: Diagnostic[] = [];
  readonly warnings: Diagnostic[] = [];

  constructor(readonly source: YamlSource) {}

  build(path: YamlPath, message: string, target: "key" | "value" = "value"): Diagnostic {
    const { line, column } = locateYamlPath(this.source, path, target);
    const field = formatFieldPath(path);
    return { file: this.source.file, line, column, ...(field ? { field } : {}), message };
  }

  /** Records an error; returns undefined so a parser can `return d.error(…)` for "nothing usable here". */
  error(path: YamlPath, message: string, target: "key" | "value" = "value"): undefined {
    this.errors.push(this.build(path, message, target));
    return undefined;
  }

  warn(path: YamlPath, message: string, target: "key" | "value" = "value"): void {
    this.warnings.push(this.build(path, message, target));
  }

  lineOf(path: YamlPath): number {
    return locateYamlPath(this.source, path).line;
  }

  /**
   * Records zod issues of `value` (found at `at`). `origin` maps a renamed first key back to the key as
   * written, so the message points at what the author typed.
   */
  reportIssues(
    issues: z.core.$ZodIssue[],
    at: YamlPath,
    origin: Record<string, string>,
    value: unknown,
  ): undefined {
    for (const issue of issues) {
      const [head, ...rest] = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
      const written = head === undefined ? [] : [typeof head === "string" ? (origin[head] ?? head) : head];
      const missing = issue.code === "invalid_type" && readValueAt(value, issue.path) === undefined;
      const misspelt = missing && rest.length === 0 ? findMisspelling(value, written[0]) : undefined;
      if (misspelt) {
        this.error(
          [...at, misspelt],
          `did you mean \`${String(written[0])}\`? (\`${String(written[0])}\` is required and missing)`,
          "key",
        );
        continue;
      }
      this.error(
        [...at, ...written, ...rest],
        missing && !issue.message.startsWith("is required") ? "is required" : issue.message,
      );
    }
    return undefined;
  }

  /** Warns about each key of `raw` not in `known`, suggesting the nearest known key. */
  warnUnknownKeys(raw: Record<string, unknown>, known: ReadonlySet<string>, at: YamlPath): void {
    for (const key of Object.keys(raw)) {
      if (known.has(key)) continue;
      const closest = findClosest(key, [...known]);
      this.warn(
        [...at, key],
        closest ? `unknown key, ignored (did you mean \`${closest}\`?)` : "unknown key, ignored",
        "key",
      );
    }
  }

  /** Reads alias keys as their canonical name (warning). `origin` maps canonical → written key. */
  renameAliases(raw: Record<string, unknown>, aliases: Readonly<Record<string, string>>, at: YamlPath) {
    const value: Record<string, unknown> = {};
    const origin: Record<string, string> = {};
    for (const [key, v] of Object.entries(raw)) {
      const canonical = aliases[key];
      if (canonical === undefined) {
        value[key] = v;
        origin[key] = key;
      } else if (Object.hasOwn(raw, canonical)) {
        this.error([...at, key], `both \`${key}\` and \`${canonical}\` are given; keep one`, "key");
      } else {
        this.warn([...at, key], `read as \`${canonical}\`, the spelling of the prompt-file format`, "key");
        value[canonical] = v;
        origin[canonical] = key;
      }
    }
    return { value, origin };
  }
}

/** The value at `path` inside a plain value, or undefined where the path leaves objects. */
export function readValueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const part of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}

/** A key of `value` that is a near miss of the missing `key` (`contnet` for `content`), so the error points at it. */
function findMisspelling(value: unknown, key: string | number | undefined): string | undefined {
  if (typeof key !== "string" || value === null || typeof value !== "object" || Array.isArray(value))
    return undefined;
  return Object.keys(value).find((written) => written !== key && findClosest(written, [key]) === key);
}
