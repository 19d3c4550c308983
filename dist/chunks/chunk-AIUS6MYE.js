import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);

// src/engine/cache.ts
var noCache = {
  get: async () => void 0,
  set: async () => {
  }
};

// src/adapters/provider-env.ts
function resolveProvider(config, env) {
  const envBaseURL = env.OPENAI_BASE_URL?.trim();
  const apiKey = env[config.apiKeyEnv]?.trim();
  return {
    baseURL: config.baseURL ?? (envBaseURL ? envBaseURL : null),
    apiKey: apiKey ? apiKey : void 0,
    apiKeyEnv: config.apiKeyEnv
  };
}
function describeMissingKey(apiKeyEnv) {
  return `no API key: the environment variable ${apiKeyEnv} is unset or empty. In GitHub Actions pass it from a secret (env: ${apiKeyEnv}: \${{ secrets.${apiKeyEnv} }}); locally export ${apiKeyEnv}=…; or set provider.apiKeyEnv in promptgate.yml to the variable that holds it. Use --dry-run or --offline to review without calls.`;
}

export {
  resolveProvider,
  describeMissingKey,
  noCache
};
