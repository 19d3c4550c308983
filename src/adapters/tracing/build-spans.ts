// Turns a review's (or eval run's) recording into one trace: a root span, a span per prompt version, a span per model call.
import {
  type Attributes,
  type Context,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  type Tracer,
  trace,
} from "@opentelemetry/api";
import type { CallTag } from "../../engine/engine-types.js";
import type { TracedCall, TracedSample } from "../../ports.js";
import { type AttributeOptions, callAttributes, evaluatorEvents } from "./call-attributes.js";
import type { TraceRecording } from "./trace-recorder.js";

/** What the trace is of (a review, an eval run): its root span and what each prompt version adds. */
export interface TraceRoot {
  name: string;
  attributes: Attributes;
  failed: boolean;
  /** Attributes of the span of one prompt version (its SHA, pass rate). */
  versionAttributes(path: string, version: "base" | "head"): Attributes;
}

/** Emits every span through `tracer` with the recorded times; returns how many it started. */
export function emitTraceSpans(
  tracer: Tracer,
  recording: TraceRecording,
  described: TraceRoot,
  options: AttributeOptions,
  endMs: number,
): number {
  const root = tracer.startSpan(
    described.name,
    { kind: SpanKind.INTERNAL, startTime: recording.startMs, attributes: described.attributes },
    ROOT_CONTEXT,
  );
  if (described.failed) root.setStatus({ code: SpanStatusCode.ERROR });
  const rootContext = trace.setSpan(ROOT_CONTEXT, root);
  const samples = new Map(recording.samples.map((s) => [sampleKey(s.tag), s]));
  let count = 1;
  for (const [key, calls] of groupByVersion(recording.calls)) {
    count += emitVersion(tracer, rootContext, key, calls, samples, described, options);
  }
  root.end(Math.max(endMs, recording.startMs));
  return count;
}

type SampleIndex = Map<string, TracedSample>;

function sampleKey(tag: CallTag): string {
  return [tag.path, tag.caseId, tag.version, tag.sample].join("\u0000");
}

/** Calls grouped by `path` + version, in first-call order; untagged calls belong to no version and are skipped. */
function groupByVersion(calls: readonly TracedCall[]): Map<string, TracedCall[]> {
  const groups = new Map<string, TracedCall[]>();
  for (const call of calls) {
    if (!call.tag) continue;
    const key = `${call.tag.version}\u0000${call.tag.path}`;
    const group = groups.get(key);
    if (group) group.push(call);
    else groups.set(key, [call]);
  }
  return groups;
}

function emitVersion(
  tracer: Tracer,
  parent: Context,
  key: string,
  calls: TracedCall[],
  samples: SampleIndex,
  described: TraceRoot,
  options: AttributeOptions,
): number {
  const [version, path] = key.split("\u0000") as ["base" | "head", string];
  const span = tracer.startSpan(
    `prompt ${version}`,
    {
      startTime: Math.min(...calls.map((c) => c.startMs)),
      attributes: {
        "promptgate.prompt.path": path,
        "promptgate.version": version,
        ...described.versionAttributes(path, version),
      },
    },
    parent,
  );
  const context = trace.setSpan(parent, span);
  for (const call of calls) emitCall(tracer, context, call, samples, options);
  span.end(Math.max(...calls.map((c) => c.endMs)));
  return 1 + calls.length;
}

function emitCall(
  tracer: Tracer,
  parent: Context,
  call: TracedCall,
  samples: SampleIndex,
  options: AttributeOptions,
): void {
  const span = tracer.startSpan(
    `chat ${call.request.model}`,
    { kind: SpanKind.CLIENT, startTime: call.startMs, attributes: callAttributes(call, options) },
    parent,
  );
  if (!call.outcome.ok)
    span.setStatus({ code: SpanStatusCode.ERROR, message: options.redact(call.outcome.error) });
  // A judge's call shares its sample's tag (plus the evaluator): the grade belongs on the sample's own call.
  const sample = call.tag && !call.tag.evaluator ? samples.get(sampleKey(call.tag)) : undefined;
  if (sample) {
    span.setAttribute("promptgate.sample.pass", sample.pass);
    for (const event of evaluatorEvents(sample, options))
      span.addEvent(event.name, event.attributes, call.endMs);
  }
  span.end(Math.max(call.endMs, call.startMs));
}
