// Loads one prompt × provider of a promptfoo config (`promptfooconfig.yaml#<variant>`) as a PromptSpec.
import { type Diagnostic, InputError } from "../diagnostics.js";
import { isModelParameterName, type ModelParameters, modelParametersSchema } from "../model-parameters.js";
import { resolveDataPath } from "../prompt-file/prompt-file.js";
import { modelParameterAliases } from "../prompt-file/prompt-file-schema.js";
import type { MessageRole, PromptSpec, ResponseFormat } from "../prompt-file/prompt-spec.js";
import { buildTestCases, type RawTestRow, readTestRows } from "../prompt-file/test-data.js";
import { parseYamlSource, YamlDiagnostics } from "../yaml-location.js";
import { finishLoad } from "./eval-set.js";
import type { LoadOptions } from "./format-types.js";
import { loadJinja } from "./jinja.js";
import { mapAsserts, type RawAssert } from "./promptfoo-asserts.js";
import {
  findVariant,
  isObject,
  listVariantKeys,
  type PromptfooConfig,
  type PromptfooPrompt,
  type PromptfooProvider,
  readPromptfooConfig,
  readThreshold,
  splitVariantPath,
} from "./promptfoo-config.js";

type PlainObject = Record<string, unknown>;
type Read = LoadOptions["readFile"];

/** The reviewed prompts of a config text: `path#variant` for each prompt × provider; [] when it does not parse. */
export function listPromptfooVariants(path: string, text: string): string[] {
  const config = readPromptfooConfig(path, text);
  return "errors" in config ? [] : listVariantKeys(config).map((key) => `${path}#${key}`);
}

export async function loadPromptfoo(path: string, text: string, options: LoadOptions): Promise<PromptSpec> {
  const { file, variant } = splitVariantPath(path);
  const config = readPromptfooConfig(file, text);
  if ("errors" in config) throw new InputError(config.errors);
  const found = variant === undefined ? undefined : findVariant(config, variant);
  if (!found) {
    // Nothing reviewable: say why (a refused prompt function, no usable provider) rather than "not found".
    const why = [...config.d.errors, ...config.notices];
    if (variant === undefined && why.length > 0) throw new InputError(why);
    const known = listVariantKeys(config).join(", ") || "none";
    throw new InputError({
      file,
      line: 1,
      message: `no prompt "${variant ?? ""}" in this config (prompts: ${known})`,
    });
  }
  const errors: Diagnostic[] = [];
  const messages = await readMessages(file, found.prompt, options.readFile, config, errors);
  const jinja = await loadJinja();
  const where = {
    file: found.prompt.file ?? file,
    line: found.prompt.file ? 1 : config.d.lineOf(found.prompt.at),
  };
  for (const m of messages) errors.push(...jinja.check(m.content, where));
  const variables = [...new Set(messages.flatMap((m) => jinja.listVariables(m.content)))].sort();
  const tests = await readTests(file, config, options.readFile, errors);
  const provider = readProvider(found.provider, config.d);
  const mapped = mapAsserts(tests.defaults, tests.list, provider.tools);
  const rows: RawTestRow[] = tests.list.map((t, i) => ({
    ...t.row,
    row: { ...t.row.row, ...mapped.rowVars[i] },
  }));
  const evalSet = buildTestCases(rows, file, variables, { keepValues: true });
  const spec: PromptSpec = {
    path,
    format: "promptfoo",
    ...(typeof config.value["description"] === "string" ? { description: config.value["description"] } : {}),
    ...(found.provider ? { model: found.provider.model } : {}),
    modelParameters: provider.parameters,
    responseFormat: provider.responseFormat,
    ...(provider.tools ? { tools: provider.tools } : {}),
    messages: messages.map((m) => ({ ...m, line: where.line })),
    testData: evalSet.cases,
    evaluators: mapped.evaluators,
    dataFiles: tests.files,
    dependencies: [...(found.prompt.file ? [found.prompt.file] : []), ...tests.files],
    renderer: { engine: "jinja2", template: "", line: where.line, file: where.file, messages, rows: {} },
    variables,
    warnings: [...config.notices, ...config.d.warnings, ...mapped.warnings, ...evalSet.warnings],
  };
  return finishLoad(spec, [...config.d.errors, ...errors, ...evalSet.errors]);
}

