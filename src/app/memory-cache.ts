// The app's default response cache: in memory, bounded, shared by every review of the process.
import type { Cache } from "../engine/cache.js";
import type { ChatResponse } from "../engine/model.js";

/** About 10,000 short answers: tens of megabytes at most. */
export const DEFAULT_MAX_CACHE_ENTRIES = 10_000;

/** Oldest-written entries go first once full; a re-review (rerun, accept) of the same head hits. */
export function createBoundedMemoryCache(maxEntries = DEFAULT_MAX_CACHE_ENTRIES): Cache {
  const entries = new Map<string, ChatResponse>();
  return {
    get: async (key) => entries.get(key),
    set: async (key, response) => {
      entries.delete(key);
      entries.set(key, response);
      while (entries.size > maxEntries) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
    },
  };
}
