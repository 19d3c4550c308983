// Errors of single samples, grouped: one line per distinct cause with a count, the sample labels left out.
const SAMPLE_LABEL = /^.*?#\S+ (base|head) sample \d+( judge .*?)?: /;

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
