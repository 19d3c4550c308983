// Golden files: the rendered comment, dry run, check summary and terminal text for each fixture situation.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ReviewReport } from "../../src/core/report/report.js";
import { renderCheckOutput } from "../../src/render/check-output.js";
import { renderDryRunMarkdown } from "../../src/render/dry-run-markdown.js";
import { renderComment } from "../../src/render/markdown-comment.js";
import { renderTerminalSummary } from "../../src/render/terminal-summary.js";
import {
  addedPromptReport,
  costBlowupReport,
  failReport,
  inconclusiveReport,
  passReport,
} from "../fixtures/reports/scenarios.js";
import {
  deletedOnlyReport,
  informationalReport,
  strictInconclusiveReport,
  ungradedReport,
} from "../fixtures/reports/scenarios-edge.js";
import {
  dryRunReport,
  errorReport,
  hostileReport,
  hugeReport,
  severalPromptsReport,
  skippedReport,
} from "../fixtures/reports/scenarios-more.js";
import { expectGolden, GOLDEN_DIR } from "./golden-file.js";

const RUN_URL = "https://github.com/acme/shop/actions/runs/9876543210";

const COMMENTS: [name: string, build: () => ReviewReport][] = [
  ["comment-pass.md", passReport],
  ["comment-fail.md", failReport],
  ["comment-inconclusive.md", inconclusiveReport],
  ["comment-cost-blowup.md", costBlowupReport],
  ["comment-added-prompt.md", addedPromptReport],
  ["comment-several-prompts.md", severalPromptsReport],
  ["comment-huge-trimmed.md", hugeReport],
  ["comment-skipped.md", skippedReport],
  ["comment-error.md", errorReport],
  ["comment-hostile.md", hostileReport],
  ["comment-deleted-only.md", deletedOnlyReport],
  ["comment-ungraded.md", ungradedReport],
  ["comment-informational.md", informationalReport],
];

describe("golden comments", () => {
  for (const [name, build] of COMMENTS) {
    it(name, () => expectGolden(name, renderComment(build(), { runUrl: RUN_URL })));
  }

  it("comment-fail-accepted.md", () => {
    const accepted = { label: "promptgate:accept", by: "octo-maintainer" };
    expectGolden("comment-fail-accepted.md", renderComment(failReport(), { accepted, runUrl: RUN_URL }));
  });

  it("comment-fail-app.md: the App's commands", () => {
    expectGolden("comment-fail-app.md", renderComment(failReport(), { runUrl: RUN_URL, shell: "app" }));
  });

  it("comment-inconclusive-strict-action.md: the Action's hints under onInconclusive: fail", () => {
    const md = renderComment(strictInconclusiveReport(), { runUrl: RUN_URL, shell: "action" });
    expectGolden("comment-inconclusive-strict-action.md", md);
  });

  it("dry-run.md", () => expectGolden("dry-run.md", renderDryRunMarkdown(dryRunReport())));
});

describe("expectGolden", () => {
  it.skipIf(process.env["UPDATE_GOLDEN"] === "1")(
    "fails on a missing golden file instead of creating it",
    () => {
      expect(() => expectGolden("no-such-golden.md", "x")).toThrow(
        /missing: run the tests with UPDATE_GOLDEN=1/,
      );
      expect(existsSync(join(GOLDEN_DIR, "no-such-golden.md"))).toBe(false);
    },
  );
});

describe("golden check output and terminal", () => {
  it("check-several-prompts.md", () => {
    const out = renderCheckOutput(severalPromptsReport(), { runUrl: RUN_URL });
    expectGolden(
      "check-several-prompts.md",
      `# ${out.title}\n\nconclusion: ${out.conclusion}\n\n${out.summary}`,
    );
  });

  it("terminal-several-prompts.txt", () => {
    expectGolden(
      "terminal-several-prompts.txt",
      renderTerminalSummary(severalPromptsReport(), { color: false }),
    );
  });

  it("terminal-inconclusive-color.txt", () => {
    expectGolden(
      "terminal-inconclusive-color.txt",
      renderTerminalSummary(inconclusiveReport(), { color: true }),
    );
  });
});
