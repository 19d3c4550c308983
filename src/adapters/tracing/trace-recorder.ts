// Records a review's calls and graded samples in memory; spans are built from it once the verdict is known.
import type { TracedCall, TracedSample, Tracer } from "../../ports.js";

/** More records than a review can hold under the largest budget; past it, records are counted, not kept. */
export const MAX_TRACE_RECORDS = 50_000;

export interface TraceRecording {
  readonly startMs: number;
  readonly calls: readonly TracedCall[];
  readonly samples: readonly TracedSample[];
  /** Records not kept because the recording was full. */
  readonly overflow: number;
}

export interface TraceRecorder extends Tracer {
  recording(): TraceRecording;
}

export function createTraceRecorder(now: () => number = Date.now): TraceRecorder {
  const startMs = now();
  const calls: TracedCall[] = [];
  const samples: TracedSample[] = [];
  let overflow = 0;
  const full = () => calls.length + samples.length >= MAX_TRACE_RECORDS;
  return {
    recordCall(call) {
      if (full()) overflow += 1;
      else calls.push(call);
    },
    recordSample(sample) {
      if (full()) overflow += 1;
      else samples.push(sample);
    },
    recording: () => ({ startMs, calls, samples, overflow }),
  };
}
