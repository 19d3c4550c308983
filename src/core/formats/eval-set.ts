// Eval sets shared by the formats: a config entry's dataset and evaluators, and the check that renders rows.
import { stringify } from "yaml";
import type { PromptEntry } from "../config/config-schema.js";
import { type Diagnostic, InputError } from "../diagnostics.js";
import { parseEvaluators } from "../prompt-file/prompt-evaluators.js";
import { PromptFileError } from "../prompt-file/prompt-file.js";
import type { EvaluatorSpec, PromptSpec } from "../prompt-file/prompt-spec.js";
import { type RawTestRow, readTestRows } from "../prompt-file/test-data.js";
import { parseYamlSource, YamlDiagnostics, type YamlPath, type YamlSource } from "../yaml-location.js";
import { renderRows } from "./rendered-rows.js";

/** The entry's `dataset` file as a repository path (`./data.jsonl` → `data.jsonl`): none, or one. */
export function listDatasetFiles(entry: PromptEntry | undefined): string[] {
  return entry?.dataset ? [entry.dataset.replace(/^(\.\/)+/, "")] : [];
}

/** Rows of the entry's `dataset` file; its path is repository-relative. */
export async function readDatasetRows(
  entry: PromptEntry | undefined,
  readFile: (path: string) => Promise<string | null>,
  errors: Diagnostic[],
): Promise<RawTestRow[]> {
  const [path] = listDatasetFiles(entry);
  if (path === undefined || entry === undefined) return [];
  const text = await readFile(path);
  if (text === null) {
    errors.push({
      file: path,
      message: `dataset ${path} (named in promptgate.yml for ${entry.path}) was not found`,
    });
    return [];
  }
  return readTestRows(path, text, errors) ?? [];
}

/**
 * The entry's evaluators, read like a `.prompt.yml` file's. promptgate.yml was checked when it was loaded
 * (with its lines), so problems here are reported against the prompt, without a line.
 */
export function parseEntryEvaluators(
  entry: PromptEntry | undefined,
  file: string,
  errors: Diagnostic[],
): EvaluatorSpec[] {
  if (!entry?.evaluators || entry.evaluators.length === 0) return [];
  const d = new YamlDiagnostics(parseYamlSource(file, stringify({ evaluators: entry.evaluators })));
  const specs = parseEvaluators(entry.evaluators, d);
  const unlocated = (x: Diagnostic): Diagnostic => ({
    file: x.file,
    ...(x.field ? { field: `promptgate.yml prompts entry: ${x.field}` } : {}),
    message: x.message,
  });
  errors.push(...d.errors.map(unlocated));
  return specs.map(({ line: _line, ...spec }) => spec as EvaluatorSpec);
}

/** YamlDiagnostics for a part of a document: paths are relative to `prefix`, lines and fields are the file's. */
class ScopedDiagnostics extends YamlDiagnostics {
  constructor(
    source: YamlSource,
    private readonly prefix: YamlPath,
  ) {
    super(source);
  }

  override build(path: YamlPath, message: string, target: "key" | "value" = "value"): Diagnostic {
    return super.build([...this.prefix, ...path], message, target);
  }

  override lineOf(path: YamlPath): number {
    return super.lineOf([...this.prefix, ...path]);
  }
}

/**
 * Checks the evaluators of promptgate.yml's `prompts:` entries when the config is read, so a mistake is
 * reported at its line in promptgate.yml (the loaders read them again without lines). `source` is promptgate.yml
 * as the config reader parsed it. Returns the warnings.
 */
export function checkEntryEvaluators(
  source: YamlSource,
  patterns: readonly (string | PromptEntry)[],
): Diagnostic[] {
  const errors: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  patterns.forEach((entry, i) => {
    if (typeof entry === "string" || !entry.evaluators) return;
    const d = new ScopedDiagnostics(source, ["prompts", i]);
    parseEvaluators(entry.evaluators, d);
    errors.push(...d.errors);
    warnings.push(...d.warnings);
  });
  if (errors.length > 0) throw new InputError(errors);
  return warnings;
}

/** Renders the prompt's own rows, then throws every problem at once (the loader's and each row's) or returns it. */
export async function finishLoad(spec: PromptSpec, errors: Diagnostic[]): Promise<PromptSpec> {
  await renderRows(spec, spec.testData);
  const rowErrors = Object.values(spec.renderer?.rows ?? {}).flatMap((row) =>
    "errors" in row ? row.errors : [],
  );
  const all = [...errors, ...rowErrors];
  if (all.length > 0) throw new PromptFileError(all, spec);
  return spec;
}
