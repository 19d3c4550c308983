// The Files and Batches API of the loopback OpenAI-compatible server: uploads, batches that run when polled.
import type { IncomingMessage, ServerResponse } from "node:http";

export interface FakeBatchOptions {
  /**
   * How a batch moves when it is polled: `run` answers `linesPerPoll` lines per poll until done; `hold` never
   * moves (for cancellation); `expire` answers `linesPerPoll` lines on the first poll, then expires.
   */
  mode?: "run" | "hold" | "expire";
  /** Lines answered per poll (default: all of them). */
  linesPerPoll?: number;
}

/** What the fake Batch API saw, for tests. */
export interface FakeBatchState {
  /** Batches created, with the number of request lines each held. */
  submitted: number[];
  /** Ids of the batches cancelled. */
  cancelled: string[];
  /** `custom_id`s of every line submitted, in order. */
  customIds: string[];
  /** Times a batch was polled. */
  polls: number;
}

interface FakeBatch {
  id: string;
  status: string;
  lines: Array<{ custom_id: string; body: unknown }>;
  done: string[];
  outputFileId: string | null;
}

type Send = (res: ServerResponse, status: number, body: unknown) => void;
/** The server's own answer to one chat completion body. */
type Complete = (body: unknown) => Promise<unknown>;

export function createFakeBatchApi(options: FakeBatchOptions, complete: Complete, send: Send) {
  const state: FakeBatchState = { submitted: [], cancelled: [], customIds: [], polls: 0 };
  const files = new Map<string, string>();
  const batches = new Map<string, FakeBatch>();
  let next = 0;

  const view = (batch: FakeBatch) => ({
    id: batch.id,
    object: "batch",
    endpoint: "/v1/chat/completions",
    completion_window: "24h",
    status: batch.status,
    output_file_id: batch.outputFileId,
    error_file_id: null,
    created_at: 0,
    request_counts: { total: batch.lines.length, completed: batch.done.length, failed: 0 },
  });

  async function advance(batch: FakeBatch): Promise<void> {
    const mode = options.mode ?? "run";
    if (mode === "hold" || batch.status !== "in_progress") return;
    const step = options.linesPerPoll ?? batch.lines.length;
    for (const line of batch.lines.slice(batch.done.length, batch.done.length + step)) {
      const answer = await complete(line.body);
      batch.done.push(
        JSON.stringify({ custom_id: line.custom_id, response: { status_code: 200, body: answer } }),
      );
    }
    if (mode === "expire" || batch.done.length === batch.lines.length) {
      batch.status = mode === "expire" && batch.done.length < batch.lines.length ? "expired" : "completed";
      next += 1;
      batch.outputFileId = `file-out${next}`;
      files.set(batch.outputFileId, batch.done.join("\n"));
    }
  }

  async function upload(req: IncomingMessage, text: string, res: ServerResponse) {
    const headers = { "content-type": String(req.headers["content-type"]) };
    const form = await new Request("http://fake/", { method: "POST", headers, body: text }).formData();
    const file = form.get("file");
    if (!(file instanceof Blob) || form.get("purpose") !== "batch")
      return send(res, 400, { error: "bad upload" });
    next += 1;
    const id = `file-in${next}`;
    files.set(id, await file.text());
    send(res, 200, {
      id,
      object: "file",
      bytes: file.size,
      created_at: 0,
      filename: "in.jsonl",
      purpose: "batch",
    });
  }

  function create(text: string, res: ServerResponse) {
    const body = JSON.parse(text) as { input_file_id: string; endpoint: string; completion_window: string };
    const input = files.get(body.input_file_id);
    if (input === undefined || body.endpoint !== "/v1/chat/completions" || body.completion_window !== "24h")
      return send(res, 400, { error: "bad batch" });
    const lines = input.split("\n").map((line) => JSON.parse(line) as FakeBatch["lines"][number]);
    next += 1;
    const batch: FakeBatch = {
      id: `batch_${next}`,
      status: "in_progress",
      lines,
      done: [],
      outputFileId: null,
    };
    batches.set(batch.id, batch);
    state.submitted.push(lines.length);
    state.customIds.push(...lines.map((line) => line.custom_id));
    send(res, 200, view(batch));
  }

  /** Answers a Files or Batches route; false when the path is not one. */
  async function handle(req: IncomingMessage, path: string, text: string, res: ServerResponse) {
    const route = path.replace(/^\/v1/, "");
    const batchId = /^\/batches\/([^/]+)/.exec(route)?.[1];
    const batch = batchId === undefined ? undefined : batches.get(batchId);
    const content = /^\/files\/([^/]+)\/content$/.exec(route)?.[1];
    if (req.method === "POST" && route === "/files") await upload(req, text, res);
    else if (req.method === "POST" && route === "/batches") create(text, res);
    else if (req.method === "GET" && content !== undefined && files.has(content)) res.end(files.get(content));
    else if (batch && req.method === "POST" && route.endsWith("/cancel")) {
      batch.status = "cancelled";
      state.cancelled.push(batch.id);
      send(res, 200, view(batch));
    } else if (batch && req.method === "GET") {
      state.polls += 1;
      await advance(batch);
      send(res, 200, view(batch));
    } else return false;
    return true;
  }

  return { state, handle };
}
