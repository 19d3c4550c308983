import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  EXIT_OK,
  UsageError,
  convertHelp
} from "./chunk-BTPJ4BDD.js";
import {
  findConfig
} from "./chunk-VMGKHEZH.js";
import "./chunk-SLGLWCCW.js";
import {
  detectFormat,
  findPromptEntry,
  listPromptfooVariants,
  loadPromptSpec
} from "./chunk-QCHZJ6UA.js";
import {
  findUnsupportedSyntax,
  hasRoleMarkers,
  modelParameterApiNames
} from "./chunk-7IS7JC7X.js";
import {
  require_dist
} from "./chunk-4LD44RND.js";
import "./chunk-MXEQ5T6I.js";
import {
  InputError
} from "./chunk-6MRQXAYL.js";
import {
  __toESM
} from "./chunk-IEJME6RR.js";

// src/cli/convert-command.ts
var import_yaml3 = __toESM(require_dist(), 1);
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { relative, resolve } from "node:path";

// src/core/formats/to-prompt-yml.ts
var import_yaml = __toESM(require_dist(), 1);
var jinjaBeyondPlaceholders = /\{%[\s\S]*?%\}|\{\{[^}]*[|(][^}]*\}\}|\{#[\s\S]*?#\}/g;
function listConversionProblems(spec) {
  const found = [];
  const file = spec.renderer?.file ?? spec.path;
  for (const { content, line: firstLine = 1 } of spec.messages) {
    const tokens = [
      ...findUnsupportedSyntax(content).map((t) => ({ token: t.token, offset: t.offset })),
      ...[...content.matchAll(jinjaBeyondPlaceholders)].map((m) => ({ token: m[0], offset: m.index }))
    ];
    for (const { token, offset } of tokens) {
      const line = firstLine + content.slice(0, offset).split("\n").length - 1;
      const shown = token.length > 40 ? `${token.slice(0, 37)}...` : token;
      found.push({
        file,
        line,
        message: `${shown} cannot be written in .prompt.yml, which only fills {{name}} placeholders`
      });
    }
  }
  for (const e of spec.evaluators) {
    if (e.kind !== "cost" && e.kind !== "latency" && e.kind !== "toolCall") continue;
    const what = e.kind === "toolCall" ? "tool-call" : e.kind;
    const message = `evaluator "${e.name}" (a ${what} check) cannot be written in .prompt.yml, which has no such evaluator`;
    found.push({ file: spec.path, ...e.line ? { line: e.line } : {}, message });
  }
  return found;
}
function toRawEvaluator(e) {
  const common = { name: e.name, ...e.invariant ? { invariant: true } : {} };
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
        ...e.passScore !== void 0 ? { passScore: e.passScore } : {},
        llm: {
          prompt: e.prompt,
          ...e.systemPrompt ? { systemPrompt: e.systemPrompt } : {},
          ...e.modelId ? { modelId: e.modelId } : {},
          choices: e.choices
        }
      };
    case "builtin":
      return {
        ...common,
        ...e.passScore !== void 0 ? { passScore: e.passScore } : {},
        uses: `github/${e.judge}`
      };
    default:
      return void 0;
  }
}
function writePromptYml(spec) {
  const problems = listConversionProblems(spec);
  if (problems.length > 0) throw new InputError(problems);
  const messages = spec.messages.map((m) => ({ role: m.role, content: m.content }));
  const doc = {
    ...spec.name ? { name: spec.name } : {},
    ...spec.description ? { description: spec.description } : {},
    ...spec.model ? { model: spec.model } : {},
    ...Object.keys(spec.modelParameters).length > 0 ? { modelParameters: spec.modelParameters } : {},
    ...spec.responseFormat !== "text" ? { responseFormat: spec.responseFormat } : {},
    ...spec.jsonSchema !== void 0 ? { jsonSchema: JSON.stringify(spec.jsonSchema) } : {},
    messages,
    ...spec.testData.length > 0 ? { testData: spec.testData.map((c) => ({ ...c.vars, ...c.values ?? {} })) } : {},
    ...spec.evaluators.length > 0 ? { evaluators: spec.evaluators.map(toRawEvaluator) } : {}
  };
  return (0, import_yaml.stringify)(doc, { lineWidth: 0, blockQuote: "literal" });
}

