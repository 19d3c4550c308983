// `promptgate convert FILE`: writes a Prompty, Dotprompt, promptfoo or plain-template prompt as `.prompt.yml`,
// and a `.prompt.yml` back as Prompty (`--to prompty`).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { stringify } from "yaml";
import { findConfig } from "../core/config/config.js";
import { InputError } from "../core/diagnostics.js";
import { detectFormat, findPromptEntry, loadPromptSpec } from "../core/formats/prompt-formats.js";
import { listPromptfooVariants } from "../core/formats/promptfoo.js";
import { writePromptYml } from "../core/formats/to-prompt-yml.js";
import { writePrompty } from "../core/formats/to-prompty.js";
import type { PromptSpec } from "../core/prompt-file/prompt-spec.js";
import { type ConvertArgs, convertHelp, UsageError } from "./args.js";
import { EXIT_OK } from "./exit-code.js";

export async function runConvertCommand(args: ConvertArgs): Promise<number> {
  if (args.help) {
    process.stdout.write(`${convertHelp}\n`);
    return EXIT_OK;
  }
  if (!args.file) throw new UsageError("convert needs the prompt FILE to convert");
  const root = resolve(args.repo);
  const path = relative(root, resolve(args.file)).split("\\").join("/");
  const read = async (p: string) =>
    existsSync(resolve(root, p)) ? readFileSync(resolve(root, p), "utf8") : null;
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
  const outputs: { out: string; yaml: string }[] = [];
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
    process.stdout.write(`wrote ${out}\n`);
  }
  return EXIT_OK;
}

/** Writes NAME.prompty and NAME.jsonl, and prints the promptgate.yml entry that pairs them with the evaluators. */
function writePromptyFiles(args: ConvertArgs, root: string, spec: PromptSpec): number {
  if (args.out === "-")
    throw new UsageError("--to prompty writes a dataset beside the file; --out must be a path");
  const out = args.out ?? spec.path.replace(/\.prompt\.ya?ml$/i, ".prompty");
  const datasetPath = `${out.replace(/\.prompty$/i, "")}.jsonl`;
  const files = writePrompty(spec, { prompty: out, dataset: datasetPath });
  const writes: [string, string][] = [[out, files.prompty]];
  if (files.dataset) writes.push([datasetPath, files.dataset]);
  const taken = writes.find(([p]) => existsSync(resolve(root, p)) && !args.force);
  if (taken) throw new UsageError(`${taken[0]} exists; pass --force to overwrite it`);
  for (const [p, content] of writes) {
    writeFileSync(resolve(root, p), content);
    process.stdout.write(`wrote ${p}\n`);
  }
  if (files.entry) {
    const snippet = stringify({ prompts: [files.entry] }, { lineWidth: 0 });
    process.stdout.write(`\nAdd this entry to the prompts of promptgate.yml:\n\n${snippet}`);
  }
  return EXIT_OK;
}

/** `a/chat.prompty` → `a/chat.prompt.yml`; `a/promptfooconfig.yaml#p @ openai:x` → `a/p-openai-x.prompt.yml`. */
export function outputPath(path: string): string {
  const hash = path.indexOf("#");
  if (hash >= 0) {
    const dir = path.slice(0, path.lastIndexOf("/", hash) + 1);
    const slug = path
      .slice(hash + 1)
      .replace(/\.(ya?ml|json|txt|md)$/i, "")
      .replace(/[^A-Za-z0-9_.-]+/g, "-")
      .replace(/^-+|-+$/g, "");
    return `${dir}${slug || "prompt"}.prompt.yml`;
  }
  return `${path.replace(/\.[^./]+$/, "")}.prompt.yml`;
}
