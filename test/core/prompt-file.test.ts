import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildCaseId } from "../../src/core/case-id.js";
import { type Diagnostic, InputError } from "../../src/core/diagnostics.js";
import { listDataReferences, parsePromptFile } from "../../src/core/prompt-file.js";

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/prompts/${name}`, import.meta.url), "utf8");

/** The diagnostics of the InputError that `run` throws (fails the test when it does not throw one). */
function errorsOf(run: () => unknown): Diagnostic[] {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error.diagnostics;
    throw error;
  }
  throw new Error("expected an InputError");
}

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

describe("parsePromptFile — located errors", () => {
  it("reports wrong types, bad roles and missing content together, each at its line and field", () => {
    const text = [
      "name: Broken",
      "modelParameters:",
      "  temperature: hot",
      "messages:",
      "  - role: system",
      "    content: ok",
      "  - role: robot",
      "    content: hi",
      "  - role: user",
      "  - role: user",
      "    content: [a, b]",
      "",
    ].join("\n");
    const errors = errorsOf(() => parsePromptFile("prompts/broken.prompt.yml", text));
    expect(errors.map((e) => `${e.line}:${e.column} ${e.field}`)).toEqual([
      "3:16 modelParameters.temperature",
      "7:11 messages[1].role",
      "9:5 messages[2].content",
      "11:14 messages[3].content",
    ]);
    expect(errors[1]!.message).toBe("must be one of system, developer, user, assistant");
    expect(errors[2]!.message).toBe("is required");
    expect(errors.every((e) => e.file === "prompts/broken.prompt.yml")).toBe(true);
  });

  it("requires a non-empty messages list", () => {
    expect(errorsOf(() => parsePromptFile("p.prompt.yml", "name: x\n"))[0]).toMatchObject({
      field: "messages",
      message: expect.stringMatching(/^is required/),
    });
    expect(errorsOf(() => parsePromptFile("p.prompt.yml", "messages: []\n"))[0]).toMatchObject({
      line: 1,
      field: "messages",
      message: "must list at least one message",
    });
  });

  it("reports YAML syntax errors with the parser's line and column, all of them", () => {
    const text = "messages:\n  - role: user\n    content: Answer: {{x}}\nname: a\nname: b\n";
    const errors = errorsOf(() => parsePromptFile("p.prompt.yml", text));
    expect(errors).toEqual([
      {
        file: "p.prompt.yml",
        line: 3,
        column: 14,
        message: "YAML syntax error: Nested mappings are not allowed in compact mappings",
      },
      { file: "p.prompt.yml", line: 5, column: 1, message: "YAML syntax error: Map keys must be unique" },
    ]);
  });

  it("rejects a file that is not a mapping", () => {
    expect(errorsOf(() => parsePromptFile("p.prompt.yml", "- a\n- b\n"))[0]!.message).toMatch(
      /must be a YAML mapping/,
    );
  });

  it("reports unknown `uses`, kind-less, ambiguous and malformed evaluators at their lines", () => {
    const text = minimal(
      [
        "evaluators:",
        "  - name: a",
        "    uses: github/politeness",
        "  - name: b",
        "    type: regex_match",
        "    pattern: TAM",
        "  - name: c",
        "    json: true",
        "    maxLength: 10",
        "  - name: d",
        "    string: {equals: x, contains: y}",
        "  - name: e",
        "    llm: {prompt: 'Judge {{output}}'}",
        "  - name: f",
        "    jsonSchema: '{not json'",
        "",
      ].join("\n"),
    );
    const errors = errorsOf(() => parsePromptFile("p.prompt.yml", text));
    expect(errors.map((e) => `${e.line} ${e.field}`)).toEqual([
      "6 evaluators[0].uses",
      "7 evaluators[1]",
      "10 evaluators[2]",
      "14 evaluators[3].string",
      "16 evaluators[4].llm.choices",
      "18 evaluators[5].jsonSchema",
    ]);
    expect(errors[0]!.message).toMatch(
      /unknown evaluator "github\/politeness": use one of github\/similarity/,
    );
    expect(errors[1]!.message).toMatch(/has no kind.*`type:` evaluators are not part of the format/);
    expect(errors[2]!.message).toMatch(/has json and maxLength/);
    expect(errors[5]!.message).toMatch(/is not valid JSON/);
  });

  it("reports Handlebars blocks at their own lines in a literal block", () => {
    const errors = errorsOf(() =>
      parsePromptFile("prompts/branching.prompt.yml", fixture("branching.prompt.yml")),
    );
    expect(errors.map((e) => [e.line, e.field, e.message.split(" ")[0]])).toEqual([
      [8, "messages[1].content", "{{#if"],
      [10, "messages[1].content", "{{else}}"],
      [12, "messages[1].content", "{{/if}}"],
      [13, "messages[1].content", "{{>"],
    ]);
  });

  it("reports a case that lacks a variable, naming the case, the variable and the row", () => {
    const text = minimal("testData:\n  - id: first\n    nam: typo\n");
    const errors = errorsOf(() => parsePromptFile("prompts/a.prompt.yml", text));
    expect(errors.map((e) => e.message)).toEqual([
      'test case "first" has no value for {{name}} (row at line 5)',
    ]);
    expect(errors[0]).toMatchObject({ line: 3, field: "messages[0].content" });
  });

  it("reports problems of different sections together, with suggestions for misspelt operators", () => {
    const text = minimal("testData:\n  - other: 1\nevaluators:\n  - name: a\n    string: {startWith: x}\n");
    const errors = errorsOf(() => parsePromptFile("p.prompt.yml", text));
    expect(errors.map((e) => `${e.line} ${e.field}: ${e.message}`)).toEqual([
      `3 messages[0].content: test case "${buildCaseId({ other: "1" })}" has no value for {{name}} (row at line 5)`,
      "8 evaluators[0].string.startWith: unknown operator; did you mean `startsWith`?",
    ]);
  });

  it("renames a repeated evaluator name and ignores passScore where it does not apply, with warnings", () => {
    const text = minimal(
      "evaluators:\n  - {name: a, json: true, passScore: 1}\n  - {name: a, maxLength: 5}\n",
    );
    const spec = parsePromptFile("p.prompt.yml", text);
    expect(spec.evaluators.map((e) => e.name)).toEqual(["a", "a-2"]);
    expect(spec.evaluators[0]).not.toHaveProperty("passScore");
    expect(spec.warnings.map((w) => `${w.line} ${w.field}`)).toEqual([
      "5 evaluators[0].passScore",
      "6 evaluators[1]",
    ]);
  });

  it("requires jsonSchema with responseFormat json_schema", () => {
    const errors = errorsOf(() => parsePromptFile("p.prompt.yml", minimal("responseFormat: json_schema\n")));
    expect(errors[0]).toMatchObject({
      line: 4,
      field: "responseFormat",
      message: expect.stringMatching(/needs a `jsonSchema`/),
    });
  });
});

describe("external eval data", () => {
  const path = "prompts/external-data.prompt.yml";
  const text = fixture("external-data.prompt.yml");
  const dataFiles = Object.fromEntries(
    ["cities.jsonl", "cities.csv", "cities.json", "cities.yaml"].map((f) => [
      `prompts/data/${f}`,
      fixture(`data/${f}`),
    ]),
  );

  it("lists the referenced files repository-relative and normalised", () => {
    expect(listDataReferences(path, text)).toEqual(Object.keys(dataFiles));
    expect(listDataReferences(path, "testDataFile: [oops")).toEqual([]);
    expect(listDataReferences("a/b.prompt.yml", "testDataFile: ../../outside.csv\n")).toEqual([]);
  });

  it("appends rows from JSONL, CSV, JSON and YAML after the inline rows, with source and line", () => {
    const spec = parsePromptFile(path, text, dataFiles);
    expect(spec.dataFiles).toEqual(Object.keys(dataFiles));
    const rows = spec.testData.map((c) => [c.vars["city"], c.vars["expected"], c.source ?? "inline", c.line]);
    expect(rows).toEqual([
      ["Paris", "France", "inline", 12],
      ["Lisbon", "Portugal", "prompts/data/cities.jsonl", 1],
      ["Oslo", "Norway", "prompts/data/cities.jsonl", 3],
      ["Nairobi", "Kenya", "prompts/data/cities.csv", 2],
      ["Washington, D.C.", "United States\nof America", "prompts/data/cities.csv", 3],
      ["Quito", 'Ecuador "EC"', "prompts/data/cities.csv", 5],
      ["Lima", "Peru", "prompts/data/cities.json", 2],
      ["Hanoi", "Vietnam", "prompts/data/cities.json", 3],
      ["Seoul", "South Korea", "prompts/data/cities.yaml", 2],
      ["Manila", "Philippines", "prompts/data/cities.yaml", 4],
    ]);
    expect(spec.testData[2]!.id).toBe("oslo");
    expect(spec.testData.map((c) => c.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(spec.warnings.map((w) => `${w.file}:${w.line}`)).toEqual(["prompts/data/cities.yaml:4"]);
  });

  it("reports a missing data file at its testDataFile entry", () => {
    const errors = errorsOf(() =>
      parsePromptFile(path, text, { ...dataFiles, "prompts/data/cities.csv": null }),
    );
    expect(errors).toEqual([
      {
        file: path,
        line: 5,
        column: 5,
        field: "testDataFile[1]",
        message: "eval-data file prompts/data/cities.csv was not found",
      },
    ]);
  });

  it("reports references that escape the repository and problems inside data files", () => {
    const escaping = "messages: [{role: user, content: hi}]\ntestDataFile: ../../../secrets.csv\n";
    expect(errorsOf(() => parsePromptFile("a/b.prompt.yml", escaping))[0]).toMatchObject({
      line: 2,
      field: "testDataFile",
      message: '"../../../secrets.csv" points outside the repository',
    });
    const bad = "messages: [{role: user, content: hi}]\ntestDataFile: rows.jsonl\n";
    const errors = errorsOf(() =>
      parsePromptFile("p/b.prompt.yml", bad, { "p/rows.jsonl": '{"a": 1}\n[1]\n{oops\n' }),
    );
    expect(errors.map((e) => `${e.file}:${e.line}`)).toEqual(["p/rows.jsonl:3"]);
  });
});
