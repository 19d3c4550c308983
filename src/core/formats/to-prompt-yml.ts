// Writes a loaded prompt (any format) as a GitHub `.prompt.yml` file, or says what that format cannot hold.
/*
 * `.prompt.yml` fills `{{name}}` placeholders and nothing else, so a Jinja2 or Handlebars template converts only
 * when it uses plain placeholders; loops, conditions, partials and filters are reported with their line, never
 * silently flattened. Test rows, evaluators, model and parameters carry over as they are.
 */
import { stringify } from "yaml";
import { type Diagnostic, InputError } from "../diagnostics.js";
import type { EvaluatorSpec, PromptSpec } from "../prompt-file/prompt-spec.js";
import { findUnsupportedSyntax } from "../prompt-file/template.js";

// `{% … %}` blocks and `{{ x | filter }}` / `{{ x.y }}` expressions are Jinja2 beyond a plain placeholder.
const jinjaBeyondPlaceholders = /\{%[\s\S]*?%\}|\{\{[^}]*[|(][^}]*\}\}|\{#[\s\S]*?#\}/g;

/** Problems that stop a conversion: template constructs `.prompt.yml` cannot express. */
export function listConversionProblems(spec: PromptSpec): Diagnostic[] {
  const found: Diagnostic[] = [];
  const file = spec.renderer?.file ?? spec.path;
  for (const { content, line: firstLine = 1 } of spec.messages) {
    const tokens = [
      ...findUnsupportedSyntax(content).map((t) => ({ token: t.token, offset: t.offset })),
      ...[...content.matchAll(jinjaBeyondPlaceholders)].map((m) => ({ token: m[0], offset: m.index })),
    ];
    for (const { token, offset } of tokens) {
      const line = firstLine + content.slice(0, offset).split("\n").length - 1;
      const shown = token.length > 40 ? `${token.slice(0, 37)}...` : token;
      found.push({
        file,
        line,
        message: `${shown} cannot be written in .prompt.yml, which only fills {{name}} placeholders`,
      });
    }
  }
  for (const e of spec.evaluators) {
    if (e.kind !== "cost" && e.kind !== "latency" && e.kind !== "toolCall") continue;
    const what = e.kind === "toolCall" ? "tool-call" : e.kind;
    const message = `evaluator "${e.name}" (a ${what} check) cannot be written in .prompt.yml, which has no such evaluator`;
    found.push({ file: spec.path, ...(e.line ? { line: e.line } : {}), message });
  }
  return found;
}

/** An evaluator as written in a `.prompt.yml` file (or a promptgate.yml entry); undefined for kinds it lacks. */
export function toRawEvaluator(e: EvaluatorSpec): Record<string, unknown> | undefined {
  const common = { name: e.name, ...(e.invariant ? { invariant: true } : {}) };
  switch (e.kind) {
    case "string":
      return { ...common, string: { [e.operator]: e.value } };
    case "json":
      return { ...common, json: true };
    case "jsonSchema":
      return { ...common, jsonSchema: e.schema };
    case "maxLength":
      return { ...common, maxLength: e.value };
    case "levenshtein":
      return { ...common, levenshtein: { value: e.value, maxDistance: e.maxDistance } };
    case "containsJson":
      return { ...common, containsJson: e.schema ?? true };
    case "llm":
      return {
        ...common,
        ...(e.passScore !== undefined ? { passScore: e.passScore } : {}),
        llm: {
          prompt: e.prompt,
          ...(e.systemPrompt ? { systemPrompt: e.systemPrompt } : {}),
          ...(e.modelId ? { modelId: e.modelId } : {}),
          choices: e.choices,
        },
      };
    case "builtin":
      return {
        ...common,
        ...(e.passScore !== undefined ? { passScore: e.passScore } : {}),
        uses: `github/${e.judge}`,
      };
    default:
      return undefined; // listConversionProblems has refused these
  }
}

/** The `.prompt.yml` text of a prompt; throws InputError naming each construct the format cannot hold. */
export function writePromptYml(spec: PromptSpec): string {
  const problems = listConversionProblems(spec);
  if (problems.length > 0) throw new InputError(problems);
  const messages = spec.messages.map((m) => ({ role: m.role, content: m.content }));
  const doc = {
    ...(spec.name ? { name: spec.name } : {}),
    ...(spec.description ? { description: spec.description } : {}),
    ...(spec.model ? { model: spec.model } : {}),
    ...(Object.keys(spec.modelParameters).length > 0 ? { modelParameters: spec.modelParameters } : {}),
    ...(spec.responseFormat !== "text" ? { responseFormat: spec.responseFormat } : {}),
    ...(spec.jsonSchema !== undefined ? { jsonSchema: JSON.stringify(spec.jsonSchema) } : {}),
    messages,
    ...(spec.testData.length > 0
      ? { testData: spec.testData.map((c) => ({ ...c.vars, ...(c.values ?? {}) })) }
      : {}),
    ...(spec.evaluators.length > 0 ? { evaluators: spec.evaluators.map(toRawEvaluator) } : {}),
  };
  return stringify(doc, { lineWidth: 0, blockQuote: "literal" });
}
