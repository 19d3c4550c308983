// The levenshtein and containsJson evaluators: written in .prompt.yml, and what promptfoo's assertions map to.
import { describe, expect, it } from "vitest";
import { mapAsserts } from "../../../src/core/formats/promptfoo-asserts.js";
import { evaluateDeterministic, levenshteinDistance } from "../../../src/core/grading/evaluators.js";
import { parsePromptFile } from "../../../src/core/prompt-file/prompt-file.js";

const where = { file: "p.prompt.yml", caseId: "c1" };
const file = (evaluators: string) =>
  `messages:\n  - {role: user, content: "{{q}}"}\ntestData:\n  - {q: hi, expected: "Paris, France"}\nevaluators:\n${evaluators}`;

describe("levenshtein", () => {
  it("counts edits over code points", () => {
    expect(levenshteinDistance("kitten", "sitting")).toBe(3);
    expect(levenshteinDistance("", "abc")).toBe(3);
    expect(levenshteinDistance("café 👍", "cafe 👍")).toBe(1);
  });

  it("passes within maxDistance of the reference filled from the row", () => {
    const spec = parsePromptFile(
      "p.prompt.yml",
      file('  - name: close\n    levenshtein: {value: "{{expected}}", maxDistance: 2}\n'),
    );
    const evaluator = spec.evaluators[0]!;
    if (evaluator.kind !== "levenshtein") throw new Error("expected a levenshtein evaluator");
    const vars = spec.testData[0]!.vars;
    expect(evaluateDeterministic(evaluator, "Paris, Frances", vars, where).pass).toBe(true);
    expect(evaluateDeterministic(evaluator, "Lyon, France", vars, where)).toMatchObject({
      pass: false,
      reason: 'levenshtein "Paris, France" — distance 5, at most 2',
    });
  });
});

describe("containsJson", () => {
  it("finds a JSON object inside prose, and checks it against a schema when one is given", () => {
    const schema = '{"type": "object", "required": ["city"]}';
    const spec = parsePromptFile(
      "p.prompt.yml",
      file(
        `  - name: any json\n    containsJson: true\n  - name: city json\n    containsJson: '${schema}'\n`,
      ),
    );
    const [any, city] = spec.evaluators as [
      Parameters<typeof evaluateDeterministic>[0],
      Parameters<typeof evaluateDeterministic>[0],
    ];
    const output = 'Sure! Here it is: {"city": "Paris"} — anything else?';
    expect(evaluateDeterministic(any, output, {}, where).pass).toBe(true);
    expect(evaluateDeterministic(city, output, {}, where).pass).toBe(true);
    expect(evaluateDeterministic(city, 'Here: {"town": "Paris"}', {}, where).pass).toBe(false);
    expect(evaluateDeterministic(any, "no json {here", {}, where).pass).toBe(false);
  });
});

describe("promptfoo levenshtein and contains-json", () => {
  const at = { file: "promptfooconfig.yaml", line: 4, message: "" };
  it("grade every row from defaultTest and, on one test, only that test's row", () => {
    const defaults = [
      { value: { type: "levenshtein", value: "{{expected}}", threshold: 3 }, where: at },
      { value: { type: "contains-json" }, where: at },
    ];
    const tests = [
      { asserts: [{ value: { type: "levenshtein", value: "x" }, where: { ...at, line: 9 } }], vars: {} },
      { asserts: [], vars: {} },
    ];
    const mapped = mapAsserts(defaults, tests);
    expect(mapped.evaluators).toEqual([
      { kind: "levenshtein", name: "levenshtein", invariant: false, value: "{{expected}}", maxDistance: 3 },
      { kind: "containsJson", name: "contains-json", invariant: false },
      { kind: "levenshtein", name: "levenshtein 2", invariant: false, value: "x", maxDistance: 5 },
    ]);
    expect(mapped.rowVars.map((vars) => JSON.parse(vars["__asserts"]!))).toEqual([
      { levenshtein: 1, "contains-json": 1, "levenshtein 2": 1 },
      { levenshtein: 1, "contains-json": 1 },
    ]);
    expect(mapped.warnings).toEqual([]);
  });
});
