// Tests of src/render/check-output.ts.
import { describe, expect, it } from "vitest";
import { renderCheckOutput } from "../../src/render/check-output.js";
import { COMMENT_MARKER, MAX_CHECK_SUMMARY_CHARS } from "../../src/render/limits.js";
import { failReport, inconclusiveReport } from "../fixtures/reports/scenarios.js";
import { hugeReport } from "../fixtures/reports/scenarios-more.js";

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
