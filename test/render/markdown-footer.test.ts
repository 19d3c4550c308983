// Tests of src/render/markdown-footer.ts.
import { describe, expect, it } from "vitest";
import { renderCheckOutput } from "../../src/render/check-output.js";
import { renderComment } from "../../src/render/markdown-comment.js";
import { failReport, passReport } from "../fixtures/reports/scenarios.js";
import { strictInconclusiveReport } from "../fixtures/reports/scenarios-edge.js";
import { severalPromptsReport } from "../fixtures/reports/scenarios-more.js";

const PATH = "prompts/support.prompt.yml";

describe("accept and rollback hints per shell", () => {
  it("action: names the label and the workflow's rollback inputs, never an App command", () => {
    const md = renderComment(failReport(), { shell: "action" });
    expect(md).toContain("**To accept this regression**, add the `promptgate:accept` label.");
    expect(md).toContain(
      `**To roll back** after merging, run the promptgate workflow with \`mode: rollback\` and \`prompt: ${PATH}\`.`,
    );
    expect(md).not.toContain("/promptgate");
  });

  it("app: names the label, `/promptgate accept` and `/promptgate rollback <path>`", () => {
    const md = renderComment(failReport(), { shell: "app", acceptLabel: "ship it" });
    expect(md).toContain("add the `ship it` label or comment `/promptgate accept`.");
    expect(md).toContain(`**To roll back** after merging, comment \`/promptgate rollback ${PATH}\`.`);
    expect(md).not.toContain("mode: rollback");
  });

  it("cli (the default): both, saying which one reads what", () => {
    const md = renderComment(failReport());
    expect(md).toContain("with the promptgate App, commenting `/promptgate accept` also works");
    expect(md).toContain(`run the Action with \`mode: rollback\` and \`prompt: ${PATH}\`, or comment`);
  });

  it("passes the shell to the check summary too", () => {
    expect(renderCheckOutput(failReport(), { shell: "action" }).summary).not.toContain("/promptgate");
  });

  it("names no path when several prompts regressed, and gives no hints for a pass", () => {
    const report = severalPromptsReport();
    report.prompts.push({ ...failReport().prompts[0]!, path: "prompts/other.prompt.yml" });
    expect(renderComment(report, { shell: "app" })).toContain("`/promptgate rollback <path>`");
    expect(renderComment(passReport())).not.toMatch(/To accept|To roll back/);
  });
});

describe("an inconclusive review the gate fails", () => {
  it("offers acceptance, says why, and offers no rollback", () => {
    const md = renderComment(strictInconclusiveReport(), { shell: "action" });
    expect(md).toContain(
      "**To accept this inconclusive result**, add the `promptgate:accept` label: the gate fails inconclusive reviews (`onInconclusive: fail`), and an accepted one passes the check.",
    );
    expect(md).not.toContain("To roll back");
  });

  it("turns green when accepted, and the comment records it", () => {
    const accepted = { label: "promptgate:accept", by: "octo-lead" };
    const out = renderCheckOutput(strictInconclusiveReport(), { accepted });
    expect(out.conclusion).toBe("success");
    expect(out.title).toMatch(/^Accepted: Inconclusive:/);
    const md = renderComment(strictInconclusiveReport(), { accepted });
    expect(md).toContain(
      "✔️ **Accepted:** the inconclusive result was accepted with the `promptgate:accept` label",
    );
    expect(md).not.toContain("To accept");
  });

  it("neutral gate: nothing to accept, and an acceptance is not claimed", () => {
    const report = {
      ...strictInconclusiveReport(),
      gate: { ...failReport().gate, onInconclusive: "neutral" as const },
    };
    const md = renderComment(report, { accepted: { label: "promptgate:accept" } });
    expect(md).not.toMatch(/Accepted|To accept/);
  });
});

describe("gate line", () => {
  it("states the false-fail rate, the drop ruled out to pass, and the level of the intervals shown", () => {
    expect(renderComment(failReport())).toContain(
      "fails on a significant pass-rate drop larger than 5 points (a change that does nothing fails at most 2% of the time), passes once a drop of 20 points is ruled out; intervals shown at 90%",
    );
  });

  it("keeps the older wording for a report from before the sequential gate", () => {
    const { falseFailRate: _f, detect: _d, ...older } = failReport().gate;
    expect(renderComment({ ...failReport(), gate: older })).toContain(
      "fails on a pass-rate drop larger than 5 points, significant at 95% (one-sided bounds, shown as a 90% CI)",
    );
  });
});