const roles = new Set(["system", "user", "assistant", "developer"]);

/** Text is one user message; a JSON or YAML list of {role, content} (inline or in a file) is a chat. */
async function readMessages(
  file: string,
  prompt: PromptfooPrompt,
  read: Read,
  config: PromptfooConfig,
  errors: Diagnostic[],
): Promise<{ role: MessageRole; content: string }[]> {
  let text = prompt.raw;
  if (prompt.file) {
    const content = await read(prompt.file);
    if (content === null) {
      errors.push(config.d.build(prompt.at, `${prompt.file} was not found`));
      return [];
    }
    text = content;
  }
  const chat =
    /\.(ya?ml|json)$/i.test(prompt.file ?? "") || /^\s*\[/.test(text) ? parseChat(text) : undefined;
  if (chat === "invalid") {
    errors.push({
      file: prompt.file ?? file,
      line: 1,
      message: "a chat prompt must be a list of {role, content}",
    });
    return [];
  }
  return chat ?? [{ role: "user", content: text }];
}

// toJS throws on alias bombs (the yaml package caps alias expansion): a hostile file is bad input, not a crash.
function readYaml(source: ReturnType<typeof parseYamlSource>): unknown {
  try {
    return source.doc.toJS();
  } catch (error) {
    return error as Error;
  }
}

function parseChat(text: string): { role: MessageRole; content: string }[] | "invalid" | undefined {
  const source = parseYamlSource("chat", text);
  if (source.syntaxErrors.length > 0) return /^\s*\[/.test(text) ? undefined : "invalid";
  const value = readYaml(source);
  if (!Array.isArray(value)) return "invalid";
  const ok = value.every(
    (m) => isObject(m) && roles.has(String(m["role"])) && typeof m["content"] === "string",
  );
  return ok ? value.map((m) => ({ role: m.role as MessageRole, content: m.content as string })) : "invalid";
}

function readProvider(provider: PromptfooProvider | undefined, d: YamlDiagnostics) {
  const result: { parameters: ModelParameters; responseFormat: ResponseFormat; tools?: unknown[] } = {
    parameters: {},
    responseFormat: "text",
  };
  if (!provider) return result;
  const plain: PlainObject = {};
  for (const [key, value] of Object.entries(provider.config)) {
    const name = modelParameterAliases[key] ?? key;
    const at = [...provider.at, "config", key];
    if (isModelParameterName(name)) plain[name] = value;
    else if (name === "tools" && Array.isArray(value)) result.tools = value;
    else if (name === "response_format" && isObject(value) && value["type"] === "json_object")
      result.responseFormat = "json_object";
    else
      d.warn(
        at,
        "ignored: promptgate calls the provider set in promptgate.yml with the model and parameters only",
        "key",
      );
  }
  const parsed = modelParametersSchema.safeParse(plain);
  if (parsed.success) result.parameters = parsed.data;
  else d.reportIssues(parsed.error.issues, [...provider.at, "config"], {}, plain);
  return result;
}

interface Test {
  row: RawTestRow;
  asserts: RawAssert[];
  vars: Record<string, string>;
  threshold?: number;
}

/** `defaultTest` and `tests` (inline, `file://` YAML files of tests, or a `file://` CSV/JSONL/YAML of rows). */
async function readTests(file: string, config: PromptfooConfig, read: Read, errors: Diagnostic[]) {
  const files: string[] = [];
  const defaultTest = isObject(config.value["defaultTest"]) ? config.value["defaultTest"] : {};
  const defaults = listAsserts(defaultTest["assert"], ["defaultTest", "assert"], config.d);
  const defaultVars = isObject(defaultTest["vars"]) ? defaultTest["vars"] : {};
  const list: Test[] = [];
  const raw = config.value["tests"];
  const entries = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  for (const [i, entry] of entries.entries()) {
    const at = Array.isArray(raw) ? ["tests", i] : ["tests"];
    if (typeof entry === "string" && entry.startsWith("file://")) {
      const loaded = await readTestFile(file, entry.slice(7), read, config.d.build(at, ""), errors);
      if (loaded) files.push(loaded.path);
      list.push(...(loaded?.tests ?? []));
    } else if (isObject(entry)) list.push(buildTest(entry, at, config.d, undefined));
    else errors.push(config.d.build(at, "a test must be a mapping with `vars` and `assert`, or `file://…`"));
  }
  const defaultThreshold = readThreshold(defaultTest, ["defaultTest"], config.d);
  for (const test of list) {
    test.threshold ??= defaultThreshold;
    const vars = await readVarFiles(file, { ...defaultVars, ...test.row.row }, read, test.row, errors, files);
    test.row = { ...test.row, row: vars };
    test.vars = Object.fromEntries(
      Object.entries(vars).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)]),
    );
  }
  return { defaults, list, files: [...new Set(files)] };
}

