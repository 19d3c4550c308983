// Tests of src/render/markdown-diff.ts.
import { describe, expect, it } from "vitest";
import { renderStructuralChanges, renderWordDiff } from "../../src/render/markdown-diff.js";
import { renderTerminalDryRun } from "../../src/render/terminal-dry-run.js";
import { buildDiff, buildPrompt, buildReport } from "../fixtures/reports/builders.js";

describe("test rows in the list of changes", () => {
  it("names rows edited in place and how they are graded", () => {
    const diff = buildDiff({ casesAdded: 3, casesRemoved: 1, casesEdited: 16 });
    expect(renderStructuralChanges(diff)).toBe(
      "- test rows: 3 added, 1 removed, 16 edited — edited rows are graded with the base's values",
    );
    const report = buildReport({ verdict: "skipped", dryRun: true, prompts: [buildPrompt({ diff })] });
    expect(renderTerminalDryRun(report, { color: false })).toContain(
      "test rows +3 −1, 16 edited (graded with the base's values)",
    );
  });

  it("lists edits alone, and says nothing when no row changed", () => {
    expect(renderStructuralChanges(buildDiff({ casesEdited: 2 }))).toBe(
      "- test rows: 0 added, 0 removed, 2 edited — edited rows are graded with the base's values",
    );
    expect(renderStructuralChanges(buildDiff({ casesAdded: 2 }))).toBe("- test rows: 2 added, 0 removed");
    expect(renderStructuralChanges(buildDiff({ casesEdited: 0 }))).toBe("");
  });
});

describe("a json_schema response format whose schema changed", () => {
  const diff = buildDiff({
    responseFormatChanged: { from: "json_schema", to: "json_schema", schemaChanged: true },
  });

  it("says so once, not as a change from a value to itself", () => {
    expect(renderStructuralChanges(diff)).toBe("- response format: `json_schema`, schema changed");
    const terminal = renderTerminalDryRun(buildReport({ dryRun: true, prompts: [buildPrompt({ diff })] }), {
      color: false,
    });
    expect(terminal).toContain("response format json_schema, schema changed");
    expect(terminal).not.toContain("→ json_schema");
  });
});

describe("word diffs that shorten long unchanged text", () => {
  const words = Array.from({ length: 120 }, (_, i) => `word${i}`);
  const unchanged = ` ${words.join(" ")} `;
  const message = {
    label: "messages[0] (system)",
    parts: [
      { value: "Start" },
      { value: " new", added: true },
      { value: unchanged },
      { value: "end", removed: true },
    ],
  };

  it("keep whole words at both edges of the shortened stretch", () => {
    const paragraph = renderWordDiff(message, 4_000).split("\n\n")[1]!;
    const shown = paragraph
      .replace(/<\/?(ins|del)>/g, " ")
      .split(/\s+/)
      .filter((w) => w !== "" && w !== "…");
    for (const word of shown) expect(["Start", "new", "end", ...words], word).toContain(word);
    expect(paragraph).toContain(" … ");
  });

  it("stop between parts with a note of how many changes are not shown", () => {
    const paragraph = renderWordDiff(message, 30).split("\n\n")[1]!;
    expect(paragraph).toMatch(/ … \(diff cut: 1 more change not shown\)$/);
  });
});
