// The `promptgate.yml` schema: every key optional, defaults here, JSON Schema generated from it.
import { z } from "zod";
import { tracingSchema } from "./tracing-config.js";

const fraction = z.number().min(0);

export const gateSchema = z
  .object({
    /** Largest pass-rate drop (0–1) that is not a regression. */
    margin: z
      .number()
      .min(0)
      .max(1)
      .default(0.05)
      .describe("Largest pass-rate drop (0–1) that is not a regression."),
    /** Level of the interval shown on the pass-rate difference; display only (the fail test uses `falseFailRate`). */
    confidence: z
      .number()
      .gt(0.5)
      .lt(1)
      .default(0.95)
      .describe(
        "Level of the interval shown on the pass-rate difference; display only (the fail test uses `falseFailRate`).",
      ),
    /** Most a change that does nothing may fail the gate, over every look of a review (0.02 = 2%). */
    falseFailRate: z
      .number()
      .gt(0)
      .max(0.2)
      .default(0.02)
      .describe(
        "Most a change that does nothing may fail the gate, over every look of a review (0.02 = 2%).",
      ),
    /** Pass-rate drop (0–1) the gate catches 95% of the time, and rules out to pass. */
    detect: z
      .number()
      .gt(0)
      .max(1)
      .default(0.2)
      .describe("Pass-rate drop (0–1) the gate catches 95% of the time, and rules out to pass."),
    /** Most cases of the eval set one review runs; null = every row (the budget still caps it). */
    maxCases: z
      .number()
      .int()
      .min(1)
      .nullable()
      .default(null)
      .describe("Most cases of the eval set one review runs; null = every row (the budget still caps it)."),
    /** Largest allowed rise of cost per call, as a fraction of base (0.25 = +25%); null = report only. */
    maxCostIncrease: fraction
      .nullable()
      .default(0.25)
      .describe(
        "Largest allowed rise of cost per call, as a fraction of base (0.25 = +25%); null = report only.",
      ),
    /** Largest allowed rise of mean latency per call, as a fraction of base; null = report only. */
    maxLatencyIncrease: fraction
      .nullable()
      .default(null)
      .describe("Largest allowed rise of mean latency per call, as a fraction of base; null = report only."),
    /** Pass rate an added prompt (no base to compare with) must reach. */
    minPassRate: z
      .number()
      .min(0)
      .max(1)
      .default(0.8)
      .describe("Pass rate an added prompt (no base to compare with) must reach."),
    /** Check conclusion for an inconclusive review. */
    onInconclusive: z
      .enum(["neutral", "pass", "fail"])
      .default("neutral")
      .describe("Check conclusion for an inconclusive review."),
    /** Verdict for a prompt with an eval set that is deleted with no added prompt taking over its rows. */
    onDeletedPrompt: z
      .enum(["fail", "pass", "neutral"])
      .default("fail")
      .describe(
        "Verdict for a prompt with an eval set that is deleted with no added prompt taking over its rows: fail (acceptable with the accept label), pass, or neutral (reported as inconclusive).",
      ),
  })
  .strict();

export const limitsSchema = z
  .object({
    /** Largest prompt file read, in bytes; a bigger one is an error, never parsed, diffed or sent. */
    maxPromptBytes: z
      .number()
      .int()
      .positive()
      .default(256 * 1024)
      .describe(
        "Largest prompt file read, in bytes; a bigger one is an error, never parsed, diffed or sent.",
      ),
    /** Largest eval-data file (`testDataFile`) read, in bytes. */
    maxDataBytes: z
      .number()
      .int()
      .positive()
      .default(20 * 1024 * 1024)
      .describe("Largest eval-data file (`testDataFile`) read, in bytes."),
    /** Most test rows one prompt file may have, inline and data files together. */
    maxRows: z
      .number()
      .int()
      .positive()
      .default(10_000)
      .describe("Most test rows one prompt file may have, inline and data files together."),
  })
  .strict();

export const budgetSchema = z
  .object({
    /** Most money one review may spend, every attempt and judge included, in USD; a model with no price is refused; null = no limit. */
    maxCostUsd: z
      .number()
      .min(0)
      .nullable()
      .default(5)
      .describe(
        "Most money one review may spend, every attempt and judge included, in USD; a model with no price is refused; null = no limit.",
      ),
    /** Most model requests one review may send: retries and re-asked judges count; null = no limit. */
    maxCalls: z
      .number()
      .int()
      .min(0)
      .nullable()
      .default(5000)
      .describe(
        "Most model requests one review may send: retries and re-asked judges count; null = no limit.",
      ),
  })
  .strict();

