// Loads a Microsoft Prompty file (`.prompty`): YAML front matter, then a Jinja2 body split at role lines.
/*
 * Read: `name`, `description`, `model.configuration` (the deployment/model name), `model.parameters` (OpenAI's
 * snake_case names, `response_format`, `tools`), `inputs` (their defaults), `sample` (one smoke row when no
 * dataset is named in promptgate.yml). `${file:x.json}` values are read from beside the file and count as
 * dependencies; `${env:…}` values are never read (they hold endpoints and keys) — nothing needs them here.
 */

import type { Diagnostic } from "../diagnostics.js";
import { isModelParameterName, type ModelParameters, modelParametersSchema } from "../model-parameters.js";
import { resolveDataPath } from "../prompt-file/prompt-file.js";
import { modelParameterAliases } from "../prompt-file/prompt-file-schema.js";
import type { PromptSpec, ResponseFormat } from "../prompt-file/prompt-spec.js";
import { buildTestCases, type RawTestRow } from "../prompt-file/test-data.js";
import { listSendableTools, notSentWarning } from "../prompt-file/tools.js";
import type { YamlDiagnostics } from "../yaml-location.js";
import { finishLoad, listDatasetFiles, parseEntryEvaluators, readDatasetRows } from "./eval-set.js";
import type { LoadOptions } from "./format-types.js";
import { pickStringFields, splitFrontMatter } from "./front-matter.js";
import { loadJinja } from "./jinja.js";
import { splitRoleMarkers } from "./role-markers.js";

type PlainObject = Record<string, unknown>;
const isObject = (v: unknown): v is PlainObject => v !== null && typeof v === "object" && !Array.isArray(v);

const fileRef = /^\s*\$\{file:([^}]+)\}\s*$/;
const envRef = /\$\{env:/i;
const knownKeys = new Set([
  "name",
  "description",
  "version",
  "authors",
  "tags",
  "model",
  "inputs",
  "outputs",
  "sample",
  "template",
  "metadata",
]);

/** `${file:…}` references of a Prompty file, resolved to repository paths (for the change set). */
export function listPromptyReferences(path: string, text: string): string[] {
  const refs = [...text.matchAll(/\$\{file:([^}]+)\}/g)].map((m) => resolveDataPath(path, m[1]!));
  return [...new Set(refs.flatMap((r) => ("path" in r ? [r.path] : [])))];
}

export async function loadPrompty(path: string, text: string, options: LoadOptions): Promise<PromptSpec> {
  const file = splitFrontMatter(path, text);
  const { d, value: front } = file;
  const dependencies: string[] = [];
  const readRef = async (at: (string | number)[], raw: unknown): Promise<unknown> => {
    const ref = typeof raw === "string" ? fileRef.exec(raw)?.[1] : undefined;
    if (ref === undefined) return raw;
    const resolved = resolveDataPath(path, ref);
    if ("error" in resolved) return d.error(at, resolved.error);
    dependencies.push(resolved.path);
    const content = await options.readFile(resolved.path);
    if (content === null) return d.error(at, `${resolved.path} was not found`);
    try {
      return JSON.parse(content);
    } catch (error) {
      return d.error(at, `${resolved.path} is not valid JSON: ${(error as Error).message}`);
    }
  };
  d.warnUnknownKeys(front, knownKeys, []);
  const model = isObject(front["model"]) ? front["model"] : {};
  const jinja = await loadJinja();
  const where = { file: path, line: file.bodyLine };
  d.errors.push(...jinja.check(file.body, where));
  const defaults = readInputDefaults(front["inputs"]);
  const variables = [
    ...new Set([
      ...Object.keys(isObject(front["inputs"]) ? front["inputs"] : {}),
      ...jinja.listVariables(file.body),
    ]),
  ].sort();
  const parameters = await readParameters(model["parameters"], d, readRef);
  const errors: Diagnostic[] = [];
  const rows = await readRows(front, options, errors, d, readRef);
  const evalSet = buildTestCases(rows, path, variables, { keepValues: true });
  const spec: PromptSpec = {
    path,
    format: "prompty",
    ...pickStringFields(front, ["name", "description"]),
    ...readModelName(model, d),
    modelParameters: parameters.modelParameters,
    responseFormat: parameters.responseFormat,
    ...(parameters.tools ? { tools: parameters.tools } : {}),
    messages: splitRoleMarkers(file.body, file.bodyLine),
    testData: evalSet.cases,
    evaluators: parseEntryEvaluators(options.entry, path, errors),
    dataFiles: listDatasetFiles(options.entry),
    dependencies: [...new Set(dependencies)],
    renderer: { engine: "jinja2", template: file.body, line: file.bodyLine, file: path, defaults, rows: {} },
    variables,
    warnings: [...d.warnings, ...evalSet.warnings],
  };
  return finishLoad(spec, [...d.errors, ...errors, ...evalSet.errors]);
}

