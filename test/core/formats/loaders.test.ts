// The Prompty, Dotprompt and plain-template loaders on small files of our own: messages, lines, rows, errors.
import { describe, expect, it } from "vitest";
import { InputError } from "../../../src/core/diagnostics.js";
import { loadPromptSpec } from "../../../src/core/formats/prompt-formats.js";
import { renderMessages } from "../../../src/core/prompt-file/template.js";

const reader = (files: Record<string, string>) => async (path: string) => files[path] ?? null;

async function errorsOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof InputError) return error.diagnostics;
    throw error;
  }
  throw new Error("expected an InputError");
}

const prompty = `
---
name: Answer
model:
  configuration:
    azure_deployment: \${env:DEPLOYMENT}
  parameters:
    max_tokens: 64
    response_format: {type: json_object}
inputs:
  question: {type: string}
  tone: {type: string, default: friendly}
sample:
  question: Where is my order?
---
# system:
Answer in a {{ tone }} tone.
{% for item in history %}
{{ item.role }}:
{{ item.content }}
{% endfor %}
user:
{{ question }}
`;

describe("Prompty", () => {
  it("reads the front matter, splits the body at role lines and keeps each message's line", async () => {
    const spec = await loadPromptSpec({ path: "p/a.prompty", text: prompty, readFile: reader({}) });
    expect(spec.messages.map((m) => [m.role, m.line])).toEqual([
      ["system", 17],
      ["user", 23],
    ]);
    expect(spec.modelParameters).toEqual({ maxTokens: 64 });
    expect(spec.responseFormat).toBe("json_object");
    expect(spec.model).toBeUndefined();
    expect(spec.warnings.map((w) => [w.line, w.message])).toContainEqual([
      6,
      expect.stringMatching(/environment variable/),
    ]);
    expect(spec.variables).toEqual(["history", "question", "tone"]);
  });

  it("renders the sample as one smoke row with input defaults, and rows that loop over history", async () => {
    const spec = await loadPromptSpec({ path: "p/a.prompty", text: prompty, readFile: reader({}) });
    // A loop over a variable the row lacks runs zero times, as in Jinja2.
    expect(renderMessages(spec, spec.testData[0]!)).toEqual([
      { role: "system", content: "Answer in a friendly tone." },
      { role: "user", content: "Where is my order?" },
    ]);
    const history = [{ role: "assistant", content: "Hi!" }];
    const withHistory = `${prompty.replace("  question: Where is my order?", `  question: Where is my order?\n  history: ${JSON.stringify(history)}`)}`;
    const spec2 = await loadPromptSpec({ path: "p/a.prompty", text: withHistory, readFile: reader({}) });
    expect(renderMessages(spec2, spec2.testData[0]!)).toEqual([
      { role: "system", content: "Answer in a friendly tone." },
      { role: "assistant", content: "Hi!" },
      { role: "user", content: "Where is my order?" },
    ]);
  });

  it("names the file and line of a missing file reference", async () => {
    const text = [
      "---",
      "model:",
      "  parameters:",
      "    tools: $" + "{file:tools.json}",
      "---",
      "user:",
      "hi",
    ].join("\n");
    expect(await errorsOf(loadPromptSpec({ path: "p/b.prompty", text, readFile: reader({}) }))).toEqual([
      expect.objectContaining({ file: "p/b.prompty", line: 4, message: "p/tools.json was not found" }),
    ]);
  });
});

describe("Dotprompt", () => {
  const text = `---
model: openai/gpt-4o-mini
input:
  schema:
    urls(array): string
---
{{>rules}}
{{role "user"}}
Describe {{#each urls}}{{media url=this}}{{/each}}
`;

  it("renders roles and partials, and keeps media as a reference that is never fetched", async () => {
    const files = { "p/_rules.prompt": '{{role "system"}}\nBe brief.' };
    const patterns = [{ path: "p/x.prompt", dataset: "d.jsonl", role: "user" as const }];
    const spec = await loadPromptSpec({
      path: "p/x.prompt",
      text,
      readFile: reader({ ...files, "d.jsonl": '{"urls": ["https://img.example/a.png"]}' }),
      patterns,
    });
    expect(spec.dependencies).toEqual(["p/_rules.prompt"]);
    expect(renderMessages(spec, spec.testData[0]!)).toEqual([
      { role: "system", content: "Be brief." },
      { role: "user", content: "Describe [media: https://img.example/a.png]" },
    ]);
  });

  it("names the partial file it cannot find", async () => {
    expect(await errorsOf(loadPromptSpec({ path: "p/x.prompt", text, readFile: reader({}) }))).toEqual([
      expect.objectContaining({
        file: "p/x.prompt",
        line: 7,
        message: expect.stringContaining("p/_rules.prompt"),
      }),
    ]);
  });
});

