// Loads a plain template file (`.md`, `.txt`, `.j2`) named in promptgate.yml, with its dataset and evaluators.
import type { PromptEntry } from "../config/config-schema.js";
import { InputError } from "../diagnostics.js";
import { PromptFileError } from "../prompt-file/prompt-file.js";
import type { MessageRole, PromptMessage, PromptSpec } from "../prompt-file/prompt-spec.js";
import { findUnsupportedSyntax, listVariables, renderMessages } from "../prompt-file/template.js";
import { buildTestCases } from "../prompt-file/test-data.js";
import { listDatasetFiles, parseEntryEvaluators, readDatasetRows } from "./eval-set.js";
import type { LoadOptions } from "./format-types.js";
import { loadJinja } from "./jinja.js";
import { renderRows } from "./rendered-rows.js";
import { splitRoleMarkers } from "./role-markers.js";

const jinjaExtensions = /\.(j2|jinja2?)$/i;

export function templateSyntax(path: string, entry: PromptEntry | undefined): "mustache" | "jinja2" {
  return entry?.syntax ?? (jinjaExtensions.test(path) ? "jinja2" : "mustache");
}

export async function loadTemplate(path: string, text: string, options: LoadOptions): Promise<PromptSpec> {
  const entry = options.entry;
  const syntax = templateSyntax(path, entry);
  const role: MessageRole | undefined = entry?.role === "markers" ? undefined : (entry?.role ?? "user");
  const messages: PromptMessage[] = role
    ? [{ role, content: text.trim(), line: 1 }]
    : splitRoleMarkers(text, 1);
  const errors = [];
  let variables: string[];
  if (syntax === "jinja2") {
    const jinja = await loadJinja();
    errors.push(...jinja.check(text, { file: path, line: 1 }));
    variables = jinja.listVariables(text).sort();
  } else {
    variables = [...new Set(messages.flatMap((m) => listVariables(m.content)))].sort();
    for (const { token, offset } of findUnsupportedSyntax(text)) {
      const line = text.slice(0, offset).split("\n").length;
      const message = `${token} is not a {{name}} placeholder; set \`syntax: jinja2\` on the prompts entry to use Jinja2`;
      errors.push({ file: path, line, message });
    }
  }
  const rows = await readDatasetRows(entry, options.readFile, errors);
  const evalSet = buildTestCases(rows, path, variables, { keepValues: true });
  const spec: PromptSpec = {
    path,
    format: "template",
    ...(entry?.model ? { model: entry.model } : {}),
    modelParameters: {},
    responseFormat: "text",
    messages,
    testData: evalSet.cases,
    evaluators: parseEntryEvaluators(entry, path, errors),
    dataFiles: listDatasetFiles(entry),
    ...(syntax === "jinja2"
      ? {
          renderer: {
            engine: "jinja2" as const,
            template: text,
            line: 1,
            file: path,
            ...(role ? { role } : {}),
            rows: {},
          },
        }
      : {}),
    variables,
    warnings: evalSet.warnings,
  };
  errors.push(...evalSet.errors, ...(await listRowErrors(spec)));
  if (errors.length > 0) throw new PromptFileError(errors, spec);
  return spec;
}

/** Every row must render: found at load, before any model call is paid for. */
async function listRowErrors(spec: PromptSpec) {
  await renderRows(spec, spec.testData);
  return spec.testData.flatMap((testCase) => {
    try {
      renderMessages(spec, testCase);
      return [];
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      return error.diagnostics;
    }
  });
}
