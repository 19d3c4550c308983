// Webhook deliveries already handled, by `x-github-delivery` id, so a replayed signed delivery runs nothing twice.
import type { DeliveryLog } from "../ports.js";

/** Deliveries remembered in-process; GitHub retries and replays come within minutes, not 10,000 events later. */
export const DEFAULT_DELIVERY_CAPACITY = 10_000;

/**
 * The last `capacity` delivery ids, least recently seen evicted first: memory stays bounded whatever is sent.
 * A Map keeps insertion order, so its first key is the oldest.
 */
export function createMemoryDeliveryLog(capacity = DEFAULT_DELIVERY_CAPACITY): DeliveryLog {
  if (!Number.isInteger(capacity) || capacity < 1) throw new Error("delivery log capacity must be ≥ 1");
  const seen = new Map<string, true>();
  return {
    async claim(id) {
      if (seen.has(id)) {
        seen.delete(id);
        seen.set(id, true);
        return false;
      }
      seen.set(id, true);
      if (seen.size > capacity) seen.delete(seen.keys().next().value!);
      return true;
    },
    async release(id) {
      seen.delete(id);
    },
  };
}
