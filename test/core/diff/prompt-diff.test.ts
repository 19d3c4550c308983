// Tests of src/core/diff/prompt-diff.ts.
import { describe, expect, it } from "vitest";
import { type DiffSide, diffPrompt, renderWordDiffText } from "../../../src/core/diff/prompt-diff.js";
import type { EvaluatorSpec, PromptSpec, TestCase } from "../../../src/core/prompt-file/prompt-spec.js";

const path = "prompts/support.prompt.yml";

function testCase(id: string, index: number): TestCase {
  return { id, index, vars: { question: id } };
}

function evaluator(name: string): EvaluatorSpec {
  return { name, invariant: false, kind: "string", operator: "contains", value: "thanks" };
}

function makeSpec(overrides: Partial<PromptSpec> = {}): PromptSpec {
  return {
    path,
    model: "openai/gpt-4o-mini",
    modelParameters: { temperature: 0.2 },
    responseFormat: "text",
    messages: [
      { role: "system", content: "You are a support agent. Be brief." },
      { role: "user", content: "{{question}}" },
    ],
    testData: [testCase("refund", 0), testCase("login", 1)],
    evaluators: [evaluator("polite")],
    dataFiles: [],
    variables: ["question"],
    warnings: [],
    ...overrides,
  };
}

function side(spec: PromptSpec | undefined, text = "model: x\n"): DiffSide {
  return spec ? { path, text, spec } : { path, text };
}

describe("diffPrompt unified diff", () => {
  const baseText = "messages:\n  - role: system\n    content: Be brief.\n  - role: user\n    content: hi\n";
  const headText =
    "messages:\n  - role: system\n    content: Be thorough.\n  - role: user\n    content: hi\n";

  it("shows the removed and added lines with a/ and b/ headers", () => {
    const diff = diffPrompt(side(makeSpec(), baseText), side(makeSpec(), headText));
    const lines = diff.unified.split("\n");
    expect(lines[0]).toBe(`--- a/${path}`);
    expect(lines[1]).toBe(`+++ b/${path}`);
    expect(lines).toContain("-    content: Be brief.");
    expect(lines).toContain("+    content: Be thorough.");
    expect(lines).toContain("   - role: user");
  });

  it("uses the old path for a renamed file", () => {
    const diff = diffPrompt({ path: "old.prompt.yml", text: baseText }, { path, text: baseText });
    expect(diff.unified).toContain("--- a/old.prompt.yml");
    expect(diff.unified).toContain(`+++ b/${path}`);
    expect(diff.unified).not.toContain("@@");
  });

  it("diffs an added file against an empty base and a deleted one against an empty head", () => {
    const added = diffPrompt(undefined, side(makeSpec(), headText));
    expect(added.unified).toContain("--- /dev/null");
    expect(added.unified).toContain("+    content: Be thorough.");
    expect(added.unified).not.toMatch(/^-\s/m);

    const deleted = diffPrompt(side(makeSpec(), baseText), undefined);
    expect(deleted.unified).toContain("+++ /dev/null");
    expect(deleted.unified).toContain("-    content: Be brief.");
  });
});

