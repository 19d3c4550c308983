// Size lint: fails on any file in src/ over 300 lines or any function over 60 lines (STYLE.md, habit 14).
// Run by `npm run lint`; `*.generated.ts` files are exempt, and a factory closure counts as one function.
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { isMain, lintRoot, sourceFiles, toPosix } from "./source-files.js";

export const MAX_FILE_LINES = 300;
export const MAX_FUNCTION_LINES = 60;

/** A function allowed over the limit for now, by file and name. */
export interface SizeException {
  readonly path: string;
  readonly name: string;
}

/**
 * Functions over the limit today, each with why it is still here; the lint passes on these and fails on any
 * new one. Remove an entry when its function shrinks (the lint also fails on an entry that no longer matches,
 * so this list stays the true list of debts).
 */
export const EXCEPTIONS: readonly (SizeException & { why: string })[] = [];

/** A file or a function over its limit: `name` is the function's, or `<file>` for a whole file. */
export interface Oversize {
  readonly path: string;
  readonly line: number;
  readonly name: string;
  readonly lines: number;
}

export const FILE = "<file>";

/** Lines as an editor numbers them: a final newline does not start another line. */
export function countLines(text: string): number {
  if (text === "") return 0;
  return text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
}

type FunctionNode = ts.SignatureDeclaration & { body?: ts.Node };

function isFunction(node: ts.Node): node is FunctionNode {
  return (
    ts.isFunctionDeclaration(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isArrowFunction(node) ||
    ts.isFunctionExpression(node) ||
    ts.isConstructorDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isSetAccessorDeclaration(node)
  );
}

/** The function's own name, else the name it is bound to (`const f = () => …`, `{ f: function () {} }`). */
function nameOf(node: FunctionNode): string {
  if (ts.isConstructorDeclaration(node)) return "constructor";
  if (node.name !== undefined) return node.name.getText();
  const parent = node.parent;
  if ((ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) && parent.initializer === node)
    return parent.name.getText();
  return "<anonymous>";
}

/** Every function in `text` over the function limit (nested ones too), and the file itself when over its limit. */
export function measureSource(path: string, text: string): Oversize[] {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const found: Oversize[] = [];
  const lines = countLines(text);
  if (lines > MAX_FILE_LINES) found.push({ path, line: 1, name: FILE, lines });
  const lineOf = (position: number) => source.getLineAndCharacterOfPosition(position).line + 1;
  const visit = (node: ts.Node): void => {
    // Overload signatures have no body and so no length to speak of.
    if (isFunction(node) && node.body !== undefined) {
      const start = lineOf(node.getStart(source));
      const length = lineOf(node.getEnd()) - start + 1;
      if (length > MAX_FUNCTION_LINES) found.push({ path, line: start, name: nameOf(node), lines: length });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

export interface SizeCheck {
  /** Files and functions over their limit and not listed as exceptions. */
  readonly oversized: Oversize[];
  /** Listed exceptions that no longer match a function over the limit. */
  readonly staleExceptions: SizeException[];
}

/** Measures every source file in `root`/src. */
export function checkSize(root: string, exceptions: readonly SizeException[] = EXCEPTIONS): SizeCheck {
  const measured = sourceFiles(join(root, "src"))
    .filter((file) => !file.endsWith(".generated.ts"))
    .flatMap((file) => measureSource(toPosix(relative(root, file)), readFileSync(file, "utf8")));
  const listed = (o: Oversize) => exceptions.some((e) => e.path === o.path && e.name === o.name);
  const staleExceptions = exceptions
    .filter((e) => !measured.some((o) => o.path === e.path && o.name === e.name))
    .map(({ path, name }) => ({ path, name }));
  return { oversized: measured.filter((o) => !listed(o)), staleExceptions };
}

/** `tsx scripts/check-size.ts [root]`: checks the repository this script is in, or `root`. */
function main(): void {
  const { oversized, staleExceptions } = checkSize(lintRoot(import.meta.url));
  for (const o of oversized) console.error(`${o.path}:${o.line} ${o.name} (${o.lines} lines)`);
  for (const e of staleExceptions) {
    console.error(
      `scripts/check-size.ts: exception ${e.path} ${e.name} is no longer over the limit; remove it.`,
    );
  }
  if (oversized.length > 0 || staleExceptions.length > 0) {
    console.error(
      `Files stay under ${MAX_FILE_LINES} lines and functions under ${MAX_FUNCTION_LINES} (STYLE.md, habit 14): ` +
        "split by job, or move a helper into its own module.",
    );
    process.exit(1);
  }
  console.log(
    `Sizes: no file over ${MAX_FILE_LINES} lines, no function over ${MAX_FUNCTION_LINES} (${EXCEPTIONS.length} listed exceptions).`,
  );
}

if (isMain(import.meta.url)) main();
