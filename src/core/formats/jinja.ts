// Jinja2 templates (Prompty bodies, plain templates) through nunjucks, locked down: no loaders, no prototype access.
/*
 * nunjucks is not a sandbox: `{{ range.constructor("…")() }}` reaches the Function constructor and runs code.
 * Templates come from pull requests, so every member lookup of `constructor`, `__proto__`, `prototype` and the
 * legacy getter/setter helpers is refused twice: statically (a located error before anything renders) and at
 * run time (a lookup whose key comes from row data). The environment has no loaders, so `{% include %}`,
 * `{% import %}` and `{% extends %}` cannot read files; autoescape is off because prompts are not HTML.
 */
import type { Diagnostic } from "../diagnostics.js";

type Nunjucks = typeof import("nunjucks");

interface AstNode {
  typename: string;
  fields: string[];
  value?: unknown;
  lineno?: number;
  colno?: number;
  [field: string]: unknown;
}

const forbiddenKeys = new Set([
  "constructor",
  "__proto__",
  "prototype",
  "__defineGetter__",
  "__defineSetter__",
  "__lookupGetter__",
  "__lookupSetter__",
]);

/** Names nunjucks provides itself: not row variables. */
const globalNames = new Set([
  "range",
  "cycler",
  "joiner",
  "loop",
  "super",
  "caller",
  "true",
  "false",
  "none",
]);

export interface JinjaWhere {
  file: string;
  /** 1-based line of the template's first line in the file. */
  line: number;
}

export interface Jinja {
  /** Free variables of the template (what a row must or may give), in order of first use. */
  listVariables(template: string): string[];
  /** Syntax errors and forbidden lookups, located in the file. */
  check(template: string, where: JinjaWhere): Diagnostic[];
  /** Renders one row; a value printed but undefined is an error naming the line. */
  render(template: string, context: Record<string, unknown>, where: JinjaWhere): string;
}

let loaded: Promise<Jinja> | undefined;

/** Loads nunjucks on first use (it is only needed when a repository has Jinja2 templates). */
export function loadJinja(): Promise<Jinja> {
  loaded ??= import("nunjucks").then((mod) => buildJinja((mod as { default?: Nunjucks }).default ?? mod));
  return loaded;
}

function buildJinja(nunjucks: Nunjucks): Jinja {
  guardMemberLookup(nunjucks);
  const env = new nunjucks.Environment([], { autoescape: false, throwOnUndefined: true });
  env.addGlobal("range", boundedRange);
  const parse = (template: string) => (nunjucks as unknown as ParserHolder).parser.parse(template) as AstNode;
  return {
    listVariables: (template) => {
      try {
        return listFreeSymbols(parse(template));
      } catch {
        return [];
      }
    },
    check: (template, where) => checkTemplate(parse, template, where),
    render: (template, context, where) => {
      try {
        return env.renderString(template, context);
      } catch (error) {
        const located = locateNunjucksError(error as Error, where);
        if (!(error as Error).message.includes("null or undefined value"))
          throw new JinjaRenderError(located);
        // Name what the row lacks: the free variables of the template that it does not give.
        const missing = listFreeSymbols(parse(template)).filter((name) => !(name in context));
        const names = missing.map((name) => `{{ ${name} }}`).join(", ");
        const message = names ? `Jinja2: the row has no value for ${names}` : located.message;
        throw new JinjaRenderError({ ...located, message });
      }
    },
  };
}

/** Most items `range()` may give: a template must not be able to spin the review for minutes. */
export const MAX_RANGE_ITEMS = 1_000;

// Jinja2's range(stop) / range(start, stop[, step]), refusing more than MAX_RANGE_ITEMS items.
function boundedRange(start: number, stop?: number, step = 1): number[] {
  const [from, to] = stop === undefined ? [0, start] : [start, stop];
  if (step === 0) throw new Error("range() step must not be zero");
  const count = Math.max(0, Math.ceil((to - from) / step));
  if (!Number.isFinite(count) || count > MAX_RANGE_ITEMS) {
    throw new Error(`range() of ${count} items is refused (at most ${MAX_RANGE_ITEMS})`);
  }
  return Array.from({ length: count }, (_, i) => from + i * step);
}

interface ParserHolder {
  parser: { parse(src: string): unknown };
}

/** A render failure of one row, located in the template's file. */
export class JinjaRenderError extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(diagnostic.message);
    this.name = "JinjaRenderError";
  }
}

