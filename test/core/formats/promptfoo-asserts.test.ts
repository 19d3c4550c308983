// promptfoo assertions as regexes and judges: each regex matches exactly what promptfoo's check accepts.
import { describe, expect, it } from "vitest";
import { parseRegex } from "../../../src/core/evaluators.js";
import { mapAsserts, toRegexLiteral } from "../../../src/core/formats/promptfoo-asserts.js";

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
      { __assert1: "/Paris/i", __rubric1: "" },
      { __assert1: "", __rubric1: expect.stringContaining("Rome is in Italy") },
    ]);
    expect(mapped.warnings).toEqual([
      {
        ...where,
        message: "`javascript` assertion not run: promptgate never executes code from the repository",
      },
    ]);
  });
});
