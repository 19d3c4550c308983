// promptfoo assertions as regexes and judges: each regex matches exactly what promptfoo's check accepts.
import { describe, expect, it } from "vitest";
import { InputError } from "../../../src/core/diagnostics.js";
import { loadPromptSpec } from "../../../src/core/formats/prompt-formats.js";
import { mapAsserts, toRegexLiteral } from "../../../src/core/formats/promptfoo-asserts.js";
import { parseRegex } from "../../../src/core/grading/evaluators.js";

const where = { file: "promptfooconfig.yaml", line: 3, message: "" };
const passes = (type: string, value: unknown, output: string) =>
  parseRegex(toRegexLiteral(type, value)!, { file: "x", caseId: "c" }).test(output);

describe("promptfoo string assertions", () => {
  it.each([
    ["equals", "Paris", "Paris", true],
    ["equals", "Paris", "Paris!", false],
    ["contains", "Paris", "in Paris.", true],
    ["contains", "Paris", "in paris.", false],
    ["icontains", "Paris", "in PARIS.", true],
    ["not-contains", "sorry", "Sure!", true],
    ["not-contains", "sorry", "I'm sorry", false],
    ["not-icontains", "sorry", "SORRY", false],
    ["starts-with", "{", '{"a": 1}', true],
    ["starts-with", "{", ' {"a": 1}', false],
    ["contains-any", ["fire", "flame"], "a flame", true],
    ["contains-any", ["fire", "flame"], "smoke", false],
    ["icontains-any", ["fire", "flame"], "FIRE", true],
    ["contains-all", ["a.b", "c+d"], "c+d then a.b", true],
    ["contains-all", ["a.b", "c+d"], "a.b only", false],
    ["regex", "^\\d{3}$", "123", true],
    ["not-regex", "\\d", "no digits", true],
    ["not-regex", "\\d", "1 digit", false],
  ])("%s %j on %j → %s", (type, value, output, expected) => {
    expect(passes(type as string, value, output as string)).toBe(expected);
  });
});

describe("mapAsserts", () => {
  it("carries each test's assertions in its row and reports code assertions as not run", () => {
    const defaults = [{ value: { type: "javascript", value: "output.length < 9" }, where }];
    const tests = [
      { asserts: [{ value: { type: "icontains", value: "{{city}}" }, where }], vars: { city: "Paris" } },
      {
        asserts: [{ value: { type: "factuality", value: "Rome is in Italy" }, where }],
        vars: { city: "Rome" },
      },
    ];
    const mapped = mapAsserts(defaults, tests);
    expect(mapped.evaluators.map((e) => [e.name, e.kind])).toEqual([
      ["assert 1", "string"],
      ["rubric 1", "llm"],
    ]);
    expect(mapped.rowVars).toEqual([
      { __assert1: "/Paris/i", __rubric1: "", __asserts: '{"assert 1":1}' },
      {
        __assert1: "",
        __rubric1: expect.stringContaining("Rome is in Italy"),
        __asserts: '{"rubric 1":1}',
      },
    ]);
    expect(mapped.warnings).toEqual([
      {
        ...where,
        message: "`javascript` assertion not run: promptgate never executes code from the repository",
      },
    ]);
  });

  const tool = { type: "function", function: { name: "get_weather", parameters: { type: "object" } } };
  const on = (value: Record<string, unknown>, line = 7) => ({ value, where: { ...where, line } });

  it("makes any assertion kind a test's own: is-json, contains-json, cost, latency and tool calls", () => {
    const tests = [
      {
        asserts: [
          on({ type: "is-json" }),
          on({ type: "cost", threshold: 0.002 }),
          on({ type: "is-valid-openai-tools-call" }),
        ],
        vars: {},
      },
      { asserts: [on({ type: "contains-json" }), on({ type: "latency", threshold: 1500 })], vars: {} },
      { asserts: [on({ type: "is-json" })], vars: {} },
    ];
    const mapped = mapAsserts([], tests, [tool]);
    expect(mapped.evaluators).toEqual([
      { kind: "json", name: "is-json", invariant: false },
      { kind: "cost", name: "cost", invariant: false, maxUsd: 0.002 },
      { kind: "toolCall", name: "is-valid-openai-tools-call", invariant: false, tools: [tool] },
      { kind: "containsJson", name: "contains-json", invariant: false },
      { kind: "latency", name: "latency", invariant: false, maxMs: 1500 },
    ]);
    // Equal assertions share one evaluator; each row lists only its own.
    expect(mapped.rowVars.map((vars) => JSON.parse(vars["__asserts"]!))).toEqual([
      { "is-json": 1, cost: 1, "is-valid-openai-tools-call": 1 },
      { "contains-json": 1, latency: 1 },
      { "is-json": 1 },
    ]);
    expect(mapped.warnings).toEqual([]);
  });

  it("carries weights and the test's threshold in the row", () => {
    const tests = [
      {
        asserts: [on({ type: "contains", value: "Paris", weight: 3 }), on({ type: "is-json", weight: 0 })],
        vars: {},
        threshold: 0.6,
      },
    ];
    const [row] = mapAsserts([on({ type: "icontains", value: "france", weight: 2 })], tests).rowVars;
    expect(JSON.parse(row!["__asserts"]!)).toEqual({ "assert 1": 2, "assert 2": 3, "is-json": 0 });
    expect(row!["__threshold"]).toBe("0.6");
    expect(row!["__assert2"]).toBe("/Paris/");
  });

  it("reports what it cannot run: cost and latency with no threshold, tool calls with no tools", () => {
    const tests = [
      {
        asserts: [
          on({ type: "cost" }, 3),
          on({ type: "latency" }, 4),
          on({ type: "is-valid-openai-tools-call" }, 5),
          on({ type: "contains", value: "x", transform: "output.trim()" }, 6),
        ],
        vars: {},
      },
    ];
    const mapped = mapAsserts([], tests, ["lookupOrder"]);
    expect(mapped.evaluators).toEqual([]);
    expect(mapped.warnings.map((w) => [w.line, w.message])).toEqual([
      [3, "`cost` assertion not run: it needs `threshold`: the most a sample may cost, in USD"],
      [4, "`latency` assertion not run: it needs `threshold`: the most a sample's call may take, in ms"],
      [5, expect.stringMatching(/^`is-valid-openai-tools-call` assertion not run: the provider declares no/)],
      [6, "`contains` assertion not run: its `transform` is code, which promptgate never executes"],
    ]);
  });
});

describe("a promptfoo test's threshold", () => {
  const load = (threshold: string) => {
    const text = `prompts: ["Hi {{q}}"]\nproviders: [openai:gpt-4o-mini]\ndefaultTest:\n  threshold: 0.5\ntests:\n  - vars: {q: a}\n    assert: [{type: contains, value: a}]\n  - vars: {q: b}\n    threshold: ${threshold}\n`;
    return loadPromptSpec({ path: "promptfooconfig.yaml#prompt 1", text, readFile: async () => null });
  };

  it("is carried by its row, defaultTest's when the test has none", async () => {
    const spec = await load("0.9");
    expect(spec.testData.map((c) => c.vars["__threshold"])).toEqual(["0.5", "0.9"]);
  });

  it("out of 0–1 is an error naming the file, line and field", async () => {
    const error = await load("2").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).diagnostics).toContainEqual(
      expect.objectContaining({
        file: "promptfooconfig.yaml",
        line: 9,
        field: "tests[1].threshold",
        message: "must be a number from 0 to 1 (the least weighted share of assertions that pass)",
      }),
    );
  });
});
