// The experiment tools' comparison links in the comment and the terminal: shown when a prompt has them,
// through the sanitiser (a URL it refuses is named, not linked), and absent otherwise.
import { describe, expect, it } from "vitest";
import type { ReviewReport } from "../../src/core/report/report.js";
import { renderComment } from "../../src/render/markdown-comment.js";
import { renderTerminalSummary } from "../../src/render/terminal-summary.js";
import { failReport } from "../fixtures/reports/scenarios.js";
import { renderGfm } from "../support/gfm.js";

const LANGFUSE = "https://cloud.langfuse.com/project/p1/datasets/d1/compare?runs=r1&runs=r2";
const LANGSMITH = "https://smith.langchain.com/o/t1/datasets/d1/compare?selectedSessions=a%2Cb";

function withLinks(report: ReviewReport, links: NonNullable<ReviewReport["prompts"][0]["experiments"]>) {
  const [first, ...rest] = report.prompts;
  return { ...report, prompts: [{ ...first!, experiments: links }, ...rest] };
}

describe("experiment links", () => {
  it("puts one 'Compare base and head' line with both links in the prompt's section", () => {
    const markdown = renderComment(
      withLinks(failReport(), [
        { vendor: "Langfuse", url: LANGFUSE },
        { vendor: "LangSmith", url: LANGSMITH },
      ]),
    );
    expect(markdown).toContain(
      `**Compare base and head:** [Langfuse](${LANGFUSE}) · [LangSmith](${LANGSMITH})`,
    );
    const html = renderGfm(markdown);
    expect(html).toContain(`<a href="${LANGFUSE.replace(/&/g, "&amp;")}">Langfuse</a>`);
    expect(html).toContain(`<a href="${LANGSMITH}">LangSmith</a>`);
  });

  it("names the vendor without a link when the URL could break out of the link", () => {
    const hostile = "https://evil.example/x)<img src=x onerror=alert(1)>";
    const markdown = renderComment(withLinks(failReport(), [{ vendor: "Langfuse", url: hostile }]));
    expect(markdown).toContain("**Compare base and head:** Langfuse");
    expect(renderGfm(markdown)).not.toContain("<img");
  });

  it("leaves the comment as it was when no experiment was recorded", () => {
    expect(renderComment(failReport())).not.toContain("Compare base and head");
  });

  it("prints each link whole in the terminal, even past the width", () => {
    const out = renderTerminalSummary(withLinks(failReport(), [{ vendor: "LangSmith", url: LANGSMITH }]), {
      color: false,
      width: 60,
    });
    expect(out).toContain(`    compare in LangSmith: ${LANGSMITH}\n`);
  });
});
