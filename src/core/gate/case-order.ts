// The seeded order in which a review asks its cases, so a re-run asks the same questions and hits the cache.

import { seedFromString } from "../../../test/support/random.js";

/** murmur3's finaliser: FNV-1a alone leaves ids that differ in their last character close together. */
function mix(hash: number): number {
  let h = hash;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Orders case ids by a hash of (seed, id): the same seed gives the same order on every run, and
 * adding or removing a row leaves the other cases in the same relative order, so the answers
 * already cached for them still sit at the front. Equal ids keep their input order.
 */
export function orderCases(caseIds: string[], seed: string): string[] {
  const keyed = caseIds.map((id, index) => ({ id, index, key: mix(seedFromString(`${seed}\u0000${id}`)) }));
  keyed.sort((a, b) => a.key - b.key || (a.id < b.id ? -1 : a.id > b.id ? 1 : a.index - b.index));
  return keyed.map((entry) => entry.id);
}
