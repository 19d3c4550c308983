// Batch bench: 10,000 calls through the provider's Batch API vs one at a time, on the loopback fake provider.
//
// What the synchronous fake models: a hosted model that answers each call in 100 ms (optimistic: real ones
// take 0.5–5 s) behind a rate limit of 32 requests in flight per key (more get a 429). That limit, not the
// runner, bounds synchronous mode: at best 32 / 0.1 s = 320 calls per second.
// What the batch fake models: the Files and Batches API with a provider that finishes the batch by the first
// poll. A real provider queues a batch for minutes to hours (within its 24 h window), so the batch figures are
// promptgate's own side — JSONL build, upload, polling, download, parsing, feeding the engine — not the
// provider's turnaround; what batch mode buys is a separate, larger quota and half the price.
import { fileURLToPath } from "node:url";
import { createOpenAIModel } from "../src/adapters/openai-model.js";
import { createMemoryCache } from "../src/engine/cache.js";
import { createEngine } from "../src/engine/engine.js";
import type { CallOutcome, CallSpec, Engine } from "../src/engine/engine-types.js";
import type { Model } from "../src/engine/model.js";
import { type RemoteServerOptions, startRemoteFakeServer } from "./fake-server-process.js";
import { type BenchSection, formatNumber, formatSection } from "./report.js";

const CALLS = 10_000;
const SYNC_LATENCY_MS = 100;
const SYNC_CAP = 32;
const SYNC_IDEAL_CALLS_PER_SECOND = (SYNC_CAP / SYNC_LATENCY_MS) * 1000;
/** Scaled down from the adapter's 2 s first poll, so the fake's instant batch is not hidden behind the wait. */
const POLLING = { firstMs: 100, maxMs: 1_000 };

interface ModeFigures {
  seconds: number;
  callsPerSecond: number;
  failed: number;
  /** Calls the provider answered one at a time. */
  synchronousCalls: number;
  batchedCalls: number;
}

export interface BatchBenchFigures {
  sync: ModeFigures;
  batch: ModeFigures;
  sections: BenchSection[];
}

function specOf(index: number): CallSpec {
  return {
    label: `bench#${index}`,
    sample: 0,
    request: {
      model: "gpt-4o-mini",
      messages: [
        { role: "system", content: "You are a support assistant. Answer in one short sentence." },
        { role: "user", content: `Ticket ${index}: how do I reset the password of my account?` },
      ],
      temperature: 0.7,
    },
  };
}

function buildEngine(model: Model, batch: boolean): Engine {
  return createEngine({
    model,
    cache: createMemoryCache(),
    cacheMode: "use",
    concurrency: SYNC_CAP,
    maxRetries: 6,
    timeoutMs: 60_000,
    budget: { maxCalls: null, maxCostUsd: null },
    priceOf: () => ({ input: 0.15, output: 0.6 }),
    batch,
    // A batch that cannot run would quietly turn this into a second synchronous run: say so instead.
    onBatchError: (error) => console.error(`batch could not run: ${String(error)}`),
  });
}

/** Runs all calls as a review's look does: prefetched as one batch (a no-op in synchronous mode), then called. */
async function runMode(batch: boolean, calls: number): Promise<ModeFigures> {
  const options: RemoteServerOptions = {
    latencyMs: SYNC_LATENCY_MS,
    maxConcurrent: SYNC_CAP,
    ...(batch ? { batch: { mode: "run" } } : {}),
  };
  const server = await startRemoteFakeServer(options);
  try {
    const model = createOpenAIModel({ baseURL: server.url, apiKey: "sk-bench", batchPolling: POLLING });
    const engine = buildEngine(model, batch);
    const specs = Array.from({ length: calls }, (_, i) => specOf(i));
    const started = performance.now();
    await engine.prefetch?.(specs);
    const outcomes: CallOutcome[] = await Promise.all(specs.map((spec) => engine.call(spec)));
    const seconds = (performance.now() - started) / 1000;
    const { received } = await server.counters();
    return {
      seconds,
      callsPerSecond: calls / seconds,
      failed: outcomes.filter((outcome) => !outcome.ok).length,
      synchronousCalls: received,
      batchedCalls: engine.stats().batchedCalls ?? 0,
    };
  } finally {
    await server.close();
  }
}

/** `calls` is smaller only in the bench's own test, which checks the section runs and what it reports. */
export async function runBatchBench(calls = CALLS): Promise<BatchBenchFigures> {
  const sync = await runMode(false, calls);
  const batch = await runMode(true, calls);
  const int = (n: number) => formatNumber(n, 0);
  const section: BenchSection = {
    title: `Batch API vs synchronous, ${int(calls)} calls (sync: ${SYNC_LATENCY_MS} ms per call, ${SYNC_CAP} in flight)`,
    rows: [
      { metric: "sync wall time", value: `${formatNumber(sync.seconds)} s` },
      {
        metric: "sync calls per second",
        value: `${formatNumber(sync.callsPerSecond)} (ideal ${int(SYNC_IDEAL_CALLS_PER_SECOND)})`,
      },
      { metric: "sync failed calls", value: int(sync.failed), target: "0", pass: sync.failed === 0 },
      { metric: "batch wall time", value: `${formatNumber(batch.seconds)} s` },
      { metric: "batch calls per second", value: formatNumber(batch.callsPerSecond) },
      {
        metric: "batch answered by the batch",
        value: int(batch.batchedCalls),
        target: `${int(calls)}, none one at a time`,
        pass: batch.batchedCalls === calls && batch.synchronousCalls === 0 && batch.failed === 0,
      },
      {
        metric: "sync / batch wall time (provider queue excluded)",
        value: `${formatNumber(sync.seconds / batch.seconds)}×`,
        target: "> 1×",
        pass: batch.seconds < sync.seconds,
      },
    ],
  };
  console.log(formatSection(section));
  return { sync, batch, sections: [section] };
}

// `node --import tsx bench/batch-bench.ts` runs this section alone.
if (process.argv[1] === fileURLToPath(import.meta.url)) await runBatchBench();
