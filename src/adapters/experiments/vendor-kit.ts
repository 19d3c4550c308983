// Small helpers both experiment adapters share: bounded parallel requests, answer checks, run names.
import pLimit from "p-limit";

/** Requests in flight at once against a vendor: fast enough for an eval set, gentle on its rate limits. */
const VENDOR_CONCURRENCY = 4;

/** Runs `task` for every item with bounded concurrency; results in input order; the first failure rejects. */
export async function runLimited<T, R>(items: readonly T[], task: (item: T) => Promise<R>): Promise<R[]> {
  const limit = pLimit(VENDOR_CONCURRENCY);
  return Promise.all(items.map((item) => limit(() => task(item))));
}

export function inBatches<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size));
  return batches;
}

/** An id from a vendor's answer, checked at the edge: a missing one is an error that says which answer. */
export function requireId(value: unknown, missing: string): string {
  if (typeof value !== "string" || value === "") throw new Error(missing);
  return value;
}

/** `base 1a2b3c4`: how a version's run is named in the tool. */
export function versionLabel(version: "base" | "head", sha: string): string {
  return `${version} ${sha.slice(0, 7)}`;
}

/** The HTTP status a vendor SDK's error carries (`statusCode` in Langfuse's, `status` in LangSmith's). */
export function statusOf(error: unknown): number | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const { statusCode, status } = error as { statusCode?: unknown; status?: unknown };
  const value = statusCode ?? status;
  return typeof value === "number" ? value : undefined;
}
