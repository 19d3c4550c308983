// The app server's settings, read once from the environment with one zod schema.
import { z } from "zod";

/** Empty strings count as unset: `FOO=` in an env file must not pass as a value. */
const optionalText = z.preprocess((value) => (value === "" ? undefined : value), z.string().optional());
const optionalNumber = (schema: z.ZodType<number>) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema);
const requiredText = z.preprocess((value) => (value === "" ? undefined : value), z.string());

export const appEnvSchema = z.object({
  /** The GitHub App's numeric id (App settings → General). */
  APP_ID: requiredText.pipe(z.string().regex(/^\d+$/, "must be the App's numeric id")),
  /** The App's private key, PEM text (`\n` escapes are accepted). */
  PRIVATE_KEY: optionalText,
  /** Path of a PEM file holding the private key, instead of PRIVATE_KEY. */
  PRIVATE_KEY_PATH: optionalText,
  /** The webhook secret set in the App's settings; deliveries without its HMAC are rejected. */
  WEBHOOK_SECRET: requiredText,
  /** Key for the model provider; every review of every installation spends on it. */
  OPENAI_API_KEY: requiredText,
  /** OpenAI-compatible endpoint (Azure OpenAI, OpenRouter, vLLM, LiteLLM…); default OpenAI. */
  OPENAI_BASE_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  /** GitHub Enterprise Server host name, e.g. `github.example.com`; the API is https://HOST/api/v3. */
  GHE_HOST: optionalText.pipe(
    z
      .string()
      .regex(/^[A-Za-z0-9.-]+(:\d+)?$/, "must be a host name like github.example.com")
      .optional(),
  ),
  /** REST root override (tests, proxies); wins over GHE_HOST. */
  GITHUB_API_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  /** Port the webhook server listens on. */
  PORT: optionalNumber(z.coerce.number().int().min(0).max(65535).default(3000)),
  /** Interface the server binds. */
  HOST: optionalText.pipe(z.string().default("0.0.0.0")),
  /** Path GitHub delivers webhooks to. */
  WEBHOOK_PATH: optionalText.pipe(z.string().startsWith("/").default("/api/github/webhooks")),
  /** Reviews run at once per installation; more wait in line. */
  PROMPTGATE_REVIEWS_PER_INSTALLATION: optionalNumber(z.coerce.number().int().min(1).max(32).default(2)),
  /** Directory of the shared response cache; unset keeps it in memory for the life of the process. */
  PROMPTGATE_CACHE_DIR: optionalText,
  /**
   * `redis://…`: the review queue, response cache and delivery log live in Redis, so reviews survive a restart and
   * several replicas share the work. Unset: all three stay in this process's memory.
   */
  REDIS_URL: optionalText.pipe(z.url({ protocol: /^rediss?$/ }).optional()),
  /** With REDIS_URL: reviews this replica runs at once. */
  PROMPTGATE_REVIEWS_PER_REPLICA: optionalNumber(z.coerce.number().int().min(1).max(64).default(4)),
  /** With REDIS_URL: how long a crashed replica's review stays claimed before another replica takes it over. */
  PROMPTGATE_QUEUE_LOCK_MS: optionalNumber(z.coerce.number().int().min(1000).max(600_000).default(30_000)),
  LOG_LEVEL: optionalText.pipe(z.enum(["trace", "debug", "info", "warn", "error", "fatal"]).default("info")),
  /** `json` for log collectors, `pretty` for people. */
  LOG_FORMAT: optionalText.pipe(z.enum(["json", "pretty"]).default("pretty")),
});

export type AppEnv = z.infer<typeof appEnvSchema>;

export type AppEnvResult = { ok: true; env: AppEnv } | { ok: false; missing: string[]; invalid: string[] };

/** Parses the environment; on failure lists the variables that are missing and those that are malformed. */
export function parseAppEnv(env: NodeJS.ProcessEnv): AppEnvResult {
  const parsed = appEnvSchema.safeParse(env);
  const missing: string[] = [];
  const invalid: string[] = [];
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const name = String(issue.path[0]);
    if (env[name] === undefined || env[name] === "") missing.push(name);
    else invalid.push(`${name}: ${issue.message}`);
  }
  if (parsed.success && !parsed.data.PRIVATE_KEY && !parsed.data.PRIVATE_KEY_PATH)
    missing.push("PRIVATE_KEY");
  if (!parsed.success && !env.PRIVATE_KEY && !env.PRIVATE_KEY_PATH) missing.push("PRIVATE_KEY");
  if (parsed.success && missing.length === 0) return { ok: true, env: parsed.data };
  return { ok: false, missing: sortByDeclaration(missing), invalid };
}

/** The REST root: explicit URL, else GitHub Enterprise Server's `/api/v3`, else github.com. */
export function resolveGitHubApiUrl(env: Pick<AppEnv, "GITHUB_API_URL" | "GHE_HOST">): string | undefined {
  if (env.GITHUB_API_URL) return env.GITHUB_API_URL.replace(/\/+$/, "");
  if (env.GHE_HOST) return `https://${env.GHE_HOST}/api/v3`;
  return undefined;
}

/** PEM text from an env var often arrives with literal `\n`; turn them back into line breaks. */
export function normalisePrivateKey(key: string): string {
  return key.includes("\\n") ? key.replace(/\\n/g, "\n") : key;
}

/** The message printed when the server cannot start. */
export function describeEnvProblems(result: { missing: string[]; invalid: string[] }): string {
  const lines = ["promptgate app: cannot start."];
  if (result.missing.length > 0) {
    lines.push(`Missing environment variables: ${result.missing.join(", ")}`);
    if (result.missing.includes("PRIVATE_KEY"))
      lines.push("  (set PRIVATE_KEY to the PEM text, or PRIVATE_KEY_PATH to its file)");
  }
  for (const problem of result.invalid) lines.push(`Invalid: ${problem}`);
  lines.push("See the README's GitHub App section for every variable.");
  return lines.join("\n");
}

function sortByDeclaration(names: string[]): string[] {
  const order = Object.keys(appEnvSchema.shape);
  return [...new Set(names)].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}
