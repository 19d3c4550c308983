// Writes a `.prompt.yml` prompt as a Prompty file, its rows as a sidecar dataset, its evaluators as a config entry.
/*
 * Prompty holds messages, model and parameters, and one `sample` row; the eval set lives beside it: the rows in
 * a JSONL dataset and the evaluators in the `promptgate.yml` entry that names both (how promptgate reads a
 * Prompty eval set). `{{name}}` placeholders are Jinja2 as they are; text Jinja2 would read differently (its own
 * `{% %}`/`{# #}` syntax, a placeholder name that is not an identifier, a line that is a role marker) is
 * refused with its line, never rewritten.
 */
import { stringify } from "yaml";
import { type Diagnostic, InputError } from "../diagnostics.js";
import { type ModelParameterName, modelParameterApiNames } from "../model-parameters.js";
import type { PromptSpec } from "../prompt-file/prompt-spec.js";
import { hasRoleMarkers } from "./role-markers.js";
import { toRawEvaluator } from "./to-prompt-yml.js";

export interface PromptyFiles {
  prompty: string;
  /** JSONL rows, when the prompt has test data. */
  dataset?: string;
  /** The `prompts:` entry for promptgate.yml, when there is a dataset or evaluators to name. */
  entry?: Record<string, unknown>;
}

const jinjaSyntax = /\{%|\{#/;
const placeholders = /\{\{\s*([^}]*?)\s*\}\}/g;
const identifier = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** What stops a `.prompt.yml` prompt from being written as Prompty, each with its line. */
export function listPromptyProblems(spec: PromptSpec): Diagnostic[] {
  const found: Diagnostic[] = [];
  const at = (line: number | undefined, message: string) =>
    found.push({ file: spec.path, ...(line ? { line } : {}), message });
  for (const { content, line } of spec.messages) {
    if (jinjaSyntax.test(content)) at(line, "holds `{%` or `{#`, which Jinja2 would read as its own syntax");
    if (hasRoleMarkers(content)) at(line, "holds a line Prompty would read as a role marker (e.g. `user:`)");
    for (const [, name] of content.matchAll(placeholders)) {
      if (!identifier.test(name!)) at(line, `{{${name}}} is not a Jinja2 variable name`);
    }
  }
  if (spec.responseFormat === "json_schema")
    at(undefined, "responseFormat json_schema cannot be written in Prompty (only json_object and text)");
  for (const e of spec.evaluators) {
    if (!toRawEvaluator(e)) at(e.line, `evaluator "${e.name}" cannot be written in a promptgate.yml entry`);
  }
  return found;
}

/** The Prompty text (and dataset and config entry) of a prompt; throws InputError naming what cannot be held. */
export function writePrompty(spec: PromptSpec, paths: { prompty: string; dataset: string }): PromptyFiles {
  const problems = listPromptyProblems(spec);
  if (problems.length > 0) throw new InputError(problems);
  const parameters: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(spec.modelParameters))
    parameters[modelParameterApiNames[key as ModelParameterName] ?? key] = value;
  if (spec.responseFormat === "json_object") parameters["response_format"] = { type: "json_object" };
  const rows = spec.testData.map((c) => ({ ...c.vars, ...(c.values ?? {}) }));
  const front = {
    ...(spec.name ? { name: spec.name } : {}),
    ...(spec.description ? { description: spec.description } : {}),
    model: {
      api: "chat",
      ...(spec.model ? { configuration: { type: "openai", model: spec.model } } : {}),
      ...(Object.keys(parameters).length > 0 ? { parameters } : {}),
    },
    ...(rows[0] ? { sample: rows[0] } : {}),
  };
  const body = spec.messages.map((m) => `${m.role}:\n${m.content}`).join("\n\n");
  const prompty = `---\n${stringify(front, { lineWidth: 0 })}---\n${body}\n`;
  const evaluators = spec.evaluators.map((e) => toRawEvaluator(e)!);
  if (rows.length === 0 && evaluators.length === 0) return { prompty };
  const entry = {
    path: paths.prompty,
    ...(rows.length > 0 ? { dataset: paths.dataset } : {}),
    ...(evaluators.length > 0 ? { evaluators } : {}),
  };
  const dataset = rows.length > 0 ? `${rows.map((row) => JSON.stringify(row)).join("\n")}\n` : undefined;
  return { prompty, entry, ...(dataset ? { dataset } : {}) };
}
