// Loads a Google Dotprompt file (`.prompt`): front matter with Picoschema, a Handlebars body, `_name.prompt` partials.
/*
 * Parsing and rendering are the `dotprompt` package's own (loaded only when a repository has such files). Its
 * parser swallows YAML errors and treats the whole file as text, so the front matter is checked here first,
 * with lines. Partials `{{> name}}` come from `_name.prompt` beside the prompt (and partials of partials); each
 * is a dependency, so a change to it reviews every prompt that includes it. Eval rows come from a dataset named
 * in promptgate.yml; Dotprompt files have no sample of their own.
 */

import { posix } from "node:path";
import type { Diagnostic } from "../diagnostics.js";
import { type ModelParameters, modelParametersSchema } from "../model-parameters.js";
import type { MessageRole, PromptMessage, PromptSpec } from "../prompt-file/prompt-spec.js";
import { listVariables } from "../prompt-file/template.js";
import { buildTestCases } from "../prompt-file/test-data.js";
import { listSendableTools, notSentWarning } from "../prompt-file/tools.js";
import type { YamlDiagnostics } from "../yaml-location.js";
import { finishLoad, listDatasetFiles, parseEntryEvaluators, readDatasetRows } from "./eval-set.js";
import type { LoadOptions } from "./format-types.js";
import { pickStringFields, splitFrontMatter } from "./front-matter.js";

type PlainObject = Record<string, unknown>;
const isObject = (v: unknown): v is PlainObject => v !== null && typeof v === "object" && !Array.isArray(v);

