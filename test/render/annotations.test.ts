// Tests of src/render/annotations.ts.
import { describe, expect, it } from "vitest";
import { buildAnnotations, chunkAnnotations } from "../../src/render/annotations.js";
import { MAX_ANNOTATIONS_PER_REQUEST } from "../../src/render/limits.js";
import { findAddedLineRanges, findTestRowLines } from "../../src/render/source-lines.js";
import { failReport, inconclusiveReport } from "../fixtures/reports/scenarios.js";
import { errorReport, severalPromptsReport } from "../fixtures/reports/scenarios-more.js";
import { SUPPORT_DIFF, SUPPORT_HEAD_SOURCE, SUPPORT_PATH } from "../fixtures/reports/support-prompt.js";

describe("buildAnnotations", () => {
  it("puts each regressed case at its test row and the verdict at the changed lines", () => {
    const list = buildAnnotations(failReport(), { [SUPPORT_PATH]: SUPPORT_HEAD_SOURCE });
    const regressed = list.filter((a) => a.title.startsWith("Regressed:"));
    expect(regressed.map((a) => [a.title, a.start_line])).toEqual([
      ["Regressed: refund-damaged-item", 13],
      ["Regressed: refund-wrong-size", 15],
      ["Regressed: refund-after-30-days", 19],
    ]);
    expect(regressed.every((a) => a.annotation_level === "failure" && a.path === SUPPORT_PATH)).toBe(true);
    expect(regressed[0]!.message).toContain('cites-refund-policy: output does not contain "refund policy"');
    const verdict = list.find((a) => a.title === "promptgate: fail")!;
    expect([verdict.start_line, verdict.end_line]).toEqual([5, 5]);
    expect(verdict.message).toContain("pass rate fell 23 points");
  });

  it("prefers line numbers the parser knows", () => {
    const caseLines = { [SUPPORT_PATH]: { "refund-wrong-size": 42 } };
    const list = buildAnnotations(failReport(), { [SUPPORT_PATH]: SUPPORT_HEAD_SOURCE }, { caseLines });
    expect(list.find((a) => a.title === "Regressed: refund-wrong-size")!.start_line).toBe(42);
  });

  it("groups cases it cannot place at the first changed lines", () => {
    const list = buildAnnotations(failReport(), {});
    const grouped = list.find((a) => a.title === "3 regressed cases")!;
    expect([grouped.start_line, grouped.end_line]).toEqual([5, 5]);
    expect(grouped.message).toBe("refund-damaged-item, refund-wrong-size, refund-after-30-days");
  });

  it("places errors at their exact line and warnings where they were found", () => {
    const errors = buildAnnotations(errorReport(), {});
    expect(errors).toContainEqual(
      expect.objectContaining({
        path: SUPPORT_PATH,
        start_line: 14,
        end_line: 14,
        annotation_level: "failure",
      }),
    );
    const warnings = buildAnnotations(severalPromptsReport(), {}).filter(
      (a) => a.annotation_level === "warning",
    );
    expect(warnings).toContainEqual(
      expect.objectContaining({
        path: "prompts/tone-rewrite.prompt.yml",
        start_line: 7,
        title: "promptgate warning",
      }),
    );
  });

  it("uses a notice for an inconclusive prompt and sorts the list", () => {
    const list = buildAnnotations(inconclusiveReport(), {});
    expect(list.map((a) => a.annotation_level)).toEqual(["notice"]);
    expect(list[0]!.message).toContain(
      "To settle it: This eval set (6 cases) is too small to detect any drop with 95% power",
    );
    const several = buildAnnotations(severalPromptsReport(), {});
    const keys = several.map((a) => `${a.path}:${String(a.start_line).padStart(5, "0")}`);
    expect(keys).toEqual([...keys].sort());
  });
});

describe("chunkAnnotations", () => {
  it("splits into batches of 50", () => {
    const list = Array.from({ length: 120 }, (_, i) => i);
    expect(chunkAnnotations(list).map((c) => c.length)).toEqual([50, 50, 20]);
    expect(chunkAnnotations(list.slice(0, 50))).toHaveLength(1);
    expect(chunkAnnotations([])).toEqual([]);
    expect(MAX_ANNOTATIONS_PER_REQUEST).toBe(50);
    expect(chunkAnnotations(list, 7).flat()).toEqual(list);
  });
});

describe("source line lookups", () => {
  it("finds test rows in block and compact sequences, stopping at the next key", () => {
    expect(findTestRowLines("a: 1\ntestData:\n- x: 1\n  y: 2\n- x: 3\nevaluators: []\n- not a row")).toEqual([
      3, 5,
    ]);
    expect(findTestRowLines("testData:\n  # comment\n  - x: 1\n\n  - x: 2\n")).toEqual([3, 5]);
    expect(findTestRowLines("testData: rows.csv\n")).toEqual([]);
  });

  it("maps added diff lines to head line ranges", () => {
    expect(findAddedLineRanges(SUPPORT_DIFF.unified)).toEqual([
      [5, 5],
      [9, 9],
    ]);
    const diff =
      "--- a/x\n+++ b/x\n@@ -1,2 +1,4 @@\n a\n+b\n+c\n d\n\\ No newline at end of file\n@@ -10 +12,2 @@\n+e\n f\n";
    expect(findAddedLineRanges(diff)).toEqual([
      [2, 3],
      [12, 12],
    ]);
  });
});
