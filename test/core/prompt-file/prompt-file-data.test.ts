import { describe, expect, it } from "vitest";
import { listDataReferences, parsePromptFile } from "../../../src/core/prompt-file/prompt-file.js";
import { errorsOf, readFixture } from "../../support/input-errors.js";

const fixture = (name: string) => readFixture(`prompts/${name}`);

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