// Wraps nunjucks' one member-lookup function; compiled templates call it through the runtime object.
function guardMemberLookup(nunjucks: Nunjucks): void {
  const runtime = nunjucks.runtime as unknown as { memberLookup: (obj: unknown, key: unknown) => unknown };
  if ((runtime.memberLookup as { guarded?: boolean }).guarded) return;
  const original = runtime.memberLookup;
  const guarded = (obj: unknown, key: unknown) => {
    if (typeof key === "string" && forbiddenKeys.has(key)) {
      throw new Error(
        `the template looks up "${key}", which is refused: templates cannot reach JavaScript objects`,
      );
    }
    return original(obj, key);
  };
  runtime.memberLookup = Object.assign(guarded, { guarded: true });
}

function checkTemplate(parse: (t: string) => AstNode, template: string, where: JinjaWhere): Diagnostic[] {
  let root: AstNode;
  try {
    root = parse(template);
  } catch (error) {
    return [locateNunjucksError(error as Error, where)];
  }
  const found: Diagnostic[] = [];
  visit(root, (node) => {
    if (node.typename !== "LookupVal") return;
    const key = node["val"] as AstNode | undefined;
    if (key?.typename === "Literal" && typeof key.value === "string" && forbiddenKeys.has(key.value)) {
      const line = where.line + (node.lineno ?? 0);
      const message = `the template looks up "${key.value}", which is refused: templates cannot reach JavaScript objects`;
      found.push({ file: where.file, line, message });
    }
  });
  return found;
}

function children(node: AstNode): AstNode[] {
  const out: AstNode[] = [];
  for (const field of node.fields) {
    const value = node[field];
    if (Array.isArray(value)) out.push(...value.filter(isNode));
    else if (isNode(value)) out.push(value);
  }
  return out;
}

function isNode(value: unknown): value is AstNode {
  return value !== null && typeof value === "object" && typeof (value as AstNode).typename === "string";
}

function visit(node: AstNode, fn: (node: AstNode) => void): void {
  fn(node);
  for (const child of children(node)) visit(child, fn);
}

/** Symbols read before any `for`/`set`/macro binds them; filter names and nunjucks globals are not variables. */
function listFreeSymbols(root: AstNode): string[] {
  const free = new Set<string>();
  const walk = (node: AstNode, bound: ReadonlySet<string>): void => {
    if (node.typename === "Symbol") {
      const name = String(node.value);
      if (!bound.has(name) && !globalNames.has(name)) free.add(name);
      return;
    }
    if (node.typename === "Filter" || node.typename === "FilterAsync") {
      walk(node["args"] as AstNode, bound);
      return;
    }
    if (node.typename === "For" || node.typename === "AsyncEach" || node.typename === "AsyncAll") {
      walk(node["arr"] as AstNode, bound);
      const inner = new Set([...bound, ...symbolNames(node["name"])]);
      for (const field of ["body", "else_"]) if (isNode(node[field])) walk(node[field] as AstNode, inner);
      return;
    }
    if (node.typename === "Set") {
      if (isNode(node["value"])) walk(node["value"] as AstNode, bound);
      if (isNode(node["body"])) walk(node["body"] as AstNode, bound);
      for (const name of symbolNames(node["targets"])) (bound as Set<string>).add(name);
      return;
    }
    for (const child of children(node)) walk(child, bound);
  };
  walk(root, new Set());
  return [...free];
}

function symbolNames(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.flatMap((node) => {
    if (!isNode(node)) return [];
    if (node.typename === "Symbol") return [String(node.value)];
    return children(node).flatMap((child) => symbolNames(child));
  });
}

// nunjucks writes "(unknown path) [Line 2, Column 1]\n  message"; lines count from 0 in some versions' parse errors.
function locateNunjucksError(error: Error, where: JinjaWhere): Diagnostic {
  const text = error.message.replace(/^\(unknown path\)\s*/, "");
  const position = /\[Line (\d+), Column (\d+)\]/.exec(text);
  const message = text
    .replace(/\[Line \d+, Column \d+\]/, "")
    .replace(/^Template render error:\s*/, "")
    .replace(/\s+/g, " ")
    .trim();
  const explained = message.includes("null or undefined value")
    ? "a value the template prints is missing (a variable the row does not give, or misspelled)"
    : message;
  const line = position ? where.line + Number(position[1]) - 1 : where.line;
  return { file: where.file, line, message: `Jinja2: ${explained}` };
}
