import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  external_exports
} from "./chunk-X35WCL5Z.js";

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
  --dry-run         No model calls: the diff and the static cost estimate only
  --offline         Answer only from the response cache; a miss is an error
  --no-cache        Neither read nor write the response cache
  --cache-dir DIR   Response cache directory (default: config cacheDir, .promptgate/cache)
  --repeats N       Samples per case per version (default: config repeats, 3)
  -h, --help        Show this help

Exit codes: 0 pass, skipped or neutral; 1 the gate failed; 2 the review could not be done.
Provider: OPENAI_API_KEY (or provider.apiKeyEnv) and OPENAI_BASE_URL for any OpenAI-compatible endpoint.`;
var evalHelp = `Usage: promptgate eval FILE [options]

Run one prompt file's eval set (its testData and evaluators) against the model.

Options:
  --ref REF         Read FILE at this git ref instead of the working tree
  --repo DIR        Git repository / project root (default: current directory)
  --config FILE     promptgate.yml to use (default: promptgate.yml or .github/promptgate.yml)
  --repeats N       Samples per case (default: config repeats, 3)
  --json FILE       Write the results as JSON to FILE
  --offline         Answer only from the response cache; a miss is an error
  --no-cache        Neither read nor write the response cache
  --cache-dir DIR   Response cache directory (default: config cacheDir, .promptgate/cache)
  -h, --help        Show this help

Exit codes: 0 every case passed; 1 some failed; 2 could not run.`;
var mainHelp = `promptgate — review prompt changes before they merge

Commands:
  promptgate review [options]    Compare base and head versions of every changed prompt
  promptgate eval FILE [options] Run one prompt file's eval set
  promptgate --version

Run 'promptgate <command> --help' for the options of a command.`;
var repeatsSchema = external_exports.coerce.number({ error: "must be a whole number from 1 to 50" }).int({ error: "must be a whole number from 1 to 50" }).min(1, { error: "must be a whole number from 1 to 50" }).max(50, { error: "must be a whole number from 1 to 50" }).optional();
var reviewArgsSchema = external_exports.object({
  base: external_exports.string().min(1).optional(),
  head: external_exports.string().min(1).default("HEAD"),
  repo: external_exports.string().min(1).default("."),
  config: external_exports.string().min(1).optional(),
  json: external_exports.string().min(1).optional(),
  markdown: external_exports.string().min(1).optional(),
  dryRun: external_exports.boolean().default(false),
  offline: external_exports.boolean().default(false),
  noCache: external_exports.boolean().default(false),
  cacheDir: external_exports.string().min(1).optional(),
  repeats: repeatsSchema,
  help: external_exports.boolean().default(false)
});
var evalArgsSchema = external_exports.object({
  file: external_exports.string().min(1).optional(),
  ref: external_exports.string().min(1).optional(),
  repo: external_exports.string().min(1).default("."),
  config: external_exports.string().min(1).optional(),
  json: external_exports.string().min(1).optional(),
  offline: external_exports.boolean().default(false),
  noCache: external_exports.boolean().default(false),
  cacheDir: external_exports.string().min(1).optional(),
  repeats: repeatsSchema,
  help: external_exports.boolean().default(false)
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
    "dry-run": { type: "boolean" }
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument: ${positionals[0]}`);
  return check(reviewArgsSchema, camelKeys(values));
}
function parseEvalArgs(argv) {
  const { values, positionals } = parseOrThrow(argv, { ...common, ref: { type: "string" } });
  if (positionals.length > 1) throw new UsageError(`eval takes one FILE, got: ${positionals.join(" ")}`);
  return check(evalArgsSchema, { ...camelKeys(values), file: positionals[0] });
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
  const flag = `--${String(issue.path[0] ?? "").replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  throw new UsageError(`${flag}: ${issue.message}`);
}

// src/cli/exit-code.ts
var EXIT_OK = 0;
var EXIT_GATE_FAILED = 1;
var EXIT_ERROR = 2;
function exitCodeFor(report) {
  if (report.verdict === "error") return EXIT_ERROR;
  if (report.verdict === "fail") return EXIT_GATE_FAILED;
  if (report.verdict === "inconclusive") {
    if (report.incomplete) return EXIT_ERROR;
    return report.gate.onInconclusive === "fail" ? EXIT_GATE_FAILED : EXIT_OK;
  }
  return EXIT_OK;
}

export {
  reviewHelp,
  evalHelp,
  mainHelp,
  UsageError,
  parseReviewArgs,
  parseEvalArgs,
  EXIT_OK,
  EXIT_GATE_FAILED,
  EXIT_ERROR,
  exitCodeFor
};
