// The response cache across workflow runs: a file cache in RUNNER_TEMP, restored and saved with @actions/cache.

import type { Cache } from "../engine/cache.js";
import type { Logger } from "../ports.js";
import { createFileCache } from "./file-cache.js";

const KEY_PREFIX = "promptgate-responses-v1-";

export interface ActionResponseCache {
  /** The Cache port; the first lookup waits for the restore, so a review without calls restores nothing. */
  cache: Cache;
  /** Saves the directory under this run's key when the run stored new answers; never throws. */
  save(): Promise<void>;
}

export interface ResponseCacheOptions {
  /** Outside the workspace, so a checked-out pull request cannot plant answers in it. */
  dir: string;
  baseSha: string;
  headSha: string;
  logger: Logger;
  /** Applied to every answer before it is written: cache files leave the job as an artifact. */
  redact?: (text: string) => string;
}

/**
 * Keys name base and head: a re-run of the same commits hits exactly and makes no calls; a new push
 * falls back to the newest entry for the same base (its base-side answers are all still valid), then
 * to any entry. Cache entries are immutable, so an exact hit is not saved again.
 */
export function buildCacheKeys(baseSha: string, headSha: string): { key: string; restoreKeys: string[] } {
  return { key: `${KEY_PREFIX}${baseSha}-${headSha}`, restoreKeys: [`${KEY_PREFIX}${baseSha}-`, KEY_PREFIX] };
}

export function createActionResponseCache(options: ResponseCacheOptions): ActionResponseCache {
  const { dir, logger } = options;
  const files = createFileCache(dir, options.redact ? { redact: options.redact } : {});
  const { key, restoreKeys } = buildCacheKeys(options.baseSha, options.headSha);
  let restoring: Promise<string | undefined> | undefined;
  let stored = 0;
  const restored = () => {
    restoring ??= restoreDirectory(dir, key, restoreKeys, logger);
    return restoring;
  };
  return {
    cache: {
      async get(cacheKey) {
        await restored();
        return files.get(cacheKey);
      },
      async set(cacheKey, response) {
        await restored();
        stored++;
        await files.set(cacheKey, response);
      },
    },
    async save() {
      if (!restoring || stored === 0) return;
      if ((await restoring) === key) return;
      await saveDirectory(dir, key, logger);
    },
  };
}

async function restoreDirectory(dir: string, key: string, restoreKeys: string[], logger: Logger) {
  try {
    const cache = await import("@actions/cache");
    if (!cache.isFeatureAvailable()) {
      logger.info(
        `response cache: the Actions cache service is not available here; answers stay in ${dir} for this job`,
      );
      return undefined;
    }
    const hit = await cache.restoreCache([dir], key, restoreKeys);
    logger.info(hit ? `response cache: restored ${hit}` : "response cache: no earlier answers to restore");
    return hit;
  } catch (error) {
    logger.warn(`response cache: restore failed, continuing without it: ${(error as Error).message}`);
    return undefined;
  }
}

async function saveDirectory(dir: string, key: string, logger: Logger): Promise<void> {
  try {
    const cache = await import("@actions/cache");
    if (!cache.isFeatureAvailable()) return;
    await cache.saveCache([dir], key);
    logger.info(`response cache: saved ${key}`);
  } catch (error) {
    // A parallel run of the same commits may have saved the key first; the answers are the same.
    logger.warn(`response cache: not saved: ${(error as Error).message}`);
  }
}
