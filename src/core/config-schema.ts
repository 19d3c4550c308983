// The `promptgate.yml` schema: every key optional, defaults here, JSON Schema generated from it.
import { z } from "zod";

const fraction = z.number().min(0);

export const gateSchema = z
  .object({
    /** Largest pass-rate drop (0–1) that is not a regression. */
    margin: z.number().min(0).max(1).default(0.05),
    /** Confidence level of the interval on the pass-rate difference. */
    confidence: z.number().gt(0.5).lt(1).default(0.95),
    /** Largest allowed rise of cost per call, as a fraction of base (0.25 = +25%); null = report only. */
    maxCostIncrease: fraction.nullable().default(0.25),
    /** Largest allowed rise of p50 latency, as a fraction of base; null = report only. */
    maxLatencyIncrease: fraction.nullable().default(null),
    /** Pass rate an added prompt (no base to compare with) must reach. */
    minPassRate: z.number().min(0).max(1).default(0.8),
    /** Check conclusion for an inconclusive review. */
    onInconclusive: z.enum(["neutral", "pass", "fail"]).default("neutral"),
  })
  .strict();

export const budgetSchema = z
  .object({
    /** Most money one review may spend, judges included, in USD; null = no limit. */
    maxCostUsd: z.number().min(0).nullable().default(5),
    /** Most model calls one review may make, judges included; null = no limit. */
    maxCalls: z.number().int().min(0).nullable().default(5000),
  })
  .strict();

export const providerSchema = z
  .object({
    /** OpenAI-compatible base URL; null → `OPENAI_BASE_URL`, else OpenAI. */
    baseURL: z.string().url().nullable().default(null),
    /** Environment variable that holds the API key. */
    apiKeyEnv: z.string().min(1).default("OPENAI_API_KEY"),
    /** Per-call timeout in milliseconds. */
    timeoutMs: z.number().int().positive().default(60_000),
    /** Retries of a call after 429, 5xx, timeouts and dropped connections. */
    maxRetries: z.number().int().min(0).default(6),
  })
  .strict();

export const priceSchema = z
  .object({
    /** USD per 1M input tokens. */
    input: z.number().min(0),
    /** USD per 1M cached input tokens; defaults to `input`. */
    cachedInput: z.number().min(0).optional(),
    /** USD per 1M output tokens. */
    output: z.number().min(0),
  })
  .strict();

export const configSchema = z
  .object({
    /** Globs of the prompt files promptgate reviews. */
    prompts: z.array(z.string().min(1)).min(1).default(["**/*.prompt.yml", "**/*.prompt.yaml"]),
    /** Model used when a prompt file names none. */
    model: z.string().min(1).default("gpt-4o-mini"),
    provider: providerSchema.default(providerSchema.parse({})),
    /** Samples per case per version. */
    repeats: z.number().int().min(1).max(50).default(3),
    /** Model calls in flight at once. */
    concurrency: z.number().int().min(1).max(256).default(8),
    gate: gateSchema.default(gateSchema.parse({})),
    budget: budgetSchema.default(budgetSchema.parse({})),
    judge: z
      .object({
        /** Model of the LLM judges; null → the prompt's own model. */
        model: z.string().min(1).nullable().default(null),
      })
      .strict()
      .default({ model: null }),
    /** USD per 1M tokens by model id; overrides the built-in table. */
    pricing: z.record(z.string(), priceSchema).default({}),
    /** Expected production traffic per prompt path, for projected monthly cost deltas. */
    traffic: z
      .record(z.string(), z.object({ callsPerDay: z.number().min(0) }).strict())
      .default({}),
    labels: z
      .object({
        /** Label that accepts a failing review. */
        accept: z.string().min(1).default("promptgate:accept"),
        /** Label a maintainer adds to review a fork PR under `pull_request_target`. */
        run: z.string().min(1).default("promptgate:run"),
      })
      .strict()
      .default({ accept: "promptgate:accept", run: "promptgate:run" }),
    /** Directory of the response cache, relative to the repository root. */
    cacheDir: z.string().min(1).default(".promptgate/cache"),
  })
  .strict();

export type Config = z.infer<typeof configSchema>;
export type GateConfig = z.infer<typeof gateSchema>;
export type BudgetConfig = z.infer<typeof budgetSchema>;
export type Price = z.infer<typeof priceSchema>;

export const defaultConfig: Config = configSchema.parse({});