describe("diffPrompt structural changes", () => {
  it("reports nothing for identical specs", () => {
    const diff = diffPrompt(side(makeSpec()), side(makeSpec()));
    expect(diff.modelChanged).toBeUndefined();
    expect(diff.parametersChanged).toEqual([]);
    expect(diff.responseFormatChanged).toBeUndefined();
    expect(diff.messages).toEqual([]);
    expect(diff.casesAdded + diff.casesRemoved).toBe(0);
  });

  it("reports a model change with raw ids and the config default for a missing model", () => {
    const diff = diffPrompt(side(makeSpec()), side(makeSpec({ model: "openai/gpt-4.1" })));
    expect(diff.modelChanged).toEqual({ from: "openai/gpt-4o-mini", to: "openai/gpt-4.1" });
    const toDefault = diffPrompt(side(makeSpec()), side(makeSpec({ model: undefined })));
    expect(toDefault.modelChanged).toEqual({ from: "openai/gpt-4o-mini", to: "(config default)" });
  });

  it("reports each changed parameter, unset values as null", () => {
    const head = makeSpec({ modelParameters: { temperature: 0.7, maxTokens: 512, stop: ["END"] } });
    const base = makeSpec({ modelParameters: { temperature: 0.2, stop: ["END"], seed: 1 } });
    const diff = diffPrompt(side(base), side(head));
    expect(diff.parametersChanged).toEqual([
      { name: "temperature", from: 0.2, to: 0.7 },
      { name: "maxTokens", from: null, to: 512 },
      { name: "seed", from: 1, to: null },
    ]);
    expect(JSON.parse(JSON.stringify(diff.parametersChanged))[1]).toEqual({
      name: "maxTokens",
      from: null,
      to: 512,
    });
  });

  it("reports a response format change and a JSON schema change", () => {
    const json = makeSpec({ responseFormat: "json_object" });
    expect(diffPrompt(side(makeSpec()), side(json)).responseFormatChanged).toEqual({
      from: "text",
      to: "json_object",
    });
    const schemaA = makeSpec({
      responseFormat: "json_schema",
      jsonSchema: { type: "object", required: ["a"] },
    });
    const schemaB = makeSpec({
      responseFormat: "json_schema",
      jsonSchema: { type: "object", required: ["b"] },
    });
    expect(diffPrompt(side(schemaA), side(schemaB)).responseFormatChanged).toEqual({
      from: "json_schema",
      to: "json_schema",
      schemaChanged: true,
    });
    const reordered = makeSpec({
      responseFormat: "json_schema",
      jsonSchema: { required: ["a"], type: "object" },
    });
    expect(diffPrompt(side(schemaA), side(reordered)).responseFormatChanged).toBeUndefined();
  });

  it("reports added and removed variables, cases and evaluators", () => {
    const head = makeSpec({
      variables: ["product", "question"],
      testData: [testCase("login", 0), testCase("billing", 1), testCase("shipping", 2)],
      evaluators: [evaluator("polite"), evaluator("mentions-policy")],
    });
    const base = makeSpec({
      variables: ["question", "tone"],
      evaluators: [evaluator("polite"), evaluator("short")],
    });
    const diff = diffPrompt(side(base), side(head));
    expect(diff.variablesAdded).toEqual(["product"]);
    expect(diff.variablesRemoved).toEqual(["tone"]);
    expect(diff.casesAdded).toBe(2);
    expect(diff.casesRemoved).toBe(1);
    expect(diff.evaluatorsAdded).toEqual(["mentions-policy"]);
    expect(diff.evaluatorsRemoved).toEqual(["short"]);
  });

  it("counts everything as added for an added prompt and removed for a deleted one", () => {
    const added = diffPrompt(undefined, side(makeSpec()));
    expect(added.variablesAdded).toEqual(["question"]);
    expect(added.casesAdded).toBe(2);
    expect(added.evaluatorsAdded).toEqual(["polite"]);
    expect(added.modelChanged).toBeUndefined();
    expect(added.messages.map((m) => m.label)).toEqual(["messages[0] (system)", "messages[1] (user)"]);
    expect(added.messages[0]?.parts).toEqual([{ value: "You are a support agent. Be brief.", added: true }]);

    const deleted = diffPrompt(side(makeSpec()), undefined);
    expect(deleted.variablesRemoved).toEqual(["question"]);
    expect(deleted.casesRemoved).toBe(2);
    expect(deleted.evaluatorsRemoved).toEqual(["polite"]);
    expect(deleted.messages[1]?.parts).toEqual([{ value: "{{question}}", removed: true }]);
  });

  it("leaves structural fields empty when a side did not parse", () => {
    const diff = diffPrompt(side(makeSpec(), "a: 1\n"), side(undefined, "a: [\n"));
    expect(diff.unified).toContain("+a: [");
    expect(diff).toMatchObject({
      parametersChanged: [],
      variablesAdded: [],
      variablesRemoved: [],
      casesAdded: 0,
      casesRemoved: 0,
      evaluatorsAdded: [],
      evaluatorsRemoved: [],
      messages: [],
    });
    expect(diff.modelChanged).toBeUndefined();
  });
});

describe("diffPrompt message word diffs", () => {
  it("diffs only the changed message, word by word", () => {
    const head = makeSpec({
      messages: [
        { role: "system", content: "You are a support agent. Be thorough." },
        { role: "user", content: "{{question}}" },
      ],
    });
    const diff = diffPrompt(side(makeSpec()), side(head));
    expect(diff.messages).toHaveLength(1);
    expect(diff.messages[0]?.label).toBe("messages[0] (system)");
    expect(diff.messages[0]?.parts).toEqual([
      { value: "You are a support agent. Be " },
      { value: "brief", removed: true },
      { value: "thorough", added: true },
      { value: "." },
    ]);
  });

  it("labels a role change and shows an appended message as added", () => {
    const base = makeSpec({ messages: [{ role: "system", content: "Rules." }] });
    const head = makeSpec({
      messages: [
        { role: "developer", content: "Rules." },
        { role: "user", content: "Hi" },
      ],
    });
    const diff = diffPrompt(side(base), side(head));
    expect(diff.messages.map((m) => m.label)).toEqual([
      "messages[0] (system → developer)",
      "messages[1] (user)",
    ]);
    expect(diff.messages[0]?.parts).toEqual([{ value: "Rules." }]);
    expect(diff.messages[1]?.parts).toEqual([{ value: "Hi", added: true }]);
  });
});

describe("renderWordDiffText", () => {
  it("marks removed and added text like git --word-diff", () => {
    const text = renderWordDiffText([
      { value: "Be " },
      { value: "brief.", removed: true },
      { value: "thorough.", added: true },
    ]);
    expect(text).toBe("Be [-brief.-]{+thorough.+}");
  });
});

describe("diffPrompt: test rows edited in place", () => {
  it("counts a row whose values changed at the same position as edited, not added and removed", () => {
    const base = makeSpec({ testData: [testCase("a", 0), testCase("b", 1)] });
    const head = makeSpec({ testData: [testCase("a", 0), testCase("b2", 1), testCase("c", 2)] });
    const diff = diffPrompt(side(base), side(head));
    expect(diff.casesEdited).toBe(1);
    expect(diff.casesAdded).toBe(1);
    expect(diff.casesRemoved).toBe(0);
  });
});
