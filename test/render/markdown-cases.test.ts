// Tests of src/render/markdown-cases.ts.
import { describe, expect, it } from "vitest";
import { renderCaseCounts } from "../../src/render/markdown-cases.js";
import { renderComment } from "../../src/render/markdown-comment.js";
import { renderTerminalSummary } from "../../src/render/terminal-summary.js";
import { informationalReport, ungradedReport } from "../fixtures/reports/scenarios-edge.js";

/** The `<details>` block whose summary starts with `title`. */
function section(md: string, title: string): string {
  const start = md.indexOf(`<summary>${title}`);
  expect(start).toBeGreaterThan(-1);
  return md.slice(start, md.indexOf("</details>", start));
}

describe("case samples under failing headings", () => {
  it("shows a failing sample for each side that has one", () => {
    const md = renderComment(informationalReport());
    const still = section(md, "⚠️ 1 case failing before and after");
    expect(still).toContain("**Base** — sample 2 of 3 · failed `mentions-order-number`");
    expect(still).toContain("**Head** — sample 2 of 3 · failed `mentions-order-number`");
    expect(still).not.toContain("· passed");
    // A regressed case's base that never failed still shows its passing sample.
    expect(section(md, "❌ 3 regressed cases")).toContain("**Base** — sample 1 of 3 · passed");
  });
});

describe("rows the change adds", () => {
  it("are counted apart, never as regressions", () => {
    const prompt = informationalReport().prompts[0]!;
    expect(renderCaseCounts(prompt)).toBe(
      "**Cases:** 3 regressed · 1 improved · 2 unchanged · 2 added by this change, not gated (8 in all)",
    );
    const md = renderComment(informationalReport());
    expect(md).toContain("🆕 2 cases added by this change (reported, not gated)");
    expect(md).toContain("3 regressed cases</summary>");
    const terminal = renderTerminalSummary(informationalReport(), { color: false });
    expect(terminal).toContain("regressed: refund-damaged-item, refund-wrong-size, refund-after-30-days\n");
    expect(terminal).toContain("2 rows added by this change, not gated (1 failing)");
  });
});

describe("a review where nothing could be graded", () => {
  it("shows no pass rate and lists no case as unchanged or failing", () => {
    const md = renderComment(ungradedReport());
    expect(md).toContain("| pass rate | — | — | no graded sample |");
    expect(md).not.toMatch(/ 0% /);
    expect(md).toContain("**Cases:** 3 not graded (3 in all)");
    expect(md).not.toMatch(/unchanged|failing before and after/);
    expect(renderTerminalSummary(ungradedReport(), { color: false })).toContain("pass — → —");
  });
});
