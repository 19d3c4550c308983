// Exports one review's trace through the OpenTelemetry SDK: OTLP/HTTP (JSON) to a collector and/or OTLP JSON
// lines to a file, batched and flushed before returning. Loaded with a dynamic import, only when tracing is on.
import { appendFileSync } from "node:fs";
import { type ExportResult, ExportResultCode } from "@opentelemetry/core";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { JsonTraceSerializer } from "@opentelemetry/otlp-transformer";
import { resourceFromAttributes } from "@opentelemetry/resources";
import {
  BasicTracerProvider,
  BatchSpanProcessor,
  type ReadableSpan,
  type SpanExporter,
} from "@opentelemetry/sdk-trace-base";
import { emitTraceSpans, type TraceRoot } from "./build-spans.js";
import type { AttributeOptions } from "./call-attributes.js";
import { MAX_TRACE_RECORDS, type TraceRecording } from "./trace-recorder.js";

export interface TraceTargets {
  /** Full traces URL (`…/v1/traces`) and the headers to send. */
  otlp?: { url: string; headers: Record<string, string>; timeoutMs: number };
  /** File that receives one OTLP JSON `ExportTraceServiceRequest` per line. */
  file?: string;
}

export interface TraceExportResult {
  spans: number;
  /** Per target: spans that did not arrive, and the last error seen. */
  otlp?: { dropped: number; error?: string };
  file?: { dropped: number; error?: string };
}

export async function exportReviewTrace(
  recording: TraceRecording,
  root: TraceRoot,
  targets: TraceTargets,
  options: AttributeOptions,
): Promise<TraceExportResult> {
  const counted: Array<[keyof TraceTargets, CountingExporter]> = [];
  if (targets.otlp) {
    const { url, headers, timeoutMs } = targets.otlp;
    counted.push([
      "otlp",
      new CountingExporter(new OTLPTraceExporter({ url, headers, timeoutMillis: timeoutMs })),
    ]);
  }
  if (targets.file) counted.push(["file", new CountingExporter(new JsonLinesExporter(targets.file))]);
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ "service.name": "promptgate" }),
    spanProcessors: counted.map(
      ([, exporter]) =>
        // The whole trace is queued at once, so the queue holds a review's largest recording.
        new BatchSpanProcessor(exporter, {
          maxQueueSize: MAX_TRACE_RECORDS + 10_000,
          maxExportBatchSize: 512,
        }),
    ),
  });
  const spans = emitTraceSpans(provider.getTracer("promptgate"), recording, root, options, Date.now());
  try {
    await provider.shutdown();
  } catch (error) {
    for (const [, exporter] of counted) exporter.lastError ??= messageOf(error);
  }
  const result: TraceExportResult = { spans };
  for (const [target, exporter] of counted) {
    result[target] = {
      dropped: Math.max(0, spans - exporter.exported),
      ...(exporter.lastError ? { error: exporter.lastError } : {}),
    };
  }
  return result;
}

/** Counts the spans an exporter delivered, so a failed export becomes a number in a warning, not a throw. */
class CountingExporter implements SpanExporter {
  exported = 0;
  lastError: string | undefined;
  constructor(private readonly inner: SpanExporter) {}

  export(spans: ReadableSpan[], done: (result: ExportResult) => void): void {
    this.inner.export(spans, (result) => {
      if (result.code === ExportResultCode.SUCCESS) this.exported += spans.length;
      else this.lastError = messageOf(result.error ?? "export failed");
      done(result);
    });
  }
  shutdown(): Promise<void> {
    return this.inner.shutdown();
  }
  forceFlush(): Promise<void> {
    return this.inner.forceFlush?.() ?? Promise.resolve();
  }
}

/** OTLP JSON lines: each batch is one `ExportTraceServiceRequest` on its own line, as a collector's file exporter writes. */
class JsonLinesExporter implements SpanExporter {
  constructor(private readonly path: string) {}

  export(spans: ReadableSpan[], done: (result: ExportResult) => void): void {
    try {
      const body = JsonTraceSerializer.serializeRequest(spans);
      if (!body) throw new Error("the spans could not be serialised");
      appendFileSync(this.path, `${new TextDecoder().decode(body)}\n`);
      done({ code: ExportResultCode.SUCCESS });
    } catch (error) {
      done({
        code: ExportResultCode.FAILED,
        error: error instanceof Error ? error : new Error(String(error)),
      });
    }
  }
  async shutdown(): Promise<void> {}
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
