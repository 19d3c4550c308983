// Tests of src/core/prompt-file/template.ts.
import { describe, expect, it } from "vitest";
import { InputError } from "../../../src/core/diagnostics.js";
import type { PromptSpec } from "../../../src/core/prompt-file/prompt-spec.js";
import {
  findUnsupportedSyntax,
  listVariables,
  renderMessages,
  renderTemplate,
} from "../../../src/core/prompt-file/template.js";

describe("listVariables", () => {
  it("finds {{name}} and {{ name }} in order of first use, each once", () => {
    const text = "Hi {{ user.name }}, about {{topic}} ({{topic-2}}, {{ x_1 }}) and {{topic}} again";
    expect(listVariables(text)).toEqual(["user.name", "topic", "topic-2", "x_1"]);
  });

  it("ignores text that is not a placeholder", () => {
    expect(listVariables('{single} {{"a": 1}} {{#if x}} {{else}} {{a b}} {{}}')).toEqual([]);
    expect(listVariables("{{elsewhere}}")).toEqual(["elsewhere"]);
  });
});

describe("renderTemplate", () => {
  const where = {
    file: "prompts/a.prompt.yml",
    caseId: "c3f9aa01b2",
    field: "messages[1].content",
    line: 12,
  };

  it("fills placeholders with and without padding, once (values are not re-expanded)", () => {
    const out = renderTemplate(
      "Dear {{ audience }}, {{topic}}!",
      { audience: "{{topic}}", topic: "hello" },
      where,
    );
    expect(out).toBe("Dear {{topic}}, hello!");
  });

  it("keeps `$` sequences in values literally", () => {
    expect(renderTemplate("Cost: {{price}}", { price: "$& $1 $$" }, where)).toBe("Cost: $& $1 $$");
  });

  it("reports every missing variable in one error naming file, line, field, case and variable", () => {
    let caught: unknown;
    try {
      renderTemplate("{{audience}} {{tone}} {{present}} {{audience}}", { present: "" }, where);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InputError);
    expect((caught as InputError).message).toBe(
      [
        'prompts/a.prompt.yml:12: messages[1].content: test case "c3f9aa01b2" has no value for {{audience}}',
        'prompts/a.prompt.yml:12: messages[1].content: test case "c3f9aa01b2" has no value for {{tone}}',
      ].join("\n"),
    );
  });

  it("does not treat inherited object keys as values", () => {
    expect(() => renderTemplate("{{constructor}}", {}, { file: "a.yml" })).toThrow(
      "a.yml: the test case has no value for {{constructor}}",
    );
  });
});

describe("findUnsupportedSyntax", () => {
  it("flags Handlebars/Mustache blocks, partials, comments, triple braces and helpers with offsets", () => {
    const text =
      "{{#if a}}x{{else}}y{{/if}} {{^list}}{{> footer}}{{!note}}{{{raw}}} {{json data}} {{ & esc }}";
    expect(findUnsupportedSyntax(text)).toEqual([
      { token: "{{#if a}}", offset: 0 },
      { token: "{{else}}", offset: 10 },
      { token: "{{/if}}", offset: 19 },
      { token: "{{^list}}", offset: 27 },
      { token: "{{> footer}}", offset: 36 },
      { token: "{{!note}}", offset: 48 },
      { token: "{{{raw}}}", offset: 57 },
      { token: "{{json data}}", offset: 67 },
      { token: "{{ & esc }}", offset: 81 },
    ]);
  });

  it("accepts plain placeholders and leaves JSON examples alone", () => {
    expect(findUnsupportedSyntax('{{name}} {{ name }} {{a.b-c}} {{"k": 1}} {not}')).toEqual([]);
  });
});

describe("renderMessages", () => {
  const spec: PromptSpec = {
    path: "prompts/s.prompt.yml",
    modelParameters: {},
    responseFormat: "text",
    messages: [
      { role: "system", content: "You help with {{product}}.", line: 3 },
      { role: "user", content: "{{question}}", line: 5 },
    ],
    testData: [],
    evaluators: [],
    dataFiles: [],
    variables: ["product", "question"],
    warnings: [],
  };

  it("renders every message of a case", () => {
    const testCase = { id: "a", index: 0, vars: { product: "Acme", question: "Why?" } };
    expect(renderMessages(spec, testCase)).toEqual([
      { role: "system", content: "You help with Acme." },
      { role: "user", content: "Why?" },
    ]);
  });

  it("collects the missing variables of all messages in one error", () => {
    const run = () => renderMessages(spec, { id: "b", index: 1, vars: {} });
    expect(run).toThrow(InputError);
    try {
      run();
    } catch (error) {
      expect((error as InputError).diagnostics.map((d) => `${d.line} ${d.field} ${d.message}`)).toEqual([
        '3 messages[0].content test case "b" has no value for {{product}}',
        '5 messages[1].content test case "b" has no value for {{question}}',
      ]);
    }
  });
});
