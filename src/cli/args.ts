// Command-line flags: parsed once with node:util parseArgs, checked with zod, with a help text per command.
import { type ParseArgsConfig, parseArgs } from "node:util";
import { z } from "zod";

export const reviewHelp = `Usage: promptgate review [options]

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

export const evalHelp = `Usage: promptgate eval FILE [options]

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

export const convertHelp = `Usage: promptgate convert FILE [options]

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

export const monitorHelp = `Usage: promptgate monitor [FILE...] --baseline DIR [options]

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

export const mainHelp = `promptgate — review prompt changes before they merge

Commands:
  promptgate review [options]    Compare base and head versions of every changed prompt
  promptgate eval FILE [options] Run one prompt file's eval set
  promptgate monitor --baseline DIR  Compare the prompts with their last recorded run (drift)
  promptgate convert FILE        Write any supported prompt format as .prompt.yml (or back as Prompty)
  promptgate --version

Run 'promptgate <command> --help' for the options of a command.`;

const repeatsError = { error: "must be a whole number from 1 to 50" };
const repeatsSchema = z.coerce
  .number(repeatsError)
  .int(repeatsError)
  .min(1, repeatsError)
  .max(50, repeatsError)
  .optional();

/** A flag's value (a path, a ref, a name): given, it is not empty. */
const text = z.string().min(1).optional();
/** A boolean flag: off unless given. */
const flag = z.boolean().default(false);
/** `--repo`: the repository folder, the working directory by default. */
const repoDir = z.string().min(1).default(".");

/** Where a run reads from and writes its JSON report: review, eval and monitor. */
const repoFields = { repo: repoDir, config: text, json: text };
/** How a run calls the model: review and eval. */
const callFields = { offline: flag, noCache: flag, cacheDir: text, repeats: repeatsSchema };

export const reviewArgsSchema = z.object({
  base: text,
  head: z.string().min(1).default("HEAD"),
  ...repoFields,
  markdown: text,
  preview: text,
  trace: text,
  dryRun: flag,
  ...callFields,
  help: flag,
});
export type ReviewArgs = z.infer<typeof reviewArgsSchema>;

export const evalArgsSchema = z.object({
  file: text,
  ref: text,
  ...repoFields,
  ...callFields,
  trace: text,
  help: flag,
});
export type EvalArgs = z.infer<typeof evalArgsSchema>;

export const monitorArgsSchema = z.object({
  files: z.array(z.string().min(1)).default([]),
  baseline: text,
  ...repoFields,
  markdown: text,
  repeats: repeatsSchema,
  help: flag,
});
export type MonitorArgs = z.infer<typeof monitorArgsSchema>;

export const convertArgsSchema = z.object({
  file: text,
  to: z
    .enum(["prompt-yml", "prompty"], { error: "--to must be prompt-yml or prompty" })
    .default("prompt-yml"),
  out: text,
  force: flag,
  repo: repoDir,
  config: text,
  help: flag,
});
export type ConvertArgs = z.infer<typeof convertArgsSchema>;

const common = {
  repo: { type: "string" },
  config: { type: "string" },
  json: { type: "string" },
  offline: { type: "boolean" },
  "no-cache": { type: "boolean" },
  "cache-dir": { type: "string" },
  repeats: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

/** Thrown for bad flags; the shell prints it with the command's help hint and exits 2. */
export class UsageError extends Error {}

export function parseReviewArgs(argv: string[]): ReviewArgs {
  const { values, positionals } = parseOrThrow(argv, {
    ...common,
    base: { type: "string" },
    head: { type: "string" },
    markdown: { type: "string" },
    preview: { type: "string" },
    trace: { type: "string" },
    "dry-run": { type: "boolean" },
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument: ${positionals[0]}`);
  return check(reviewArgsSchema, camelKeys(values));
}

export function parseEvalArgs(argv: string[]): EvalArgs {
  const { values, positionals } = parseOrThrow(argv, {
    ...common,
    ref: { type: "string" },
    trace: { type: "string" },
  });
  if (positionals.length > 1) throw new UsageError(`eval takes one FILE, got: ${positionals.join(" ")}`);
  return check(evalArgsSchema, { ...camelKeys(values), file: positionals[0] });
}

export function parseMonitorArgs(argv: string[]): MonitorArgs {
  const { values, positionals } = parseOrThrow(argv, {
    repo: common.repo,
    config: common.config,
    json: common.json,
    repeats: common.repeats,
    help: common.help,
    markdown: { type: "string" },
    baseline: { type: "string" },
  });
  return check(monitorArgsSchema, { ...camelKeys(values), files: positionals });
}

export function parseConvertArgs(argv: string[]): ConvertArgs {
  const { values, positionals } = parseOrThrow(argv, {
    to: { type: "string" },
    out: { type: "string" },
    force: { type: "boolean" },
    repo: common.repo,
    config: common.config,
    help: common.help,
  });
  if (positionals.length > 1) throw new UsageError(`convert takes one FILE, got: ${positionals.join(" ")}`);
  return check(convertArgsSchema, { ...camelKeys(values), file: positionals[0] });
}

function parseOrThrow(argv: string[], options: NonNullable<ParseArgsConfig["options"]>) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function camelKeys(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(values).map(([k, v]) => [k.replace(/-(\w)/g, (_, c) => c.toUpperCase()), v]),
  );
}

function check<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const flag = `--${String(issue.path[0] ?? "").replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  throw new UsageError(`${flag}: ${issue.message}`);
}
