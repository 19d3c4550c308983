// `promptgate eval` on a promptfoo config: its one prompt runs directly; with several, `config.yaml#prompt` picks one.
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

beforeAll(async () => {
  // Repeats the city of the last message, except Oslo, which it "forgets".
  server = await startFakeOpenAIServer({
    respond: (body) => {
      const city = String(body.messages.at(-1)?.content ?? "").replace(/^.*: /, "");
      return city === "Oslo" ? "I am not sure." : `The city is ${city}.`;
    },
  });
  process.env.OPENAI_BASE_URL = server.url;
  process.env.OPENAI_API_KEY = "test-key";
  dir = mkdtempSync(join(tmpdir(), "promptgate-eval-formats-"));
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

const tests = ["Paris", "Oslo", "Rome"].map(
  (c) => `  - vars: {city: ${c}}\n    assert: [{type: icontains, value: "{{city}}"}]`,
);

async function evalFile(name: string) {
  const json = join(dir, "out.json");
  const result = await runCliCaptured([
    "eval",
    join(dir, name),
    "--repo",
    dir,
    "--repeats",
    "1",
    "--json",
    json,
  ]);
  return {
    ...result,
    report: result.code === 2 ? undefined : (JSON.parse(readFileSync(json, "utf8")) as EvalReport),
  };
}

describe("promptgate eval on other formats", () => {
  it("runs the one prompt of a promptfoo config with its assertions", async () => {
    writeFileSync(
      join(dir, "promptfooconfig.yaml"),
      `prompts: ["City: {{city}}"]\nproviders: [openai:gpt-4o-mini]\ntests:\n${tests.join("\n")}\n`,
    );
    const { code, report } = await evalFile("promptfooconfig.yaml");
    expect(code).toBe(1);
    expect(report!.cases.map((c) => [c.vars["city"], c.passRate])).toEqual([
      ["Paris", 1],
      ["Oslo", 0],
      ["Rome", 1],
    ]);
  });

  it("asks which prompt to run when a config holds several", async () => {
    writeFileSync(
      join(dir, "promptfooconfig.yaml"),
      `prompts: ["City: {{city}}", "Town: {{city}}"]\nproviders: [openai:gpt-4o-mini]\ntests:\n${tests.join("\n")}\n`,
    );
    const { code, stderr } = await evalFile("promptfooconfig.yaml");
    expect(code).toBe(2);
    expect(stderr).toContain(
      "promptfooconfig.yaml holds 2 prompts; name one:\n  promptfooconfig.yaml#prompt 1\n",
    );
    const named = await evalFile("promptfooconfig.yaml#prompt 2");
    expect(named.report!.cases).toHaveLength(3);
  });
});
