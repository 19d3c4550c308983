// Tests of src/render/markdown-diff.ts.
import { describe, expect, it } from "vitest";
import { renderStructuralChanges } from "../../src/render/markdown-diff.js";
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
