// Parses a GitHub `.prompt.yml` / `.prompt.yaml` file into a PromptSpec; every problem is located, all in one InputError.
/*
 * Leniency, each with a warning in `spec.warnings`: unknown keys are ignored; snake_case spellings
 * (`max_tokens`, `test_data`, …) are read as their camelCase keys; test-row variables nested under
 * `vars:`/`inputs:`/`variables:` are lifted to the row; scalars are stringified and objects/arrays JSON-encoded
 * (an empty value is ""); unnamed evaluators get a generated name.
 *
 * Extension: `testDataFile: path` (or a list of paths), relative to the prompt file's directory, names eval rows
 * kept in a separate JSONL, JSON (array), YAML (list) or CSV (header row) file; its rows follow the inline
 * `testData` rows. The caller reads those files (paths from `listDataReferences`) and passes their text in.
 */
import { posix } from "node:path";
import { type Diagnostic, InputError } from "../diagnostics.js";
import {
  isModelParameterName,
  type ModelParameters,
  modelParameterNames,
  modelParametersSchema,
} from "../model-parameters.js";
import {
  findYamlNode,
  parseYamlSource,
  readYamlValue,
  YamlDiagnostics,
  type YamlPath,
} from "../yaml-location.js";
import { parseEvaluators, parseJsonObject } from "./prompt-evaluators.js";
import {
  knownMessageKeys,
  knownTopLevelKeys,
  messageRoles,
  modelParameterAliases,
  type RawPromptFile,
  rawMessageSchema,
  rawPromptFileSchema,
  topLevelAliases,
} from "./prompt-file-schema.js";
import type { PromptMessage, PromptSpec } from "./prompt-spec.js";
import { findUnsupportedSyntax, listVariables, renderMessages } from "./template.js";
import { buildTestCases, limitTestRows, type RawTestRow, readTestRows } from "./test-data.js";

type Diagnostics = YamlDiagnostics;
type PlainObject = Record<string, unknown>;

