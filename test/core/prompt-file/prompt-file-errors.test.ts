import { describe, expect, it } from "vitest";
import { buildCaseId } from "../../../src/core/prompt-file/case-id.js";
import { parsePromptFile } from "../../../src/core/prompt-file/prompt-file.js";
import { errorsOf, readFixture } from "../../support/input-errors.js";

const fixture = (name: string) => readFixture(`prompts/${name}`);

const minimal = (extra: string) => `messages:\n  - role: user\n    content: Hi {{name}}\n${extra}`;

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

  it("points a missing key at its near-miss spelling, when the author wrote one", () => {
    const text = ["messages:", "  - role: user", "    contnet: Hi", ""].join("\n");
    const errors = errorsOf(() => parsePromptFile("prompts/typo.prompt.yml", text));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      line: 3,
      column: 5,
      field: "messages[0].contnet",
      message: "did you mean `content`? (`content` is required and missing)",
    });
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