export const providerSchema = z
  .object({
    /** OpenAI-compatible base URL; null → `OPENAI_BASE_URL`, else OpenAI. */
    baseURL: z
      .string()
      .url()
      .nullable()
      .default(null)
      .describe("OpenAI-compatible base URL; null → `OPENAI_BASE_URL`, else OpenAI."),
    /** Environment variable that holds the API key. */
    apiKeyEnv: z
      .string()
      .min(1)
      .default("OPENAI_API_KEY")
      .describe("Environment variable that holds the API key."),
    /** Per-call timeout in milliseconds. */
    timeoutMs: z.number().int().positive().default(60_000).describe("Per-call timeout in milliseconds."),
    /** Retries of a call after 429, 5xx, timeouts and dropped connections. */
    maxRetries: z
      .number()
      .int()
      .min(0)
      .default(6)
      .describe("Retries of a call after 429, 5xx, timeouts and dropped connections."),
    /** The provider's Batch API: `auto` uses it when a review plans more than `batchThreshold` calls. */
    batch: z
      .enum(["auto", "always", "never"])
      .default("auto")
      .describe(
        "The provider's Batch API: `auto` uses it when a review plans more than `batchThreshold` calls.",
      ),
    /** Planned calls above which `batch: auto` submits the review's calls as batches (one per look). */
    batchThreshold: z
      .number()
      .int()
      .min(0)
      .default(2000)
      .describe(
        "Planned calls above which `batch: auto` submits the review's calls as batches (one per look).",
      ),
  })
  .strict();

export const priceSchema = z
  .object({
    /** USD per 1M input tokens. */
    input: z.number().min(0).describe("USD per 1M input tokens."),
    /** USD per 1M cached input tokens; defaults to `input`. */
    cachedInput: z
      .number()
      .min(0)
      .optional()
      .describe("USD per 1M cached input tokens; defaults to `input`."),
    /** USD per 1M output tokens. */
    output: z.number().min(0).describe("USD per 1M output tokens."),
  })
  .strict();

/** A `prompts:` entry that pairs a prompt file (or glob) with its eval set; plain strings are globs. */
export const promptEntrySchema = z
  .object({
    /** A plain template (`.md`, `.txt`, `.j2`), or a Prompty/Dotprompt file, or a glob of them. */
    path: z
      .string()
      .min(1)
      .describe("A plain template (.md, .txt, .j2), or a Prompty/Dotprompt file, or a glob."),
    /** Eval rows: a JSONL, JSON, YAML or CSV file, relative to the repository root. */
    dataset: z
      .string()
      .min(1)
      .optional()
      .describe("Eval rows: a JSONL, JSON, YAML or CSV file, relative to the repository root."),
    /** Evaluators, written as in a `.prompt.yml` file. */
    evaluators: z.array(z.unknown()).optional().describe("Evaluators, written as in a .prompt.yml file."),
    /** Plain templates: the role of the whole file, or `markers` to split at `system:` / `user:` lines. */
    role: z
      .enum(["system", "user", "markers"])
      .default("user")
      .describe(
        "Plain templates: the role of the whole file, or `markers` to split at `system:` / `user:` lines.",
      ),
    /** Plain templates: `{{name}}` placeholders or Jinja2; default by extension (`.j2`, `.jinja`, `.jinja2` → Jinja2). */
    syntax: z
      .enum(["mustache", "jinja2"])
      .optional()
      .describe(
        "Plain templates: {{name}} placeholders or Jinja2; default by extension (.j2, .jinja, .jinja2 → Jinja2).",
      ),
    /** The file's format when its name does not say (e.g. a promptfoo config not named promptfooconfig.yaml). */
    format: z
      .enum(["prompt-yml", "prompty", "dotprompt", "template", "promptfoo"])
      .optional()
      .describe(
        "The file's format when its name does not say (e.g. a promptfoo config not named promptfooconfig.yaml).",
      ),
    /** Plain templates: the model; default the config's `model`. */
    model: z.string().min(1).optional().describe("Plain templates: the model; default the config's `model`."),
  })
  .strict();
export type PromptEntry = z.infer<typeof promptEntrySchema>;

