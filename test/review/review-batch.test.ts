// Reviews through the provider's Batch API on the loopback server: one batch per look, batch prices, re-runs,
// cancellation and expired batches, compared with the same review made one call at a time.
import { afterEach, describe, expect, it } from "vitest";
import { createGitRepoReader } from "../../src/adapters/git-repo.js";
import { createOpenAIModel } from "../../src/adapters/openai-model.js";
import type { ReviewReport } from "../../src/core/report/report.js";
import { type Cache, createMemoryCache } from "../../src/engine/cache.js";
import { renderStatsTable } from "../../src/render/markdown-sections.js";
import { review } from "../../src/review/index.js";
import type { FakeBatchOptions } from "../support/fake-batch-api.js";
import { contentText, type FakeOpenAIServer, startFakeOpenAIServer } from "../support/fake-openai-server.js";
import { createGitFixture } from "../support/git-fixture.js";
import { pricingConfig } from "../support/review-harness.js";

const ROWS = 150;

/** 150 cities; the bot repeats the city unless the system prompt says `forget 37` (cities ending in 3 or 7). */
function cityPrompt(system: string, count = ROWS): string {
  const rows = Array.from({ length: count }, (_, i) => `  - city: City${i + 1}`).join("\n");
  return `name: Cities
model: gpt-4o-mini
messages:
  - role: system
    content: ${system}
  - role: user
    content: "{{city}}"
testData:
${rows}
evaluators:
  - name: names the city
    string:
      contains: "{{city}}"
`;
}

function answerCity(body: { messages: Array<{ content: unknown }> }): string {
  const system = contentText((body.messages[0]?.content ?? "") as string);
  const city = contentText((body.messages.at(-1)?.content ?? "") as string);
  const forget = /forget (\d+)/.exec(system)?.[1] ?? "";
  return forget.includes(city.at(-1)!) ? "The answer is unknown." : `The city is ${city}.`;
}

const servers: FakeOpenAIServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function startServer(batch: FakeBatchOptions = {}): Promise<FakeOpenAIServer> {
  const server = await startFakeOpenAIServer({ respond: answerCity, batch });
  servers.push(server);
  return server;
}

/** A repo whose base config sets `provider` as given, and a change from one system prompt to another. */
async function repoChanging(provider: string, from: string, to: string, rows = ROWS): Promise<string> {
  const repo = createGitFixture();
  repo.write("promptgate.yml", `${pricingConfig}provider: ${provider}\n`);
  repo.write("prompts/cities.prompt.yml", cityPrompt(from, rows));
  await repo.commit("base");
  repo.git("checkout", "-q", "-b", "change");
  repo.write("prompts/cities.prompt.yml", cityPrompt(to, rows));
  await repo.commit("change");
  return repo.dir;
}

interface Run {
  report: ReviewReport;
  lines: string[];
}

async function runReview(dir: string, url: string, cache: Cache, signal?: AbortSignal): Promise<Run> {
  const lines: string[] = [];
  const logger = { info: (m: string) => lines.push(m), warn: (m: string) => lines.push(m), debug() {} };
  const report = await review(
    {
      repo: createGitRepoReader(dir),
      logger,
      createModel: () =>
        createOpenAIModel({ baseURL: url, apiKey: "test-key", batchPolling: { firstMs: 1, maxMs: 4 } }),
      createCache: () => cache,
      cacheMode: "use",
      ...(signal ? { signal } : {}),
    },
    { base: "main", head: "HEAD", dryRun: false },
  );
  return { report, lines };
}

const BATCHED = "{batch: auto, batchThreshold: 10}";
const harmless = ["Repeat the city name.", "Repeat the city's name."] as const;
// A 10% drop: too close to the margin to settle at the first look.
const slightDrop = ["Repeat the city name.", "Repeat the city name, forget 7"] as const;

