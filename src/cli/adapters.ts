// Builds the CLI's adapters: local git, the file response cache, the OpenAI-compatible model.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { createFileCache, findCacheDirProblem } from "../adapters/file-cache.js";
import { createOpenAIModel } from "../adapters/openai-model.js";
import { describeMissingKey, resolveProvider } from "../adapters/provider-env.js";
import type { Config } from "../core/config/config-schema.js";
import { InputError } from "../core/diagnostics.js";
import { type Cache, noCache } from "../engine/cache.js";
import type { CacheMode } from "../engine/engine-types.js";
import type { Model } from "../engine/model.js";
import type { Logger } from "../ports.js";
import { UsageError } from "./args.js";

export interface CacheFlags {
  offline: boolean;
  noCache: boolean;
  cacheDir?: string;
}

export function cacheModeOf(flags: CacheFlags): CacheMode {
  if (flags.offline && flags.noCache)
    throw new UsageError("--offline answers from the cache: drop --no-cache");
  return flags.offline ? "offline" : flags.noCache ? "off" : "use";
}

/** A cache folder that cannot be one (a file) turns the cache off with a warning instead of missing silently. */
export function cacheFactory(repoDir: string, flags: CacheFlags, logger: Logger): (config: Config) => Cache {
  return (config) => {
    if (flags.noCache) return noCache;
    const dir = resolve(repoDir, flags.cacheDir ?? config.cacheDir);
    const problem = findCacheDirProblem(dir);
    if (problem === undefined) return createFileCache(dir);
    const source = flags.cacheDir === undefined ? "cacheDir in promptgate.yml" : "--cache-dir";
    logger.warn(
      `the response cache is off for this run: ${problem} (${source}). ` +
        "Every answer is asked of the model again and none is kept; point it at a folder.",
    );
    return noCache;
  };
}

/** Offline runs never call the model, but the endpoint still keys the cache, so the client is built the same way. */
export function modelFactory(offline: boolean): (config: Config) => Model {
  return (config) => {
    const provider = resolveProvider(config.provider, process.env);
    if (!provider.apiKey && !offline)
      throw new InputError({ file: "(environment)", message: describeMissingKey(provider.apiKeyEnv) });
    return createOpenAIModel({
      baseURL: provider.baseURL,
      apiKey: provider.apiKey ?? "offline",
      apiKeyEnv: provider.apiKeyEnv,
    });
  };
}

/** `--config FILE`: a file on disk wins; otherwise the path is read in the repository at base. */
export function readConfigOverride(
  repoDir: string,
  path: string | undefined,
): { path: string; text: string } | undefined {
  if (!path) return undefined;
  const onDisk = resolve(repoDir, path);
  if (existsSync(onDisk)) return { path, text: readFileSync(onDisk, "utf8") };
  return undefined;
}
