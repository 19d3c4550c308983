// Resolves where model calls go and which key they carry, from the config and the process environment.
import type { Config } from "../core/config/config-schema.js";

export interface ResolvedProvider {
  /** OpenAI-compatible base URL; null means OpenAI itself. */
  baseURL: string | null;
  /** The key, or undefined when the variable is unset or empty. Never logged. */
  apiKey: string | undefined;
  /** Name of the variable the key was read from, for messages. */
  apiKeyEnv: string;
}

/**
 * `provider.baseURL` wins, then `OPENAI_BASE_URL`, else OpenAI. The key comes only from the
 * variable the config names: silently falling back to another variable could spend on the wrong account.
 */
export function resolveProvider(
  config: Pick<Config["provider"], "baseURL" | "apiKeyEnv">,
  env: NodeJS.ProcessEnv,
): ResolvedProvider {
  const envBaseURL = env.OPENAI_BASE_URL?.trim();
  const apiKey = env[config.apiKeyEnv]?.trim();
  return {
    baseURL: config.baseURL ?? (envBaseURL ? envBaseURL : null),
    apiKey: apiKey ? apiKey : undefined,
    apiKeyEnv: config.apiKeyEnv,
  };
}

/** The message shown when the key is missing: says which variable and how to set it in each shell. */
export function describeMissingKey(apiKeyEnv: string): string {
  return (
    `no API key: the environment variable ${apiKeyEnv} is unset or empty. ` +
    `In GitHub Actions pass it from a secret (env: ${apiKeyEnv}: \${{ secrets.${apiKeyEnv} }}); ` +
    `locally export ${apiKeyEnv}=…; or set provider.apiKeyEnv in promptgate.yml to the variable that holds it. ` +
    "Use --dry-run or --offline to review without calls."
  );
}
