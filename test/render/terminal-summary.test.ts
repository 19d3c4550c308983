// Tests of src/render/terminal-summary.ts.
import { describe, expect, it } from "vitest";
import { renderTerminalSummary } from "../../src/render/terminal-summary.js";
import { failReport, passReport } from "../fixtures/reports/scenarios.js";
import { severalPromptsReport } from "../fixtures/reports/scenarios-more.js";

const ESC = "\x1b";

describe("renderTerminalSummary", () => {
  it("writes no ANSI codes when color is off", () => {
    const out = renderTerminalSummary(severalPromptsReport(), { color: false });
    expect(out).not.toContain(ESC);
    const lines = out.trimEnd().split("\n");
    expect(lines[0]).toBe(
      "✗ regression     prompts/support.prompt.yml  pass 90% → 67% (−23 pts, 90% CI −35 to −11)  cost/call −12.5% (−$9.00/month)  p50 −21.9%",
    );
    expect(lines[1]).toBe("    regressed: refund-damaged-item, refund-wrong-size, refund-after-30-days");
    expect(lines.at(-2)).toBe("calls 660 (144 cached, 1 failed, 5 retried) · spent $0.04");
    expect(lines.at(-1)).toBe(
      "✗ promptgate: regression — prompts/support.prompt.yml pass rate fell 23 points (90% → 67%)",
    );
  });

  it("colours verdicts when color is on, and the text underneath is the same", () => {
    const colored = renderTerminalSummary(failReport(), { color: true });
    expect(colored).toContain(`${ESC}[31m✗ ${ESC}[39m`);
    const stripped = colored
      .split(ESC)
      .map((part, i) => (i === 0 ? part : part.replace(/^\[\d+m/, "")))
      .join("");
    expect(stripped).toBe(renderTerminalSummary(failReport(), { color: false }));
    expect(renderTerminalSummary(passReport(), { color: true })).toContain(`${ESC}[32m✓ ${ESC}[39m`);
  });

  it("cuts lines to the width", () => {
    const out = renderTerminalSummary(severalPromptsReport(), { color: false, width: 60 });
    for (const line of out.trimEnd().split("\n")) expect(line.length).toBeLessThanOrEqual(60);
    expect(out).toContain("…");
  });

  it("never passes control characters from the report to the terminal", () => {
    const report = failReport();
    report.prompts[0]!.reasons = ["evil \x1b[2J\x1b]0;title\x07 reason\nsecond line"];
    const out = renderTerminalSummary(report, { color: false });
    expect(out).not.toContain(ESC);
    expect(out).not.toContain("\x07");
    // Shown as control pictures, as in Markdown: the reader sees that something was there.
    expect(out).toContain("evil ␛[2J␛]0;title␇ reason second line");
  });
});