export const configSchema = z
  .object({
    /** Globs of the prompt files promptgate reviews, and entries pairing a template with its eval set. */
    prompts: z
      .array(z.union([z.string().min(1), promptEntrySchema]))
      .min(1)
      .default(["**/*.prompt.yml", "**/*.prompt.yaml"])
      .describe(
        "Globs of the prompt files promptgate reviews, and entries pairing a template with its eval set.",
      ),
    /** Model used when a prompt file names none. */
    model: z.string().min(1).default("gpt-4o-mini").describe("Model used when a prompt file names none."),
    /** The OpenAI-compatible endpoint the prompts run against. */
    provider: providerSchema
      .default(providerSchema.parse({}))
      .describe("The OpenAI-compatible endpoint the prompts run against."),
    /** Samples per case per version; more only sharpens each case at `temperature > 0`, it never adds cases. */
    repeats: z
      .number()
      .int()
      .min(1)
      .max(50)
      .default(1)
      .describe(
        "Samples per case per version; more only sharpens each case at `temperature > 0`, it never adds cases.",
      ),
    /** Model calls in flight at once. */
    concurrency: z.number().int().min(1).max(256).default(8).describe("Model calls in flight at once."),
    /** When a change counts as a regression that fails the check. */
    gate: gateSchema
      .default(gateSchema.parse({}))
      .describe("When a change counts as a regression that fails the check."),
    /** Limits on what one review may spend. */
    budget: budgetSchema.default(budgetSchema.parse({})).describe("Limits on what one review may spend."),
    /** Size limits on the files a pull request controls. */
    limits: limitsSchema
      .default(limitsSchema.parse({}))
      .describe("Size limits on the files a pull request controls."),
    /** How long one review may run before it publishes what it has, as partial. */
    review: z
      .object({
        /** Minutes from the start of a review until it stops its calls and reports partial results (never a pass). */
        deadlineMinutes: z
          .number()
          .positive()
          .max(360)
          .default(30)
          .describe(
            "Minutes from the start of a review until it stops its calls and reports partial results (never a pass).",
          ),
      })
      .strict()
      .default({ deadlineMinutes: 30 })
      .describe("How long one review may run before it publishes what it has, as partial."),
    /** The LLM judges of `llm` and `uses:` evaluators. */
    judge: z
      .object({
        /** Model of the LLM judges; null → the prompt's own model. */
        model: z
          .string()
          .min(1)
          .nullable()
          .default(null)
          .describe("Model of the LLM judges; null → the prompt's own model."),
      })
      .strict()
      .default({ model: null })
      .describe("The LLM judges of `llm` and `uses:` evaluators."),
    /** USD per 1M tokens by model id; overrides the built-in table. */
    pricing: z
      .record(z.string(), priceSchema)
      .default({})
      .describe(
        "USD per 1M tokens by model id; overrides the built-in table. Read from the base branch only.",
      ),
    /** Expected production traffic per prompt path, for projected monthly cost deltas. */
    traffic: z
      .record(
        z.string(),
        z.object({ callsPerDay: z.number().min(0).describe("Calls a day in production.") }).strict(),
      )
      .default({})
      .describe("Expected production traffic per prompt path, for projected monthly cost deltas."),
    /** Labels promptgate reads on pull requests. */
    labels: z
      .object({
        /** Label that accepts a failing review. */
        accept: z
          .string()
          .min(1)
          .default("promptgate:accept")
          .describe("Label that accepts a failing review."),
        /** Label a maintainer adds to review a fork PR under `pull_request_target`. */
        run: z
          .string()
          .min(1)
          .default("promptgate:run")
          .describe("Label a maintainer adds to review a fork PR under `pull_request_target`."),
      })
      .strict()
      .default({ accept: "promptgate:accept", run: "promptgate:run" })
      .describe("Labels promptgate reads on pull requests."),
    /** Directory of the response cache, relative to the repository root. */
    cacheDir: z
      .string()
      .min(1)
      .default(".promptgate/cache")
      .describe("Directory of the response cache, relative to the repository root."),
    /** OpenTelemetry export of each review: one trace, a span per prompt version and per model call. */
    tracing: tracingSchema
      .default(tracingSchema.parse({}))
      .describe(
        "OpenTelemetry export of each review: one trace, a span per prompt version and per model call.",
      ),
  })
  .strict()
  .describe("promptgate configuration (promptgate.yml). Every key is optional.");

export type Config = z.infer<typeof configSchema>;
export type GateConfig = z.infer<typeof gateSchema>;
export type BudgetConfig = z.infer<typeof budgetSchema>;
export type LimitsConfig = z.infer<typeof limitsSchema>;
export type Price = z.infer<typeof priceSchema>;

export const defaultConfig: Config = configSchema.parse({});
