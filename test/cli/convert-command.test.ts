// `promptgate convert`: other formats written as .prompt.yml files that parse back to the same prompt.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parsePromptFile } from "../../src/core/prompt-file/prompt-file.js";
import { runCliCaptured } from "../support/run-cli.js";

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function project(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), "promptgate-convert-"));
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
  return dir;
}

const prompty = `---
name: Answer
model:
  configuration: {type: openai, model: gpt-4o-mini}
  parameters: {max_tokens: 64, temperature: 0.2}
sample:
  question: Where is my order?
---
system:
Be brief.

user:
{{ question }}
`;

describe("promptgate convert", () => {
  it("writes a Prompty file as a .prompt.yml with its sample as a test row", async () => {
    const root = project({ "answer.prompty": prompty });
    const result = await runCliCaptured(["convert", join(root, "answer.prompty"), "--repo", root]);
    expect(result).toMatchObject({ code: 0, stdout: "wrote answer.prompt.yml\n" });
    const spec = parsePromptFile("answer.prompt.yml", readFileSync(join(root, "answer.prompt.yml"), "utf8"));
    expect(spec.model).toBe("gpt-4o-mini");
    expect(spec.modelParameters).toEqual({ maxTokens: 64, temperature: 0.2 });
    expect(spec.messages.map((m) => [m.role, m.content])).toEqual([
      ["system", "Be brief."],
      ["user", "{{ question }}"],
    ]);
    expect(spec.testData.map((c) => c.vars)).toEqual([{ question: "Where is my order?" }]);
  });

  it("refuses a Jinja2 loop, naming its line, and writes nothing", async () => {
    const root = project({
      "loop.prompty": prompty.replace("Be brief.", "{% for d in docs %}{{ d }}{% endfor %}"),
    });
    const result = await runCliCaptured(["convert", join(root, "loop.prompty"), "--repo", root]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("loop.prompty:10: {% for d in docs %} cannot be written in .prompt.yml");
  });

  it("writes one file per prompt of a promptfoo config, with its assertions as evaluators", async () => {
    const root = project({
      "promptfooconfig.yaml": `prompts: ["Say hi to {{name}}", "Greet {{name}}"]
providers: [openai:gpt-4o-mini]
tests:
  - vars: {name: Ada}
    assert: [{type: icontains, value: ada}]
`,
    });
    const result = await runCliCaptured(["convert", join(root, "promptfooconfig.yaml"), "--repo", root]);
    expect(result.stdout).toBe("wrote prompt-1.prompt.yml\nwrote prompt-2.prompt.yml\n");
    const spec = parsePromptFile("p.prompt.yml", readFileSync(join(root, "prompt-2.prompt.yml"), "utf8"));
    expect(spec.messages).toEqual([expect.objectContaining({ role: "user", content: "Greet {{name}}" })]);
    expect(spec.evaluators).toEqual([expect.objectContaining({ kind: "string", operator: "regex" })]);
    expect(spec.testData[0]!.vars).toEqual({ name: "Ada", __assert1: "/ada/i", __asserts: '{"assert 1":1}' });
  });
});
