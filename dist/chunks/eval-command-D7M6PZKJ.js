import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  createCliTelemetry,
  createGitRepoReader
} from "./chunk-IAH45KP7.js";
import {
  createDiskReader
} from "./chunk-GPFVXEHZ.js";
import {
  cacheFactory,
  cacheModeOf,
  createProgress,
  detectTerminal,
  modelFactory,
  paintLine
} from "./chunk-TDJSAJEW.js";
import "./chunk-AIUS6MYE.js";
import {
  EXIT_ERROR,
  EXIT_GATE_FAILED,
  EXIT_OK,
  UsageError,
  evalHelp
} from "./chunk-BTPJ4BDD.js";
import "./chunk-VK562H4N.js";
import "./chunk-UBDDKSM5.js";
import {
  evaluatePrompt,
  trimText
} from "./chunk-IYH4UEMK.js";
import "./chunk-AB7LTCKJ.js";
import "./chunk-LFUHN6E4.js";
import {
  formatMs,
  formatRate,
  formatUsd
} from "./chunk-MI24B43W.js";
import {
  findConfig
} from "./chunk-VMGKHEZH.js";
import "./chunk-SLGLWCCW.js";
import {
  detectFormat,
  findPromptEntry,
  listPromptfooVariants,
  loadPromptSpec,
  splitVariantPath
} from "./chunk-QCHZJ6UA.js";
import {
  formatInt,
  plural
} from "./chunk-7IS7JC7X.js";
import "./chunk-4LD44RND.js";
import "./chunk-6VI5QYJ7.js";
import "./chunk-MXEQ5T6I.js";
import {
  InputError
} from "./chunk-6MRQXAYL.js";
import "./chunk-OSCRZWD3.js";
import "./chunk-LT62UEMG.js";
import "./chunk-IEJME6RR.js";

// src/cli/eval-command.ts
import { writeFileSync } from "node:fs";
import { relative, resolve } from "node:path";

// src/render/eval-summary.ts
var MAX_OUTPUT_CHARS = 400;
function renderEvalSummary(report, options) {
  const paint = (color, text) => paintLine([{ text, color }], options.color);
  const plain = (text) => paintLine([{ text }], false);
  const lines = [];
  for (const c of report.cases) {
    const graded2 = c.outputs.filter((o) => !o.error);
    const failed = graded2.find((o) => !o.pass);
    if (!failed) continue;
    const vars = Object.entries(c.vars).map(([k, v]) => `${k}=${JSON.stringify(trimText(v, 60))}`).join(" ");
    const passes = graded2.filter((o) => o.pass).length;
    lines.push(
      `${paint("red", "✗")} case ${plain(c.id)} (#${c.index + 1}) ${passes}/${graded2.length} samples passed  ${plain(vars)}`
    );
    for (const f of failed.failed) lines.push(`    ${paint("yellow", f.evaluator)}: ${plain(f.reason)}`);
    const output = trimText(failed.output, MAX_OUTPUT_CHARS).split("\n").map(plain);
    lines.push(`    output: ${output.join("\n            ")}`);
  }
  const passed = report.cases.filter((c) => c.outputs.every((o) => o.pass)).length;
  const notRun = report.cases.reduce((n, c) => n + c.outputs.filter((o) => o.notRun).length, 0);
  const graded = report.cases.reduce((n, c) => n + c.outputs.filter((o) => !o.error).length, 0);
  if (lines.length > 0) lines.push("");
  const verdict = report.incomplete ? paint("yellow", "INCOMPLETE") : passed === report.cases.length ? paint("green", "PASS") : paint("red", "FAIL");
  lines.push(
    `${verdict} ${report.path} on ${report.model}: pass rate ${graded === 0 ? "n/a (nothing graded)" : formatRate(report.passRate)} — ${passed}/${plural(report.cases.length, "case")} passed every sample (${plural(report.repeats, "repeat")})${notRun > 0 ? `; ${plural(notRun, "sample")} not run` : ""}`,
    `  cost ${formatUsd(report.costUsd)} spent, ${formatUsd(report.costPerCallUsd)} per call · tokens ${formatInt(report.tokens.input)} in / ${formatInt(report.tokens.output)} out · latency p50 ${formatMs(report.latencyMs?.p50)}, p95 ${formatMs(report.latencyMs?.p95)}`,
    `  calls ${formatInt(report.calls.total)} (${formatInt(report.calls.cached)} cached, ${formatInt(report.calls.retried)} retried, ${formatInt(report.calls.failed)} failed)`
  );
  for (const e of report.errors.slice(0, 10)) lines.push(`  ${paint("red", "error")}: ${plain(e.message)}`);
  if (report.errors.length > 10) lines.push(`  … and ${plural(report.errors.length - 10, "more error")}`);
  return lines.join("\n");
}

// src/cli/eval-command.ts
async function runEvalCommand(args) {
  if (args.help) {
    process.stdout.write(`${evalHelp}
`);
    return 0;
  }
  if (!args.file) throw new UsageError("eval needs the prompt FILE to run");
  const root = resolve(args.repo);
  const named = splitVariantPath(relative(root, resolve(args.file)).split("\\").join("/"));
  const read = args.ref ? await gitReader(root, args.ref) : createDiskReader(root);
  const text = await read(named.file);
  if (text === null)
    throw new InputError({
      file: named.file,
      message: args.ref ? `not found at ${args.ref}` : "file not found"
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
      ...tracer ? { tracer } : {}
    },
    spec,
    config
  ).finally(() => progress.end());
  await tracing.finishEval(report);
  if (args.json) writeFileSync(args.json, `${JSON.stringify(report, null, 2)}
`);
  process.stdout.write(`${renderEvalSummary(report, { color: terminal.color })}
`);
  if (report.incomplete) return EXIT_ERROR;
  return report.cases.every((c) => c.outputs.every((o) => o.pass)) ? EXIT_OK : EXIT_GATE_FAILED;
}
function choosePrompt(named, text, patterns) {
  if (named.variant !== void 0) return `${named.file}#${named.variant}`;
  if (detectFormat(named.file, findPromptEntry(patterns, named.file)) !== "promptfoo") return named.file;
  const variants = listPromptfooVariants(named.file, text);
  if (variants.length === 1) return variants[0];
  if (variants.length === 0) return named.file;
  const list = variants.map((v) => `  ${v}`).join("\n");
  throw new UsageError(`${named.file} holds ${variants.length} prompts; name one:
${list}`);
}
async function gitReader(root, ref) {
  const repo = createGitRepoReader(root);
  const sha = await repo.resolveRef(ref);
  return (path) => repo.readFile(sha, path);
}
async function readConfig(root, args, read) {
  const loaded = args.config ? await findConfig(createDiskReader(root), args.config) : await findConfig(read);
  return loaded.config;
}
export {
  runEvalCommand
};
