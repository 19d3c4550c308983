// Layer lint: fails on any import in src/ that points up the layer order or sideways between shells, and on a
// GitHub REST route written outside src/adapters/ (everything else reaches GitHub through an adapter's verb).
// Run by `npm run lint`; the order is the one in DESIGN.md and docs/architecture.md.
import { readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { isMain, lintRoot, sourceFiles, toPosix } from "./source-files.js";

/** Top to bottom. A file may import from its own layer or any layer below it; shells never import each other. */
export const LAYERS: readonly { name: string; holds: readonly string[]; shell?: boolean }[] = [
  { name: "action", holds: ["src/action/"], shell: true },
  { name: "app", holds: ["src/app/"], shell: true },
  { name: "cli", holds: ["src/cli/"], shell: true },
  { name: "pr", holds: ["src/pr/"] },
  { name: "adapters", holds: ["src/adapters/"] },
  {
    name: "review",
    holds: ["src/review/", "src/ports.ts"],
  },
  { name: "render", holds: ["src/render/"] },
  { name: "engine", holds: ["src/engine/"] },
  { name: "core", holds: ["src/core/"] },
];

export interface Edge {
  readonly from: string;
  readonly to: string;
}

/**
 * Back-edges today's tree already has, each with why it is there; the lint passes on these and fails on any
 * new one. Remove an entry when its import goes (the lint also fails on an entry that no longer matches, so
 * this list stays the true list of debts).
 */
export const EXCEPTIONS: readonly (Edge & { why: string })[] = [
  // src/ports.ts declares the ports every layer reads through but imports engine types, so it sits with the
  // pipeline; core reads the repository and the engine traces through these port types.
  {
    from: "src/core/diff/change-set.ts",
    to: "src/ports.ts",
    why: "type-only: RepoReader and ChangedFile ports",
  },
  { from: "src/core/config/config.ts", to: "src/ports.ts", why: "type-only: the RepoReader port" },
  { from: "src/engine/traced-engine.ts", to: "src/ports.ts", why: "type-only: the Tracer port" },
];

export interface Violation extends Edge {
  readonly line: number;
  readonly specifier: string;
  readonly reason: string;
}

/** The layer a repository-relative path (forward slashes) belongs to, or undefined outside the layer map. */
export function layerOf(path: string): number | undefined {
  const index = LAYERS.findIndex((layer) =>
    layer.holds.some((held) => (held.endsWith("/") ? path.startsWith(held) : path === held)),
  );
  return index === -1 ? undefined : index;
}

/** The review pipeline's one entry: other folders import `src/review/index.ts`, never a file behind it. */
export const PIPELINE_ENTRY = "src/review/index.ts";

/** Why importing `to` from `from` breaks the layer order, or undefined when it is allowed. */
export function edgeProblem(from: string, to: string): string | undefined {
  if (!to.startsWith("src/"))
    return `${from} imports ${to}, outside src/: shipped code never reads test or script files`;
  if (to.startsWith("src/review/") && to !== PIPELINE_ENTRY && !from.startsWith("src/review/"))
    return `${from} reaches into the review pipeline; import ${PIPELINE_ENTRY} instead`;
  const a = layerOf(from);
  const b = layerOf(to);
  if (a === undefined || b === undefined || a === b) return undefined;
  const [upper, lower] = [LAYERS[a]!, LAYERS[b]!];
  if (upper.shell && lower.shell)
    return `shell ${upper.name} imports shell ${lower.name}; shells never import each other`;
  if (b < a) return `${upper.name} imports ${lower.name}, which is above it in the layer order`;
  return undefined;
}

/** Every relative import (static, type-only, re-export or dynamic) in `src/` under `root`, resolved to a path. */
export function importEdges(root: string): (Edge & { line: number; specifier: string })[] {
  return sourceFiles(join(root, "src")).flatMap((file) => {
    const text = readFileSync(file, "utf8");
    const from = toPosix(relative(root, file));
    const { importedFiles } = ts.preProcessFile(text, true, true);
    return importedFiles
      .filter((imported) => imported.fileName.startsWith("."))
      .map((imported) => {
        const target = resolve(dirname(file), imported.fileName).replace(/\.js$/, ".ts");
        const line = text.slice(0, imported.pos).split("\n").length;
        return { from, to: toPosix(relative(root, target)), line, specifier: imported.fileName };
      });
  });
}

/** A GitHub REST route template, e.g. `"GET /repos/{owner}/{repo}"`: only adapters may write one. */
export const ROUTE_PATTERN = /^(GET|POST|PATCH|PUT|DELETE) \//;

/** The one folder that may name a GitHub route. */
export const ROUTE_HOME = "src/adapters/";

export interface RouteString {
  readonly file: string;
  readonly line: number;
  readonly route: string;
}

/** Every string literal in `root`/src outside src/adapters/ that is a GitHub route. */
export function findRouteStrings(root: string): RouteString[] {
  return sourceFiles(join(root, "src")).flatMap((path) => {
    const file = toPosix(relative(root, path));
    if (file.startsWith(ROUTE_HOME)) return [];
    const text = readFileSync(path, "utf8");
    const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, text);
    const found: RouteString[] = [];
    for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
      const literal =
        kind === ts.SyntaxKind.StringLiteral ||
        kind === ts.SyntaxKind.NoSubstitutionTemplateLiteral ||
        kind === ts.SyntaxKind.TemplateHead;
      if (literal && ROUTE_PATTERN.test(scanner.getTokenValue())) {
        const line = text.slice(0, scanner.getTokenStart()).split("\n").length;
        found.push({ file, line, route: scanner.getTokenValue() });
      }
    }
    return found;
  });
}

