import { describe, expect, it } from "vitest";
import { parsePromptFile } from "../../../src/core/prompt-file/prompt-file.js";
import { readFixture } from "../../support/input-errors.js";

const fixture = (name: string) => readFixture(`prompts/${name}`);

const minimal = (extra: string) => `messages:\n  - role: user\n    content: Hi {{name}}\n${extra}`;

describe("parsePromptFile — GitHub-shaped files", () => {
  const spec = parsePromptFile("prompts/support-reply.prompt.yml", fixture("support-reply.prompt.yml"));

  it("reads the header, parameters and messages with their lines", () => {
    expect(spec.name).toBe("Support reply");
    expect(spec.model).toBe("openai/gpt-4o-mini");
    expect(spec.modelParameters).toEqual({ temperature: 0.2, topP: 0.9, maxTokens: 300, stop: ["###"] });
    expect(spec.responseFormat).toBe("text");
    expect(spec.messages.map((m) => [m.role, m.line])).toEqual([
      ["system", 11],
      ["user", 15],
    ]);
    expect(spec.variables).toEqual(["product", "ticket"]);
    expect(spec.warnings).toHaveLength(1); // the unnamed evaluator
  });

  it("turns rows into cases: own id, hashed id, stringified scalars, row lines", () => {
    expect(spec.testData.map((c) => c.id)).toEqual([
      "refund",
      expect.stringMatching(/^c[0-9a-f]{10}$/),
      expect.any(String),
    ]);
    expect(spec.testData[2]!.vars).toEqual({ product: "Acme Desk", ticket: "42", expected: "42" });
    expect(spec.testData.map((c) => c.line)).toEqual([17, 21, 24]);
    expect(spec.testData.map((c) => c.index)).toEqual([0, 1, 2]);
  });

  it("reads every evaluator kind, with invariant, passScore and a generated name", () => {
    expect(spec.evaluators).toEqual([
      {
        kind: "string",
        operator: "contains",
        value: "{{expected}}",
        name: "mentions the topic",
        invariant: false,
        line: 28,
      },
      {
        kind: "string",
        operator: "notContains",
        value: "we apologize for the inconvenience",
        name: "no apology spiral",
        invariant: true,
        line: 31,
      },
      { kind: "maxLength", value: 600, name: "short", invariant: false, line: 35 },
      {
        kind: "llm",
        name: "tone",
        invariant: false,
        line: 37,
        passScore: 0.5,
        modelId: "openai/gpt-4o",
        systemPrompt: "You grade support replies.",
        prompt: "Reply: {{output}}\nIs the reply polite?\n",
        choices: [
          { choice: "yes", score: 1 },
          { choice: "no", score: 0 },
        ],
      },
      { kind: "builtin", judge: "similarity", name: "close to reference", invariant: false, line: 50 },
      { kind: "builtin", judge: "fluency", name: "fluency", invariant: false, line: 52 },
    ]);
    expect(spec.warnings[0]).toMatchObject({
      line: 52,
      field: "evaluators[5]",
      message: expect.stringContaining('"fluency"'),
    });
  });

  it("accepts jsonSchema as a JSON string and as an object", () => {
    const verdict = parsePromptFile("prompts/pr-verdict.prompt.yml", fixture("pr-verdict.prompt.yml"));
    expect(verdict.responseFormat).toBe("json_schema");
    expect(verdict.jsonSchema).toMatchObject({
      name: "pr_verdict",
      strict: true,
      schema: { type: "object" },
    });
    const [json, fromString, fromObject] = verdict.evaluators;
    expect(json).toMatchObject({ kind: "json" });
    // The `{name, schema}` wrapper is unwrapped: the evaluator validates against the inner schema.
    expect(fromString).toMatchObject({
      kind: "jsonSchema",
      schema: { type: "object", required: ["verdict"] },
    });
    expect(fromObject).toMatchObject({
      kind: "jsonSchema",
      schema: { type: "object", required: ["verdict"] },
    });
    expect(verdict.warnings).toEqual([]);
  });
});

describe("parsePromptFile — leniency", () => {
  const spec = parsePromptFile("prompts/lenient.prompt.yaml", fixture("lenient.prompt.yaml"));

  it("reads snake_case parameters as camelCase and warns where they were written", () => {
    expect(spec.modelParameters).toEqual({ temperature: 0.5, maxTokens: 512, topP: 0.8 });
    const fields = spec.warnings.map((w) => `${w.line}:${w.field}: ${w.message}`);
    expect(fields).toContain(
      "8:modelParameters.max_tokens: read as `maxTokens`, the spelling of the prompt-file format",
    );
    expect(fields).toContain(
      "9:modelParameters.top_p: read as `topP`, the spelling of the prompt-file format",
    );
    expect(fields.find((f) => f.startsWith("10:modelParameters.logprobs"))).toMatch(
      /unknown model parameter/,
    );
  });

  it("warns about unknown top-level keys with their lines", () => {
    const unknown = spec.warnings.filter((w) => w.message.startsWith("unknown key"));
    expect(unknown.map((w) => [w.field, w.line, w.column])).toEqual([
      ["version", 2, 1],
      ["metadata", 3, 1],
      ["variables", 11, 1],
    ]);
  });

  it("flattens rows nested under vars/inputs/variables and stringifies values", () => {
    expect(spec.testData.map((c) => c.vars)).toEqual([
      { topic: "autumn", language: "English", expected: "leaves" },
      { topic: "rain", language: "French" },
      { topic: "snow", language: "Japanese" },
      { topic: "tides", language: '{"name":"Spanish","code":"es"}' },
      { topic: "stars", language: '["German"]', note: "" },
    ]);
    const nested = spec.warnings.filter((w) => w.message.includes("nest their variables"));
    expect(nested.map((w) => w.line)).toEqual([19, 23, 26]);
  });

  it("does not flatten a nested key the prompt uses as a variable itself", () => {
    const text =
      "messages:\n  - role: user\n    content: 'Data: {{inputs}}'\ntestData:\n  - inputs: {a: 1}\n";
    const own = parsePromptFile("p.prompt.yml", text);
    expect(own.testData[0]!.vars).toEqual({ inputs: '{"a":1}' });
    expect(own.warnings).toEqual([]);
  });

  it("suggests the nearest key for a misspelt one and reads top-level snake_case keys", () => {
    const text = minimal("test_data:\n  - name: x\nevaluater: []\n");
    const parsed = parsePromptFile("p.prompt.yml", text);
    expect(parsed.testData).toHaveLength(1);
    expect(parsed.warnings.map((w) => w.message)).toEqual([
      "read as `testData`, the spelling of the prompt-file format",
      "unknown key, ignored (did you mean `evaluators`?)",
    ]);
  });

  it("treats a missing testData as an empty eval set", () => {
    const parsed = parsePromptFile("p.prompt.yml", minimal(""));
    expect(parsed.testData).toEqual([]);
    expect(parsed.evaluators).toEqual([]);
    expect(parsed.warnings).toEqual([]);
  });

  it("gives duplicate case ids -2, -3 suffixes", () => {
    const text = minimal("testData:\n  - {id: a, name: x}\n  - {id: a, name: y}\n  - {id: a, name: z}\n");
    expect(parsePromptFile("p.prompt.yml", text).testData.map((c) => c.id)).toEqual(["a", "a-2", "a-3"]);
  });
});
