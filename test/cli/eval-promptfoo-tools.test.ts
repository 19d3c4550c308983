// `promptgate eval` on a promptfoo config with tools: the tools reach the model, its calls are graded, and a
// test's own assertions are weighed against its threshold — through the CLI against the loopback model server.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EvalReport } from "../../src/core/report/eval-report.js";
import { type FakeOpenAIServer, startFakeOpenAIServer } from "../support/fake-openai-server.js";
import { runCliCaptured } from "../support/run-cli.js";

let server: FakeOpenAIServer;
let dir: string;
const saved = { base: process.env.OPENAI_BASE_URL, key: process.env.OPENAI_API_KEY };

// Boston: a valid call. Paris: a call with a unit the schema does not allow. Mars: a text answer.
const answers: Record<string, unknown> = {
  Boston: { location: "Boston, MA" },
  Paris: { location: "Paris", unit: "kelvin" },
};

beforeAll(async () => {
  server = await startFakeOpenAIServer({
    respond: (body) => {
      const city = /in (\w+)\?/.exec(String(body.messages.at(-1)?.content))?.[1] ?? "";
      const args = answers[city];
      if (!args || !Array.isArray(body["tools"])) return `There is no weather report for ${city}.`;
      return { text: "", toolCalls: [{ name: "get_current_weather", arguments: JSON.stringify(args) }] };
    },
  });
  process.env.OPENAI_BASE_URL = server.url;
  process.env.OPENAI_API_KEY = "test-key";
  dir = mkdtempSync(join(tmpdir(), "promptgate-eval-tools-"));
  writeFileSync(join(dir, "promptgate.yml"), "pricing:\n  gpt-4o-mini: {input: 0.15, output: 0.6}\n");
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
  for (const [name, value] of [
    ["OPENAI_BASE_URL", saved.base],
    ["OPENAI_API_KEY", saved.key],
  ] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

const tool = {
  type: "function",
  function: {
    name: "get_current_weather",
    parameters: {
      type: "object",
      properties: { location: { type: "string" }, unit: { type: "string", enum: ["celsius", "fahrenheit"] } },
      required: ["location"],
    },
  },
};

const config = `prompts: ['What is the weather like in {{city}}?']
providers:
  - id: openai:chat:gpt-4o-mini
    config:
      tools: ${JSON.stringify([tool])}
tests:
  - vars: {city: Boston}
    assert:
      - type: is-json
      - type: is-valid-openai-tools-call
      - type: cost
        threshold: 0.01
  - vars: {city: Paris}
    threshold: 0.5
    assert:
      - type: is-valid-openai-tools-call
      - type: contains
        value: get_current_weather
  - vars: {city: Mars}
    assert:
      - type: is-valid-openai-tools-call
      - type: icontains
        value: weather
        weight: 0
`;

describe("promptgate eval on a promptfoo config with tools", () => {
  it("sends the tools, grades the calls, and weighs each test's assertions against its threshold", async () => {
    writeFileSync(join(dir, "promptfooconfig.yaml"), config);
    const json = join(dir, "out.json");
    const args = ["eval", join(dir, "promptfooconfig.yaml"), "--repo", dir, "--repeats", "1", "--json", json];
    const { code } = await runCliCaptured(args);
    const report = JSON.parse(readFileSync(json, "utf8")) as EvalReport;
    expect(server.requests.every((body) => JSON.stringify(body["tools"]) === JSON.stringify([tool]))).toBe(
      true,
    );
    // Paris's call has a bad unit, but half the weight (the name) passes, which meets its threshold of 0.5.
    expect(report.cases.map((c) => [c.vars["city"], c.passRate])).toEqual([
      ["Boston", 1],
      ["Paris", 1],
      ["Mars", 0],
    ]);
    expect(code).toBe(1);
  });
});
