// The Cache port: content-addressed store of model responses. Adapters implement it (files, memory).
import type { ChatResponse } from "./model.js";

export interface Cache {
  get(key: string): Promise<ChatResponse | undefined>;
  set(key: string, response: ChatResponse): Promise<void>;
}

/** A cache that forgets everything; for `--no-cache`. */
export const noCache: Cache = {
  get: async () => undefined,
  set: async () => {},
};

/** In-memory cache for tests and for one process's lifetime. */
export function createMemoryCache(): Cache & { size(): number } {
  const entries = new Map<string, ChatResponse>();
  return {
    get: async (key) => entries.get(key),
    set: async (key, response) => {
      entries.set(key, response);
    },
    size: () => entries.size,
  };
}
