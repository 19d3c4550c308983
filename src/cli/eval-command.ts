// `promptgate eval FILE`: run one prompt file's eval set and print failing cases and a summary.
import { writeFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { createDiskReader, type ReadRepoFile } from "../adapters/disk-reader.js";
import { createGitRepoReader } from "../adapters/git-repo.js";
import { findConfig } from "../core/config/config.js";
import { InputError } from "../core/diagnostics.js";
import {
  detectFormat,
  findPromptEntry,
  loadPromptSpec,
  type PromptPattern,
} from "../core/formats/prompt-formats.js";
import { listPromptfooVariants } from "../core/formats/promptfoo.js";
import { splitVariantPath } from "../core/formats/promptfoo-config.js";
import { renderEvalSummary } from "../render/eval-summary.js";
import { evaluatePrompt } from "../review/index.js";
import { cacheFactory, cacheModeOf, modelFactory } from "./adapters.js";
import { type EvalArgs, evalHelp, UsageError } from "./args.js";
import { EXIT_ERROR, EXIT_GATE_FAILED, EXIT_OK } from "./exit-code.js";
import { createCliTelemetry } from "./telemetry.js";
import { createProgress, detectTerminal } from "./terminal.js";

export async function runEvalCommand(args: EvalArgs): Promise<number> {
  if (args.help) {
    process.stdout.write(`${evalHelp}\n`);
    return 0;
  }
  if (!args.file) throw new UsageError("eval needs the prompt FILE to run");
  const root = resolve(args.repo);
  // `config.yaml#prompt` names one prompt of a promptfoo config; the file is the part before `#`.
  const named = splitVariantPath(relative(root, resolve(args.file)).split("\\").join("/"));
  const read = args.ref ? await gitReader(root, args.ref) : createDiskReader(root);
  const text = await read(named.file);
  if (text === null)
    throw new InputError({
      file: named.file,
      message: args.ref ? `not found at ${args.ref}` : "file not found",
    });
  let config = await readConfig(root, args, read);
  const path = choosePrompt(named, text, config.prompts);
  const spec = await loadPromptSpec({ path, text, readFile: read, patterns: config.prompts });
  if (args.repeats) config = { ...config, repeats: args.repeats };
  const terminal = detectTerminal();
  const progress = createProgress(terminal.progress, terminal.width);
  const { logger, tracing } = createCliTelemetry(args.trace);
  const tracer = tracing.createTracer(config);
  const report = await evaluatePrompt(
    {
      model: modelFactory(args.offline)(config),
      cache: cacheFactory(root, args, logger)(config),
      cacheMode: cacheModeOf(args),
      logger,
      onProgress: (s) => progress.fromStats(s),
      ...(tracer ? { tracer } : {}),
    },
    spec,
    config,
  ).finally(() => progress.end());
  await tracing.finishEval(report);
  if (args.json) writeFileSync(args.json, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`${renderEvalSummary(report, { color: terminal.color })}\n`);
  if (report.incomplete) return EXIT_ERROR;
  return report.cases.every((c) => c.outputs.every((o) => o.pass)) ? EXIT_OK : EXIT_GATE_FAILED;
}

/** The prompt to run: the file itself, or one prompt of a promptfoo config (the only one, or the one named). */
function choosePrompt(
  named: { file: string; variant?: string },
  text: string,
  patterns: readonly PromptPattern[],
): string {
  if (named.variant !== undefined) return `${named.file}#${named.variant}`;
  if (detectFormat(named.file, findPromptEntry(patterns, named.file)) !== "promptfoo") return named.file;
  const variants = listPromptfooVariants(named.file, text);
  if (variants.length === 1) return variants[0]!;
  if (variants.length === 0) return named.file;
  const list = variants.map((v) => `  ${v}`).join("\n");
  throw new UsageError(`${named.file} holds ${variants.length} prompts; name one:\n${list}`);
}

async function gitReader(root: string, ref: string): Promise<ReadRepoFile> {
  const repo = createGitRepoReader(root);
  const sha = await repo.resolveRef(ref);
  return (path) => repo.readFile(sha, path);
}

/** `--config` is a file on disk; otherwise promptgate.yml is looked for where FILE is read (disk or `--ref`). */
async function readConfig(root: string, args: EvalArgs, read: ReadRepoFile) {
  const loaded = args.config ? await findConfig(createDiskReader(root), args.config) : await findConfig(read);
  return loaded.config;
}