function readInputDefaults(inputs: unknown): PlainObject {
  if (!isObject(inputs)) return {};
  const defaults: PlainObject = {};
  for (const [name, input] of Object.entries(inputs)) {
    // Prompty v1 also allows `name: value` (the value is the default) besides `name: {type, default}`.
    if (isObject(input)) {
      if ("default" in input) defaults[name] = input["default"];
    } else if (input !== null && input !== "") defaults[name] = input;
  }
  return defaults;
}

function readModelName(model: PlainObject, d: YamlDiagnostics): { model?: string } {
  const configuration = isObject(model["configuration"]) ? model["configuration"] : {};
  const candidates: [string[], unknown][] = [
    [["model", "id"], model["id"]],
    [["model", "configuration", "azure_deployment"], configuration["azure_deployment"]],
    [["model", "configuration", "model"], configuration["model"]],
    [["model", "configuration", "name"], configuration["name"]],
  ];
  for (const [at, value] of candidates) {
    if (typeof value !== "string" || value.trim() === "") continue;
    if (envRef.test(value)) {
      d.warn(
        at,
        "comes from an environment variable, which promptgate does not read; the config's `model` is used",
      );
      return {};
    }
    return { model: value.trim() };
  }
  return {};
}

interface Parameters {
  modelParameters: ModelParameters;
  responseFormat: ResponseFormat;
  tools?: unknown[];
}

async function readParameters(
  raw: unknown,
  d: YamlDiagnostics,
  readRef: (at: (string | number)[], raw: unknown) => Promise<unknown>,
): Promise<Parameters> {
  const at = ["model", "parameters"];
  if (!isObject(raw)) return { modelParameters: {}, responseFormat: "text" };
  const result: Parameters = { modelParameters: {}, responseFormat: "text" };
  const plain: PlainObject = {};
  for (const [key, value] of Object.entries(raw)) {
    const name = modelParameterAliases[key] ?? key;
    if (name === "tools") {
      const tools = await readRef([...at, key], value);
      if (Array.isArray(tools)) result.tools = tools;
      else if (tools !== undefined)
        d.error([...at, key], "must be a list of tools (or a `file:` reference to a JSON file holding one)");
    } else if (name === "response_format") {
      const type = isObject(value) ? value["type"] : value;
      if (type === "json_object" || type === "text") result.responseFormat = type;
      else d.error([...at, key], "only `{type: json_object}` and `{type: text}` are supported");
    } else if (isModelParameterName(name)) plain[name] = value;
    else d.warn([...at, key], "not a model parameter promptgate sends; ignored", "key");
  }
  const parsed = modelParametersSchema.safeParse(plain);
  if (parsed.success) result.modelParameters = parsed.data;
  else d.reportIssues(parsed.error.issues, at, {}, plain);
  if (result.tools && !listSendableTools(result.tools)) d.warn([...at, "tools"], notSentWarning);
  return result;
}

/** The dataset named in promptgate.yml, else the file's `sample` as one smoke row. */
async function readRows(
  front: PlainObject,
  options: LoadOptions,
  errors: Diagnostic[],
  d: YamlDiagnostics,
  readRef: (at: (string | number)[], raw: unknown) => Promise<unknown>,
): Promise<RawTestRow[]> {
  if (options.entry?.dataset) return readDatasetRows(options.entry, options.readFile, errors);
  if (front["sample"] === undefined) return [];
  const sample = await readRef(["sample"], front["sample"]);
  if (sample === undefined) return [];
  if (!isObject(sample)) {
    d.error(
      ["sample"],
      "must be a mapping of input names to values (or a `file:` reference to a JSON file holding one)",
    );
    return [];
  }
  return [{ row: sample, line: d.lineOf(["sample"]) }];
}
