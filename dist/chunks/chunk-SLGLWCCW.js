import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  external_exports
} from "./chunk-6MRQXAYL.js";

// src/core/config/tracing-config.ts
var tracingSchema = external_exports.object({
  /** Where to send each review's trace over OTLP/HTTP. */
  otlp: external_exports.object({
    /** Base OTLP/HTTP URL (`/v1/traces` is appended); null → `OTEL_EXPORTER_OTLP_ENDPOINT`, else no export. */
    endpoint: external_exports.string().url().nullable().default(null).describe(
      "Base OTLP/HTTP URL (`/v1/traces` is appended); null → `OTEL_EXPORTER_OTLP_ENDPOINT`, else no export."
    ),
    /** Headers sent with each export; `${NAME}` in a value is the environment variable NAME (keep keys in secrets). */
    headers: external_exports.record(external_exports.string().min(1), external_exports.string()).default({}).describe(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: `${NAME}` is the config's own syntax
      "Headers sent with each export; `${NAME}` in a value is the environment variable NAME (keep keys in secrets)."
    )
  }).strict().default({ endpoint: null, headers: {} }).describe("Where to send each review's trace over OTLP/HTTP."),
  /** Record base and head as two dataset runs in Langfuse (keys from `LANGFUSE_PUBLIC_KEY` / `LANGFUSE_SECRET_KEY`). */
  langfuse: external_exports.object({
    /** Langfuse URL; unset → `LANGFUSE_BASE_URL`, else `https://cloud.langfuse.com`. */
    baseUrl: external_exports.string().url().optional().describe("Langfuse URL; unset → `LANGFUSE_BASE_URL`, else `https://cloud.langfuse.com`.")
  }).strict().optional().describe(
    "Record base and head as two dataset runs in Langfuse (keys from `LANGFUSE_PUBLIC_KEY` / `LANGFUSE_SECRET_KEY`)."
  ),
  /** Record base and head as two experiments of one dataset in LangSmith (key from `LANGSMITH_API_KEY`). */
  langsmith: external_exports.object({
    /** LangSmith API URL; unset → `LANGSMITH_ENDPOINT`, else `https://api.smith.langchain.com`. */
    endpoint: external_exports.string().url().optional().describe(
      "LangSmith API URL; unset → `LANGSMITH_ENDPOINT`, else `https://api.smith.langchain.com`."
    )
  }).strict().optional().describe(
    "Record base and head as two experiments of one dataset in LangSmith (key from `LANGSMITH_API_KEY`)."
  ),
  /** Export prompt and completion text on model-call spans (secrets redacted); off by default. */
  captureContent: external_exports.boolean().default(false).describe("Export prompt and completion text on model-call spans (secrets redacted); off by default.")
}).strict();
function parseOtlpHeaders(text, source) {
  const headers = {};
  for (const [index, raw] of text.split(/[,\n]/).entries()) {
    const entry = raw.trim();
    if (entry === "") continue;
    const eq = entry.indexOf("=");
    if (eq <= 0) {
      throw new Error(`${source}: entry ${index + 1} is not name=value`);
    }
    const name = entry.slice(0, eq).trim();
    const value = entry.slice(eq + 1).trim();
    headers[name] = safeDecode(value);
  }
  return headers;
}
function listHeaderSecrets(headers) {
  const values = Object.values(headers).map((value) => value.trim());
  return [...values, ...values.map((value) => value.replace(/^\S+\s+/, ""))];
}
function expandHeaderValues(headers, env, source) {
  const out = {};
  for (const [name, value] of Object.entries(headers)) {
    out[name] = value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, variable) => {
      const found = env[variable];
      if (found === void 0 || found === "") {
        throw new Error(
          `${source}: header ${name} uses \${${variable}}, which is not set in the environment`
        );
      }
      return found;
    });
  }
  return out;
}
function safeDecode(value) {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

// src/core/config/gate-config.ts
var fraction = external_exports.number().min(0);
var gateSchema = external_exports.object({
  /** Largest pass-rate drop (0–1) that is not a regression. */
  margin: external_exports.number().min(0).max(1).default(0.05).describe("Largest pass-rate drop (0–1) that is not a regression."),
  /** Level of the interval shown on the pass-rate difference; display only (the fail test uses `falseFailRate`). */
  confidence: external_exports.number().gt(0.5).lt(1).default(0.95).describe(
    "Level of the interval shown on the pass-rate difference; display only (the fail test uses `falseFailRate`)."
  ),
  /** Most a change that does nothing may fail the gate, over every look of a review (0.02 = 2%). */
  falseFailRate: external_exports.number().gt(0).max(0.2).default(0.02).describe(
    "Most a change that does nothing may fail the gate, over every look of a review (0.02 = 2%)."
  ),
  /** Pass-rate drop (0–1) the gate catches 95% of the time, and rules out to pass. */
  detect: external_exports.number().gt(0).max(1).default(0.2).describe("Pass-rate drop (0–1) the gate catches 95% of the time, and rules out to pass."),
  /** Most cases of the eval set one review runs; null = every row (the budget still caps it). */
  maxCases: external_exports.number().int().min(1).nullable().default(null).describe("Most cases of the eval set one review runs; null = every row (the budget still caps it)."),
  /** Largest allowed rise of cost per call, as a fraction of base (0.25 = +25%); null = report only. */
  maxCostIncrease: fraction.nullable().default(0.25).describe(
    "Largest allowed rise of cost per call, as a fraction of base (0.25 = +25%); null = report only."
  ),
  /** Largest allowed rise of mean latency per call, as a fraction of base; null = report only. */
  maxLatencyIncrease: fraction.nullable().default(null).describe("Largest allowed rise of mean latency per call, as a fraction of base; null = report only."),
  /** Pass rate an added prompt (no base to compare with) must reach. */
  minPassRate: external_exports.number().min(0).max(1).default(0.8).describe("Pass rate an added prompt (no base to compare with) must reach."),
  /** Check conclusion for an inconclusive review. */
  onInconclusive: external_exports.enum(["neutral", "pass", "fail"]).default("neutral").describe("Check conclusion for an inconclusive review."),
  /** Verdict for a prompt with an eval set that is deleted with no added prompt taking over its rows. */
  onDeletedPrompt: external_exports.enum(["fail", "pass", "neutral"]).default("fail").describe(
    "Verdict for a prompt with an eval set that is deleted with no added prompt taking over its rows: fail (acceptable with the accept label), pass, or neutral (reported as inconclusive)."
  )
}).strict();

// src/core/config/limits-config.ts
var limitsSchema = external_exports.object({
  /** Largest prompt file read, in bytes; a bigger one is an error, never parsed, diffed or sent. */
  maxPromptBytes: external_exports.number().int().positive().default(256 * 1024).describe(
    "Largest prompt file read, in bytes; a bigger one is an error, never parsed, diffed or sent."
  ),
  /** Largest eval-data file (`testDataFile`) read, in bytes. */
  maxDataBytes: external_exports.number().int().positive().default(20 * 1024 * 1024).describe("Largest eval-data file (`testDataFile`) read, in bytes."),
  /** Most test rows one prompt file may have, inline and data files together. */
  maxRows: external_exports.number().int().positive().default(1e4).describe("Most test rows one prompt file may have, inline and data files together.")
}).strict();
var budgetSchema = external_exports.object({
  /** Most money one review may spend, every attempt and judge included, in USD; a model with no price is refused; null = no limit. */
  maxCostUsd: external_exports.number().min(0).nullable().default(5).describe(
    "Most money one review may spend, every attempt and judge included, in USD; a model with no price is refused; null = no limit."
  ),
  /** Most model requests one review may send: retries and re-asked judges count; null = no limit. */
  maxCalls: external_exports.number().int().min(0).nullable().default(5e3).describe(
    "Most model requests one review may send: retries and re-asked judges count; null = no limit."
  )
}).strict();

// src/core/config/config-schema.ts
var providerSchema = external_exports.object({
  /** OpenAI-compatible base URL; null → `OPENAI_BASE_URL`, else OpenAI. */
  baseURL: external_exports.string().url().nullable().default(null).describe("OpenAI-compatible base URL; null → `OPENAI_BASE_URL`, else OpenAI."),
  /** Environment variable that holds the API key. */
  apiKeyEnv: external_exports.string().min(1).default("OPENAI_API_KEY").describe("Environment variable that holds the API key."),
  /** Per-call timeout in milliseconds. */
  timeoutMs: external_exports.number().int().positive().default(6e4).describe("Per-call timeout in milliseconds."),
  /** Retries of a call after 429, 5xx, timeouts and dropped connections. */
  maxRetries: external_exports.number().int().min(0).default(6).describe("Retries of a call after 429, 5xx, timeouts and dropped connections."),
  /** The provider's Batch API: `auto` uses it when a review plans more than `batchThreshold` calls. */
  batch: external_exports.enum(["auto", "always", "never"]).default("auto").describe(
    "The provider's Batch API: `auto` uses it when a review plans more than `batchThreshold` calls."
  ),
  /** Planned calls above which `batch: auto` submits the review's calls as batches (one per look). */
  batchThreshold: external_exports.number().int().min(0).default(2e3).describe(
    "Planned calls above which `batch: auto` submits the review's calls as batches (one per look)."
  )
}).strict();
var priceSchema = external_exports.object({
  /** USD per 1M input tokens. */
  input: external_exports.number().min(0).describe("USD per 1M input tokens."),
  /** USD per 1M cached input tokens; defaults to `input`. */
  cachedInput: external_exports.number().min(0).optional().describe("USD per 1M cached input tokens; defaults to `input`."),
  /** USD per 1M output tokens. */
  output: external_exports.number().min(0).describe("USD per 1M output tokens.")
}).strict();
var promptEntrySchema = external_exports.object({
  /** A plain template (`.md`, `.txt`, `.j2`), or a Prompty/Dotprompt file, or a glob of them. */
  path: external_exports.string().min(1).describe("A plain template (.md, .txt, .j2), or a Prompty/Dotprompt file, or a glob."),
  /** Eval rows: a JSONL, JSON, YAML or CSV file, relative to the repository root. */
  dataset: external_exports.string().min(1).optional().describe("Eval rows: a JSONL, JSON, YAML or CSV file, relative to the repository root."),
  /** Evaluators, written as in a `.prompt.yml` file. */
  evaluators: external_exports.array(external_exports.unknown()).optional().describe("Evaluators, written as in a .prompt.yml file."),
  /** Plain templates: the role of the whole file, or `markers` to split at `system:` / `user:` lines. */
  role: external_exports.enum(["system", "user", "markers"]).default("user").describe(
    "Plain templates: the role of the whole file, or `markers` to split at `system:` / `user:` lines."
  ),
  /** Plain templates: `{{name}}` placeholders or Jinja2; default by extension (`.j2`, `.jinja`, `.jinja2` → Jinja2). */
  syntax: external_exports.enum(["mustache", "jinja2"]).optional().describe(
    "Plain templates: {{name}} placeholders or Jinja2; default by extension (.j2, .jinja, .jinja2 → Jinja2)."
  ),
  /** The file's format when its name does not say (e.g. a promptfoo config not named promptfooconfig.yaml). */
  format: external_exports.enum(["prompt-yml", "prompty", "dotprompt", "template", "promptfoo"]).optional().describe(
    "The file's format when its name does not say (e.g. a promptfoo config not named promptfooconfig.yaml)."
  ),
  /** Plain templates: the model; default the config's `model`. */
  model: external_exports.string().min(1).optional().describe("Plain templates: the model; default the config's `model`.")
}).strict();
var configSchema = external_exports.object({
  /** Globs of the prompt files promptgate reviews, and entries pairing a template with its eval set. */
  prompts: external_exports.array(external_exports.union([external_exports.string().min(1), promptEntrySchema])).min(1).default(["**/*.prompt.yml", "**/*.prompt.yaml"]).describe(
    "Globs of the prompt files promptgate reviews, and entries pairing a template with its eval set."
  ),
  /** Model used when a prompt file names none. */
  model: external_exports.string().min(1).default("gpt-4o-mini").describe("Model used when a prompt file names none."),
  /** The OpenAI-compatible endpoint the prompts run against. */
  provider: providerSchema.default(providerSchema.parse({})).describe("The OpenAI-compatible endpoint the prompts run against."),
  /** Samples per case per version; more only sharpens each case at `temperature > 0`, it never adds cases. */
  repeats: external_exports.number().int().min(1).max(50).default(1).describe(
    "Samples per case per version; more only sharpens each case at `temperature > 0`, it never adds cases."
  ),
  /** Model calls in flight at once. */
  concurrency: external_exports.number().int().min(1).max(256).default(8).describe("Model calls in flight at once."),
  /** When a change counts as a regression that fails the check. */
  gate: gateSchema.default(gateSchema.parse({})).describe("When a change counts as a regression that fails the check."),
  /** Limits on what one review may spend. */
  budget: budgetSchema.default(budgetSchema.parse({})).describe("Limits on what one review may spend."),
  /** Size limits on the files a pull request controls. */
  limits: limitsSchema.default(limitsSchema.parse({})).describe("Size limits on the files a pull request controls."),
  /** How long one review may run before it publishes what it has, as partial. */
  review: external_exports.object({
    /** Minutes from the start of a review until it stops its calls and reports partial results (never a pass). */
    deadlineMinutes: external_exports.number().positive().max(360).default(30).describe(
      "Minutes from the start of a review until it stops its calls and reports partial results (never a pass)."
    )
  }).strict().default({ deadlineMinutes: 30 }).describe("How long one review may run before it publishes what it has, as partial."),
  /** The LLM judges of `llm` and `uses:` evaluators. */
  judge: external_exports.object({
    /** Model of the LLM judges; null → the prompt's own model. */
    model: external_exports.string().min(1).nullable().default(null).describe("Model of the LLM judges; null → the prompt's own model.")
  }).strict().default({ model: null }).describe("The LLM judges of `llm` and `uses:` evaluators."),
  /** USD per 1M tokens by model id; overrides the built-in table. */
  pricing: external_exports.record(external_exports.string(), priceSchema).default({}).describe(
    "USD per 1M tokens by model id; overrides the built-in table. Read from the base branch only."
  ),
  /** Expected production traffic per prompt path, for projected monthly cost deltas. */
  traffic: external_exports.record(
    external_exports.string(),
    external_exports.object({ callsPerDay: external_exports.number().min(0).describe("Calls a day in production.") }).strict()
  ).default({}).describe("Expected production traffic per prompt path, for projected monthly cost deltas."),
  /** Labels promptgate reads on pull requests. */
  labels: external_exports.object({
    /** Label that accepts a failing review. */
    accept: external_exports.string().min(1).default("promptgate:accept").describe("Label that accepts a failing review."),
    /** Label a maintainer adds to review a fork PR under `pull_request_target`. */
    run: external_exports.string().min(1).default("promptgate:run").describe("Label a maintainer adds to review a fork PR under `pull_request_target`.")
  }).strict().default({ accept: "promptgate:accept", run: "promptgate:run" }).describe("Labels promptgate reads on pull requests."),
  /** Directory of the response cache, relative to the repository root. */
  cacheDir: external_exports.string().min(1).default(".promptgate/cache").describe("Directory of the response cache, relative to the repository root."),
  /** OpenTelemetry export of each review: one trace, a span per prompt version and per model call. */
  tracing: tracingSchema.default(tracingSchema.parse({})).describe(
    "OpenTelemetry export of each review: one trace, a span per prompt version and per model call."
  )
}).strict().describe("promptgate configuration (promptgate.yml). Every key is optional.");
var defaultConfig = configSchema.parse({});

export {
  parseOtlpHeaders,
  listHeaderSecrets,
  expandHeaderValues,
  configSchema,
  defaultConfig
};
