// The engine's response-cache step: the key of a call, a usable cached answer, and storing a fresh one.
import { buildCacheKey } from "./cache-key.js";
import type { CallSpec, EngineOptions } from "./engine-types.js";
import type { ChatResponse } from "./model.js";

export interface CacheStep {
  /** The call's cache key (also its `custom_id` in a batch), whatever the cache mode. */
  keyOf(spec: CallSpec): string;
  /** A cached answer the call's validator accepts; undefined on a miss, an unreadable cache or mode `off`. */
  usableHit(key: string, spec: CallSpec): Promise<ChatResponse | undefined>;
  /** Stores a fresh answer when the mode is `use`; a failed write is reported once and never throws. */
  store(key: string, response: ChatResponse): Promise<void>;
}

export function createCacheStep(
  options: Pick<EngineOptions, "cache" | "cacheMode" | "model" | "onCacheWriteError">,
): CacheStep {
  let writeErrorReported = false;

  async function read(key: string): Promise<ChatResponse | undefined> {
    try {
      return await options.cache.get(key);
    } catch {
      return undefined; // An unreadable cache is a miss: the call is made again.
    }
  }

  return {
    keyOf: (spec) => buildCacheKey(options.model.endpoint, spec.request, spec.sample),
    async usableHit(key, spec) {
      const hit = options.cacheMode === "off" ? undefined : await read(key);
      return hit !== undefined && spec.validate?.(hit.text) === undefined ? hit : undefined;
    },
    async store(key, response) {
      if (options.cacheMode !== "use") return;
      // A cache that cannot be written (full disk, read-only dir) costs a re-run later, not this review.
      try {
        await options.cache.set(key, response);
      } catch (error) {
        // Said once, so a run of thousands of calls does not print thousands of lines.
        if (!writeErrorReported) options.onCacheWriteError?.(error);
        writeErrorReported = true;
      }
    },
  };
}