function isPlainObject(value: unknown): value is PlainObject {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** A data-file reference resolved against the prompt's directory: repository-relative, posix, normalised. */
export function resolveDataPath(promptPath: string, ref: string): { path: string } | { error: string } {
  const cleaned = ref.trim().replaceAll("\\", "/");
  if (cleaned.startsWith("/") || /^[A-Za-z]:/.test(cleaned)) {
    return { error: `"${ref}" must be a path relative to the prompt file's directory` };
  }
  const path = posix.normalize(posix.join(posix.dirname(promptPath), cleaned));
  if (path === ".." || path.startsWith("../")) return { error: `"${ref}" points outside the repository` };
  return { path };
}

function listRefs(value: unknown): string[] {
  const refs = typeof value === "string" ? [value] : Array.isArray(value) ? value : [];
  return refs.filter((ref): ref is string => typeof ref === "string" && ref.trim() !== "");
}

/** Repository-relative paths of the eval-data files a prompt file references; [] when its YAML does not parse. */
export function listDataReferences(path: string, text: string): string[] {
  const source = parseYamlSource(path, text);
  if (source.syntaxErrors.length > 0) return [];
  const raw = readYamlValue(source);
  if (!("value" in raw) || !isPlainObject(raw.value)) return [];
  const refs = listRefs(raw.value["testDataFile"] ?? raw.value["test_data_file"]);
  const paths = refs.map((ref) => resolveDataPath(path, ref)).flatMap((r) => ("path" in r ? [r.path] : []));
  return [...new Set(paths)];
}

export interface ParseOptions {
  /** Most test rows, inline and from data files together (`limits.maxRows`); unlimited when absent. */
  maxRows?: number;
}

/** Parses one prompt file. `dataFiles` maps each referenced data path to its text (null: not found). */
export function parsePromptFile(
  path: string,
  text: string,
  dataFiles: Record<string, string | null> = {},
  options: ParseOptions = {},
): PromptSpec {
  const source = parseYamlSource(path, text);
  if (source.syntaxErrors.length > 0) throw new InputError(source.syntaxErrors);
  const raw = readYamlValue(source);
  if ("error" in raw) throw new InputError(raw.error);
  if (!isPlainObject(raw.value)) {
    const message = "a prompt file must be a YAML mapping with at least `messages`";
    throw new InputError({ file: path, line: 1, column: 1, message });
  }
  const d: Diagnostics = new YamlDiagnostics(source);
  const file = readTopLevel(raw.value, d);
  const messages = parseMessages(file.messages ?? [], d);
  const variables = [...new Set(messages.flatMap((m) => listVariables(m.content)))].sort();
  const refs = parseDataRefs(path, file, d);
  const rows = limitTestRows(
    path,
    [...listInlineRows(file.testData ?? [], d), ...readDataFiles(refs, dataFiles, d)],
    options.maxRows,
    d.errors,
  );
  const { cases: testData, errors, warnings } = buildTestCases(rows, path, variables);
  d.errors.push(...errors);
  d.warnings.push(...warnings);
  const spec: PromptSpec = {
    path,
    ...(file.name ? { name: file.name } : {}),
    ...(file.description ? { description: file.description } : {}),
    ...(file.model ? { model: file.model } : {}),
    modelParameters: parseModelParameters(file.modelParameters ?? {}, d),
    responseFormat: file.responseFormat ?? "text",
    ...parseResponseSchema(file, d),
    messages,
    testData,
    evaluators: parseEvaluators(file.evaluators ?? [], d),
    dataFiles: refs.map((ref) => ref.path),
    variables,
    warnings: sortDiagnostics(path, d.warnings),
  };
  checkCaseVariables(spec, d);
  if (d.errors.length > 0) throw new PromptFileError(sortDiagnostics(path, d.errors), spec);
  return spec;
}

/** A prompt file whose structure was read but that has errors: `partial` still shows what changed in a diff. */
export class PromptFileError extends InputError {
  readonly partial: PromptSpec;

  constructor(diagnostics: Diagnostic[], partial: PromptSpec) {
    super(diagnostics);
    this.name = "PromptFileError";
    this.partial = partial;
  }
}

// Errors of the prompt file first, in file order; then those found in its data files.
function sortDiagnostics(path: string, list: Diagnostic[]): Diagnostic[] {
  const rank = (x: Diagnostic) => (x.file === path ? 0 : 1);
  return [...list].sort((a, b) => rank(a) - rank(b) || (a.line ?? 0) - (b.line ?? 0));
}

/** Renames aliased keys (warning), warns on unknown keys, checks top-level types; a field with a bad type is dropped. */
function readTopLevel(raw: PlainObject, d: Diagnostics): RawPromptFile {
  const { value, origin } = d.renameAliases(raw, topLevelAliases, []);
  d.warnUnknownKeys(value, knownTopLevelKeys, []);
  const result = rawPromptFileSchema.safeParse(value);
  if (result.success) return result.data;
  d.reportIssues(result.error.issues, [], origin, value);
  const bad = new Set(result.error.issues.map((issue) => String(issue.path[0])));
  return Object.fromEntries(Object.entries(value).filter(([key]) => !bad.has(key))) as RawPromptFile;
}

function parseMessages(list: unknown[], d: Diagnostics): PromptMessage[] {
  const messages: PromptMessage[] = [];
  list.forEach((raw, i) => {
    const at = ["messages", i];
    if (!isPlainObject(raw)) {
      d.error(
        at,
        `each message must be a mapping with \`role\` (${messageRoles.join(", ")}) and \`content\``,
      );
      return;
    }
    d.warnUnknownKeys(raw, knownMessageKeys, at);
    const result = rawMessageSchema.safeParse(raw);
    if (!result.success) {
      d.reportIssues(result.error.issues, at, {}, raw);
      return;
    }
    const { role, content } = result.data;
    const line = d.lineOf([...at, "content"]);
    for (const { token, offset } of findUnsupportedSyntax(content)) {
      const diagnostic = d.build([...at, "content"], unsupportedMessage(token));
      d.errors.push({ ...diagnostic, line: lineOfOffset(d, [...at, "content"], content, offset) });
    }
    messages.push({ role, content, line });
  });
  return messages;
}

function unsupportedMessage(token: string): string {
  const shown = token.length > 40 ? `${token.slice(0, 37)}...` : token;
  return `${shown} is Handlebars/Mustache syntax, which is not evaluated (only {{name}} placeholders are); rewrite it as plain text or one prompt file per variant`;
}

// In a literal block scalar (`|`) the text keeps its line breaks, so the exact line of an offset is known.
function lineOfOffset(d: Diagnostics, at: YamlPath, content: string, offset: number): number {
  const node = findYamlNode(d.source, at);
  const line = d.lineOf(at);
  if (!node || !("type" in node) || node.type !== "BLOCK_LITERAL") return line;
  return line + 1 + (content.slice(0, offset).match(/\n/g)?.length ?? 0);
}

function parseModelParameters(raw: PlainObject, d: Diagnostics): ModelParameters {
  const at = ["modelParameters"];
  const { value, origin } = d.renameAliases(raw, modelParameterAliases, at);
  for (const key of Object.keys(value)) {
    if (isModelParameterName(key)) continue;
    d.warn(
      [...at, origin[key] ?? key],
      `unknown model parameter, ignored (known: ${modelParameterNames.join(", ")})`,
      "key",
    );
    delete value[key];
  }
  const result = modelParametersSchema.safeParse(value);
  if (result.success) return result.data;
  d.reportIssues(result.error.issues, at, origin, value);
  return {};
}

/** `jsonSchema` may be an object or a JSON string holding one; it is kept as written (e.g. `{name, strict, schema}`). */
function parseResponseSchema(file: RawPromptFile, d: Diagnostics): { jsonSchema?: unknown } {
  const schema = parseJsonObject(file.jsonSchema, ["jsonSchema"], d);
  if (file.responseFormat === "json_schema" && file.jsonSchema == null) {
    d.error(["responseFormat"], "json_schema needs a `jsonSchema` key with the schema");
  }
  if (file.jsonSchema != null && file.responseFormat !== "json_schema") {
    d.warn(["jsonSchema"], "ignored unless `responseFormat: json_schema`", "key");
  }
  return schema === undefined ? {} : { jsonSchema: schema };
}

interface DataRef {
  path: string;
  at: YamlPath;
}

function parseDataRefs(promptPath: string, file: RawPromptFile, d: Diagnostics): DataRef[] {
  const value = file.testDataFile;
  if (value == null) return [];
  const list = typeof value === "string" ? [value] : value;
  const refs: DataRef[] = [];
  list.forEach((ref, i) => {
    const at = typeof value === "string" ? ["testDataFile"] : ["testDataFile", i];
    const resolved = resolveDataPath(promptPath, ref);
    if ("error" in resolved) d.error(at, resolved.error);
    else if (!refs.some((r) => r.path === resolved.path)) refs.push({ path: resolved.path, at });
  });
  return refs;
}

function listInlineRows(list: unknown[], d: Diagnostics): RawTestRow[] {
  const rows: RawTestRow[] = [];
  list.forEach((row, i) => {
    if (isPlainObject(row)) rows.push({ row, line: d.lineOf(["testData", i]) });
    else d.error(["testData", i], "each test row must be a mapping of variable names to values");
  });
  return rows;
}

function readDataFiles(
  refs: DataRef[],
  dataFiles: Record<string, string | null>,
  d: Diagnostics,
): RawTestRow[] {
  const rows: RawTestRow[] = [];
  for (const ref of refs) {
    const text = dataFiles[ref.path];
    if (text == null) {
      d.error(ref.at, `eval-data file ${ref.path} was not found`);
      continue;
    }
    rows.push(...(readTestRows(ref.path, text, d.errors) ?? []));
  }
  return rows;
}

/** Every case must fill every placeholder: found here, before any model call is paid for. */
function checkCaseVariables(spec: PromptSpec, d: Diagnostics): void {
  for (const testCase of spec.testData) {
    try {
      renderMessages(spec, testCase);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      const row = testCase.source ? `${testCase.source}:${testCase.line}` : `line ${testCase.line}`;
      d.errors.push(...error.diagnostics.map((x) => ({ ...x, message: `${x.message} (row at ${row})` })));
    }
  }
}
