// Reads `promptgate.yml`: YAML → zod → Config, with every problem located by file, line, column and field.
import { LineCounter, parseDocument, type YAMLError } from "yaml";
import type { RepoReader } from "../../ports.js";
import { type Diagnostic, InputError } from "../diagnostics.js";
import { checkEntryEvaluators } from "../formats/eval-set.js";
import { buildIssueDiagnostics } from "./config-issues.js";
import { buildConfigJsonSchema } from "./config-json-schema.js";
import { type Config, configSchema } from "./config-schema.js";

/** Where promptgate looks for its config, first match wins. */
export const configPaths = [
  "promptgate.yml",
  "promptgate.yaml",
  ".github/promptgate.yml",
  ".github/promptgate.yaml",
] as const;

export interface ParsedConfig {
  config: Config;
  warnings: Diagnostic[];
}

export interface LoadedConfig extends ParsedConfig {
  /** Repository-relative path the config was read from; null when there is none and defaults apply. */
  path: string | null;
}

/** Parses one config file's text. An empty or comments-only file yields the defaults. */
export function parseConfig(path: string, text: string): ParsedConfig {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const locateYamlError = (error: YAMLError): Diagnostic => {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    return { file: path, line, column: col, message: error.message };
  };
  if (doc.errors.length > 0) throw new InputError(doc.errors.map(locateYamlError));
  const warnings = doc.warnings.map(locateYamlError);

  const value: unknown = doc.toJS() ?? {};
  if (typeof value !== "object" || Array.isArray(value)) {
    const start = doc.contents?.range?.[0] ?? 0;
    const { line, col } = lineCounter.linePos(start);
    throw new InputError({
      file: path,
      line,
      column: col,
      message: "must be a mapping of settings, e.g. `gate: {margin: 0.05}`",
    });
  }
  const result = configSchema.safeParse(dropEmptySections(value as Record<string, unknown>));
  if (!result.success) {
    throw new InputError(buildIssueDiagnostics({ file: path, doc, lineCounter, value }, result.error.issues));
  }
  const source = { file: path, doc, lineCounter, syntaxErrors: [] };
  const entryWarnings = checkEntryEvaluators(source, result.data.prompts);
  return { config: result.data, warnings: [...warnings, ...entryWarnings] };
}

/**
 * Reads the config at `sha` — callers pass the BASE commit, so a pull request cannot loosen its own gate.
 * With `explicitPath` that file must exist; otherwise the first of `configPaths` that exists is used.
 */
export async function loadConfig(
  reader: RepoReader,
  sha: string,
  explicitPath?: string,
): Promise<LoadedConfig> {
  return findConfig((path) => reader.readFile(sha, path), explicitPath, `at commit ${sha.slice(0, 12)}`);
}

/**
 * The config `read` finds: `explicitPath` (an error when missing) or the first of `configPaths`, else the
 * defaults. `where` finishes the "not found" message (`at commit 1a2b…`).
 */
export async function findConfig(
  read: (path: string) => Promise<string | null>,
  explicitPath?: string,
  where?: string,
): Promise<LoadedConfig> {
  if (explicitPath !== undefined) {
    const path = explicitPath.replace(/^\.\//, "");
    const text = await read(path);
    if (text === null) {
      throw new InputError({ file: path, message: `config file not found${where ? ` ${where}` : ""}` });
    }
    return { ...parseConfig(path, text), path };
  }
  for (const path of configPaths) {
    const text = await read(path);
    if (text !== null) return { ...parseConfig(path, text), path };
  }
  return { ...parseConfig("promptgate.yml", ""), path: null };
}

/**
 * `gate:` with every child commented out parses as null; treat such a section as absent
 * rather than as a type error, since the intent (use the defaults) is clear.
 */
function dropEmptySections(value: Record<string, unknown>): Record<string, unknown> {
  sectionKeys ??= listSectionKeys();
  const sections = sectionKeys;
  return Object.fromEntries(Object.entries(value).filter(([key, v]) => !(v === null && sections.has(key))));
}

let sectionKeys: Set<string> | undefined;

function listSectionKeys(): Set<string> {
  const properties = buildConfigJsonSchema().properties as Record<string, { type?: string }>;
  return new Set(Object.keys(properties).filter((key) => properties[key]?.type === "object"));
}