export interface LayerCheck {
  /** Imports that break the layer order and are not listed as exceptions. */
  readonly violations: Violation[];
  /** Listed exceptions that no longer match a breaking import. */
  readonly staleExceptions: Edge[];
  /** Source files in no layer: a new top-level file or folder must be placed in LAYERS before it is linted. */
  readonly unplaced: string[];
}

/** Checks every import in `root`/src against the layer order. */
export function checkLayers(root: string, exceptions: readonly Edge[] = EXCEPTIONS): LayerCheck {
  const edges = importEdges(root);
  const unplaced = sourceFiles(join(root, "src"))
    .map((file) => toPosix(relative(root, file)))
    .filter((path) => layerOf(path) === undefined);
  const listed = (edge: Edge) => exceptions.some((e) => e.from === edge.from && e.to === edge.to);
  const violations = edges.flatMap((edge) => {
    const reason = edgeProblem(edge.from, edge.to);
    return reason && !listed(edge) ? [{ ...edge, reason }] : [];
  });
  const staleExceptions = exceptions.filter(
    (e) => !edges.some((edge) => edge.from === e.from && edge.to === e.to && edgeProblem(edge.from, edge.to)),
  );
  return { violations, staleExceptions: staleExceptions.map(({ from, to }) => ({ from, to })), unplaced };
}

/** `tsx scripts/check-layers.ts [root]`: checks the repository this script is in, or `root`. */
function main(): void {
  const root = lintRoot(import.meta.url);
  const { violations, staleExceptions, unplaced } = checkLayers(root);
  const routes = findRouteStrings(root);
  for (const v of violations) {
    console.error(`${v.from}:${v.line}: import "${v.specifier}" → ${v.to}: ${v.reason}.`);
  }
  for (const e of staleExceptions) {
    console.error(
      `scripts/check-layers.ts: exception ${e.from} → ${e.to} no longer matches an import; remove it.`,
    );
  }
  for (const path of unplaced) {
    console.error(`${path}: in no layer; add its folder to LAYERS in scripts/check-layers.ts.`);
  }
  for (const r of routes) {
    console.error(
      `${r.file}:${r.line}: GitHub route "${r.route}" outside ${ROUTE_HOME}; call an adapter's verb.`,
    );
  }
  if (violations.length > 0 || staleExceptions.length > 0 || unplaced.length > 0 || routes.length > 0) {
    console.error("Layer order (top to bottom): see docs/architecture.md.");
    process.exit(1);
  }
  console.log(`Layers: no import points up the layer order (${EXCEPTIONS.length} listed exceptions).`);
}

if (isMain(import.meta.url)) main();
