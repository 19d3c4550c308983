// Tests of src/render/markdown-comment.ts.
import { describe, expect, it } from "vitest";
import type { ReviewReport } from "../../src/core/report/report.js";
import { renderDryRunMarkdown } from "../../src/render/dry-run-markdown.js";
import { COMMENT_MARKER, MAX_COMMENT_CHARS } from "../../src/render/limits.js";
import { renderComment } from "../../src/render/markdown-comment.js";
import { buildStats } from "../fixtures/reports/builders.js";
import {
  addedPromptReport,
  costBlowupReport,
  failReport,
  inconclusiveReport,
  passReport,
} from "../fixtures/reports/scenarios.js";
import { budgetStoppedReport } from "../fixtures/reports/scenarios-edge.js";
import {
  dryRunReport,
  errorReport,
  hostileReport,
  hugeReport,
  severalPromptsReport,
  skippedReport,
} from "../fixtures/reports/scenarios-more.js";
import { inspectMarkdown } from "./markdown-structure.js";

const ALL: [string, () => ReviewReport][] = [
  ["pass", passReport],
  ["fail", failReport],
  ["inconclusive", inconclusiveReport],
  ["cost blow-up", costBlowupReport],
  ["added", addedPromptReport],
  ["several", severalPromptsReport],
  ["huge", hugeReport],
  ["dry run", dryRunReport],
  ["skipped", skippedReport],
  ["error", errorReport],
  ["hostile", hostileReport],
];

function expectWellFormed(md: string): void {
  const shape = inspectMarkdown(md);
  expect(shape.unclosedFence).toBe(false);
  expect(shape.detailsOpened).toBe(shape.detailsClosed);
  expect(md.indexOf(COMMENT_MARKER)).toBe(md.lastIndexOf(COMMENT_MARKER));
}

describe("renderComment", () => {
  it.each(ALL)(
    "%s: starts with the marker, holds it once, stays well-formed and within the limit",
    (_, build) => {
      const md = renderComment(build());
      expect(md.startsWith(`${COMMENT_MARKER}\n`)).toBe(true);
      expect(md.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
      expectWellFormed(md);
    },
  );

  it("is deterministic and does not depend on the order prompts arrive in", () => {
    const report = severalPromptsReport();
    const reversed = { ...report, prompts: [...report.prompts].reverse() };
    expect(renderComment(reversed)).toBe(renderComment(severalPromptsReport()));
  });

  it("leaves no live HTML, mention, reference or forged marker from hostile output", () => {
    const md = renderComment(hostileReport());
    const live = inspectMarkdown(md).liveText;
    expect(md.split(COMMENT_MARKER)).toHaveLength(2);
    // promptgate's own code spans in a reason stay code, not literal backticks.
    expect(md).toContain("adds evaluator `short`.");
    for (const bad of [
      /<script/i,
      /<img/i,
      /<b>/,
      /<i>/,
      /@[a-z]/i,
      /(?<!&)#\d/,
      /(?<!\\)\]\(https:\/\/evil/,
    ]) {
      expect(live).not.toMatch(bad);
    }
    // Our own collapsible blocks are the only ones that open or close.
    const shape = inspectMarkdown(md);
    expect(shape.detailsOpened).toBe(2);
    expect(shape.detailsClosed).toBe(2);
  });

  it("shows an unknown price as unknown, never as $0", () => {
    const report = failReport();
    const prompt = report.prompts[0]!;
    prompt.head = buildStats({ costPerCallUsd: null });
    prompt.delta = { ...prompt.delta!, costPerCallPct: null, monthlyCostUsd: null };
    const md = renderComment(report);
    expect(md).toMatch(/\| cost per call \| \$0\.00012 \| unknown \| unknown \|/);
    expect(md).not.toContain("$0.00 ");
  });

  it("records an accepted regression and drops the accept hint", () => {
    const md = renderComment(failReport(), { accepted: { label: "promptgate:accept", by: "octo-lead" } });
    expect(md).toContain("accepted with the `promptgate:accept` label by ＠octo-lead");
    expect(md).not.toContain("To accept this regression");
    expect(renderComment(failReport())).toContain("To accept this regression");
  });

  it("says when the budget stopped the review early", () => {
    const md = renderComment(budgetStoppedReport());
    expect(md).toContain("(incomplete: stopped early by the budget)");
    expect(md).toContain("**Incomplete:** the review stopped before every call was made (budget)");
  });

  it("says an incomplete review without a stop had samples that could not be graded", () => {
    const md = renderComment({ ...failReport(), incomplete: true });
    expect(md).toContain("(incomplete: some samples could not be graded (see errors))");
    expect(md).toContain("**Incomplete:** some samples could not be graded (see errors)");
    expect(md).not.toMatch(/stopped|before every call/);
  });
});

describe("trimming to the size limit", () => {
  const full = renderComment(failReport());

  it("keeps everything when it fits", () => {
    expect(full).not.toContain("Output trimmed");
    expect(full).toContain("1 improved case");
  });

  it("first drops improved and unchanged case details", () => {
    const md = renderComment(failReport(), { maxChars: full.length - 1 });
    expect(md).toContain("Output trimmed to fit GitHub's");
    expect(md).toContain("details of improved, unchanged and added cases left out");
    expect(md).not.toContain("1 improved case</summary>");
    expect(md).toContain("3 regressed cases</summary>");
  });

  it("then keeps only regressed cases, shorter, as many as fit", () => {
    const md = renderComment(hugeReport());
    expect(md.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(md).toMatch(
      /Output trimmed to fit GitHub's 65,536-character limit: only regressed cases are shown, at most \d+ per prompt/,
    );
    expect(md).not.toContain("improved cases</summary>");
    expect(md).toContain("regressed cases not shown");
    expectWellFormed(md);
  });

  it("then falls back to summary tables", () => {
    const md = renderComment(hugeReport(), { maxChars: 3_500 });
    expect(md.length).toBeLessThanOrEqual(3_500);
    expect(md).toContain("prompt diffs and case details left out");
    expect(md).toContain("| pass rate | 55% | 25% |");
    expect(md).toContain("Regressed: `case-000`");
    expect(md).not.toContain("<details");
    expectWellFormed(md);
  });

  it("drops whole sections, never cutting inside a block, under a tiny limit", () => {
    for (const max of [2_500, 1_500, 800]) {
      const md = renderComment(severalPromptsReport(), { maxChars: max });
      expect(md.length).toBeLessThanOrEqual(max);
      expect(md.startsWith(COMMENT_MARKER)).toBe(true);
      expectWellFormed(md);
    }
  });
});

describe("renderDryRunMarkdown", () => {
  it("shows estimates and diffs without any measured stats", () => {
    const md = renderDryRunMarkdown(dryRunReport());
    expect(md).toContain("📝 **promptgate: dry run**");
    expect(md).toContain("| estimated cost per call | $0.00024 | $0.00024 |");
    expect(md).toContain("| estimated cost per call | — | unknown |");
    expect(md).toContain("Eval set: at most 24 calls, estimated cost unknown.");
    expect(md).toContain("```diff");
    expect(renderComment(dryRunReport())).toBe(md);
  });

  it("shortens diffs, then drops them, to fit a small limit", () => {
    for (const max of [1_900, 1_200]) {
      const md = renderDryRunMarkdown(dryRunReport(), { maxChars: max });
      expect(md.length).toBeLessThanOrEqual(max);
      expect(md).toContain("Output trimmed");
      expectWellFormed(md);
    }
  });
});
