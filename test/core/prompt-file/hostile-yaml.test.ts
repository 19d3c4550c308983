// Hostile eval data and prompt files: alias bombs and row floods are located errors, not crashes or hangs.
import { describe, expect, it } from "vitest";
import { parsePromptFile } from "../../../src/core/prompt-file/prompt-file.js";
import { parseTestData } from "../../../src/core/prompt-file/test-data.js";
import { aliasBomb } from "../../support/hostile-inputs.js";
import { errorsOf } from "../../support/input-errors.js";

const messages = "messages:\n  - {role: user, content: '{{q}}'}\n";

describe("alias bombs", () => {
  it("stop a YAML data file with an error at the file and the first alias's line", () => {
    const started = performance.now();
    const errors = errorsOf(() => parseTestData("prompts/rows.yaml", aliasBomb()));
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(errors).toEqual([
      {
        file: "prompts/rows.yaml",
        line: 2,
        column: 8,
        message: expect.stringMatching(/^YAML cannot be converted: .*alias/i),
      },
    ]);
  });

  it("stop a prompt file the same way, and a prompt whose data file is one names the data file", () => {
    const bomb = `${messages}testData:\n${aliasBomb().replace(/^/gm, "  ").trimEnd()}\n`;
    expect(errorsOf(() => parsePromptFile("p/a.prompt.yml", bomb))[0]).toMatchObject({
      file: "p/a.prompt.yml",
      message: expect.stringContaining("YAML cannot be converted"),
    });
    const referencing = `${messages}testDataFile: rows.yaml\n`;
    const errors = errorsOf(() =>
      parsePromptFile("p/a.prompt.yml", referencing, { "p/rows.yaml": aliasBomb() }),
    );
    expect(errors).toEqual([expect.objectContaining({ file: "p/rows.yaml", line: 2 })]);
  });
});

describe("maxRows", () => {
  it("is an error at the first row over the limit, inline or in a data file", () => {
    const inline = `${messages}testData:\n${["a", "b", "c"].map((q) => `  - {q: ${q}}`).join("\n")}\n`;
    expect(parsePromptFile("p/a.prompt.yml", inline, {}, { maxRows: 3 }).testData).toHaveLength(3);
    expect(errorsOf(() => parsePromptFile("p/a.prompt.yml", inline, {}, { maxRows: 2 }))).toEqual([
      {
        file: "p/a.prompt.yml",
        line: 6,
        message: expect.stringContaining("3 test rows, over `limits.maxRows` (2)"),
      },
    ]);
    const rows = Array.from({ length: 5 }, (_, i) => JSON.stringify({ q: `row ${i}` })).join("\n");
    const withFile = `${inline}testDataFile: rows.jsonl\n`;
    const errors = errorsOf(() =>
      parsePromptFile("p/a.prompt.yml", withFile, { "p/rows.jsonl": rows }, { maxRows: 4 }),
    );
    expect(errors).toEqual([expect.objectContaining({ file: "p/rows.jsonl", line: 2 })]);
  });
});
