import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  decideConclusion
} from "./chunk-MXEQ5T6I.js";
import {
  external_exports
} from "./chunk-6MRQXAYL.js";

// src/cli/args.ts
import { parseArgs } from "node:util";
var reviewHelp = `Usage: promptgate review [options]

Review the prompt changes between two git refs: run each changed prompt's eval set
against the base and head versions, compare them with statistics, and report.

Options:
  --base REF        Base ref (default: merge-base of HEAD with the default branch)
  --head REF        Head ref (default: HEAD)
  --repo DIR        Git repository (default: current directory)
  --config FILE     promptgate.yml to use (default: promptgate.yml or .github/promptgate.yml at base)
  --json FILE       Write the JSON report (schemaVersion 1) to FILE
  --markdown FILE   Write the PR comment Markdown to FILE
  --preview FILE    Write the PR comment as GitHub shows it (HTML, light and dark) to FILE
  --dry-run         No model calls: the diff and the static cost estimate only
  --offline         Answer only from the response cache; a miss is an error
  --no-cache        Neither read nor write the response cache
  --cache-dir DIR   Response cache directory (default: config cacheDir, .promptgate/cache)
  --repeats N       Samples per case per version (default: config repeats, 1)
  --trace FILE      Write the review's trace to FILE as OTLP JSON lines (see also tracing.otlp
                    and OTEL_EXPORTER_OTLP_ENDPOINT)
  -h, --help        Show this help

Exit codes: 0 pass, skipped or neutral; 1 the gate failed; 2 the review could not be done.
Provider: OPENAI_API_KEY (or provider.apiKeyEnv) and OPENAI_BASE_URL for any OpenAI-compatible endpoint.`;
var evalHelp = `Usage: promptgate eval FILE [options]

Run one prompt file's eval set (its testData and evaluators) against the model.

Options:
  --ref REF         Read FILE at this git ref instead of the working tree
  --repo DIR        Git repository / project root (default: current directory)
  --config FILE     promptgate.yml to use (default: promptgate.yml or .github/promptgate.yml)
  --repeats N       Samples per case (default: config repeats, 1)
  --json FILE       Write the results as JSON to FILE
  --offline         Answer only from the response cache; a miss is an error
  --no-cache        Neither read nor write the response cache
  --cache-dir DIR   Response cache directory (default: config cacheDir, .promptgate/cache)
  --trace FILE      Write the run's trace to FILE as OTLP JSON lines
  -h, --help        Show this help

Exit codes: 0 every case passed; 1 some failed; 2 could not run.`;
var convertHelp = `Usage: promptgate convert FILE [options]

Write a Prompty (.prompty), Dotprompt (.prompt), promptfoo config or plain template (named in
promptgate.yml) as GitHub's .prompt.yml format, with its eval set. A promptfoo config gives one
file per prompt × provider. Templates that need more than {{name}} placeholders are refused,
with the line of each construct the format cannot hold.

With --to prompty, a .prompt.yml file is written back as NAME.prompty, its test rows as NAME.jsonl
beside it, and the promptgate.yml entry that pairs them with its evaluators is printed.

Options:
  --to FORMAT       prompt-yml (default) or prompty (from a .prompt.yml file)
  --out FILE        Where to write (default: beside FILE, as NAME.prompt.yml); - for stdout
  --force           Overwrite an existing file
  --repo DIR        Project root (default: current directory)
  --config FILE     promptgate.yml to use (default: promptgate.yml or .github/promptgate.yml)
  -h, --help        Show this help

Exit codes: 0 written; 2 could not convert.`;
var monitorHelp = `Usage: promptgate monitor [FILE...] --baseline DIR [options]

Run the eval set of every prompt (or of each FILE) and compare it with its last recorded run in DIR,
with the same gate as a review: the baseline's answers are the base, today's are the head, paired by
case. A stable run becomes the new baseline; a significant decline beyond gate.margin is a drift and
keeps the old baseline, so the next run says when the prompt has recovered.

Options:
  --baseline DIR    Folder of the kept baselines and history (required)
  --repo DIR        Project root (default: current directory)
  --config FILE     promptgate.yml to use (default: promptgate.yml or .github/promptgate.yml)
  --repeats N       Samples per case (default: config repeats, 1)
  --json FILE       Write each prompt's status and figures as JSON to FILE
  --markdown FILE   Write the drift report of each declined prompt (figures, cases, charts) to FILE
  -h, --help        Show this help

Every answer is asked of the model afresh (the response cache is not used): a cached answer would
hide the very change the monitor looks for.

Exit codes: 0 stable, recorded, recovered or inconclusive; 1 some prompt drifted; 2 could not run.`;
var mainHelp = `promptgate — review prompt changes before they merge

Commands:
  promptgate review [options]    Compare base and head versions of every changed prompt
  promptgate eval FILE [options] Run one prompt file's eval set
  promptgate monitor --baseline DIR  Compare the prompts with their last recorded run (drift)
  promptgate convert FILE        Write any supported prompt format as .prompt.yml (or back as Prompty)
  promptgate --version

Run 'promptgate <command> --help' for the options of a command.`;
var repeatsError = { error: "must be a whole number from 1 to 50" };
var repeatsSchema = external_exports.coerce.number(repeatsError).int(repeatsError).min(1, repeatsError).max(50, repeatsError).optional();
var text = external_exports.string().min(1).optional();
var flag = external_exports.boolean().default(false);
var repoDir = external_exports.string().min(1).default(".");
var repoFields = { repo: repoDir, config: text, json: text };
var callFields = { offline: flag, noCache: flag, cacheDir: text, repeats: repeatsSchema };
var reviewArgsSchema = external_exports.object({
  base: text,
  head: external_exports.string().min(1).default("HEAD"),
  ...repoFields,
  markdown: text,
  preview: text,
  trace: text,
  dryRun: flag,
  ...callFields,
  help: flag
});
var evalArgsSchema = external_exports.object({
  file: text,
  ref: text,
  ...repoFields,
  ...callFields,
  trace: text,
  help: flag
});
var monitorArgsSchema = external_exports.object({
  files: external_exports.array(external_exports.string().min(1)).default([]),
  baseline: text,
  ...repoFields,
  markdown: text,
  repeats: repeatsSchema,
  help: flag
});
var convertArgsSchema = external_exports.object({
  file: text,
  to: external_exports.enum(["prompt-yml", "prompty"], { error: "--to must be prompt-yml or prompty" }).default("prompt-yml"),
  out: text,
  force: flag,
  repo: repoDir,
  config: text,
  help: flag
});
var common = {
  repo: { type: "string" },
  config: { type: "string" },
  json: { type: "string" },
  offline: { type: "boolean" },
  "no-cache": { type: "boolean" },
  "cache-dir": { type: "string" },
  repeats: { type: "string" },
  help: { type: "boolean", short: "h" }
};
var UsageError = class extends Error {
};
function parseReviewArgs(argv) {
  const { values, positionals } = parseOrThrow(argv, {
    ...common,
    base: { type: "string" },
    head: { type: "string" },
    markdown: { type: "string" },
    preview: { type: "string" },
    trace: { type: "string" },
    "dry-run": { type: "boolean" }
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument: ${positionals[0]}`);
  return check(reviewArgsSchema, camelKeys(values));
}
function parseEvalArgs(argv) {
  const { values, positionals } = parseOrThrow(argv, {
    ...common,
    ref: { type: "string" },
    trace: { type: "string" }
  });
  if (positionals.length > 1) throw new UsageError(`eval takes one FILE, got: ${positionals.join(" ")}`);
  return check(evalArgsSchema, { ...camelKeys(values), file: positionals[0] });
}
function parseMonitorArgs(argv) {
  const { values, positionals } = parseOrThrow(argv, {
    repo: common.repo,
    config: common.config,
    json: common.json,
    repeats: common.repeats,
    help: common.help,
    markdown: { type: "string" },
    baseline: { type: "string" }
  });
  return check(monitorArgsSchema, { ...camelKeys(values), files: positionals });
}
function parseConvertArgs(argv) {
  const { values, positionals } = parseOrThrow(argv, {
    to: { type: "string" },
    out: { type: "string" },
    force: { type: "boolean" },
    repo: common.repo,
    config: common.config,
    help: common.help
  });
  if (positionals.length > 1) throw new UsageError(`convert takes one FILE, got: ${positionals.join(" ")}`);
  return check(convertArgsSchema, { ...camelKeys(values), file: positionals[0] });
}
function parseOrThrow(argv, options) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error.message);
  }
}
function camelKeys(values) {
  return Object.fromEntries(
    Object.entries(values).map(([k, v]) => [k.replace(/-(\w)/g, (_, c) => c.toUpperCase()), v])
  );
}
function check(schema, value) {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const flag2 = `--${String(issue.path[0] ?? "").replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  throw new UsageError(`${flag2}: ${issue.message}`);
}

// src/cli/exit-code.ts
var EXIT_OK = 0;
var EXIT_GATE_FAILED = 1;
var EXIT_ERROR = 2;
function exitCodeFor(report) {
  if (report.verdict === "error" || report.incomplete && report.verdict !== "fail") return EXIT_ERROR;
  return decideConclusion(report) === "failure" ? EXIT_GATE_FAILED : EXIT_OK;
}

export {
  reviewHelp,
  evalHelp,
  convertHelp,
  monitorHelp,
  mainHelp,
  UsageError,
  parseReviewArgs,
  parseEvalArgs,
  parseMonitorArgs,
  parseConvertArgs,
  EXIT_OK,
  EXIT_GATE_FAILED,
  EXIT_ERROR,
  exitCodeFor
};