const partialPattern = /\{\{~?>\s*([A-Za-z0-9_.-]+)/g;
const rolePattern = /\{\{~?\s*role\s+"(system|user|model)"\s*~?\}\}/g;
/** Partials may include partials; deeper than this is a loop or a bomb. */
const MAX_PARTIAL_DEPTH = 8;

/** A Dotprompt partial (`_name.prompt`): a dependency of the prompts that include it, not a prompt itself. */
export function isDotpromptPartial(path: string): boolean {
  return /(^|\/)_[^/]+\.prompt$/.test(path);
}

function partialPath(promptPath: string, name: string): string {
  return posix.join(posix.dirname(promptPath), `_${name}.prompt`);
}

/** The partials a Dotprompt file includes directly, as repository paths. */
export function listDotpromptReferences(path: string, text: string): string[] {
  return [...new Set([...text.matchAll(partialPattern)].map((m) => partialPath(path, m[1]!)))];
}

export async function loadDotprompt(path: string, text: string, options: LoadOptions): Promise<PromptSpec> {
  const file = splitFrontMatter(path, text);
  const { d, value: front } = file;
  const errors: Diagnostic[] = [];
  const partials = await readPartials(path, text, options, errors);
  const input = isObject(front["input"]) ? front["input"] : {};
  const defaults = isObject(input["default"]) ? input["default"] : {};
  const schemaKeys = isObject(input["schema"]) ? Object.keys(input["schema"]).map(fieldName) : [];
  const used = listVariables(file.body)
    .map((v) => v.split(".")[0]!)
    .filter((v) => v !== "this");
  const variables = [...new Set([...schemaKeys, ...used])].sort();
  const rows = await readDatasetRows(options.entry, options.readFile, errors);
  const evalSet = buildTestCases(rows, path, variables, { keepValues: true });
  const modelParameters = readConfig(front["config"], d);
  const output = await readOutput(front["output"], d);
  const tools = Array.isArray(front["tools"]) ? front["tools"] : undefined;
  if (tools && !listSendableTools(tools)) d.warn(["tools"], notSentWarning);
  const spec: PromptSpec = {
    path,
    format: "dotprompt",
    ...pickStringFields(front, ["model", "description"]),
    modelParameters,
    ...output,
    ...(tools ? { tools } : {}),
    messages: splitRoles(inlinePartials(file.body, partials.sources), file.bodyLine),
    testData: evalSet.cases,
    evaluators: parseEntryEvaluators(options.entry, path, errors),
    dataFiles: listDatasetFiles(options.entry),
    dependencies: Object.keys(partials.paths).sort(),
    renderer: {
      engine: "dotprompt",
      template: text,
      line: file.bodyLine,
      file: path,
      defaults,
      partials: partials.sources,
      rows: {},
    },
    variables,
    warnings: [...d.warnings, ...evalSet.warnings],
  };
  return finishLoad(spec, [...d.errors, ...errors, ...evalSet.errors]);
}

/** `name?` and `name(type, description)` are Picoschema spellings of the field `name`. */
function fieldName(key: string): string {
  return key.replace(/\(.*$/, "").replace(/\?$/, "").trim();
}

async function readPartials(path: string, text: string, options: LoadOptions, errors: Diagnostic[]) {
  const sources: Record<string, string> = {};
  const paths: Record<string, true> = {};
  const visit = async (from: string, source: string, depth: number): Promise<void> => {
    for (const match of source.matchAll(partialPattern)) {
      const name = match[1]!;
      if (name in sources) continue;
      const line = source.slice(0, match.index).split("\n").length;
      if (depth >= MAX_PARTIAL_DEPTH) {
        errors.push({ file: from, line, message: `partials nest deeper than ${MAX_PARTIAL_DEPTH} levels` });
        return;
      }
      const target = partialPath(path, name);
      paths[target] = true;
      const partial = await options.readFile(target);
      if (partial === null) {
        errors.push({
          file: from,
          line,
          message: `partial {{> ${name}}} needs ${target}, which was not found`,
        });
        continue;
      }
      sources[name] = partial;
      await visit(target, partial, depth + 1);
    }
  };
  await visit(path, text, 0);
  return { sources, paths };
}

/** Gemini-style config names as promptgate's model parameters; the rest is reported, not sent. */
function readConfig(raw: unknown, d: YamlDiagnostics): ModelParameters {
  if (!isObject(raw)) return {};
  const names: Record<string, string> = {
    temperature: "temperature",
    topP: "topP",
    maxOutputTokens: "maxTokens",
    stopSequences: "stop",
    seed: "seed",
    presencePenalty: "presencePenalty",
    frequencyPenalty: "frequencyPenalty",
  };
  const plain: PlainObject = {};
  for (const [key, value] of Object.entries(raw)) {
    const name = names[key];
    if (name) plain[name] = value;
    else d.warn(["config", key], "not a parameter of an OpenAI-compatible call; ignored", "key");
  }
  const parsed = modelParametersSchema.safeParse(plain);
  if (parsed.success) return parsed.data;
  d.reportIssues(parsed.error.issues, ["config"], {}, plain);
  return {};
}

/** `output.format: json` asks for JSON; a Picoschema output schema becomes the JSON Schema of the answer. */
async function readOutput(
  raw: unknown,
  d: YamlDiagnostics,
): Promise<Pick<PromptSpec, "responseFormat" | "jsonSchema">> {
  if (!isObject(raw)) return { responseFormat: "text" };
  const schema = raw["schema"];
  if (schema === undefined) return { responseFormat: raw["format"] === "json" ? "json_object" : "text" };
  try {
    const { picoschema } = await import("dotprompt");
    const json = await picoschema(schema);
    return { responseFormat: "json_schema", jsonSchema: { name: "output", schema: json } };
  } catch (error) {
    d.warn(
      ["output", "schema"],
      `cannot be turned into a JSON Schema (${(error as Error).message}); JSON output is asked for without a schema`,
    );
    return { responseFormat: "json_object" };
  }
}

/**
 * The body with each `{{> name}}` replaced by the partial's text, so the message diff shows a change made in a
 * partial (lines after an inlined partial are then approximate; errors are located from the template itself).
 */
function inlinePartials(body: string, sources: Record<string, string>, depth = 0): string {
  if (depth >= MAX_PARTIAL_DEPTH) return body;
  return body.replace(/\{\{~?>\s*([A-Za-z0-9_.-]+)[^}]*\}\}/g, (token, name: string) =>
    name in sources ? inlinePartials(sources[name]!, sources, depth + 1) : token,
  );
}

/** The body split at `{{role "…"}}` markers, unrendered, for the diff; text before the first is a user turn. */
function splitRoles(body: string, bodyLine: number): PromptMessage[] {
  const messages: PromptMessage[] = [];
  let role: MessageRole = "user";
  let start = 0;
  const push = (end: number) => {
    const chunk = body.slice(start, end);
    const content = chunk.trim();
    if (content === "") return;
    const lead = chunk.slice(0, chunk.indexOf(content.charAt(0)));
    const line = bodyLine + body.slice(0, start).split("\n").length - 1 + lead.split("\n").length - 1;
    messages.push({ role, content, line });
  };
  for (const match of body.matchAll(rolePattern)) {
    push(match.index);
    role = match[1] === "model" ? "assistant" : (match[1] as MessageRole);
    start = match.index + match[0].length;
  }
  push(body.length);
  return messages;
}
