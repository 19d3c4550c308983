// `promptgate eval FILE` against a loopback OpenAI-compatible server: results, summary, faults, budget, cache.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { EvalReport } from "../../src/core/report/eval-report.js";
import {
  type FakeOpenAIOptions,
  type FakeOpenAIServer,
  startFakeOpenAIServer,
} from "../support/fake-openai-server.js";
import { runCliCaptured } from "../support/run-cli.js";

/** 30 cases; the bot echoes the city, except for the ones it "forgets" (every 10th case). */
function cityPrompt(cases = 30): string {
  const rows = Array.from({ length: cases }, (_, i) => `  - city: City${i + 1}`).join("\n");
  return `name: Cities
model: gpt-4o-mini
messages:
  - role: system
    content: Repeat the city name.
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

const respond: FakeOpenAIOptions["respond"] = (body) => {
  const city = String(body.messages.at(-1)?.content ?? "");
  return city.endsWith("0") ? "I am not sure." : `The city is ${city}.`;
};

let server: FakeOpenAIServer | undefined;
let dir: string;
const saved = { base: process.env.OPENAI_BASE_URL, key: process.env.OPENAI_API_KEY };

async function setup(options: FakeOpenAIOptions, config = ""): Promise<void> {
  server = await startFakeOpenAIServer({ respond, ...options });
  process.env.OPENAI_BASE_URL = server.url;
  process.env.OPENAI_API_KEY = "test-key";
  mkdirSync(join(dir, "prompts"), { recursive: true });
  writeFileSync(join(dir, "prompts/cities.prompt.yml"), cityPrompt());
  // Three samples per case (the default is one), so repeats, retries and the cache are exercised per sample.
  writeFileSync(join(dir, "promptgate.yml"), `repeats: 3\n${config}`);
}

async function evalCities(...flags: string[]) {
  const json = join(dir, "out.json");
  const result = await runCliCaptured([
    "eval",
    join(dir, "prompts/cities.prompt.yml"),
    "--repo",
    dir,
    "--json",
    json,
    ...flags,
  ]);
  let report: EvalReport | undefined;
  try {
    report = JSON.parse(readFileSync(json, "utf8")) as EvalReport;
  } catch {
    report = undefined;
  }
  return { ...result, report };
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "promptgate-eval-"));
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  process.env.OPENAI_BASE_URL = saved.base;
  process.env.OPENAI_API_KEY = saved.key;
  if (saved.base === undefined) delete process.env.OPENAI_BASE_URL;
  if (saved.key === undefined) delete process.env.OPENAI_API_KEY;
});

describe("promptgate eval", () => {
  it("prints the failing cases and a summary, and writes the figures to --json", async () => {
    await setup({}, "pricing:\n  gpt-4o-mini: {input: 0.15, output: 0.6}\n");
    const { code, stdout, report } = await evalCities();
    expect(code).toBe(1);
    expect(stdout).toContain("City10");
    expect(stdout).toContain("names the city");
    expect(stdout).toContain("I am not sure.");
    expect(stdout).toMatch(/pass rate 90%/);
    expect(report!.passRate).toBeCloseTo(0.9, 5);
    expect(report!.cases.filter((c) => c.passRate === 0).map((c) => c.vars.city)).toEqual([
      "City10",
      "City20",
      "City30",
    ]);
    expect(report!.calls).toEqual({ total: 90, cached: 0, failed: 0, retried: 0 });
    expect(report!.costUsd).toBeGreaterThan(0);
    expect(report!.tokens.input).toBeGreaterThan(0);
    expect(report!.latencyMs!.p95).toBeGreaterThanOrEqual(report!.latencyMs!.p50);
  });

  it("gets every answer from a server that caps concurrency at 3 when asked for 8, counting the retries", async () => {
    await setup({ maxConcurrent: 3, retryAfterMs: 5, latencyMs: 15 }, "concurrency: 8\n");
    const { report } = await evalCities();
    expect(report!.calls.failed).toBe(0);
    expect(report!.calls.retried).toBeGreaterThan(0);
    expect(report!.calls.retried).toBe(server!.rejected429);
    expect(server!.calls).toBe(90);
  });

  it("loses no call when 10% of answers are 500s", async () => {
    await setup({ failureRate: 0.1, seed: 7 }, "provider: {maxRetries: 8}\n");
    const { report } = await evalCities();
    expect(server!.failed500).toBeGreaterThan(0);
    expect(report!.calls.failed).toBe(0);
    expect(report!.calls.retried).toBe(server!.failed500);
    expect(report!.cases.every((c) => c.outputs.length === 3)).toBe(true);
  });

  it("stops sending calls once the provider refuses the key, and says so once", async () => {
    const refused = {
      status: 401,
      body: { error: { message: "Incorrect API key provided", type: "invalid_request_error" } },
    };
    await setup({ script: Array.from({ length: 90 }, () => refused) }, "concurrency: 4\n");
    const { code, stdout, report } = await evalCities();
    expect(code).toBe(2);
    expect(server!.received).toBeLessThanOrEqual(4);
    expect(stdout).toMatch(/provider refused a call/);
    expect(stdout.match(/check the API key/g)?.length ?? 0).toBeLessThanOrEqual(3);
    expect(report!.incomplete).toBe(true);
  });

  it("stops at budget.maxCalls and exits 2 saying so", async () => {
    await setup({}, "budget: {maxCalls: 10}\n");
    const { code, stderr, stdout, report } = await evalCities();
    expect(code).toBe(2);
    expect(server!.received).toBeLessThanOrEqual(10);
    expect(`${stdout}${stderr}`).toMatch(/budget\.maxCalls/);
    expect(report!.incomplete).toBe(true);
  });

  it("stops at budget.maxCostUsd and exits 2 saying so", async () => {
    await setup({}, "budget: {maxCostUsd: 0.0001}\npricing:\n  gpt-4o-mini: {input: 1, output: 1}\n");
    const { code, stdout, report } = await evalCities();
    expect(code).toBe(2);
    expect(stdout).toMatch(/budget\.maxCostUsd/);
    expect(report!.costUsd).toBeLessThanOrEqual(0.0001);
    expect(server!.received).toBeLessThan(90);
  });

  it("makes no call the second time, and --offline with an empty cache names the missing case", async () => {
    await setup({});
    await evalCities();
    const before = server!.received;
    const again = await evalCities();
    expect(server!.received).toBe(before);
    expect(again.report!.calls.cached).toBe(90);

    const offline = await evalCities("--offline", "--cache-dir", join(dir, "empty-cache"));
    expect(offline.code).toBe(2);
    expect(offline.stdout).toMatch(/no cached response for prompts\/cities\.prompt\.yml#\S+ head sample 1/);
    expect(server!.received).toBe(before);
  });

  it("refuses a binary data file on disk with its file and line, before any call", async () => {
    await setup({});
    writeFileSync(join(dir, "prompts/cities.prompt.yml"), `${cityPrompt(2)}testDataFile: more.csv\n`);
    writeFileSync(join(dir, "prompts/more.csv"), Buffer.from([0x63, 0x69, 0x74, 0x79, 0x0a, 0x00, 0x0a]));
    const result = await evalCities();
    expect(result.code).toBe(2);
    expect(result.stdout + result.stderr).toContain(
      "prompts/more.csv:2: binary content (a NUL byte at byte 6)",
    );
    expect(server!.received).toBe(0);
  });
});
