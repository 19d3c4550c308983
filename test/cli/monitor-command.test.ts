// `promptgate monitor --baseline DIR` against a loopback model: stable, stable, worse, restored, unchanged.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { recordFileName } from "../../src/adapters/baseline-dir.js";
import { parseMonitorArgs } from "../../src/cli/args.js";
import { MAX_HISTORY, monitorRecordSchema } from "../../src/core/gate/drift.js";
import { CITIES_PROMPT, citiesResponder } from "../support/cities-prompt.js";
import { type FakeOpenAIServer, startFakeOpenAIServer } from "../support/fake-openai-server.js";
import { runCliCaptured } from "../support/run-cli.js";

/** The model as it is on a given night: `good` names every city, `worse` forgets two cities in three. */
let model: "good" | "worse" = "good";
let server: FakeOpenAIServer | undefined;
let dir: string;
const saved = { base: process.env.OPENAI_BASE_URL, key: process.env.OPENAI_API_KEY };

beforeEach(async () => {
  model = "good";
  server = await startFakeOpenAIServer({
    respond: citiesResponder(() => model),
  });
  process.env.OPENAI_BASE_URL = server.url;
  process.env.OPENAI_API_KEY = "test-key";
  dir = mkdtempSync(join(tmpdir(), "promptgate-monitor-"));
  mkdirSync(join(dir, "prompts"), { recursive: true });
  writeFileSync(join(dir, "prompts/cities.prompt.yml"), CITIES_PROMPT);
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  process.env.OPENAI_BASE_URL = saved.base;
  process.env.OPENAI_API_KEY = saved.key;
  if (saved.base === undefined) delete process.env.OPENAI_BASE_URL;
  if (saved.key === undefined) delete process.env.OPENAI_API_KEY;
});

async function monitor() {
  const json = join(dir, "monitor.json");
  const markdown = join(dir, "monitor.md");
  const result = await runCliCaptured([
    "monitor",
    "--repo",
    dir,
    "--baseline",
    join(dir, "baselines"),
    "--json",
    json,
    "--markdown",
    markdown,
  ]);
  const outcomes = JSON.parse(readFileSync(json, "utf8")) as {
    path: string;
    status: string;
    regressed: unknown[];
  }[];
  return { ...result, outcomes, markdown: readFileSync(markdown, "utf8") };
}

function readRecord() {
  const text = readFileSync(join(dir, "baselines", recordFileName("prompts/cities.prompt.yml")), "utf8");
  return monitorRecordSchema.parse(JSON.parse(text));
}

it("records a baseline, stays stable, reports the drift once the model declines, and the recovery after", async () => {
  const first = await monitor();
  expect(first.code).toBe(0);
  expect(first.outcomes).toMatchObject([{ path: "prompts/cities.prompt.yml", status: "recorded" }]);
  expect(readRecord().baseline).toHaveLength(30);

  const second = await monitor();
  expect(second.outcomes[0]!.status).toBe("stable");
  expect(second.code).toBe(0);

  model = "worse";
  const third = await monitor();
  expect(third.code).toBe(1);
  expect(third.outcomes[0]!.status).toBe("drift");
  expect(third.outcomes[0]!.regressed).toHaveLength(20);
  expect(third.stdout).toContain("drift");
  expect(third.markdown).toContain("```mermaid\nxychart-beta");
  expect(third.markdown).toContain("I am not sure.");
  expect(second.markdown).toBe("No prompt declined.\n");
  // The declined run does not become the baseline: the next run is compared with the good one.
  expect(readRecord().baseline.every((c) => c.passes.every(Boolean))).toBe(true);
  expect(readRecord().drifting).toBe(true);

  model = "good";
  const fourth = await monitor();
  expect(fourth.outcomes[0]!.status).toBe("recovered");
  expect(fourth.code).toBe(0);
  expect(fourth.markdown).toContain("is back within the margin");

  const fifth = await monitor();
  expect(fifth.outcomes[0]!.status).toBe("stable");
  const record = readRecord();
  expect(record.drifting).toBe(false);
  expect(record.history.map((p) => p.status)).toEqual(["recorded", "stable", "drift", "recovered", "stable"]);
  expect(record.history[2]!.passRate).toBeCloseTo(10 / 30);
  expect(readdirSync(join(dir, "baselines"))).toEqual([recordFileName("prompts/cities.prompt.yml")]);
}, 30_000);

it("starts a new baseline when the prompt file changes, and keeps at most MAX_HISTORY runs", async () => {
  const baselines = join(dir, "baselines");
  mkdirSync(baselines);
  const old = {
    schemaVersion: 1,
    path: "prompts/cities.prompt.yml",
    contentHash: "0".repeat(40),
    model: "gpt-4o-mini",
    baseline: [{ id: "x", passes: [false], outputs: ["old"] }],
    drifting: true,
    history: Array.from({ length: MAX_HISTORY }, (_, i) => ({
      at: `2026-01-${i + 1}`,
      passRate: 0,
      costPerCallUsd: null,
      latencyP50Ms: 1,
      status: "stable",
    })),
  };
  writeFileSync(join(baselines, recordFileName(old.path)), JSON.stringify(old));
  const run = await monitor();
  expect(run.outcomes[0]!.status).toBe("recorded");
  const record = readRecord();
  expect(record.drifting).toBe(false);
  expect(record.history.map((p) => p.status)).toEqual(["recorded"]);
});

it("names the file and field of a damaged baseline record", async () => {
  const baselines = join(dir, "baselines");
  mkdirSync(baselines);
  writeFileSync(
    join(baselines, recordFileName("prompts/cities.prompt.yml")),
    JSON.stringify({ schemaVersion: 1 }),
  );
  const run = await runCliCaptured(["monitor", "--repo", dir, "--baseline", baselines]);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain("could not monitor");
  expect(run.stderr).toContain(recordFileName("prompts/cities.prompt.yml"));
  expect(run.stderr).toContain("path");
});

it("asks for --baseline", async () => {
  const run = await runCliCaptured(["monitor", "--repo", dir]);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain("--baseline DIR");
});

it("the README's nightly workflow parses, may push the data branch, and runs the monitor with real flags", () => {
  const readme = readFileSync(join(import.meta.dirname, "../../README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Drift monitor"), readme.indexOf("## GitHub Action"));
  const blocks = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const block = blocks.find((b) => b.includes("promptgate monitor --baseline"))!;
  const workflow = parseYaml(block) as {
    permissions: Record<string, string>;
    jobs: { monitor: { steps: { run?: string }[] } };
  };
  expect(workflow.permissions).toEqual({ contents: "write" });
  const command = workflow.jobs.monitor.steps
    .map((s) => s.run ?? "")
    .find((r) => r.startsWith("promptgate monitor"))!;
  const args = parseMonitorArgs(command.split(" ").slice(2));
  expect(args).toMatchObject({ baseline: ".promptgate-data", markdown: "drift.md" });
});
