// The `promptgate.yml` schema: every key optional, defaults here, JSON Schema generated from it.
import { z } from "zod";
import { gateSchema } from "./gate-config.js";
import { budgetSchema, limitsSchema } from "./limits-config.js";
import { tracingSchema } from "./tracing-config.js";

export { budgetSchema, gateSchema, limitsSchema };

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
