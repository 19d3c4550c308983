// Tests of src/core/prompt-file/test-data.ts.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../../src/core/diagnostics.js";
import { buildCaseId, buildCaseIds } from "../../../src/core/prompt-file/case-id.js";
import { buildTestCases, parseTestData, readTestRows } from "../../../src/core/prompt-file/test-data.js";
import { errorsOf, readFixture } from "../../support/input-errors.js";

const fixture = (name: string) => readFixture(`prompts/data/${name}`);

describe("parseTestData", () => {
  it("reads JSONL, skipping blank lines, with each row's line", () => {
    expect(parseTestData("d/cities.jsonl", fixture("cities.jsonl"))).toEqual({
      rows: [
        { city: "Lisbon", expected: "Portugal" },
        { id: "oslo", city: "Oslo", expected: "Norway" },
      ],
      lines: [1, 3],
    });
  });

  it("reads CSV with a header, quoted commas, doubled quotes, line breaks and CRLF", () => {
    const parsed = parseTestData("d/cities.csv", fixture("cities.csv"));
    expect(parsed.rows).toEqual([
      { city: "Nairobi", expected: "Kenya" },
      { city: "Washington, D.C.", expected: "United States\nof America" },
      { city: "Quito", expected: 'Ecuador "EC"' },
    ]);
    expect(parsed.lines).toEqual([2, 3, 5]);
  });

  it("reads a JSON array and a YAML list with element lines", () => {
    expect(parseTestData("d/cities.json", fixture("cities.json")).lines).toEqual([2, 3]);
    const yaml = parseTestData("d/cities.yaml", fixture("cities.yaml"));
    expect(yaml.rows[1]).toEqual({ inputs: { city: "Manila" }, expected: "Philippines" });
    expect(yaml.lines).toEqual([2, 4]);
    expect(parseTestData("d/empty.yml", "# nothing yet\n")).toEqual({ rows: [], lines: [] });
  });

  it("strips a byte-order mark", () => {
    expect(parseTestData("d/x.csv", "\uFEFFa,b\n1,2\n").rows).toEqual([{ a: "1", b: "2" }]);
  });

  it("reports every bad JSONL line and non-object row at its line", () => {
    expect(
      errorsOf(() => parseTestData("d/x.jsonl", '{"a":1}\n{bad\n\n{also bad\n')).map((e) => e.line),
    ).toEqual([2, 4]);
    const rows = errorsOf(() => parseTestData("d/x.jsonl", '{"a":1}\n[1, 2]\n"text"\n'));
    expect(rows.map((e) => [e.line, e.field, e.message])).toEqual([
      [2, "[1]", "each row must be an object of variables"],
      [3, "[2]", "each row must be an object of variables"],
    ]);
  });

  it("locates a JSON syntax error and rejects a JSON document that is not an array", () => {
    const [syntax] = errorsOf(() => parseTestData("d/x.json", '[\n  {"a": 1},\n  {"a" 2}\n]'));
    expect(syntax).toMatchObject({ file: "d/x.json", line: 3, column: 8 });
    expect(syntax!.message).toMatch(/^invalid JSON: [^\n]+$/);
    expect(errorsOf(() => parseTestData("d/x.json", '{"a": 1}'))[0]!.message).toBe(
      "expected a JSON array of rows",
    );
  });

  it("reports CSV rows with the wrong number of fields, bad headers and unclosed quotes", () => {
    const errors = errorsOf(() => parseTestData("d/x.csv", "a,a,\n1,2,3\n4,5\n"));
    expect(errors.map((e) => `${e.line}: ${e.message}`)).toEqual([
      '1: column "a" appears twice in the header',
      "1: column 3 has no name in the header",
      "3: row has 2 fields but the header has 3",
    ]);
    expect(errorsOf(() => parseTestData("d/x.csv", 'a\n"open\n'))[0]).toMatchObject({ line: 2 });
  });

  it("reports YAML syntax errors and unsupported file types", () => {
    expect(errorsOf(() => parseTestData("d/x.yaml", "- a: 1\n- b: [\n"))[0]!.message).toMatch(
      /^YAML syntax error/,
    );
    expect(errorsOf(() => parseTestData("d/x.txt", "a"))[0]!.message).toMatch(
      /unsupported eval-data file type ".txt"/,
    );
  });
});

describe("buildTestCases", () => {
  it("flattens nested rows once-warned per file and reports a variable given twice", () => {
    const rows = [
      { row: { vars: { q: "1" }, expected: "a" }, line: 4 },
      { row: { vars: { q: "2" } }, line: 6 },
      { row: { vars: { q: "3" }, q: "dup" }, line: 2, source: "d/x.jsonl" },
    ];
    const { cases, errors, warnings } = buildTestCases(rows, "p.prompt.yml", ["q"]);
    expect(cases.map((c) => c.vars)).toEqual([{ q: "1", expected: "a" }, { q: "2" }, { q: "3" }]);
    expect(warnings.map((w) => `${w.file}:${w.line}`)).toEqual(["p.prompt.yml:4", "d/x.jsonl:2"]);
    expect(errors).toEqual([
      { file: "d/x.jsonl", line: 2, message: "`q` is given both in the row and under `vars:`" },
    ]);
  });
});

describe("case ids", () => {
  it("uses the row's own id, else its name, else a hash of its variables", () => {
    expect(buildCaseId({ id: "refund", name: "other" })).toBe("refund");
    expect(buildCaseId({ name: "greeting", q: "hi" })).toBe("greeting");
    expect(buildCaseId({ id: "", q: "hi" })).toMatch(/^c[0-9a-f]{10}$/);
  });

  it("is stable under key order and changes with any value", () => {
    const a = buildCaseId({ question: "Why?", expected: "Because", context: '{"x":1}' });
    const b = buildCaseId({ context: '{"x":1}', expected: "Because", question: "Why?" });
    const c = buildCaseId({ question: "Why?", expected: "Because.", context: '{"x":1}' });
    expect(a).toBe(b);
    expect(a).not.toBe(c);
    // The id is defined as sha256 of sorted-key JSON: a change would unpair stored base/head comparisons.
    const digest = createHash("sha256").update('{"a":"1","b":"2"}').digest("hex");
    expect(buildCaseId({ b: "2", a: "1" })).toBe(`c${digest.slice(0, 10)}`);
  });

  it("suffixes repeated ids in order of appearance", () => {
    expect(buildCaseIds([{ id: "x" }, { q: "1" }, { id: "x" }, { q: "1" }, { id: "x-2" }])).toEqual([
      "x",
      buildCaseId({ q: "1" }),
      "x-2",
      `${buildCaseId({ q: "1" })}-2`,
      "x-2-2",
    ]);
  });
});

describe("readTestRows", () => {
  it("turns a data file's rows into test rows with their line and file", () => {
    const errors: Diagnostic[] = [];
    const rows = readTestRows("d/rows.jsonl", '{"a":"1"}\n\n{"a":"2"}\n', errors);
    expect(rows).toEqual([
      { row: { a: "1" }, line: 1, source: "d/rows.jsonl" },
      { row: { a: "2" }, line: 3, source: "d/rows.jsonl" },
    ]);
    expect(errors).toEqual([]);
  });

  it("gives null and adds the file's problems to the errors, never throws them", () => {
    const errors: Diagnostic[] = [];
    expect(readTestRows("d/rows.txt", "a", errors)).toBeNull();
    expect(errors[0]?.message).toMatch(/unsupported eval-data file type/);
  });
});
