// Tests of src/render/check-output.ts.
import { describe, expect, it } from "vitest";
import type { ReviewReport } from "../../src/core/report.js";
import { type CheckConclusion, decideConclusion, renderCheckOutput } from "../../src/render/check-output.js";
import { COMMENT_MARKER, MAX_CHECK_SUMMARY_CHARS } from "../../src/render/limits.js";
import { buildReport } from "../fixtures/reports/builders.js";
import { failReport, inconclusiveReport } from "../fixtures/reports/scenarios.js";
import { hugeReport } from "../fixtures/reports/scenarios-more.js";

type Row = [ReviewReport["verdict"], ReviewReport["gate"]["onInconclusive"], boolean, CheckConclusion];

const TABLE: Row[] = [
  ["pass", "neutral", false, "success"],
  ["skipped", "neutral", false, "success"],
  ["fail", "neutral", false, "failure"],
  ["fail", "pass", false, "failure"],
  ["fail", "neutral", true, "success"],
  ["inconclusive", "neutral", false, "neutral"],
  ["inconclusive", "pass", false, "success"],
  ["inconclusive", "fail", false, "failure"],
  ["inconclusive", "fail", true, "success"],
  ["inconclusive", "neutral", true, "neutral"],
  ["pass", "neutral", true, "success"],
  ["error", "neutral", false, "failure"],
  ["error", "pass", true, "failure"],
];

describe("decideConclusion", () => {
  it.each(TABLE)(
    "%s with onInconclusive=%s, accepted=%s → %s",
    (verdict, onInconclusive, accepted, expected) => {
      const report = buildReport({
        verdict,
        gate: { margin: 0.05, confidence: 0.95, repeats: 3, onInconclusive },
      });
      expect(decideConclusion(report, accepted)).toBe(expected);
      const accept = accepted ? { accepted: { label: "promptgate:accept" } } : {};
      expect(renderCheckOutput(report, accept).conclusion).toBe(expected);
    },
  );
});

describe("renderCheckOutput", () => {
  it("has a plain-text title and a summary without the comment marker", () => {
    const out = renderCheckOutput(failReport());
    expect(out.title).toBe("Regression: prompts/support.prompt.yml pass rate fell 23 points (90% → 67%)");
    expect(out.summary).not.toContain(COMMENT_MARKER);
    expect(out.summary.startsWith("❌ **promptgate: regression**")).toBe(true);
  });

  it("marks an accepted regression in the title", () => {
    const out = renderCheckOutput(failReport(), {
      accepted: { label: "promptgate:accept", by: "octo-lead" },
    });
    expect(out.title.startsWith("Accepted: Regression:")).toBe(true);
    expect(out.conclusion).toBe("success");
  });

  it("keeps the summary within the check-run limit", () => {
    const out = renderCheckOutput(hugeReport());
    expect(out.summary.length).toBeLessThanOrEqual(MAX_CHECK_SUMMARY_CHARS);
    expect(out.summary).toContain("Output trimmed to fit the check summary's 65,535-character limit");
  });

  it("keeps the title within 255 characters", () => {
    const report = inconclusiveReport();
    report.prompts[0]!.path = `prompts/${"deep/".repeat(80)}x.prompt.yml`;
    expect(renderCheckOutput(report).title.length).toBeLessThanOrEqual(255);
  });
});