describe("a review through the Batch API", () => {
  it("submits one batch per look, reaches the synchronous verdict at half the price, and a re-run submits nothing", async () => {
    const syncServer = await startServer();
    const sync = await runReview(
      await repoChanging("{batch: never}", ...slightDrop),
      syncServer.url,
      createMemoryCache(),
    );
    expect(syncServer.batches!.submitted).toEqual([]);

    const server = await startServer({ linesPerPoll: 20 });
    const dir = await repoChanging(BATCHED, ...slightDrop);
    const cache = createMemoryCache();
    const { report, lines } = await runReview(dir, server.url, cache);
    const sequential = report.prompts[0]!.sequential!;
    expect(report.verdict).toBe(sync.report.verdict);
    expect(sequential).toEqual(sync.report.prompts[0]!.sequential);
    // Stopped before the last look: the looks not taken were never submitted.
    expect(sequential.looksUsed).toBeGreaterThan(1);
    expect(sequential.cases).toBeLessThan(ROWS);
    // One batch per look, each holding that look's new cases on both sides; no call made one at a time.
    const looks = sequential.plannedLooks.slice(0, sequential.looksUsed);
    expect(server.batches!.submitted).toEqual(looks.map((cases, i) => 2 * (cases - (looks[i - 1] ?? 0))));
    expect(server.received).toBe(0);
    expect(report.calls).toEqual(sync.report.calls);
    expect(report.costUsd).toBeGreaterThan(0);
    expect(report.costUsd).toBeCloseTo(sync.report.costUsd / 2, 10);
    expect(lines).toContain("batch 20 / 60 done");
    expect(lines.some((line) => /^batch 60 \/ 60 done$/.test(line))).toBe(true);

    const again = await runReview(dir, server.url, cache);
    expect(server.batches!.submitted).toHaveLength(looks.length);
    expect(server.received).toBe(0);
    expect(again.report.calls.cached).toBe(again.report.calls.total);
    expect(again.report.verdict).toBe(report.verdict);
  });

  it("stays synchronous under the threshold in auto mode", async () => {
    const server = await startServer();
    const dir = await repoChanging("{batch: auto, batchThreshold: 2000}", ...harmless);
    const { report } = await runReview(dir, server.url, createMemoryCache());
    expect(server.batches!.submitted).toEqual([]);
    expect(server.received).toBe(report.calls.total);
  });

  it("batches under the threshold when the base config says always", async () => {
    const server = await startServer();
    const dir = await repoChanging("{batch: always, batchThreshold: 2000}", ...harmless);
    const { report } = await runReview(dir, server.url, createMemoryCache());
    expect(server.batches!.submitted).toEqual([2 * report.prompts[0]!.sequential!.cases]);
    expect(server.received).toBe(0);
  });

  it("reads batch answers' latency as unknown, not 0 ms: no percentiles, no latency test, `unknown` in the table", async () => {
    const server = await startServer();
    const gate = "{batch: always}\ngate: {maxLatencyIncrease: 0.2}";
    const { report } = await runReview(
      await repoChanging(gate, ...harmless),
      server.url,
      createMemoryCache(),
    );
    expect(server.received).toBe(0);
    const prompt = report.prompts[0]!;
    expect(prompt.base!.latencyMs).toBeNull();
    expect(prompt.head!.latencyMs).toBeNull();
    expect(prompt.delta!.latencyP50Pct).toBeNull();
    expect(prompt.reasons).toContain(
      "Mean latency per call could not be compared on two or more cases, so the 20% limit was not checked.",
    );
    const table = String(renderStatsTable(prompt, report));
    expect(table).toContain("| latency p50 | unknown | unknown | unknown |");
    expect(table).toContain("| latency p95 | unknown | unknown | unknown |");
    expect(table).toContain("Latency unknown: answers from the provider's Batch API have no per-call time");
    expect(table).not.toContain("0 ms");
  });

  it("retries the answers an expired batch did not bring, one call at a time", async () => {
    const server = await startServer({ mode: "expire", linesPerPoll: 10 });
    const dir = await repoChanging(BATCHED, "Repeat the city name.", "Repeat the city name, forget 1357");
    const { report } = await runReview(dir, server.url, createMemoryCache());
    expect(report.verdict).toBe("fail");
    expect(server.batches!.submitted).toEqual([60]);
    expect(server.received).toBe(50);
    expect(report.calls).toMatchObject({ total: 60, failed: 0 });
  });

  it("cancels its batch when the review is aborted", async () => {
    const server = await startServer({ mode: "hold" });
    const dir = await repoChanging(BATCHED, ...harmless);
    const controller = new AbortController();
    const watch = setInterval(() => {
      if (server.batches!.polls >= 3) controller.abort(new Error("deadline passed"));
    }, 2);
    const { report, lines } = await runReview(
      dir,
      server.url,
      createMemoryCache(),
      controller.signal,
    ).finally(() => clearInterval(watch));
    expect(server.batches!.cancelled).toHaveLength(1);
    // Polled more than once while it held, but the line is said only when it moves.
    expect(server.batches!.polls).toBeGreaterThan(1);
    expect(lines.filter((line) => line.startsWith("batch "))).toEqual(["batch 0 / 60 done"]);
    expect(server.received).toBe(0);
    expect(report.calls.total - report.calls.failed).toBe(0);
  });

  it("batches a review planning 3,000 calls, over the default threshold of 2,000, with the synchronous verdict", async () => {
    const syncServer = await startServer();
    const syncDir = await repoChanging("{batch: never}", ...slightDrop, 1500);
    const sync = await runReview(syncDir, syncServer.url, createMemoryCache());
    const server = await startServer();
    const { report } = await runReview(
      await repoChanging("{}", ...slightDrop, 1500),
      server.url,
      createMemoryCache(),
    );
    expect(report.verdict).toBe(sync.report.verdict);
    expect(report.prompts[0]!.sequential).toEqual(sync.report.prompts[0]!.sequential);
    expect(server.batches!.submitted).toHaveLength(report.prompts[0]!.sequential!.looksUsed);
    expect(server.received).toBe(0);
    expect(report.costUsd).toBeCloseTo(sync.report.costUsd / 2, 10);
  });
});
