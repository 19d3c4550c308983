// The Model port's batch capability over the OpenAI SDK's files and batches methods (OpenAI's Batch API).
import type OpenAI from "openai";
import { toFile } from "openai";
import type { Batch } from "openai/resources/batches";
import type {
  ChatCompletion,
  ChatCompletionCreateParamsNonStreaming,
} from "openai/resources/chat/completions";
import {
  type BatchItem,
  type BatchResult,
  type ChatRequest,
  type ChatResponse,
  type ModelBatch,
  ModelError,
} from "../engine/model.js";
import { sleepUnlessAborted } from "../engine/sleep.js";
import { type ErrorContext, toModelError } from "./openai-error.js";

/** How a request becomes a body and a completion an answer: the synchronous adapter's own functions. */
export interface ChatCodec {
  buildBody: (request: ChatRequest) => ChatCompletionCreateParamsNonStreaming;
  parse: (completion: ChatCompletion, latencyMs: number) => ChatResponse;
}

/** Polling waits from `firstMs`, doubling up to `maxMs`: a 24-hour batch is not asked about every second. */
export interface BatchPolling {
  firstMs: number;
  maxMs: number;
}

export const defaultBatchPolling: BatchPolling = { firstMs: 2_000, maxMs: 60_000 };

const FINAL_STATUSES = new Set(["completed", "failed", "expired", "cancelled"]);

/** What the batch steps share: the SDK client, the codec, the polling pace, and errors mapped to ModelError. */
interface BatchApi {
  client: OpenAI;
  codec: ChatCodec;
  polling: BatchPolling;
  call: <T>(work: () => Promise<T>, signal: AbortSignal) => Promise<T>;
}

export function createOpenAIBatch(
  client: OpenAI,
  context: Omit<ErrorContext, "signal">,
  codec: ChatCodec,
  polling: BatchPolling = defaultBatchPolling,
): ModelBatch {
  const call = async <T>(work: () => Promise<T>, signal: AbortSignal): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw toModelError(error, { ...context, signal });
    }
  };
  const api: BatchApi = { client, codec, polling, call };
  return {
    async run(items, signal, onProgress) {
      const created = await submitBatch(api, items, signal);
      const batch = await pollBatch(api, created, signal, onProgress, items.length);
      return readBatchResults(api, batch, items, signal);
    },
  };
}

/** Uploads the requests as a JSONL file and creates the batch over it. */
async function submitBatch(
  { client, codec, call }: BatchApi,
  items: readonly BatchItem[],
  signal: AbortSignal,
) {
  const jsonl = buildBatchJsonl(items, codec.buildBody);
  const file = await call(
    async () =>
      client.files.create(
        { file: await toFile(Buffer.from(jsonl, "utf8"), "promptgate-batch.jsonl"), purpose: "batch" },
        { signal },
      ),
    signal,
  );
  // Not aborted mid-request: a batch created while we stopped listening would run, billed, with no one to cancel it.
  return call(
    () =>
      client.batches.create({
        input_file_id: file.id,
        endpoint: "/v1/chat/completions",
        completion_window: "24h",
      }),
    signal,
  );
}

/** Waits for the batch to end, reporting progress; cancels it on the provider's side when the run is cancelled. */
async function pollBatch(
  { client, polling, call }: BatchApi,
  first: Batch,
  signal: AbortSignal,
  onProgress: ((done: number, total: number) => void) | undefined,
  total: number,
): Promise<Batch> {
  let batch = first;
  let waitMs = polling.firstMs;
  while (!FINAL_STATUSES.has(batch.status)) {
    if (!signal.aborted) await sleepUnlessAborted(waitMs, signal);
    if (signal.aborted) {
      // A batch left running would still be billed for work nobody reads: cancel it before giving up.
      await client.batches.cancel(batch.id).catch(() => undefined);
      throw new ModelError("aborted", `batch ${batch.id} cancelled: the run was cancelled`);
    }
    batch = await call(() => client.batches.retrieve(batch.id), signal);
    const counts = batch.request_counts;
    if (counts) onProgress?.(counts.completed + counts.failed, counts.total || total);
    waitMs = Math.min(polling.maxMs, waitMs * 2);
  }
  return batch;
}

/** Every request's result from the ended batch's output and error files; one it never reached is a failure. */
async function readBatchResults(
  { client, codec, call }: BatchApi,
  batch: Batch,
  items: readonly BatchItem[],
  signal: AbortSignal,
): Promise<Map<string, BatchResult>> {
  const results = new Map<string, BatchResult>();
  for (const fileId of [batch.error_file_id, batch.output_file_id]) {
    if (!fileId) continue;
    const text = await call(async () => (await client.files.content(fileId, { signal })).text(), signal);
    for (const [id, result] of parseBatchOutput(text, codec.parse))
      if (!results.get(id)?.ok) results.set(id, result);
  }
  // Requests the batch never reached (it expired or was cancelled) are failures: retried one by one.
  for (const item of items) {
    if (!results.has(item.customId))
      results.set(item.customId, { ok: false, error: `not run by the batch (${batch.status})` });
  }
  return results;
}

/** One JSON line per request; `custom_id` is the call's cache key. */
export function buildBatchJsonl(items: readonly BatchItem[], buildBody: ChatCodec["buildBody"]): string {
  return items
    .map((item) =>
      JSON.stringify({
        custom_id: item.customId,
        method: "POST",
        url: "/v1/chat/completions",
        body: buildBody(item.request),
      }),
    )
    .join("\n");
}

interface OutputLine {
  custom_id?: unknown;
  response?: { status_code?: unknown; body?: unknown } | null;
  error?: { message?: unknown } | null;
}

/** The output and error files' lines, checked for the shape we need: each line's answer or why it has none. */
export function parseBatchOutput(text: string, parse: ChatCodec["parse"]): Map<string, BatchResult> {
  const results = new Map<string, BatchResult>();
  text.split("\n").forEach((raw, index) => {
    if (raw.trim() === "") return;
    let line: OutputLine;
    try {
      line = JSON.parse(raw) as OutputLine;
    } catch {
      return; // A line we cannot read has no custom_id to report against: its request is retried as missing.
    }
    if (typeof line.custom_id !== "string") return;
    const status = line.response?.status_code;
    if (status === 200 && line.response?.body && typeof line.response.body === "object") {
      try {
        results.set(line.custom_id, {
          ok: true,
          // Batch answers have no per-call latency: marked unknown so no latency figure counts them as 0 ms.
          response: { ...parse(line.response.body as ChatCompletion, 0), latencyMissing: true },
        });
        return;
      } catch (error) {
        results.set(line.custom_id, { ok: false, error: `line ${index + 1}: ${String(error)}` });
        return;
      }
    }
    const message = typeof line.error?.message === "string" ? line.error.message : `status ${String(status)}`;
    results.set(line.custom_id, { ok: false, error: message });
  });
  return results;
}
