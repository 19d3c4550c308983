// `promptgate convert --to prompty`: a .prompt.yml written as Prompty + dataset + config entry, and back again.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parsePromptFile } from "../../src/core/prompt-file/prompt-file.js";
import { runCliCaptured } from "../support/run-cli.js";

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function project(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), "promptgate-convert-prompty-"));
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
  return dir;
}

const promptYml = `name: Support answer
description: Answers a customer question
model: openai/gpt-4o-mini
modelParameters:
  temperature: 0.2
  maxTokens: 200
messages:
  - role: system
    content: |-
      You are a support agent for Acme.
      Link to https://acme.example/refunds for refunds.
  - role: user
    content: "{{question}}"
testData:
  - question: How do I get a refund?
    mustMention: acme.example/refunds
  - question: Where is my order?
    mustMention: tracking
evaluators:
  - name: mentions what it must
    string:
      contains: "{{mustMention}}"
  - name: similar
    uses: github/similarity
`;

const comparable = (path: string, text: string) => {
  const spec = parsePromptFile(path, text);
  return {
    name: spec.name,
    description: spec.description,
    model: spec.model,
    modelParameters: spec.modelParameters,
    messages: spec.messages.map((m) => [m.role, m.content]),
    rows: spec.testData.map((c) => c.vars),
    evaluators: spec.evaluators.map((e) => ({ ...e, line: undefined })),
  };
};

describe("promptgate convert --to prompty", () => {
  it("writes Prompty, a dataset and the config entry, which convert back to the same prompt", async () => {
    const root = project({ "support.prompt.yml": promptYml });
    const there = await runCliCaptured([
      "convert",
      join(root, "support.prompt.yml"),
      "--to",
      "prompty",
      "--repo",
      root,
    ]);
    expect(there.code).toBe(0);
    expect(there.stdout).toMatch(/^wrote support\.prompty\nwrote support\.jsonl\n\nAdd this entry/);
    const prompty = readFileSync(join(root, "support.prompty"), "utf8");
    expect(prompty).toContain("system:\nYou are a support agent for Acme.\n");
    expect(prompty).toContain("user:\n{{question}}\n");
    // The printed entry is the config promptgate reads the Prompty eval set from.
    writeFileSync(join(root, "promptgate.yml"), there.stdout.slice(there.stdout.indexOf("prompts:")));
    const back = await runCliCaptured([
      "convert",
      join(root, "support.prompty"),
      "--out",
      "back.prompt.yml",
      "--repo",
      root,
    ]);
    expect(back).toMatchObject({ code: 0, stdout: "wrote back.prompt.yml\n" });
    const roundTrip = comparable("back.prompt.yml", readFileSync(join(root, "back.prompt.yml"), "utf8"));
    expect(roundTrip).toEqual(comparable("support.prompt.yml", promptYml));
  });

  it("refuses text Jinja2 or Prompty would read differently, naming each line, and writes nothing", async () => {
    const text = promptYml
      .replace("You are a support agent for Acme.", "Use {% raw %} here.\n      user:")
      .replace('"{{question}}"', '"{{customer-question}}"')
      .replaceAll("- question:", "- customer-question:");
    const root = project({ "odd.prompt.yml": text });
    const result = await runCliCaptured([
      "convert",
      join(root, "odd.prompt.yml"),
      "--to",
      "prompty",
      "--repo",
      root,
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      "odd.prompt.yml:9: holds `{%` or `{#`, which Jinja2 would read as its own syntax",
    );
    expect(result.stderr).toContain("odd.prompt.yml:9: holds a line Prompty would read as a role marker");
    expect(result.stderr).toContain("odd.prompt.yml:14: {{customer-question}} is not a Jinja2 variable name");
    expect(() => readFileSync(join(root, "odd.prompty"))).toThrow();
  });

  it("converts only .prompt.yml files to Prompty", async () => {
    const root = project({ "a.prompty": "---\nname: A\n---\nuser:\nHi\n" });
    const result = await runCliCaptured([
      "convert",
      join(root, "a.prompty"),
      "--to",
      "prompty",
      "--repo",
      root,
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--to prompty converts a .prompt.yml file");
  });
});
