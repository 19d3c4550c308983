// The dry run reads the same in the terminal and in Markdown, and says so when it could not run.
import { describe, expect, it } from "vitest";
import { renderDryRunMarkdown } from "../../src/render/dry-run-markdown.js";
import { renderTerminalDryRun } from "../../src/render/terminal-dry-run.js";
import { buildHeadline } from "../../src/render/verdict-text.js";
import { buildPrompt, buildReport } from "../fixtures/reports/builders.js";
import { failReport } from "../fixtures/reports/scenarios.js";
import { dryRunReport } from "../fixtures/reports/scenarios-more.js";

describe("the dry run's totals", () => {
  it("say the same in the terminal as in Markdown when one prompt's price is unknown", () => {
    const report = dryRunReport();
    const markdown = renderDryRunMarkdown(report);
    const terminal = renderTerminalDryRun(report, { color: false });
    const total = "a full review would make at most 204 calls, est. $0.044 plus 1 prompt of unknown price";
    expect(markdown).toContain(total);
    expect(terminal).toContain(total);
    expect(terminal).not.toContain("est. unknown");
  });

  it("count one call as one call", () => {
    const report = dryRunReport();
    report.prompts = [report.prompts[0]!];
    report.prompts[0]!.estimate!.evalCalls = 1;
    const terminal = renderTerminalDryRun(report, { color: false });
    expect(terminal).toContain("eval set ≤ 1 call ≈");
    expect(terminal).toContain("would make at most 1 call,");
    expect(terminal).not.toMatch(/\b1 calls\b/);
  });
});

describe("a dry run that ends in an error", () => {
  const report = buildReport({
    verdict: "error",
    dryRun: true,
    prompts: [buildPrompt({ verdict: "error", reasons: ["could not parse the head version"] })],
    errors: [{ path: "prompts/support.prompt.yml", line: 3, message: "model: expected a string" }],
  });

  it("is not headed as a dry run in Markdown but says it could not run, and why", () => {
    const [, headline] = renderDryRunMarkdown(report).split("\n");
    expect(headline).toBe(
      "💥 **promptgate: dry run could not run** — `prompts/support.prompt.yml:3`: model: expected a string",
    );
    expect(renderDryRunMarkdown(report)).not.toContain("📝 **promptgate: dry run**");
  });

  it("says it could not run in the terminal", () => {
    const terminal = renderTerminalDryRun(report, { color: false }).trimEnd().split("\n");
    expect(terminal.at(-1)).toBe(
      "promptgate: dry run could not run — prompts/support.prompt.yml:3: model: expected a string",
    );
  });
});

describe("counts of one", () => {
  it("read as one line and one point", () => {
    const report = dryRunReport();
    report.prompts = [report.prompts[1]!];
    report.prompts[0]!.diff.unified = "--- a/p\n+++ b/p\n@@ -1 +1 @@\n+one line\n";
    expect(renderTerminalDryRun(report, { color: false })).toMatch(/^ {4}\+1 −0 line$/m);
    const fail = failReport();
    fail.prompts[0]!.delta = { ...fail.prompts[0]!.delta!, passRate: -0.01, passRateCI: [-0.02, -0.005] };
    fail.gate.margin = 0.005;
    expect(buildHeadline(fail, "plain")).toContain("pass rate fell 1 point (");
  });
});
