// A local OTLP/HTTP receiver on 127.0.0.1: records each export's path, headers and decoded JSON body.
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export interface OtlpAttribute {
  key: string;
  value: Record<string, unknown>;
}

export interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: OtlpAttribute[];
  events?: Array<{ name: string; attributes: OtlpAttribute[] }>;
  status?: { code?: number; message?: string };
}

export interface OtlpExport {
  path: string;
  headers: IncomingHttpHeaders;
  raw: string;
  spans: OtlpSpan[];
}

export interface OtlpReceiver {
  url: string;
  exports: OtlpExport[];
  spans(): OtlpSpan[];
  close(): Promise<void>;
}

/** Spans of one `ExportTraceServiceRequest` in OTLP JSON. */
export function spansOf(body: unknown): OtlpSpan[] {
  const request = body as { resourceSpans?: Array<{ scopeSpans?: Array<{ spans?: OtlpSpan[] }> }> };
  return (request.resourceSpans ?? []).flatMap((r) => (r.scopeSpans ?? []).flatMap((s) => s.spans ?? []));
}

/** An attribute's plain value (string, number, boolean or array of them). */
export function attr(span: { attributes: OtlpAttribute[] }, key: string): unknown {
  const found = span.attributes.find((a) => a.key === key);
  return found ? plain(found.value) : undefined;
}

function plain(value: Record<string, unknown>): unknown {
  if ("stringValue" in value) return value.stringValue;
  if ("intValue" in value) return Number(value.intValue);
  if ("doubleValue" in value) return Number(value.doubleValue);
  if ("boolValue" in value) return value.boolValue;
  if ("arrayValue" in value) {
    const values = (value.arrayValue as { values?: Array<Record<string, unknown>> }).values ?? [];
    return values.map(plain);
  }
  return undefined;
}

export async function startOtlpReceiver(): Promise<OtlpReceiver> {
  const exports: OtlpExport[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      const json = req.headers["content-type"]?.includes("json") ? JSON.parse(raw) : {};
      exports.push({ path: req.url ?? "", headers: req.headers, raw, spans: spansOf(json) });
      res.writeHead(200, { "content-type": "application/json" });
      res.end("{}");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    exports,
    spans: () => exports.flatMap((e) => e.spans),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