// src/core/formats/to-prompty.ts
var import_yaml2 = __toESM(require_dist(), 1);
var jinjaSyntax = /\{%|\{#/;
var placeholders = /\{\{\s*([^}]*?)\s*\}\}/g;
var identifier = /^[A-Za-z_][A-Za-z0-9_]*$/;
function listPromptyProblems(spec) {
  const found = [];
  const at = (line, message) => found.push({ file: spec.path, ...line ? { line } : {}, message });
  for (const { content, line } of spec.messages) {
    if (jinjaSyntax.test(content)) at(line, "holds `{%` or `{#`, which Jinja2 would read as its own syntax");
    if (hasRoleMarkers(content)) at(line, "holds a line Prompty would read as a role marker (e.g. `user:`)");
    for (const [, name] of content.matchAll(placeholders)) {
      if (!identifier.test(name)) at(line, `{{${name}}} is not a Jinja2 variable name`);
    }
  }
  if (spec.responseFormat === "json_schema")
    at(void 0, "responseFormat json_schema cannot be written in Prompty (only json_object and text)");
  for (const e of spec.evaluators) {
    if (!toRawEvaluator(e)) at(e.line, `evaluator "${e.name}" cannot be written in a promptgate.yml entry`);
  }
  return found;
}
function writePrompty(spec, paths) {
  const problems = listPromptyProblems(spec);
  if (problems.length > 0) throw new InputError(problems);
  const parameters = {};
  for (const [key, value] of Object.entries(spec.modelParameters))
    parameters[modelParameterApiNames[key] ?? key] = value;
  if (spec.responseFormat === "json_object") parameters["response_format"] = { type: "json_object" };
  const rows = spec.testData.map((c) => ({ ...c.vars, ...c.values ?? {} }));
  const front = {
    ...spec.name ? { name: spec.name } : {},
    ...spec.description ? { description: spec.description } : {},
    model: {
      api: "chat",
      ...spec.model ? { configuration: { type: "openai", model: spec.model } } : {},
      ...Object.keys(parameters).length > 0 ? { parameters } : {}
    },
    ...rows[0] ? { sample: rows[0] } : {}
  };
  const body = spec.messages.map((m) => `${m.role}:
${m.content}`).join("\n\n");
  const prompty = `---
${(0, import_yaml2.stringify)(front, { lineWidth: 0 })}---
${body}
`;
  const evaluators = spec.evaluators.map((e) => toRawEvaluator(e));
  if (rows.length === 0 && evaluators.length === 0) return { prompty };
  const entry = {
    path: paths.prompty,
    ...rows.length > 0 ? { dataset: paths.dataset } : {},
    ...evaluators.length > 0 ? { evaluators } : {}
  };
  const dataset = rows.length > 0 ? `${rows.map((row) => JSON.stringify(row)).join("\n")}
` : void 0;
  return { prompty, entry, ...dataset ? { dataset } : {} };
}

// src/cli/convert-command.ts
async function runConvertCommand(args) {
  if (args.help) {
    process.stdout.write(`${convertHelp}
`);
    return EXIT_OK;
  }
  if (!args.file) throw new UsageError("convert needs the prompt FILE to convert");
  const root = resolve(args.repo);
  const path = relative(root, resolve(args.file)).split("\\").join("/");
  const read = async (p) => existsSync(resolve(root, p)) ? readFileSync(resolve(root, p), "utf8") : null;
  const text = await read(path);
  if (text === null) throw new InputError({ file: path, message: "file not found" });
  const config = (await findConfig(read, args.config)).config;
  const format = detectFormat(path, findPromptEntry(config.prompts, path));
  if (args.to === "prompty") {
    if (format !== "prompt-yml") throw new UsageError("--to prompty converts a .prompt.yml file");
    return writePromptyFiles(args, root, await loadPromptSpec({ path, text, readFile: read }));
  }
  if (format === "prompt-yml") throw new InputError({ file: path, message: "is already a .prompt.yml file" });
  const variants = format === "promptfoo" ? listPromptfooVariants(path, text) : [path];
  if (variants.length > 1 && args.out && args.out !== "-") {
    throw new UsageError(`${path} holds ${variants.length} prompts; leave out --out to write one file each`);
  }
  const outputs = [];
  for (const variant of variants.length > 0 ? variants : [path]) {
    const spec = await loadPromptSpec({ path: variant, text, readFile: read, patterns: config.prompts });
    outputs.push({ out: args.out ?? outputPath(variant), yaml: writePromptYml(spec) });
  }
  for (const { out, yaml } of outputs) {
    if (out === "-") {
      process.stdout.write(yaml);
      continue;
    }
    if (existsSync(resolve(root, out)) && !args.force) {
      throw new UsageError(`${out} exists; pass --force to overwrite it`);
    }
    writeFileSync(resolve(root, out), yaml);
    process.stdout.write(`wrote ${out}
`);
  }
  return EXIT_OK;
}
function writePromptyFiles(args, root, spec) {
  if (args.out === "-")
    throw new UsageError("--to prompty writes a dataset beside the file; --out must be a path");
  const out = args.out ?? spec.path.replace(/\.prompt\.ya?ml$/i, ".prompty");
  const datasetPath = `${out.replace(/\.prompty$/i, "")}.jsonl`;
  const files = writePrompty(spec, { prompty: out, dataset: datasetPath });
  const writes = [[out, files.prompty]];
  if (files.dataset) writes.push([datasetPath, files.dataset]);
  const taken = writes.find(([p]) => existsSync(resolve(root, p)) && !args.force);
  if (taken) throw new UsageError(`${taken[0]} exists; pass --force to overwrite it`);
  for (const [p, content] of writes) {
    writeFileSync(resolve(root, p), content);
    process.stdout.write(`wrote ${p}
`);
  }
  if (files.entry) {
    const snippet = (0, import_yaml3.stringify)({ prompts: [files.entry] }, { lineWidth: 0 });
    process.stdout.write(`
Add this entry to the prompts of promptgate.yml:

${snippet}`);
  }
  return EXIT_OK;
}
function outputPath(path) {
  const hash = path.indexOf("#");
  if (hash >= 0) {
    const dir = path.slice(0, path.lastIndexOf("/", hash) + 1);
    const slug = path.slice(hash + 1).replace(/\.(ya?ml|json|txt|md)$/i, "").replace(/[^A-Za-z0-9_.-]+/g, "-").replace(/^-+|-+$/g, "");
    return `${dir}${slug || "prompt"}.prompt.yml`;
  }
  return `${path.replace(/\.[^./]+$/, "")}.prompt.yml`;
}
export {
  outputPath,
  runConvertCommand
};
