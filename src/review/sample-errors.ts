// Errors of single samples, grouped: one line per distinct cause with a count, the sample labels left out.
import { describeCaseRow } from "../core/prompt-file/case-id.js";

const SAMPLE_LABEL = /^.*?#\S+ (base|head) sample \d+( judge .*?)?: /;
/** The engine's message for an `--offline` cache miss (`engine.ts`): the sample was never sent. */
const OFFLINE_MISS = /^no cached response for .* \(offline mode\)$/;

export interface SampleError {
  error?: string;
  notRun?: boolean;
}

/** `"3 samples failed: 401 from provider: …"`, in order of first appearance. */
export function summarizeSampleErrors(samples: Iterable<SampleError>): string[] {
  const counts = new Map<string, number>();
  for (const sample of samples) {
    if (!sample.error || sample.notRun) continue;
    const message = sample.error.replace(SAMPLE_LABEL, "");
    counts.set(message, (counts.get(message) ?? 0) + 1);
  }
  return [...counts].map(([message, n]) => `${n} ${n === 1 ? "sample" : "samples"} failed: ${message}`);
}

export interface CaseSamples {
  id: string;
  index: number;
  outputs: SampleError[];
}

/**
 * `--offline` misses name the cases they hit and what to do: a miss is never sent, so without this line a
 * review that answered nothing would say only that nothing could be graded.
 */
export function describeOfflineMisses(cases: CaseSamples[]): string | undefined {
  const missed = cases
    .map((c) => ({ row: describeCaseRow(c), n: c.outputs.filter(isOfflineMiss).length }))
    .filter((c) => c.n > 0);
  if (missed.length === 0) return undefined;
  const samples = missed.reduce((sum, c) => sum + c.n, 0);
  const named = missed.slice(0, 5).map((c) => c.row);
  const more = missed.length > named.length ? ` and ${missed.length - named.length} more` : "";
  return (
    `${samples} ${samples === 1 ? "sample has" : "samples have"} no cached answer (--offline): ` +
    `${missed.length === 1 ? "case" : "cases"} ${named.join(", ")}${more}. ` +
    "Run once without --offline to record them, or point --cache-dir at the cache that holds them."
  );
}

function isOfflineMiss(sample: SampleError): boolean {
  return sample.notRun === true && sample.error !== undefined && OFFLINE_MISS.test(sample.error);
}
