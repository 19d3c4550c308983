// Tests of src/render/verdict-text.ts.
import { describe, expect, it } from "vitest";
import { renderCheckOutput } from "../../src/render/check-output.js";
import { renderTerminalSummary } from "../../src/render/terminal-summary.js";
import { buildHeadline } from "../../src/render/verdict-text.js";
import { buildPrompt, buildReport } from "../fixtures/reports/builders.js";
import { deletedOnlyReport, ungradedReport } from "../fixtures/reports/scenarios-edge.js";
import { skippedReport } from "../fixtures/reports/scenarios-more.js";

describe("headline of a review with nothing to evaluate", () => {
  it("a deleted prompt: says it was deleted, never 'no prompt changes'", () => {
    const report = deletedOnlyReport();
    expect(buildHeadline(report, "markdown")).toBe(
      "⏭️ **promptgate: nothing to evaluate** — 1 prompt deleted",
    );
    expect(renderCheckOutput(report).title).toBe("Nothing to evaluate: 1 prompt deleted");
    expect(renderTerminalSummary(report, { color: false })).toContain(
      "promptgate: nothing to evaluate — 1 prompt deleted",
    );
  });

  it("a rename without changes, a prompt without an eval set, and a dry run", () => {
    const renamed = buildPrompt({
      change: "renamed",
      previousPath: "prompts/old.prompt.yml",
      verdict: "skipped",
    });
    const noEvalSet = buildPrompt({ path: "prompts/b.prompt.yml", verdict: "not_evaluable" });
    const report = buildReport({ verdict: "skipped", prompts: [renamed, noEvalSet] });
    expect(buildHeadline(report, "plain")).toBe(
      "Nothing to evaluate: 1 prompt renamed without changes, 1 prompt without an eval set",
    );
    const dryRun = buildReport({ verdict: "skipped", dryRun: true, prompts: [renamed, noEvalSet] });
    expect(buildHeadline(dryRun, "plain")).toBe("Dry run: 2 prompts changed, no model calls made");
  });

  it("no prompt files at all keeps 'no prompt changes'", () => {
    expect(buildHeadline(skippedReport(), "plain")).toBe(
      "No prompt changes: no prompt files changed in this pull request",
    );
  });
});

describe("headline of an incomplete review", () => {
  it("blames ungraded samples, not a stop, when no stop is recorded", () => {
    const headline = buildHeadline(ungradedReport(), "plain");
    expect(headline).toContain("(incomplete: some samples could not be graded (see errors))");
    expect(headline).not.toContain("stopped");
    expect(renderTerminalSummary(ungradedReport(), { color: false })).not.toContain("stopped");
  });
});
