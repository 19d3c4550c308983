// Planning a prompt's calls: cases pair across versions, and a row only one version has runs on both when it can.
import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../src/core/config/config-schema.js";
import { parsePromptFile } from "../../src/core/prompt-file/prompt-file.js";
import { pairCases, planPrompt } from "../../src/review/plan-prompt.js";

const file = (user: string, rows: string[]) => `model: gpt-4o-mini
messages:
  - role: user
    content: "${user}"
testData:
${rows.map((r) => `  - ${r}`).join("\n")}
evaluators:
  - name: mentions it
    string:
      contains: "{{expected}}"
`;

describe("planPrompt", () => {
  it("still runs a test row the head deleted, on both versions", () => {
    const base = parsePromptFile(
      "p.prompt.yml",
      file("Q: {{q}}", ["{q: one, expected: a}", "{q: two, expected: b}"]),
    );
    const head = parsePromptFile("p.prompt.yml", file("Question: {{q}}", ["{q: one, expected: a}"]));
    const plan = planPrompt(base, head, defaultConfig);
    expect(plan.cases).toHaveLength(2);
    const two = plan.cases.find((c) => c.vars.q === "two")!;
    expect(two.base?.request.messages[0]?.content).toBe("Q: two");
    expect(two.head?.request.messages[0]?.content).toBe("Question: two");
  });

  it("grades a head that renamed its variable with the base row's expected values", () => {
    const base = parsePromptFile("p.prompt.yml", file("Q: {{q}}", ["{q: one, expected: refund link}"]));
    const head = parsePromptFile("p.prompt.yml", file("Question: {{question}}", ["{question: one}"]));
    const plan = planPrompt(base, head, defaultConfig);
    const [only] = plan.cases;
    expect(only?.head?.request.messages[0]?.content).toBe("Question: one");
    expect(only?.head?.testCase.vars).toEqual({ question: "one", q: "one", expected: "refund link" });
  });

  it("runs an added row on base too, unless base cannot render it", () => {
    const base = parsePromptFile("p.prompt.yml", file("Q: {{q}}", ["{q: one, expected: a}"]));
    const head = parsePromptFile(
      "p.prompt.yml",
      file("Q: {{q}} in {{lang}}", ["{q: one, expected: a, lang: en}", "{q: two, expected: b, lang: fr}"]),
    );
    const plan = planPrompt(base, head, defaultConfig);
    expect(plan.errors).toEqual([]);
    // Both rows changed shape (a new column): they pair by position, and base renders each with its own vars.
    expect(plan.cases.map((c) => [Boolean(c.base), Boolean(c.head)])).toEqual([
      [true, true],
      [true, true],
    ]);
    expect(plan.cases[1]!.base?.request.messages[0]?.content).toBe("Q: two");
    // The row the head adds is reported, not gated; the edited row pairs with base's and gates.
    expect(plan.cases.map((c) => c.gated)).toEqual([true, false]);
  });

  it("grades the head with the base's rows, so editing an expected value cannot pass a regression", () => {
    const base = parsePromptFile("p.prompt.yml", file("Q: {{q}}", ["{q: one, expected: refund link}"]));
    const head = parsePromptFile("p.prompt.yml", file("Question: {{q}}", ["{q: one, expected: anything}"]));
    const plan = planPrompt(base, head, defaultConfig);
    expect(plan.cases).toHaveLength(1);
    expect(plan.cases[0]!.head?.testCase.vars.expected).toBe("refund link");
    expect(plan.cases[0]!.gated).toBe(true);
  });

  it("does not gate on an evaluator the head adds, and names it", () => {
    const base = parsePromptFile("p.prompt.yml", file("Q: {{q}}", ["{q: one, expected: a}"]));
    const head = parsePromptFile(
      "p.prompt.yml",
      `${file("Q: {{q}}", ["{q: one, expected: a}"])}  - name: says ZZ\n    string:\n      contains: ZZ\n`,
    );
    const plan = planPrompt(base, head, defaultConfig);
    expect(plan.evaluators.map((e) => e.name)).toEqual(["mentions it"]);
    expect(plan.ungatedEvaluators).toEqual(["says ZZ"]);
  });

  it("applies base's evaluators on both sides when the head redefines one under the same name", () => {
    const base = parsePromptFile("p.prompt.yml", file("Q: {{q}}", ["{q: one, expected: a}"]));
    const head = parsePromptFile(
      "p.prompt.yml",
      file("Q: {{q}}", ["{q: one, expected: a}"]).replace('contains: "{{expected}}"', "contains: Q"),
    );
    const plan = planPrompt(base, head, defaultConfig);
    expect(plan.evaluators).toEqual([
      expect.objectContaining({ name: "mentions it", value: "{{expected}}" }),
    ]);
  });
});

describe("pairCases", () => {
  it("pairs by id first, then edited rows by position", () => {
    const row = (id: string, index: number) => ({ id, index, vars: {} });
    const pairs = pairCases([row("a", 0), row("b", 1)], [row("a", 0), row("b2", 1), row("c", 2)]);
    expect(pairs.map((p) => [p.base?.id, p.head?.id])).toEqual([
      ["a", "a"],
      ["b", "b2"],
      [undefined, "c"],
    ]);
  });
});