function listAsserts(raw: unknown, at: (string | number)[], d: YamlDiagnostics): RawAssert[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(isObject).map((value, k) => ({ value, where: d.build([...at, k], "") }));
}

function buildTest(
  entry: PlainObject,
  at: (string | number)[],
  d: YamlDiagnostics,
  source: string | undefined,
): Test {
  const vars = isObject(entry["vars"]) ? entry["vars"] : {};
  const row: RawTestRow = { row: vars, line: d.lineOf(at), ...(source ? { source } : {}) };
  const threshold = readThreshold(entry, at, d);
  // A test-wide `options.transform` changes what every assertion sees: each is then not run (see mapRow).
  const options = isObject(entry["options"]) ? entry["options"] : {};
  const transform = "transform" in options ? { transform: options["transform"] } : {};
  const asserts = listAsserts(entry["assert"], [...at, "assert"], d).map((a) => ({
    ...a,
    value: { ...transform, ...a.value },
  }));
  return { row, asserts, vars: {}, ...(threshold !== undefined ? { threshold } : {}) };
}

async function readTestFile(file: string, ref: string, read: Read, where: Diagnostic, errors: Diagnostic[]) {
  const resolved = resolveDataPath(file, ref);
  if ("error" in resolved) return void errors.push({ ...where, message: resolved.error });
  const text = await read(resolved.path);
  if (text === null) return void errors.push({ ...where, message: `${resolved.path} was not found` });
  const path = resolved.path;
  if (/\.(csv|jsonl|ndjson)$/i.test(path)) {
    const rows = readTestRows(path, text, errors);
    return rows ? { path, tests: rows.map((row) => ({ row, asserts: [], vars: {} })) } : undefined;
  }
  const source = parseYamlSource(path, text);
  if (source.syntaxErrors.length > 0) return void errors.push(...source.syntaxErrors);
  const d = new YamlDiagnostics(source);
  const value = readYaml(source);
  if (value instanceof Error)
    return void errors.push({ file: path, line: 1, message: `cannot be read: ${value.message}` });
  const items = Array.isArray(value) ? value : [value];
  const tests = items.flatMap((item, i) =>
    isObject(item) ? [buildTest(item, Array.isArray(value) ? [i] : [], d, path)] : [],
  );
  return { path, tests };
}

/** A `file://x.txt` variable is the text of that file; promptgate reads it, never runs it. */
async function readVarFiles(
  file: string,
  vars: PlainObject,
  read: Read,
  row: RawTestRow,
  errors: Diagnostic[],
  files: string[],
) {
  const out: PlainObject = {};
  for (const [name, value] of Object.entries(vars)) {
    if (typeof value !== "string" || !value.startsWith("file://")) {
      out[name] = value;
      continue;
    }
    // promptfoo resolves `file://` against the config's folder, also in tests kept in other files.
    const where = { file: row.source ?? file, line: row.line };
    const resolved = resolveDataPath(file, value.slice(7));
    const text = "error" in resolved ? null : await read(resolved.path);
    if ("error" in resolved || text === null) {
      const what = "error" in resolved ? resolved.error : `${resolved.path} was not found`;
      errors.push({ ...where, field: `vars.${name}`, message: what });
      continue;
    }
    files.push(resolved.path);
    out[name] = text;
  }
  return out;
}
