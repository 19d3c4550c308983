// A local HTTP server on 127.0.0.1 that records every request (method, path, query, headers, decoded body)
// and answers through a handler: the peer the experiment adapters talk to in tests.
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** JSON bodies parsed; multipart bodies as `{ part name: parsed JSON part }`; otherwise undefined. */
  body: unknown;
}

export interface Answer {
  status: number;
  body?: unknown;
}

export interface RecordingServer {
  url: string;
  requests: RecordedRequest[];
  /** Answer every request with this status from now on (undefined: back to the handler). */
  failWith(status: number | undefined): void;
  close(): Promise<void>;
}

export async function startRecordingServer(
  handler: (request: RecordedRequest) => Answer,
): Promise<RecordingServer> {
  const requests: RecordedRequest[] = [];
  let failure: number | undefined;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", async () => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const request: RecordedRequest = {
        method: req.method ?? "GET",
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body: await decodeBody(req.headers, Buffer.concat(chunks)),
      };
      requests.push(request);
      const answer = failure ? { status: failure, body: { message: "fake failure" } } : handler(request);
      res.writeHead(answer.status, { "content-type": "application/json" });
      res.end(answer.body === undefined ? "" : JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    failWith: (status) => {
      failure = status;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function decodeBody(headers: IncomingHttpHeaders, raw: Buffer): Promise<unknown> {
  const type = headers["content-type"] ?? "";
  if (raw.length === 0) return undefined;
  if (type.includes("json")) return JSON.parse(raw.toString("utf8"));
  if (type.includes("multipart/form-data")) {
    // The platform's own multipart parser, as a server would decode the SDK's FormData.
    const form = await new Request("http://127.0.0.1/", {
      method: "POST",
      headers: { "content-type": type },
      body: raw,
    }).formData();
    const parts: Record<string, unknown> = {};
    for (const [name, value] of form)
      parts[name] = JSON.parse(typeof value === "string" ? value : await value.text());
    return parts;
  }
  return raw.toString("utf8");
}
