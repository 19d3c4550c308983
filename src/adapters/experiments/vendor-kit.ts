// Small helpers both experiment adapters share: bounded parallel requests, answer checks, run names, and how a
// case's answer is sent.
import pLimit from "p-limit";
import { shortSha } from "../../core/format/ids.js";
import type { ExperimentAnswer } from "../../core/report/experiment.js";

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
  return `${version} ${shortSha(sha)}`;
}

/** A case's output as sent to a vendor: the one answer, or the list when the case was sampled more than once. */
export function answerOutput(answer: ExperimentAnswer): string | string[] | undefined {
  return answer.outputs.length === 1 ? answer.outputs[0] : answer.outputs;
}

/** The pass-rate score's comment: one line per failed evaluator with its reason; none when nothing failed. */
export function failureComment(answer: ExperimentAnswer): { comment?: string } {
  if (answer.failed.length === 0) return {};
  return { comment: answer.failed.map((f) => `${f.evaluator}: ${f.reason}`).join("\n") };
}

/** The HTTP status a vendor SDK's error carries (`statusCode` in Langfuse's, `status` in LangSmith's). */
export function statusOf(error: unknown): number | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const { statusCode, status } = error as { statusCode?: unknown; status?: unknown };
  const value = statusCode ?? status;
  return typeof value === "number" ? value : undefined;
}