describe("plain templates", () => {
  it("pairs a {{name}} template with a YAML dataset and reports a row without a value at its line", async () => {
    const patterns = [{ path: "t/*.txt", dataset: "t/rows.yaml", role: "system" as const }];
    const files = { "t/rows.yaml": "- {name: Ada}\n- {nom: Bob}\n" };
    const errors = await errorsOf(
      loadPromptSpec({ path: "t/hello.txt", text: "Greet {{name}}.", readFile: reader(files), patterns }),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        file: "t/hello.txt",
        message: expect.stringMatching(/no value for \{\{name\}\}/),
      }),
    ]);
  });

  it("tells a {{#if}} in a {{name}} template to use Jinja2", async () => {
    const patterns = [{ path: "t/a.md", role: "user" as const }];
    const errors = await errorsOf(
      loadPromptSpec({ path: "t/a.md", text: "x\n{{#if a}}y{{/if}}", readFile: reader({}), patterns }),
    );
    expect(errors[0]).toMatchObject({
      file: "t/a.md",
      line: 2,
      message: expect.stringMatching(/syntax: jinja2/),
    });
  });
});

describe("promptgate.yml prompts entries", () => {
  it("reports a bad evaluator at its line in promptgate.yml when the config is read", async () => {
    const { parseConfig } = await import("../../../src/core/config/config.js");
    const text =
      "prompts:\n  - path: t/a.md\n    evaluators:\n      - name: x\n        string: {contain: hi}\n";
    expect(() => parseConfig("promptgate.yml", text)).toThrow(
      /promptgate\.yml:5:\d+: prompts\[0\]\.evaluators\[0\]\.string\.contain: unknown operator; did you mean `contains`\?/,
    );
  });

  it("names the variable a Jinja2 template prints but the row lacks", async () => {
    const patterns = [{ path: "t/a.j2", dataset: "t/rows.jsonl", role: "user" as const }];
    const files = { "t/rows.jsonl": '{"name": "Ada"}\n' };
    const errors = await errorsOf(
      loadPromptSpec({
        path: "t/a.j2",
        text: "Hi {{ name }}\nfrom {{ city }}",
        readFile: reader(files),
        patterns,
      }),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        file: "t/a.j2",
        line: 2,
        message: expect.stringContaining("no value for {{ city }}"),
      }),
    ]);
  });
});

describe("hostile YAML", () => {
  const bomb = [
    "a: &a [x, x, x, x, x, x, x, x, x, x]",
    ...Array.from({ length: 9 }, (_, i) => {
      const prev = i === 0 ? "a" : `l${i - 1}`;
      return `l${i}: &l${i} [*${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}]`;
    }),
  ].join("\n");

  it("an alias bomb in a promptfoo tests file is an error naming the file, not a crash", async () => {
    const config = "prompts: ['Hi {{name}}']\nproviders: [openai:gpt-4o-mini]\ntests: file://tests.yaml\n";
    const errors = await errorsOf(
      loadPromptSpec({
        path: "promptfooconfig.yaml#prompt 1",
        text: config,
        readFile: reader({ "tests.yaml": bomb }),
      }),
    );
    expect(errors[0]).toMatchObject({
      file: "tests.yaml",
      message: expect.stringContaining("cannot be read"),
    });
  });

  it("an alias bomb in Prompty front matter is an error naming the file, not a crash", async () => {
    const errors = await errorsOf(
      loadPromptSpec({ path: "b.prompty", text: `---\n${bomb}\n---\nuser:\nhi\n`, readFile: reader({}) }),
    );
    expect(errors[0]).toMatchObject({
      file: "b.prompty",
      message: expect.stringContaining("cannot be read"),
    });
  });
});
